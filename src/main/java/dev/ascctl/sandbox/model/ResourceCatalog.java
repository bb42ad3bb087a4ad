package dev.ascctl.sandbox.model;

import dev.ascctl.vocabulary.Vocabulary;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The resource types the sandbox serves, derived from Apple's spec 4.4.1 through the generated vocabulary
 * ({@code components.schemas.X}, {@code XCreateRequest}, {@code XUpdateRequest}, and the operations on the paths of
 * {@code /v1/x}), for the types and relationships {@link ServedTypes} declares:
 * <ul>
 *   <li>attributes, their value kinds and enums, from the resource schema; where a request may write each, from
 *   the create and update requests (an update-only attribute the resource lacks is an action, e.g. {@code uploaded});
 *   </li>
 *   <li>a relationship shows {@code links} where the spec declares them and has the related endpoint, else data
 *   only; one only in the create request is write-only;</li>
 *   <li>operations and the relationship endpoints that take POST, DELETE or PATCH, from the paths (the query each
 *   GET takes is read from its operation, see {@link #read}).</li>
 * </ul>
 */
public final class ResourceCatalog {
    public static final Set<String> PLATFORMS = Vocabulary.get().enumSet("Platform");
    public static final Set<String> APP_VERSION_STATES = Vocabulary.get().enumSet("AppVersionState");
    private static final List<String> CATEGORY_SLOTS = List.of("primaryCategory", "primarySubcategoryOne",
            "primarySubcategoryTwo", "secondaryCategory", "secondarySubcategoryOne", "secondarySubcategoryTwo");
    /**
     * Types whose paths are not {@code /v1/...}: the sandbox serves the current in-app purchase API only, the v2 app
     * availability, the v3 app price points and the v2 experiments (v1's are deprecated in 4.4.1).
     */
    private static final Map<String, String> VERSIONS = Map.of("inAppPurchases", "v2", "appAvailabilities", "v2",
            "appPricePoints", "v3", "appStoreVersionExperiments", "v2");

    private final Vocabulary vocabulary;
    private final Map<String, ResourceSpec> byType = new LinkedHashMap<>();

    public ResourceCatalog() {
        this.vocabulary = Vocabulary.get();
        ServedTypes.all().forEach(t -> byType.put(t.type(), derive(t)));
    }

    /** The GET Apple's spec declares on a path template ({@code /v1/apps/{id}/appInfos}), with the query it takes. */
    public Optional<Vocabulary.Operation> read(String template) {
        return vocabulary.findOperation("GET", template);
    }

    /** Whether Apple's spec has this operation ({@code PATCH /v1/builds/{id}}), served here or not. */
    public boolean declares(String method, String template) {
        return vocabulary.findOperation(method, template).isPresent();
    }

    /** The API version in the paths of a type: {@code v2} for {@code /v2/inAppPurchases}, else {@code v1}. */
    public String apiVersion(String type) {
        return VERSIONS.getOrDefault(type, "v1");
    }

    public Optional<ResourceSpec> find(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    public ResourceSpec get(String type) {
        return find(type).orElseThrow(() -> new IllegalArgumentException("unknown resource type " + type));
    }

    /**
     * Whether {@code POST} (add) or {@code DELETE} (remove) on {@code /v1/{type}/{id}/relationships/{relationship}}
     * exists in the spec, e.g. {@code /v1/betaGroups/{id}/relationships/betaTesters}.
     */
    public boolean linkageWrites(String type, String relationship, boolean add) {
        return operation(add ? "POST" : "DELETE", instance(type) + "/relationships/" + relationship).isPresent();
    }

    /** Whether {@code PATCH /v1/{type}/{id}/relationships/{relationship}} replaces (and reorders) a to-many list. */
    public boolean replacesLinkages(String type, String relationship) {
        return get(type).relationship(relationship).filter(RelationshipSpec::toMany).isPresent()
                && operation("PATCH", instance(type) + "/relationships/" + relationship).isPresent();
    }

    /**
     * Whether {@code PATCH /v1/{type}/{id}/relationships/{relationship}} sets a to-one relationship, e.g. a build's
     * {@code appEncryptionDeclaration}.
     */
    public boolean setsToOne(String type, String relationship) {
        return get(type).relationship(relationship).filter(r -> !r.toMany()).isPresent()
                && operation("PATCH", instance(type) + "/relationships/" + relationship).isPresent();
    }

    /** The six category relationships of an appInfo, in Apple's order. */
    public static List<String> categorySlots() {
        return CATEGORY_SLOTS;
    }

    private ResourceSpec derive(ServedType served) {
        String type = served.type();
        Vocabulary.ResourceType spec = vocabulary.type(type);
        // A type created only inline (a schedule's prices) takes what its XInlineCreate carries.
        Vocabulary.WriteRequest create = spec.create().or(spec::inlineCreate).orElse(null);
        Vocabulary.WriteRequest update = spec.update().orElse(null);
        Map<String, AttributeSpec> attributes = new LinkedHashMap<>();
        spec.attributes().values().forEach(a -> attributes.put(a.name(), attribute(served, a,
                access(a.name(), create == null ? Set.of() : create.attributeTypes().keySet(),
                        update == null ? Set.of() : update.attributeTypes().keySet()), create)));
        if (update != null) {
            update.attributeTypes().values().stream().filter(a -> !attributes.containsKey(a.name()))
                    .forEach(a -> attributes.put(a.name(), attribute(served, a, create != null
                            && create.attributeTypes().containsKey(a.name()) ? Access.WRITE_ACTION
                            : Access.UPDATE_ACTION, create)));
        }
        if (create != null) {
            create.attributeTypes().values().stream().filter(a -> !attributes.containsKey(a.name()))
                    .forEach(a -> attributes.put(a.name(), attribute(served, a, Access.CREATE_ACTION, create)));
        }
        Map<String, RelationshipSpec> relationships = new LinkedHashMap<>();
        served.relationships().forEach((name, inverse) -> relationships.put(name,
                relationship(served, spec, name, inverse, create, update)));
        Set<Operation> operations = served.operations() != null ? served.operations() : operations(type);
        return new ResourceSpec(type, attributes, relationships, operations);
    }

    private AttributeSpec attribute(ServedType served, Vocabulary.Attribute a, Access access,
                                    Vocabulary.WriteRequest create) {
        boolean required = served.required().contains(a.name()) || create != null
                && create.requiredAttributes().contains(a.name()) && !served.optional().contains(a.name());
        AttributeKind kind = kind(a);
        return new AttributeSpec(a.name(), kind, kind == AttributeKind.ENUM ? Set.copyOf(a.values()) : Set.of(), access,
                required);
    }

    private static AttributeKind kind(Vocabulary.Attribute a) {
        if (a.isList()) {
            String base = a.baseType();
            return base.equals("string") || base.startsWith("@") ? AttributeKind.STRING_ARRAY : AttributeKind.JSON;
        }
        if (a.isEnum()) {
            return AttributeKind.ENUM;
        }
        return switch (a.type()) {
            case "string", "date", "email" -> AttributeKind.STRING;
            case "uri" -> AttributeKind.URI;
            case "date-time" -> AttributeKind.DATE_TIME;
            case "boolean" -> AttributeKind.BOOLEAN;
            case "integer" -> AttributeKind.INTEGER;
            case "number" -> AttributeKind.NUMBER;
            default -> AttributeKind.JSON;
        };
    }

    private RelationshipSpec relationship(ServedType served, Vocabulary.ResourceType spec, String name, String inverse,
                                          Vocabulary.WriteRequest create, Vocabulary.WriteRequest update) {
        String type = served.type();
        Vocabulary.Relationship shown = spec.relationships().get(name);
        Vocabulary.Relationship written = create != null && create.relationships().containsKey(name)
                ? create.relationships().get(name) : update == null ? null : update.relationships().get(name);
        Vocabulary.Relationship known = shown != null ? shown : written;
        if (known == null) {
            throw new IllegalStateException(type + "." + name + " is in neither Apple's " + type + " nor its requests");
        }
        Optional<Vocabulary.Operation> related = operation("GET", instance(type) + "/" + name);
        RelationshipShape shape = shown == null ? RelationshipShape.WRITE_ONLY
                : shown.links() && related.isPresent() ? RelationshipShape.LINKS_AND_DATA : RelationshipShape.DATA_ONLY;
        Access access = inverse != null ? Access.READ_ONLY : access(name,
                create == null ? Set.of() : create.relationships().keySet(),
                update == null ? Set.of() : update.relationships().keySet());
        boolean required = served.required().contains(name) || create != null
                && create.requiredRelationships().contains(name) && !served.optional().contains(name);
        return new RelationshipSpec(name, known.target(), known.toMany(), shape, inverse, access, required);
    }

    private static Access access(String name, Set<String> onCreate, Set<String> onUpdate) {
        boolean c = onCreate.contains(name);
        boolean u = onUpdate.contains(name);
        return c && u ? Access.CREATE_AND_UPDATE : c ? Access.CREATE_ONLY : u ? Access.UPDATE_ONLY : Access.READ_ONLY;
    }

    private Set<Operation> operations(String type) {
        Set<Operation> out = EnumSet.noneOf(Operation.class);
        operation("GET", root(type)).ifPresent(o -> out.add(Operation.GET_COLLECTION));
        operation("POST", root(type)).ifPresent(o -> out.add(Operation.CREATE));
        operation("GET", instance(type)).ifPresent(o -> out.add(Operation.GET_INSTANCE));
        operation("PATCH", instance(type)).ifPresent(o -> out.add(Operation.UPDATE));
        operation("DELETE", instance(type)).ifPresent(o -> out.add(Operation.DELETE));
        return out;
    }

    private Optional<Vocabulary.Operation> operation(String method, String path) {
        return vocabulary.findOperation(method, path);
    }

    private String root(String type) {
        return "/" + apiVersion(type) + "/" + type;
    }

    private String instance(String type) {
        return root(type) + "/{id}";
    }
}
