package dev.ascctl.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Apple's names, read from {@code asc-vocabulary.json}, which is generated from Apple's OpenAPI document
 * (App Store Connect API 4.4.1) by {@code VocabularyGenerator} ({@code make vocabulary}) and checked current by
 * {@code VocabularyTest}. The store, the client and the sandbox read Apple's enums, attribute names and the query
 * values an operation accepts from here instead of keeping their own copies. This package depends on no other
 * ascctl package, so every layer, the sandbox included, may use it.
 */
public final class Vocabulary {
    static final String RESOURCE = "/dev/ascctl/vocabulary/asc-vocabulary.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Vocabulary INSTANCE = load();

    private final String spec;
    private final Map<String, ResourceType> types;
    private final Map<String, Operation> operations;
    private final Map<String, List<String>> enums;

    private Vocabulary(String spec, Map<String, ResourceType> types, Map<String, Operation> operations,
                       Map<String, List<String>> enums) {
        this.spec = spec;
        this.types = types;
        this.operations = operations;
        this.enums = enums;
    }

    /** The vocabulary on the class path. */
    public static Vocabulary get() {
        return INSTANCE;
    }

    /** The spec it was generated from, e.g. "App Store Connect API 4.4.1". */
    public String spec() {
        return spec;
    }

    /** The values of a named enum ({@code Platform}) or of an inline one ({@code AppStoreVersion.releaseType}). */
    public List<String> enumValues(String name) {
        List<String> values = enums.get(name);
        if (values == null) {
            throw new IllegalArgumentException("no enum " + name + " in the vocabulary");
        }
        return values;
    }

