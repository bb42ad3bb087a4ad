package dev.ascctl.resource;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.AppleDates;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Linkage;
import dev.ascctl.asc.Resource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the live reader fetched for one app: the app, its app infos and its not-yet-live versions with their
 * included objects. Handlers take their live objects from here, so one read serves every kind.
 */
public final class LiveApp {
    /** appInfo states in which Apple accepts edits. [docs] "App information": editable until submitted. */
    static final Set<String> EDITABLE_APP_INFO_STATES = Set.of(
            "PREPARE_FOR_SUBMISSION", "DEVELOPER_REJECTED", "REJECTED", "WAITING_FOR_REVIEW");
    /**
     * Version states in which Apple accepts metadata edits. [docs] App Store Connect Help, "Edit app information":
     * metadata can change while the version is being prepared or after a rejection; WAITING_FOR_REVIEW and later
     * lock it (the developer must remove it from review first).
     */
    public static final Set<String> EDITABLE_VERSION_STATES = Set.of(
            "PREPARE_FOR_SUBMISSION", "DEVELOPER_REJECTED", "REJECTED", "METADATA_REJECTED", "INVALID_BINARY");

    private final String bundleId;
    private final String platform;
    private final Resource app;
    private final List<Resource> appInfos;
    private final List<Resource> versions;
    private final List<Resource> allVersions;
    private final Map<String, Resource> included;
    private final Map<String, Document> extraReads;
    private final Map<String, ApiQuery> extraQueries;
    /** Told of every extra read a kind looks up (its key, and whether it was read), or null: see {@link #watched}. */
    private final java.util.function.BiConsumer<String, Boolean> lookups;

    /**
     * @param platform    the platform app.yaml manages (IOS, MAC_OS, ...)
     * @param app         the app resource
     * @param appInfos    the app's appInfos (with included localizations, categories, age rating)
     * @param versions    the app's versions that are not live yet, with their included objects
     * @param allVersions every version of the app we know of (at least versionString, platform, appVersionState),
     *                    to tell whether a version is the app's first
     * @param included    every included resource of those reads
     */
    public LiveApp(String bundleId, String platform, Resource app, List<Resource> appInfos, List<Resource> versions,
                   List<Resource> allVersions, List<Resource> included) {
        this.bundleId = Objects.requireNonNull(bundleId);
        this.platform = Objects.requireNonNull(platform);
        this.app = Objects.requireNonNull(app);
        this.appInfos = List.copyOf(appInfos);
        this.versions = List.copyOf(versions);
        this.allVersions = List.copyOf(allVersions);
        Map<String, Resource> index = new HashMap<>();
        for (Resource r : included) {
            index.put(key(r.type(), r.id()), r);
        }
        for (Resource r : appInfos) {
            index.put(key(r.type(), r.id()), r);
        }
        for (Resource r : versions) {
            index.put(key(r.type(), r.id()), r);
        }
        this.included = Map.copyOf(index);
        this.extraReads = new ConcurrentHashMap<>();
        this.extraQueries = new ConcurrentHashMap<>();
        this.lookups = null;
    }

    private LiveApp(LiveApp of, java.util.function.BiConsumer<String, Boolean> lookups) {
        this.bundleId = of.bundleId;
        this.platform = of.platform;
        this.app = of.app;
        this.appInfos = of.appInfos;
        this.versions = of.versions;
        this.allVersions = of.allVersions;
        this.included = of.included;
        this.extraReads = of.extraReads;
        this.extraQueries = of.extraQueries;
        this.lookups = lookups;
    }

    /** The key a lookup of every read at a path ({@link #readsAt}) is reported under: it names no one query. */
    public static final String ANY_AT = "*";

    /**
     * The same app, telling {@code lookups} of every extra read looked up in it (the query's key, and whether it had
     * been read; {@link #ANY_AT} + path for {@link #readsAt}): what a kind's live objects depend on, so that a saved
     * plan can read exactly that again.
     */
    public LiveApp watched(java.util.function.BiConsumer<String, Boolean> lookups) {
        return new LiveApp(this, Objects.requireNonNull(lookups, "lookups"));
    }

    /** The query of an extra read kept under {@code key} ({@link ApiQuery#toPathAndQuery}), if it was read. */
    public Optional<ApiQuery> readQuery(String key) {
        return Optional.ofNullable(extraQueries.get(key));
    }

    /** What an extra read of a handler returned (all pages), if it was read. */
    public Optional<Document> read(ApiQuery query) {
        Document document = extraReads.get(query.toPathAndQuery());
        if (lookups != null) {
            lookups.accept(query.toPathAndQuery(), document != null);
        }
        return Optional.ofNullable(document);
    }

