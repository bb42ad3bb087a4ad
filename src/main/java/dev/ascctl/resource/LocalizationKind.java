package dev.ascctl.resource;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.ResourceEndpoint;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Attributes;
import dev.ascctl.store.Mark;
import dev.ascctl.store.TextLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON:API child localization: one object per locale under a parent (an app info, a version, the app's beta
 * side, a build, a product), created under the parent with its {@code locale}, changed and deleted by its id, and
 * found again after an ambiguous create in the parent's to-many relationship. A kind declares its parents (as the
 * YAML and as Apple have them) and Apple's names and calls ({@link Api}); the reading, comparing, calls and import
 * are the same for all of them and live here.
 *
 * @param <P> the parent's key
 * @param <K> the localization's key: a parent and a locale
 */
public abstract class LocalizationKind<P extends KindKey, K extends LocalizationKind.Key<P>>
        implements Creatable<K>, Updatable<K>, Deletable<K>, StoreText {

    /** The key of a localization: its parent and its locale. */
    public interface Key<P extends KindKey> extends KindKey {
        P parent();

        String locale();
    }

    /**
     * Apple's side of a localization type.
     *
     * @param parentCollection the parent's collection path, e.g. {@code /v1/appInfos}
     * @param relationship     the parent's to-many relationship to its localizations, e.g. {@code appInfoLocalizations}
     * @param attributes       the localized attributes the kind manages, besides {@code locale}, with their rules
     * @param create           parent id, attributes with {@code locale} → the create call
     * @param update           localization id, changed attributes → the update call
     * @param delete           localization id → the delete call
     * @param importsUnsetAsNull whether {@code import} writes an unset attribute as null instead of leaving it out
     * @param textPlace        where the store writes the attributes, when they declare text limits, else null
     */
    public record Api(String parentCollection, String relationship, List<AttributeSpec> attributes,
                      BiFunction<String, ObjectNode, ApiCall> create, BiFunction<String, ObjectNode, ApiCall> update,
                      Function<String, ApiCall> delete, boolean importsUnsetAsNull, TextLimits.Place textPlace) {
        public Api {
            Objects.requireNonNull(parentCollection, "parentCollection");
            Objects.requireNonNull(relationship, "relationship");
            attributes = List.copyOf(attributes);
        }

        public Api(String parentCollection, String relationship, List<AttributeSpec> attributes,
                   BiFunction<String, ObjectNode, ApiCall> create, BiFunction<String, ObjectNode, ApiCall> update,
                   Function<String, ApiCall> delete) {
            this(parentCollection, relationship, attributes, create, update, delete, false, null);
        }

        /**
         * A localization type whose calls are the plain JSON:API ones of Apple's spec ({@link ResourceEndpoint}): the
         * relationship is also the type's name, and a create links the parent through {@code parentRelationship}.
         */
        public static Api of(String parentCollection, String relationship, String parentRelationship,
                             List<AttributeSpec> attributes) {
            ResourceEndpoint endpoint = ResourceEndpoint.of(relationship);
            return new Api(parentCollection, relationship, attributes,
                    (parentId, fields) -> endpoint.create(fields(fields), Map.of(parentRelationship, parentId)),
                    (id, fields) -> endpoint.update(id, fields(fields)), endpoint::delete);
        }

        private static Map<String, JsonNode> fields(ObjectNode attributes) {
            Map<String, JsonNode> out = new LinkedHashMap<>();
            attributes.properties().forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        }

        /** The same, with unset attributes imported as null. */
        public Api importingUnsetAsNull() {
            return new Api(parentCollection, relationship, attributes, create, update, delete, true, textPlace);
        }

        /** The same, with the attributes' text written at this place of the store (where their limits are checked). */
        public Api textAt(TextLimits.Place place) {
            return new Api(parentCollection, relationship, attributes, create, update, delete, importsUnsetAsNull,
                    Objects.requireNonNull(place, "place"));
        }
    }

    /**
     * A live parent whose localizations are compared: its key, why it takes no edits (or null), its localizations;
     * for a parent Apple makes during the apply as a copy ({@code copy} not null), the localizations it copies.
     */
    public record LiveParent<P>(P key, String blockedReason, List<Resource> localizations, Copy copy) {
        public LiveParent(P key, String blockedReason, List<Resource> localizations) {
            this(key, blockedReason, localizations, null);
        }
    }

    /**
     * A parent Apple makes during the apply, with copies of the localizations of another (the version this apply
     * creates, the editable app info Apple makes with it): the store is compared with the copies, a copied locale is
     * changed by PATCH once Apple has made it (never created twice), a new one is created under the new parent.
     *
     * @param parentId      the parent's id in the calls: an {@link IdReference} or a
     *                      {@link KnownAfterApply} placeholder
     * @param parentLookups the lookups that give the parent's id, if it is found by one
     * @param runsAfter     the changes that make Apple make the parent, beyond address nesting
     * @param description   what the parent is, for the plan's readers: "version 1.1", "the editable app information"
     * @param notCopied     attributes Apple leaves unset in the copies
     * @param source        the localizations Apple copies
     */
    public record Copy(String parentId, List<KnownAfterApply> parentLookups, List<Address> runsAfter,
                       String description, Set<String> notCopied, List<Resource> source) {
        public Copy {
            Objects.requireNonNull(parentId, "parentId");
            parentLookups = List.copyOf(parentLookups);
            runsAfter = List.copyOf(runsAfter);
            Objects.requireNonNull(description, "description");
            notCopied = Set.copyOf(notCopied);
            source = List.copyOf(source);
        }
    }

    /** A live parent as {@code import} writes it: the store path before the locale, and its localizations. */
    public record ExportedParent(String pathBeforeLocale, List<Resource> localizations) {
    }

    private final KindSpec kind;
    private final Api api;
    private final BiFunction<P, String, K> key;

    /** @param key the key of the localization of a parent in a locale */
    protected LocalizationKind(KindSpec kind, Api api, BiFunction<P, String, K> key) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.api = Objects.requireNonNull(api, "api");
        this.key = Objects.requireNonNull(key, "key");
    }

    /** The live parents whose localizations this kind compares with the store's. */
    protected abstract List<LiveParent<P>> liveParents(LiveApp app, AppSpec spec);

    /** The live parents whose localizations {@code import} writes into the app folder {@code label}. */
    protected abstract List<ExportedParent> exportedParents(LiveApp app, String label);

    /** The id of the parent for a create: the live one's, or the placeholder of one the same apply creates. */
    protected abstract String parentId(P parent, LiveApp app);

    /** The parent, when Apple makes it during the apply as a copy ({@link Copy}); empty for most parents. */
    protected Optional<Copy> copyOf(P parent, LiveApp app) {
        return Optional.empty();
    }

    @Override
    public final KindSpec spec() {
        return kind;
    }

    /** One localization the YAML declares, with the store path of its file or map and where it is written. */
    protected final DesiredObject<K> declared(P parent, String locale, String storePath, Attributes text, Mark mark) {
        return new DesiredObject<>(key.apply(parent, locale), kind.name(), storePath, text.values(), text.sensitive(), mark);
    }

    /**
     * The localizations a map of the YAML declares ({@code localizations: {en-US: {...}}}) under one parent, each
     * at {@code pathBeforeLocale + locale}, marked where its first key is written (else at {@code parentMark}).
     */
    protected final Stream<DesiredObject<K>> declared(P parent, String pathBeforeLocale,
                                                      Map<String, Attributes> localizations, Mark parentMark) {
        return localizations.entrySet().stream().map(e -> declared(parent, e.getKey(), pathBeforeLocale + e.getKey(),
                e.getValue(), e.getValue().marks().values().stream().findFirst().orElse(parentMark)));
    }

    @Override
    public List<LiveObject<K>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<K>> out = new ArrayList<>();
        for (LiveParent<P> parent : liveParents(app, spec)) {
            for (Resource loc : parent.localizations()) {
                loc.text("locale").ifPresent(locale -> out.add(parent.copy() == null
                        ? new LiveObject<>(key.apply(parent.key(), locale), kind.name(), loc.id(), liveAttributes(loc),
                                parent.blockedReason())
                        : copied(key.apply(parent.key(), locale), loc, parent.copy())));
            }
        }
        return out;
    }

    /** The localization Apple copies into a parent it makes during the apply: its id is read once it exists. */
    private LiveObject<K> copied(K key, Resource source, Copy copy) {
        Map<String, JsonNode> attributes = new LinkedHashMap<>(liveAttributes(source));
        copy.notCopied().forEach(name -> attributes.computeIfPresent(name, (n, v) -> NullNode.getInstance()));
        List<KnownAfterApply> lookups = new ArrayList<>(copy.parentLookups());
        lookups.add(KnownAfterApply.idOf("id", "the " + key.locale() + " localization App Store Connect copies into "
                + copy.description(), ApiQuery.of(api.parentCollection() + "/" + copy.parentId() + "/"
                + api.relationship()), "locale", key.locale(), KnownAfterApply.Match.TEXT));
        return LiveObject.copy(key, kind.name(), attributes, new IdAfterApply(lookups, copy.runsAfter()));
    }

    /** The managed attributes of a live localization; an unset one is JSON null. */
    protected Map<String, JsonNode> liveAttributes(Resource loc) {
        return Values.pick(loc, AttributeSpec.names(api.attributes()));
    }

    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        List<ExportedObject> out = new ArrayList<>();
        for (ExportedParent parent : exportedParents(app, label)) {
            for (Resource loc : parent.localizations()) {
                loc.text("locale").ifPresent(locale -> out.add(new ExportedObject(
                        parent.pathBeforeLocale() + locale, exportedAttributes(loc), Set.of())));
            }
        }
        return out;
    }

    /**
     * What {@code import} writes of a live localization: the set attributes (a missing key is not managed), as
     * their declarations say ({@link AttributeSpec#exported}); unset ones as null if the
     * {@link Api} says so.
     */
    protected Map<String, JsonNode> exportedAttributes(Resource loc) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        liveAttributes(loc).forEach((name, value) -> {
            if (!value.isNull()) {
                out.put(name, attribute(name).map(a -> a.exported(value)).orElse(value));
            } else if (api.importsUnsetAsNull()) {
                out.put(name, value);
            }
        });
        return out;
    }

    @Override
    public List<AttributeSpec> attributes() {
        return api.attributes();
    }

    @Override
    public Optional<TextLimits.Place> textPlace() {
        return Optional.ofNullable(api.textPlace());
    }

    @Override
    public List<ApiCall> create(DesiredObject<K> desired, LiveApp app) {
        ObjectNode attributes = JsonNodeFactory.instance.objectNode();
        attributes.put("locale", desired.key().locale());
        desired.attributes().forEach(attributes::set);
        return List.of(api.create().apply(parentId(desired.key().parent(), app), attributes));
    }

    /** A create under a parent Apple makes during the apply waits for it and finds it ({@link Copy}). */
    @Override
    public Writes createWrites(DesiredObject<K> desired, LiveApp app) {
        List<ApiCall> calls = create(desired, app);
        return copyOf(desired.key().parent(), app).map(c -> new Writes(calls, c.parentLookups(), c.runsAfter()))
                .orElseGet(() -> Writes.of(calls));
    }

    @Override
    public List<ApiCall> update(DesiredObject<K> desired, LiveObject<K> live, Map<String, JsonNode> changed,
                                LiveApp app) {
        ObjectNode attributes = JsonNodeFactory.instance.objectNode();
        changed.forEach(attributes::set);
        return List.of(api.update().apply(live.id(), attributes));
    }

    @Override
    public List<ApiCall> delete(LiveObject<K> live, LiveApp app) {
        return List.of(api.delete().apply(live.id()));
    }

    @Override
    public Optional<AdoptionCheck> adoptionCheck(DesiredObject<K> desired, LiveApp app) {
        if (copyOf(desired.key().parent(), app).filter(c -> !c.parentLookups().isEmpty()).isPresent()) {
            return Optional.empty(); // the parent's id is read during the apply: there is no list to look in before
        }
        return Optional.of(new AdoptionCheck(api.parentCollection() + "/" + parentId(desired.key().parent(), app)
                + "/" + api.relationship(), "locale", desired.key().locale()));
    }

    /** The parent's to-many relationship to its localizations, e.g. {@code appInfoLocalizations}. */
    protected final String relationship() {
        return api.relationship();
    }

    /** The localizations of a parent read with its relationship (an app info, a version). */
    protected final List<Resource> localizations(LiveApp app, Resource parent) {
        return app.related(parent, api.relationship()).orElse(List.of());
    }
}