    /** {@link #enumValues} as a set, in Apple's order (so messages listing it read the same every run). */
    public Set<String> enumSet(String name) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(enumValues(name)));
    }

    public Optional<ResourceType> findType(String type) {
        return Optional.ofNullable(types.get(type));
    }

    /** A resource type the vocabulary holds; unknown types are a programming error. */
    public ResourceType type(String type) {
        return findType(type).orElseThrow(() -> new IllegalArgumentException("no resource type " + type
                + " in the vocabulary (add it to VocabularyGenerator.TYPES and run make vocabulary)"));
    }

    public Map<String, ResourceType> types() {
        return types;
    }

    /** The attributes of a type's resource object, in Apple's order. */
    public Map<String, Attribute> attributes(String type) {
        return type(type).attributes();
    }

    /** An operation by method and path template, e.g. {@code ("GET", "/v1/apps/{id}/appInfos")}. */
    public Optional<Operation> findOperation(String method, String path) {
        return Optional.ofNullable(operations.get(method + " " + path));
    }

    public Operation operation(String method, String path) {
        return findOperation(method, path).orElseThrow(() -> new IllegalArgumentException(
                "no operation " + method + " " + path + " in the vocabulary"));
    }

    /** All operations, keyed "METHOD /path/template". */
    public Map<String, Operation> operations() {
        return operations;
    }

    private static Vocabulary load() {
        try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The vocabulary from its text, entry by entry: {@code VocabularyGenerator} writes one entry (a type, an
     * operation, a field list, an enum) per line, so the text is split into lines here and an entry is parsed only
     * when first asked for. Start-up: a plan uses a few dozen of the ~700 entries, and parsing all 170 KB took
     * about 50 ms of CPU before the first request.
     */
    static Vocabulary read(String text) {
        String spec = null;
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> section = null;
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int colon = line.indexOf("\":");
            if (i == 0 && line.startsWith("{\"spec\":") && line.endsWith(",")) {
                spec = JSON.readTree(line.substring(8, line.length() - 1)).asString();
            } else if (section == null && colon > 0 && line.endsWith("\":{") && line.startsWith("\"")) {
                section = new LinkedHashMap<>();
                sections.put(line.substring(1, colon), section);
            } else if (section != null && (line.equals("}") || line.equals("},"))) {
                section = null;
            } else if (section != null && line.startsWith("\"") && colon > 0
                    && line.substring(1, colon).indexOf('\\') < 0) {
                String value = line.substring(colon + 2);
                section.put(line.substring(1, colon), value.endsWith(",") ? value.substring(0, value.length() - 1)
                        : value);
            } else if (!(i == lines.length - 1 && line.equals("}"))) {
                throw new IllegalStateException(RESOURCE + " line " + (i + 1) + " is not in the layout"
                        + " VocabularyGenerator writes (one entry per line); regenerate it with make vocabulary");
            }
        }
        Map<String, List<String>> fields = new Entries<>(sections.get("fields"), (k, v) -> strings(v));
        Map<String, List<String>> enums = new Entries<>(sections.get("enums"), (k, v) -> strings(v));
        Map<String, ResourceType> types = new Entries<>(sections.get("types"), (k, v) -> type(k, v, enums));
        Map<String, Operation> operations = new Entries<>(sections.get("operations"),
                (k, v) -> operation(k, v, fields, enums));
        return new Vocabulary(spec, types, operations, enums);
    }

    /**
     * A section of the vocabulary: its keys in the file's order, each value parsed from its JSON text when first
     * read (by any thread) and kept. Read-only.
     */
    private static final class Entries<V> extends AbstractMap<String, V> {
        private final Map<String, String> text;
        private final BiFunction<String, JsonNode, V> parse;
        private final Map<String, V> parsed = new ConcurrentHashMap<>();

        Entries(Map<String, String> text, BiFunction<String, JsonNode, V> parse) {
            if (text == null) {
                throw new IllegalStateException(RESOURCE + " lacks a section (types, operations, fields, enums);"
                        + " regenerate it with make vocabulary");
            }
            this.text = Collections.unmodifiableMap(text);
            this.parse = parse;
        }

        @Override
        public V get(Object key) {
            String json = text.get(key);
            return json == null ? null : parsed.computeIfAbsent((String) key, k -> parse.apply(k, JSON.readTree(json)));
        }

        @Override
        public boolean containsKey(Object key) {
            return text.containsKey(key);
        }

        @Override
        public int size() {
            return text.size();
        }

        @Override
        public Set<String> keySet() {
            return text.keySet();
        }

        @Override
        public Set<Map.Entry<String, V>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, V>> iterator() {
                    Iterator<String> keys = text.keySet().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return keys.hasNext();
                        }

                        @Override
                        public Map.Entry<String, V> next() {
                            String key = keys.next();
                            return new AbstractMap.SimpleImmutableEntry<>(key, get(key));
                        }
                    };
                }

                @Override
                public int size() {
                    return text.size();
                }
            };
        }
    }

    private static ResourceType type(String name, JsonNode node, Map<String, List<String>> enums) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        node.path("attributes").properties().forEach(a -> attributes.put(a.getKey(),
                Attribute.of(a.getKey(), a.getValue().asString(), enums)));
        Map<String, Relationship> relationships = new LinkedHashMap<>();
        node.path("relationships").properties().forEach(r -> relationships.put(r.getKey(),
                Relationship.of(r.getKey(), r.getValue().asString())));
        return new ResourceType(name, node.path("schema").asString(), attributes, relationships,
                request(node.path("create"), enums), request(node.path("update"), enums),
                request(node.path("inlineCreate"), enums));
    }

    private static Optional<WriteRequest> request(JsonNode node, Map<String, List<String>> enums) {
        if (!node.isObject()) {
            return Optional.empty();
        }
        Map<String, Relationship> relationships = new LinkedHashMap<>();
        node.path("relationships").properties().forEach(r -> relationships.put(r.getKey(),
                Relationship.of(r.getKey(), r.getValue().asString())));
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        node.path("attributes").properties().forEach(a -> attributes.put(a.getKey(),
                Attribute.of(a.getKey(), a.getValue().asString(), enums)));
        return Optional.of(new WriteRequest(attributes, strings(node.path("required")), relationships,
                strings(node.path("requiredRelationships"))));
    }

    private static Operation operation(String key, JsonNode node, Map<String, List<String>> usualFields,
                                       Map<String, List<String>> enums) {
        int space = key.indexOf(' ');
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (JsonNode f : node.path("fields")) {
            String s = f.asString();
            int colon = s.indexOf(':');
            fields.put(colon < 0 ? s : s.substring(0, colon), colon < 0 ? usualFields.getOrDefault(s, List.of())
                    : List.of(s.substring(colon + 1).split(",")));
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        node.path("filter").properties().forEach(f -> {
            String v = f.getValue().asString();
            filters.put(f.getKey(), v.isEmpty() ? List.of() : v.startsWith("@") ? enums.get(v.substring(1))
                    : List.of(v.split(",")));
        });
        Map<String, Integer> limits = new LinkedHashMap<>();
        node.path("limits").properties().forEach(l -> limits.put(l.getKey(), l.getValue().asInt()));
        return new Operation(key.substring(0, space), key.substring(space + 1), strings(node.path("include")),
                fields, filters, strings(node.path("exists")), strings(node.path("sort")),
                node.path("limit").asInt(0), limits, strings(node.path("required")),
                node.path("request").asString(null), node.path("status").asInt(0),
                node.path("response").asString(null), node.path("answers").asString(null));
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asString()));
        return List.copyOf(out);
    }

    /**
     * One attribute of a resource object.
     *
     * @param type   Apple's value type: {@code string}, {@code uri}, {@code date}, {@code date-time},
     *               {@code email}, {@code boolean}, {@code integer}, {@code number}, {@code object}, a schema name,
     *               {@code @Enum}; a list ends in {@code []}
     * @param values the enum values when the type is an enum (or a list of one), else empty
     */
    public record Attribute(String name, String type, List<String> values) {
        public Attribute {
            values = List.copyOf(values);
        }

        static Attribute of(String name, String type, Map<String, List<String>> enums) {
            String base = type.replace("[]", "");
            return new Attribute(name, type, base.startsWith("@") ? enums.get(base.substring(1)) : List.of());
        }

        public boolean isList() {
            return type.endsWith("[]");
        }

        public boolean isEnum() {
            return !values.isEmpty();
        }

        /** The type of one value, without the list marker. */
        public String baseType() {
            return type.replace("[]", "");
        }
    }

    /**
     * One relationship of a resource object.
     *
     * @param target the related type; empty for a links-only relationship without a related endpoint
     * @param links  whether the spec declares {@code links} on it (a data-only one is shown only when included)
     * @param data   whether the spec declares {@code data} on it (a links-only one is never included)
     */
    public record Relationship(String name, String target, boolean toMany, boolean links, boolean data) {
        static Relationship of(String name, String descriptor) {
            if (descriptor.equals("links-only")) {
                return new Relationship(name, "", false, true, false);
            }
            String[] parts = descriptor.split(" ");
            boolean many = parts[0].endsWith("[]");
            List<String> marks = Arrays.asList(parts);
            return new Relationship(name, many ? parts[0].substring(0, parts[0].length() - 2) : parts[0], many,
                    !marks.contains("data-only"), !marks.contains("links-only"));
        }
    }

    /** The attributes and relationships a create or update request body may carry, and which it must. */
    public record WriteRequest(Map<String, Attribute> attributeTypes, List<String> requiredAttributes,
                               Map<String, Relationship> relationships, List<String> requiredRelationships) {
        public WriteRequest {
            attributeTypes = Collections.unmodifiableMap(new LinkedHashMap<>(attributeTypes));
            requiredAttributes = List.copyOf(requiredAttributes);
            relationships = Collections.unmodifiableMap(new LinkedHashMap<>(relationships));
            requiredRelationships = List.copyOf(requiredRelationships);
        }

        /** The attribute names, in Apple's order. */
        public List<String> attributes() {
            return List.copyOf(attributeTypes.keySet());
        }
    }

    /**
     * A resource type: its resource object's attributes and relationships, and its create and update requests,
     * if the spec has them; {@code inlineCreate} is the object a request's {@code included} may carry to create one
     * inside another's POST or PATCH ({@code XInlineCreate}).
     */
    public record ResourceType(String name, String schema, Map<String, Attribute> attributes,
                               Map<String, Relationship> relationships, Optional<WriteRequest> create,
                               Optional<WriteRequest> update, Optional<WriteRequest> inlineCreate) {
        public ResourceType {
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
            relationships = Collections.unmodifiableMap(new LinkedHashMap<>(relationships));
        }

        public Attribute attribute(String name) {
            Attribute a = attributes.get(name);
            if (a == null) {
                throw new IllegalArgumentException(this.name + " has no attribute " + name);
            }
            return a;
        }
    }

    /**
     * One operation and the query it accepts.
     *
     * @param fields  {@code fields[type]} → the field names it accepts
     * @param filters {@code filter[name]} → its allowed values (empty: any value)
     * @param limit   the maximum of {@code limit}, 0 when the operation takes none
     * @param relationshipLimits {@code limit[relationship]} → its maximum
     * @param required the query parameters the operation requires ({@code filter[build]})
     * @param status  the success status (200, 201, 204)
     * @param answers what the success document's {@code data} holds: {@code type}, {@code type[]} for a list,
     *                {@code []} for a list of untyped objects (metrics), or null (no JSON:API document)
     */
    public record Operation(String method, String path, List<String> includes, Map<String, List<String>> fields,
                            Map<String, List<String>> filters, List<String> exists, List<String> sorts, int limit,
                            Map<String, Integer> relationshipLimits, List<String> required, String request,
                            int status, String response, String answers) {
        public Operation {
            includes = List.copyOf(includes);
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
            filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
            exists = List.copyOf(exists);
            sorts = List.copyOf(sorts);
            relationshipLimits = Collections.unmodifiableMap(new LinkedHashMap<>(relationshipLimits));
            required = List.copyOf(required);
        }

        public Operation(String method, String path, List<String> includes, Map<String, List<String>> fields,
                         Map<String, List<String>> filters, List<String> exists, List<String> sorts, int limit,
                         Map<String, Integer> relationshipLimits, List<String> required, String request, int status,
                         String response) {
            this(method, path, includes, fields, filters, exists, sorts, limit, relationshipLimits, required, request,
                    status, response, null);
        }

        /** The type of the resources the success document holds, if they are of one type. */
        public Optional<String> answeredType() {
            return Optional.ofNullable(answers).map(a -> a.replace("[]", "")).filter(t -> !t.isEmpty());
        }

        /** Whether the success document holds a list. */
        public boolean answersList() {
            return answers != null && answers.endsWith("[]");
        }
    }
}
