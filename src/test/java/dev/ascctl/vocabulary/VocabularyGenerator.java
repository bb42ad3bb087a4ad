package dev.ascctl.vocabulary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@code asc-vocabulary.json}, the facts of Apple's App Store Connect OpenAPI document that ascctl uses,
 * for the resource types listed in {@link #TYPES} and the operations on their paths. Run by {@code make vocabulary}
 * and, to prove the committed file current, by {@code VocabularyTest}. The output is one entry per line, so a new
 * spec shows as a readable diff.
 *
 * <p>What is kept (see {@link Vocabulary} for the reading side):
 * <ul>
 *   <li>{@code types}: per JSON:API type, the resource schema's attributes (a type word, or {@code @Enum}),
 *   relationships ({@code target}, {@code target[]} for to-many, {@code " data-only"} when the spec declares
 *   no {@code links}, {@code " links-only"} when it declares no {@code data}, the target then read from the related
 *   endpoint's response) and the attributes and relationships
 *   of its create and update requests (with the required ones);</li>
 *   <li>{@code operations}: per "METHOD /path/template", the query parameters the spec declares ({@code include},
 *   {@code fields[type]}, {@code filter[...]} with its values, {@code exists[...]}, {@code sort}, {@code limit}
 *   maximums, required parameters), the request and response schema names;</li>
 *   <li>{@code fields}: per type named in any {@code fields[type]} parameter, the field names it accepts (kept once
 *   here instead of in every operation);</li>
 *   <li>{@code enums}: named enum schemas, and inline attribute enums as {@code Schema.attribute}.</li>
 * </ul>
 */
public final class VocabularyGenerator {
    /**
     * The resource types ascctl and its sandbox use, with their resource schema where the type name alone is
     * ambiguous (two schemas share the type; the one the type's own paths answer with is meant).
     */
    static final Map<String, String> TYPES = types(
            "apps", "appInfos", "appInfoLocalizations", "appCategories", "ageRatingDeclarations", "appStoreVersions",
            "appStoreVersionLocalizations", "appStoreReviewDetails", "appScreenshotSets", "appScreenshots",
            "appPreviewSets", "appPreviews", "betaGroups", "betaTesters", "betaAppLocalizations", "betaAppReviewDetails",
            "betaBuildLocalizations", "betaAppReviewSubmissions", "builds", "buildUploads", "buildUploadFiles",
            "preReleaseVersions",
            "appStoreVersionPhasedReleases", "reviewSubmissions", "reviewSubmissionItems",
            "appStoreVersionReleaseRequests", "users",
            "inAppPurchases=InAppPurchaseV2", "inAppPurchaseLocalizations=InAppPurchaseLocalization",
            "inAppPurchaseAvailabilities", "inAppPurchaseAppStoreReviewScreenshots", "inAppPurchasePriceSchedules",
            "inAppPurchasePrices", "inAppPurchasePricePoints", "subscriptionGroups",
            "subscriptionGroupLocalizations=SubscriptionGroupLocalization", "subscriptions",
            "subscriptionLocalizations=SubscriptionLocalization", "subscriptionPrices", "subscriptionPricePoints",
            "subscriptionIntroductoryOffers", "subscriptionPromotionalOffers", "subscriptionPromotionalOfferPrices",
            "territories", "endUserLicenseAgreements", "accessibilityDeclarations",
            "customerReviews", "customerReviewResponses=CustomerReviewResponseV1", "customerReviewSummarizations",
            "appPricePoints=AppPricePointV3", "appPriceSchedules", "appPrices=AppPriceV2",
            "appAvailabilities=AppAvailabilityV2", "territoryAvailabilities", "endAppAvailabilityPreOrders",
            "analyticsReportRequests", "analyticsReports", "analyticsReportInstances", "analyticsReportSegments",
            "subscriptionPlanAvailabilities", "nominations",
            "appEvents", "appEventLocalizations", "appEventScreenshots", "appEventVideoClips",
            "appStoreVersionExperiments=AppStoreVersionExperimentV2", "appStoreVersionExperimentTreatments",
            "appStoreVersionExperimentTreatmentLocalizations",
            "appClips", "appClipDefaultExperiences", "appClipDefaultExperienceLocalizations", "appClipHeaderImages",
            "appClipAppStoreReviewDetails", "appClipAdvancedExperiences", "appClipAdvancedExperienceImages",
            "appClipAdvancedExperienceLocalizations", "appEncryptionDeclarations",
            "appCustomProductPages", "appCustomProductPageVersions", "appCustomProductPageLocalizations");
    /** Named enums the store reads even where no kept attribute refers to them. */
    static final List<String> EXTRA_ENUMS = List.of("TerritoryCode", "ScreenshotDisplayType", "PreviewType",
            "Platform", "AppStoreVersionState", "AppVersionState");
    /** Paths outside the JSON:API types whose query vocabulary ascctl uses: the sales and finance report downloads. */
    static final List<String> EXTRA_PATHS = List.of("/v1/salesReports", "/v1/financeReports");
    private static final List<String> METHODS = List.of("get", "post", "patch", "delete");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode spec;
    private final JsonNode schemas;
    private final Map<String, List<String>> enums = new TreeMap<>();
    private final Map<String, List<String>> fields = new TreeMap<>();
    private final Map<String, String> schemaOf = new LinkedHashMap<>();

    private VocabularyGenerator(JsonNode spec) {
        this.spec = spec;
        this.schemas = spec.path("components").path("schemas");
        TYPES.forEach((type, schema) -> schemaOf.put(type, schema != null ? schema : resourceSchema(type)));
    }

    /** {@code VocabularyGenerator <openapi.json> <output>}: writes the vocabulary. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: VocabularyGenerator <openapi.json> <asc-vocabulary.json>");
            System.exit(2);
        }
        Files.writeString(Path.of(args[1]), generate(Path.of(args[0])), StandardCharsets.UTF_8);
        System.out.println("wrote " + args[1]);
    }

    /** The vocabulary text for the spec at {@code openapi}. */
    public static String generate(Path openapi) {
        return new VocabularyGenerator(JSON.readTree(openapi.toFile())).render();
    }

    private String render() {
        Map<String, ObjectNode> types = new LinkedHashMap<>();
        schemaOf.forEach((type, schema) -> types.put(type, type(type, schema)));
        Map<String, ObjectNode> operations = new TreeMap<>();
        spec.path("paths").properties().forEach(path -> {
            if (kept(path.getKey())) {
                for (String method : METHODS) {
                    JsonNode op = path.getValue().path(method);
                    if (op.isObject()) {
                        operations.put(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(),
                                operation(op));
                    }
                }
            }
        });
        EXTRA_ENUMS.forEach(this::namedEnum);
        StringBuilder out = new StringBuilder();
        out.append("{\"spec\":").append(JSON.writeValueAsString(spec.path("info").path("title").asString() + " "
                + spec.path("info").path("version").asString()));
        section(out, "types", types);
        section(out, "operations", operations);
        section(out, "fields", fields);
        section(out, "enums", enums);
        return out.append("\n}\n").toString();
    }

    private static void section(StringBuilder out, String name, Map<String, ?> entries) {
        out.append(",\n\"").append(name).append("\":{");
        String sep = "\n";
        for (Map.Entry<String, ?> e : entries.entrySet()) {
            out.append(sep).append(JSON.writeValueAsString(e.getKey())).append(':')
                    .append(JSON.writeValueAsString(e.getValue()));
            sep = ",\n";
        }
        out.append("\n}");
    }

    /**
     * A path whose first segment after the version is a kept type: all of them, also those leading to types ascctl
     * does not keep ({@code /v1/apps/{id}/customerReviews}), so the sandbox knows every GET Apple declares on a type
     * it serves and answers it as Apple would (an empty list, {@code data: null}) instead of "no such path".
     */
    private boolean kept(String path) {
        String[] seg = path.split("/");
        return seg.length >= 3 && TYPES.containsKey(seg[2]) || EXTRA_PATHS.contains(path);
    }

    /**
     * The type a relationship leads to: from its linkage data, or, for a links-only relationship, from the response
     * of its related endpoint ({@code GET /v1/subscriptions/{id}/pricePoints} answers subscriptionPricePoints).
     */
    private java.util.Optional<String> relatedTarget(String version, String type, String rel) {
        JsonNode r = schema(schemaOf.get(type)).path("properties").path("relationships").path("properties").path(rel);
        String linked = r.isObject() ? linkageType(r) : "";
        if (!linked.isEmpty()) {
            return java.util.Optional.of(linked);
        }
        JsonNode response = spec.path("paths").path("/" + version + "/" + type + "/{id}/" + rel).path("get")
                .path("responses").path("200").path("content").path("application/json").path("schema");
        if (!response.has("$ref")) {
            return java.util.Optional.empty();
        }
        JsonNode data = schemas.path(refName(response)).path("properties").path("data");
        JsonNode item = data.path("type").asString("").equals("array") ? data.path("items") : data;
        return item.has("$ref") ? java.util.Optional.of(schema(refName(item)).path("properties").path("type")
                .path("enum").path(0).asString("")) : java.util.Optional.empty();
    }

    private ObjectNode type(String type, String schemaName) {
        JsonNode schema = schema(schemaName);
        ObjectNode out = NODES.objectNode();
        out.put("schema", schemaName);
        ObjectNode attributes = out.putObject("attributes");
        schema.path("properties").path("attributes").path("properties").properties()
                .forEach(a -> attributes.put(a.getKey(), valueType(schemaName, a.getKey(), a.getValue())));
        ObjectNode relationships = out.putObject("relationships");
        // The newest version whose paths name the type: /v3/appPricePoints, /v2/appAvailabilities, else v1.
        String version = java.util.stream.Stream.of("v1", "v2", "v3").filter(v -> spec.path("paths").has("/" + v + "/"
                + type) || spec.path("paths").has("/" + v + "/" + type + "/{id}")).findFirst().orElse("v2");
        schema.path("properties").path("relationships").path("properties").properties().forEach(r -> {
            JsonNode data = r.getValue().path("properties").path("data");
            boolean links = r.getValue().path("properties").has("links");
            if (data.isMissingNode()) {
                // Links only: the target and its cardinality come from the related endpoint, when there is one.
                String target = relatedTarget(version, type, r.getKey()).orElse("");
                JsonNode response = spec.path("paths").path("/" + version + "/" + type + "/{id}/" + r.getKey())
                        .path("get").path("responses").path("200").path("content").path("application/json")
                        .path("schema");
                boolean many = response.has("$ref") && schemas.path(refName(response)).path("properties").path("data")
                        .path("type").asString("").equals("array");
                relationships.put(r.getKey(), target.isEmpty() ? "links-only"
                        : target + (many ? "[]" : "") + " links-only");
                return;
            }
            boolean many = data.path("type").asString("").equals("array");
            relationships.put(r.getKey(), linkageType(r.getValue()) + (many ? "[]" : "") + (links ? "" : " data-only"));
        });
        List<String> fieldNames = new ArrayList<>();
        attributes.propertyNames().forEach(fieldNames::add);
        relationships.propertyNames().forEach(fieldNames::add);
        fields.put(type, fieldNames);
        request(schemaName + "CreateRequest").ifPresent(r -> out.set("create", r));
        request(schemaName + "UpdateRequest").ifPresent(r -> out.set("update", r));
        // A type only ever created inside another's POST (a schedule's prices, an offer's prices).
        inlineRequest(schemaName + "InlineCreate").ifPresent(r -> out.set("inlineCreate", r));
        return out;
    }

    /** The one resource schema (with {@code links}) whose {@code type} is this type. */
    private String resourceSchema(String type) {
        List<String> found = new ArrayList<>();
        schemas.properties().forEach(s -> {
            JsonNode p = s.getValue().path("properties");
            if (p.has("links") && p.path("type").path("enum").size() == 1
                    && p.path("type").path("enum").path(0).asString("").equals(type)) {
                found.add(s.getKey());
            }
        });
        if (found.size() != 1) {
            throw new IllegalStateException("type " + type + " has resource schemas " + found + "; name one in TYPES");
        }
        return found.get(0);
    }

    private java.util.Optional<ObjectNode> request(String schemaName) {
        return request(schemaName, schemas.path(schemaName).path("properties").path("data"));
    }

    /** An {@code XInlineCreate}: the resource object itself, as it goes in a request's {@code included}. */
    private java.util.Optional<ObjectNode> inlineRequest(String schemaName) {
        return request(schemaName, schemas.path(schemaName));
    }

    private java.util.Optional<ObjectNode> request(String schemaName, JsonNode data) {
        if (data.isMissingNode()) {
            return java.util.Optional.empty();
        }
        ObjectNode out = NODES.objectNode();
        JsonNode attributes = data.path("properties").path("attributes");
        ObjectNode types = out.putObject("attributes");
        attributes.path("properties").properties()
                .forEach(a -> types.put(a.getKey(), valueType(schemaName, a.getKey(), a.getValue())));
        out.set("required", sorted(attributes.path("required")));
        JsonNode relationships = data.path("properties").path("relationships");
        ObjectNode rels = out.putObject("relationships");
        relationships.path("properties").properties().forEach(r -> {
            String target = linkageType(r.getValue());
            boolean many = r.getValue().path("properties").path("data").path("type").asString("").equals("array");
            rels.put(r.getKey(), many ? target + "[]" : target);
        });
        out.set("requiredRelationships", sorted(relationships.path("required")));
        return java.util.Optional.of(out);
    }

    private ObjectNode operation(JsonNode op) {
        ObjectNode out = NODES.objectNode();
        ArrayNode required = NODES.arrayNode();
        ObjectNode filters = NODES.objectNode();
        ArrayNode exists = NODES.arrayNode();
        ArrayNode fieldTypes = NODES.arrayNode();
        ObjectNode relationshipLimits = NODES.objectNode();
        for (JsonNode p : op.path("parameters")) {
            if (!p.path("in").asString().equals("query")) {
                continue;
            }
            String name = p.path("name").asString();
            JsonNode schema = p.path("schema");
            if (p.path("required").asBoolean(false)) {
                required.add(name);
            }
            if (name.equals("include")) {
                out.set("include", values(schema));
            } else if (name.equals("sort")) {
                out.set("sort", values(schema));
            } else if (name.equals("limit")) {
                out.put("limit", schema.path("maximum").asInt());
            } else if (bracketed(name, "limit")) {
                relationshipLimits.put(inner(name), schema.path("maximum").asInt());
            } else if (bracketed(name, "filter")) {
                filters.put(inner(name), filterValues(schema));
            } else if (bracketed(name, "exists")) {
                exists.add(inner(name));
            } else if (bracketed(name, "fields")) {
                fieldTypes.add(fieldList(inner(name), values(schema)));
            }
        }
        if (!fieldTypes.isEmpty()) {
            out.set("fields", fieldTypes);
        }
        if (!filters.isEmpty()) {
            out.set("filter", filters);
        }
        if (!exists.isEmpty()) {
            out.set("exists", exists);
        }
        if (!relationshipLimits.isEmpty()) {
            out.set("limits", relationshipLimits);
        }
        if (!required.isEmpty()) {
            out.set("required", required);
        }
        JsonNode body = op.path("requestBody").path("content").path("application/json").path("schema");
        if (body.has("$ref")) {
            out.put("request", refName(body));
        }
        op.path("responses").properties().stream().filter(r -> r.getKey().startsWith("2")).findFirst()
                .ifPresent(r -> {
                    out.put("status", Integer.parseInt(r.getKey()));
                    JsonNode s = r.getValue().path("content").path("application/json").path("schema");
                    if (s.has("$ref")) {
                        out.put("response", refName(s));
                        answers(s).ifPresent(a -> out.put("answers", a));
                    }
                });
        return out;
    }

    /**
     * What a response document's {@code data} holds: {@code type} for one resource (or linkage), {@code type[]} for a
     * list, {@code []} for a list of objects of no JSON:API type (metrics); empty when there is no {@code data}.
     */
    private java.util.Optional<String> answers(JsonNode responseRef) {
        JsonNode data = schemas.path(refName(responseRef)).path("properties").path("data");
        boolean many = data.path("type").asString("").equals("array");
        JsonNode item = many ? data.path("items") : data;
        JsonNode resource = item.has("$ref") ? schemas.path(refName(item)) : item;
        JsonNode type = resource.path("properties").path("type").path("enum");
        if (type.size() == 1) {
            return java.util.Optional.of(type.path(0).asString() + (many ? "[]" : ""));
        }
        return many ? java.util.Optional.of("[]") : java.util.Optional.empty();
    }

    /**
     * A {@code fields[type]} parameter: the type alone when it takes the type's usual fields (kept once in
     * {@code fields}), else {@code type:a,b,c}.
     */
    private String fieldList(String type, ArrayNode values) {
        List<String> list = new ArrayList<>();
        values.forEach(v -> list.add(v.asString()));
        List<String> known = fields.putIfAbsent(type, list);
        return known == null || known.equals(list) ? type : type + ":" + String.join(",", list);
    }

    /** A filter's values: {@code "@Enum"} when a named enum, a comma list when an inline enum, "" when free. */
    private String filterValues(JsonNode schema) {
        JsonNode items = schema.path("items");
        if (items.has("$ref")) {
            return "@" + namedEnum(refName(items));
        }
        if (!items.has("enum")) {
            return "";
        }
        List<String> values = new ArrayList<>();
        items.path("enum").forEach(v -> values.add(v.asString()));
        String named = enumNamed(values);
        return named != null ? "@" + named : String.join(",", values);
    }

    /** The name of a named enum schema with exactly these values, if one exists (Platform, ...). */
    private String enumNamed(List<String> values) {
        for (Map.Entry<String, JsonNode> s : schemas.properties()) {
            JsonNode e = s.getValue().path("enum");
            if (e.isArray() && e.size() == values.size() && s.getValue().path("type").asString("").equals("string")) {
                List<String> v = new ArrayList<>();
                e.forEach(x -> v.add(x.asString()));
                if (v.equals(values)) {
                    return namedEnum(s.getKey());
                }
            }
        }
        return null;
    }

    /**
     * An attribute's value type: string, uri, date, date-time, email, boolean, integer, number, object, a list as
     * {@code T[]}, a named enum as {@code @Name}, an inline enum as {@code @Schema.attribute}, another named schema
     * by its name.
     */
    private String valueType(String schemaName, String attribute, JsonNode s) {
        if (s.has("$ref")) {
            String name = refName(s);
            return schemas.path(name).has("enum") ? "@" + namedEnum(name) : name;
        }
        if (s.has("enum")) {
            List<String> values = new ArrayList<>();
            s.path("enum").forEach(v -> values.add(v.asString()));
            String name = schemaName.replaceAll("(Create|Update)Request$", "") + "." + attribute;
            enums.put(name, values);
            return "@" + name;
        }
        String type = s.path("type").asString("object");
        if (type.equals("array")) {
            return valueType(schemaName, attribute, s.path("items")) + "[]";
        }
        if (type.equals("string") && s.has("format")) {
            return s.path("format").asString();
        }
        return type;
    }

    private String namedEnum(String name) {
        List<String> values = new ArrayList<>();
        schema(name).path("enum").forEach(v -> values.add(v.asString()));
        if (values.isEmpty()) {
            throw new IllegalStateException(name + " is not an enum schema");
        }
        enums.put(name, values);
        return name;
    }

    private JsonNode schema(String name) {
        JsonNode s = schemas.path(name);
        if (!s.isObject()) {
            throw new IllegalStateException("the spec has no schema " + name);
        }
        return s;
    }

    private static String linkageType(JsonNode relationship) {
        JsonNode data = relationship.path("properties").path("data");
        JsonNode linkage = data.path("type").asString("").equals("array") ? data.path("items") : data;
        return linkage.path("properties").path("type").path("enum").path(0).asString("");
    }

    private static ArrayNode values(JsonNode schema) {
        ArrayNode out = NODES.arrayNode();
        schema.path("items").path("enum").forEach(v -> out.add(v.asString()));
        return out;
    }

    private static ArrayNode sorted(JsonNode names) {
        Set<String> s = new java.util.TreeSet<>();
        names.forEach(n -> s.add(n.asString()));
        ArrayNode out = NODES.arrayNode();
        s.forEach(out::add);
        return out;
    }

    private static boolean bracketed(String name, String family) {
        return name.startsWith(family + "[") && name.endsWith("]");
    }

    private static String inner(String name) {
        return name.substring(name.indexOf('[') + 1, name.length() - 1);
    }

    private static String refName(JsonNode node) {
        String ref = node.path("$ref").asString();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static Map<String, String> types(String... entries) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String e : entries) {
            int eq = e.indexOf('=');
            String type = eq < 0 ? e : e.substring(0, eq);
            out.put(type, eq < 0 ? null : e.substring(eq + 1));
        }
        return out;
    }
}
