package dev.ascctl.sandbox;

import dev.ascctl.sandbox.model.RelationshipSpec;
import dev.ascctl.sandbox.model.ResourceCatalog;
import dev.ascctl.sandbox.model.ResourceSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Everything the sandbox stores, by type then id, in creation order. Thread-safe: every method
 * locks this object, and the request handler holds the same lock for a whole request so a write
 * and its checks are atomic.
 *
 * <p>Tests use it to look objects up and to simulate hand edits in the ASC web UI:
 * <pre>{@code
 * StoredResource v = sandbox.state().find("appStoreVersions", a -> "1.0".equals(a.get("versionString"))).orElseThrow();
 * sandbox.state().setAppVersionState(v.id(), "READY_FOR_DISTRIBUTION");
 * sandbox.state().addLocalization("appStoreVersions", v.id(), "fr-FR", Map.of("description", "Notes."));
 * sandbox.state().delete("appStoreVersionLocalizations", someLocalizationId);
 * }</pre>
 */
public final class SandboxState {
    /** Apple's app ids are numeric strings of ten digits, like {@code 1358899889}. */
    private static final long FIRST_APP_ID = 1_500_000_000L;

    /** The localization type of each parent type that has one. */
    private static final Map<String, String> LOCALIZATION_OF = Map.of(
            "appInfos", "appInfoLocalizations", "appStoreVersions", "appStoreVersionLocalizations");

    private final Map<String, Map<String, StoredResource>> byType = new LinkedHashMap<>();
    private final ResourceCatalog catalog = new ResourceCatalog();
    private final AtomicLong nextAppId = new AtomicLong(FIRST_APP_ID);
    private final MediaUploads uploads = new MediaUploads();
    private final BuildArchives buildArchives = new BuildArchives();
    private final Map<String, Function<String, Optional<StoredResource>>> computed = new LinkedHashMap<>();
    private final Map<String, Function<String, Optional<StoredResource>>> defaults = new LinkedHashMap<>();
    private final Map<String, Function<StoredResource, List<StoredResource>>> computedRelated = new LinkedHashMap<>();

    /** The bytes of screenshot and preview uploads, and their processing queue. */
    public MediaUploads uploads() {
        return uploads;
    }

    /** The files of build uploads, and the build uploads waiting for processing. */
    public BuildArchives buildArchives() {
        return buildArchives;
    }

    /** A new id in Apple's style for {@code type}: numeric for apps, a UUID otherwise. */
    public synchronized String newId(String type) {
        if (type.equals("apps")) {
            String id;
            do {
                id = Long.toString(nextAppId.getAndIncrement());
            } while (get("apps", id).isPresent());
            return id;
        }
        return UUID.randomUUID().toString();
    }

    public synchronized Optional<StoredResource> get(String type, String id) {
        Function<String, Optional<StoredResource>> lookup = computed.get(type);
        if (lookup != null) {
            return lookup.apply(id);
        }
        Optional<StoredResource> stored = Optional.ofNullable(byType.getOrDefault(type, Map.of()).get(id));
        return stored.isPresent() || !defaults.containsKey(type) ? stored : defaults.get(type).apply(id);
    }

    /**
     * What {@link #get} answers for an id of {@code type} nothing is stored under (every in-app purchase has a
     * price schedule to read, an empty one until the first POST).
     */
    public synchronized void defaultFor(String type, Function<String, Optional<StoredResource>> lookup) {
        defaults.put(type, lookup);
    }

    /**
     * Makes {@code owner.relationship} a computed list (a product's price points): derived from the owner, never
     * stored. {@link #related} answers it.
     */
    public synchronized void computeRelated(String ownerType, String relationship,
                                            Function<StoredResource, List<StoredResource>> targets) {
        computedRelated.put(ownerType + "." + relationship, targets);
    }

    /** The computed targets of {@code owner.relationship}, if that relationship is computed. */
    public synchronized Optional<List<StoredResource>> computedRelated(StoredResource owner, String relationship) {
        return Optional.ofNullable(computedRelated.get(owner.type() + "." + relationship)).map(f -> f.apply(owner));
    }

    /**
     * Makes {@code type} a computed type: its resources are looked up, never stored or saved (territories exist
     * for as long as Apple's list names them).
     */
    public synchronized void compute(String type, Function<String, Optional<StoredResource>> lookup) {
        computed.put(type, lookup);
    }

    /** All resources of {@code type}, in creation order. */
    public synchronized List<StoredResource> all(String type) {
        return new ArrayList<>(byType.getOrDefault(type, Map.of()).values());
    }

    /** Resources of {@code type} whose attributes match. */
    public synchronized List<StoredResource> findAll(String type, Predicate<Map<String, Object>> attributes) {
        return all(type).stream().filter(r -> attributes.test(r.attributes())).toList();
    }

    /** The first resource of {@code type} whose attributes match. */
    public synchronized Optional<StoredResource> find(String type, Predicate<Map<String, Object>> attributes) {
        return findAll(type, attributes).stream().findFirst();
    }

    /** Resources of {@code type} whose owned relationship {@code relationship} points at {@code id}. */
    public synchronized List<StoredResource> referencing(String type, String relationship, String id) {
        return all(type).stream().filter(r -> r.related(relationship).contains(id)).toList();
    }

    /** Inserts or replaces a resource. */
    public synchronized void put(StoredResource resource) {
        byType.computeIfAbsent(resource.type(), t -> new LinkedHashMap<>()).put(resource.id(), resource);
    }

    public synchronized void remove(String type, String id) {
        Map<String, StoredResource> ofType = byType.get(type);
        if (ofType != null) {
            ofType.remove(id);
        }
    }