    /**
     * Every extra read of {@code path} whatever its parameters, e.g. the price points of one product read for
     * different territory lists.
     */
    public List<Document> readsAt(String path) {
        if (lookups != null) {
            lookups.accept(ANY_AT + path, false);
        }
        List<Document> out = new java.util.ArrayList<>();
        extraReads.forEach((key, document) -> {
            if (key.equals(path) || key.startsWith(path + "?")) {
                out.add(document);
            }
        });
        return out;
    }

    public boolean hasRead(ApiQuery query) {
        boolean read = extraReads.containsKey(query.toPathAndQuery());
        if (lookups != null) {
            lookups.accept(query.toPathAndQuery(), read);
        }
        return read;
    }

    /** How many extra reads were kept (answers to the kinds' queries beyond the base reads). */
    public int extraReadCount() {
        return extraReads.size();
    }

    /** Keeps the answer to an extra read; called by the live reader. */
    public void recordRead(ApiQuery query, Document document) {
        extraQueries.put(query.toPathAndQuery(), query);
        extraReads.put(query.toPathAndQuery(), document);
    }

    public String bundleId() {
        return bundleId;
    }

    public Resource app() {
        return app;
    }

    /** The app info that takes edits: the one not yet live, else the only one. */
    public Optional<Resource> editableAppInfo() {
        return appInfos.stream()
                .filter(i -> EDITABLE_APP_INFO_STATES.contains(text(i, "state")))
                .findFirst()
                .or(() -> appInfos.size() == 1 ? Optional.of(appInfos.get(0)) : Optional.empty());
    }

    /** True when Apple accepts edits of this app info now. */
    public static boolean isEditableAppInfo(Resource appInfo) {
        String state = text(appInfo, "state");
        return state == null || EDITABLE_APP_INFO_STATES.contains(state);
    }

    /** The platform the store manages for this app (app.yaml {@code platform}). */
    public String platform() {
        return platform;
    }

    /** The managed platform's version being prepared or in review (the editable one first), if any. */
    public Optional<Resource> currentVersion() {
        return versions.stream()
                .filter(v -> platform.equals(text(v, "platform")))
                .max(Comparator.comparing((Resource v) -> EDITABLE_VERSION_STATES.contains(text(v, "appVersionState")))
                        .thenComparing(AppleDates.byInstant(v -> text(v, "createdDate"))));
    }

    /** Every version of the app the apps read listed (versionString, platform, appVersionState, createdDate). */
    public List<Resource> allVersions() {
        return allVersions;
    }

    /** True when this version is the only version of its platform the app ever had (Apple refuses whatsNew then). */
    public boolean isFirstVersion(Resource version) {
        String platform = text(version, "platform");
        return allVersions.stream()
                .filter(v -> !v.id().equals(version.id()))
                .noneMatch(v -> platform == null || platform.equals(text(v, "platform")));
    }

    /**
     * The resources a relationship points at, resolved through what was included. Empty Optional when the read
     * did not include the relationship (absent data must never be read as "none").
     */
    public Optional<List<Resource>> related(Resource from, String relationship) {
        var rel = from.relationships().get(relationship);
        if (rel == null) {
            return Optional.empty();
        }
        Optional<List<Linkage>> data = rel.data();
        if (data.isEmpty()) {
            return Optional.empty();
        }
        List<Resource> out = new ArrayList<>();
        for (Linkage l : data.get()) {
            Resource r = included.get(key(l.type(), l.id()));
            if (r != null) {
                out.add(r);
            }
        }
        return Optional.of(out);
    }

    /**
     * The resources a relationship of {@code from} points at, resolved through the {@code included} of the read
     * {@code from} came with (a kind's own read, not the base reads); none when that read was not made.
     */
    public static List<Resource> included(Optional<Document> read, Resource from, String relationship) {
        List<Resource> out = new ArrayList<>();
        from.relationship(relationship).flatMap(r -> r.data()).orElse(List.of())
                .forEach(l -> read.flatMap(d -> d.find(l)).ifPresent(out::add));
        return out;
    }

    /** What a to-one relationship points at, resolved through what was included; empty for none or not included. */
    public Optional<Resource> relatedOne(Resource from, String relationship) {
        return related(from, relationship).flatMap(list -> list.stream().findFirst());
    }

    /** The ids a relationship points at, or empty when the read did not include it. */
    public Optional<List<String>> relatedIds(Resource from, String relationship) {
        var rel = from.relationships().get(relationship);
        if (rel == null) {
            return Optional.empty();
        }
        return rel.data().map(list -> list.stream().map(Linkage::id).toList());
    }

    /** A string attribute or null. */
    public static String text(Resource r, String attribute) {
        var node = r.attributes().get(attribute);
        return node == null || node.isNull() ? null : node.asString();
    }

    private static String key(String type, String id) {
        return type + "/" + id;
    }
}