    /** Changes attributes directly, bypassing every rule (a hand edit in the web UI). */
    public synchronized StoredResource patchAttributes(String type, String id, Map<String, ?> changes) {
        StoredResource changed = require(type, id).withAttributes(changes);
        put(changed);
        return changed;
    }

    /**
     * Deletes a resource and everything that belongs to it (a version's localizations and review
     * detail, an appInfo's localizations, ...), bypassing every rule, as a hand edit in the web UI.
     * "Belongs to" follows the catalog: a resource listed under one of the deleted resource's derived
     * relationships belongs to it when its own relationship back is to-one (a localization has one version; without
     * it, it would point at nothing), and is deleted with it. When that relationship is to-many the resource is
     * shared (a tester or a build in several beta groups) and lives on: only the link to the deleted resource is
     * removed, as deleting a beta group in App Store Connect keeps its testers and builds.
     *
     * @throws IllegalArgumentException when there is no such resource
     */
    public synchronized void delete(String type, String id) {
        StoredResource doomed = require(type, id);
        for (RelationshipSpec rel : catalog.get(type).relationships().values()) {
            if (rel.inverse() == null) {
                continue;
            }
            boolean shared = catalog.get(rel.targetType()).relationships().get(rel.inverse()).toMany();
            for (StoredResource child : referencing(rel.targetType(), rel.inverse(), doomed.id())) {
                if (shared) {
                    List<String> rest = new ArrayList<>(child.related(rel.inverse()));
                    rest.remove(doomed.id());
                    put(child.withRelationships(Map.of(rel.inverse(), rest)));
                } else {
                    delete(child.type(), child.id());
                }
            }
        }
        remove(type, id);
    }

    /**
     * Adds a localization to an appInfo or a version, bypassing the editability rules, as a hand edit
     * in the web UI: every attribute of the type is present (unset ones null, as ASC sends them).
     *
     * @param parentType {@code appInfos} or {@code appStoreVersions}
     * @param attributes attributes besides {@code locale}, e.g. {@code name} for an appInfo localization
     * @throws IllegalArgumentException for an unknown parent, a locale the parent already has, or an
     *                                  attribute the localization type does not have
     */
    public synchronized StoredResource addLocalization(String parentType, String parentId, String locale,
                                                       Map<String, ?> attributes) {
        String type = LOCALIZATION_OF.get(parentType);
        if (type == null) {
            throw new IllegalArgumentException("only appInfos and appStoreVersions have localizations, not " + parentType);
        }
        require(parentType, parentId);
        String parentRelationship = parentType.equals("appInfos") ? "appInfo" : "appStoreVersion";
        if (referencing(type, parentRelationship, parentId).stream().anyMatch(l -> locale.equals(l.attribute("locale")))) {
            throw new IllegalArgumentException(parentType + " " + parentId + " already has the locale " + locale);
        }
        ResourceSpec spec = catalog.get(type);
        Map<String, Object> all = new LinkedHashMap<>();
        spec.attributes().keySet().forEach(name -> all.put(name, null));
        attributes.forEach((name, value) -> {
            if (!spec.attributes().containsKey(name)) {
                throw new IllegalArgumentException("'" + name + "' is not an attribute of " + type);
            }
            all.put(name, value);
        });
        all.put("locale", locale);
        StoredResource localization = new StoredResource(type, newId(type), all,
                Map.of(parentRelationship, List.of(parentId)));
        put(localization);
        return localization;
    }

    /** Moves a version to another state (review, release ...), keeping the legacy appStoreState in step. */
    public synchronized StoredResource setAppVersionState(String versionId, String appVersionState) {
        if (!ResourceCatalog.APP_VERSION_STATES.contains(appVersionState)) {
            throw new IllegalArgumentException("not an appVersionState: " + appVersionState);
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("appVersionState", appVersionState);
        changes.put("appStoreState", legacyStoreState(appVersionState));
        return patchAttributes("appStoreVersions", versionId, changes);
    }

    /**
     * The deprecated {@code appStoreState} for an {@code appVersionState}: the names are the same
     * except the live state, which the legacy enum calls READY_FOR_SALE.
     */
    public static String legacyStoreState(String appVersionState) {
        return switch (appVersionState) {
            case "READY_FOR_DISTRIBUTION" -> "READY_FOR_SALE";
            case "PROCESSING_FOR_DISTRIBUTION" -> "PROCESSING_FOR_APP_STORE";
            case "PENDING_APPLE_RELEASE", "PENDING_DEVELOPER_RELEASE", "PREPARE_FOR_SUBMISSION", "ACCEPTED",
                 "DEVELOPER_REJECTED", "IN_REVIEW", "INVALID_BINARY", "METADATA_REJECTED", "READY_FOR_REVIEW",
                 "REJECTED", "REPLACED_WITH_NEW_VERSION", "WAITING_FOR_EXPORT_COMPLIANCE", "WAITING_FOR_REVIEW" ->
                    appVersionState;
            default -> "NOT_APPLICABLE";
        };
    }

    public synchronized StoredResource require(String type, String id) {
        return get(type, id).orElseThrow(() -> new IllegalArgumentException("no " + type + " with id " + id));
    }

    /** Every stored resource, for saving. */
    public synchronized List<StoredResource> snapshot() {
        List<StoredResource> all = new ArrayList<>();
        byType.values().forEach(m -> all.addAll(m.values()));
        return all;
    }

    /** Replaces everything with {@code resources} (loading a state file). */
    public synchronized void replaceAll(List<StoredResource> resources) {
        byType.clear();
        resources.forEach(this::put);
    }
}
