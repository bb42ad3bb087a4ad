package dev.ascctl.store;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Checks a store file against its JSON Schema (draft 2020-12, from {@code /schema/} on the classpath)
 * and turns each error into a {@link Problem} at the offending key or value, in plain words:
 * {@code unknown key 'subtitel' (did you mean 'subtitle'?)}.
 */
final class SchemaValidator {

    /** The schemas; each file is self-contained, so no cross-file references need resolving. */
    enum Kind {
        STORE("store.schema.json"), APP("app.schema.json"), LOCALE("locale.schema.json"),
        TESTFLIGHT("testflight.schema.json"),
        PURCHASES("purchases.schema.json");

        final String fileName;

        Kind(String fileName) {
            this.fileName = fileName;
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final JsonNode schemaJson;
    private final Schema schema;
    /** app.yaml and store.yaml name the hard limitations (see {@link HardLimitations}). */
    private final boolean appLevel;

    private SchemaValidator(Kind kind) {
        this(readSchema(kind), kind == Kind.APP || kind == Kind.STORE);
    }

    private SchemaValidator(JsonNode schemaJson, boolean appLevel) {
        this.appLevel = appLevel;
        this.schemaJson = schemaJson;
        this.schema = REGISTRY.getSchema(schemaJson);
    }

    /**
     * Built on first use, one per kind: compiling a schema loads much of the validator library, and a store
     * without testflight.yaml or purchases.yaml should not pay for those schemas at every start.
     */
    private static final Map<Kind, SchemaValidator> BUILT = new EnumMap<>(Kind.class);

    static SchemaValidator of(Kind kind) {
        synchronized (BUILT) {
            return BUILT.computeIfAbsent(kind, SchemaValidator::new);
        }
    }

    /** app.yaml's validator with the keys the kinds own, built once per set of sections. */
    private static final Map<JsonNode, SchemaValidator> APPS = new java.util.HashMap<>();

    static SchemaValidator ofApp(List<StoreSection> sections) {
        JsonNode schema = appSchema(sections);
        synchronized (APPS) {
            return APPS.computeIfAbsent(schema, s -> new SchemaValidator(s, true));
        }
    }

    /** The validator of a section's own file ({@link StoreSection#ownFile}), built once per schema. */
    static SchemaValidator ofSectionFile(StoreSection section) {
        synchronized (APPS) {
            return APPS.computeIfAbsent(section.schema(), s -> new SchemaValidator(s, false));
        }
    }

    /**
     * The app.yaml schema: the store's own keys (the classpath's {@code app.schema.json}) and, after them in the
     * registry's order, each kind-owned key with its schema. This is what {@code ascctl schema app} prints.
     */
    static JsonNode appSchema(List<StoreSection> sections) {
        tools.jackson.databind.node.ObjectNode schema = (tools.jackson.databind.node.ObjectNode) readSchema(Kind.APP);
        tools.jackson.databind.node.ObjectNode properties = (tools.jackson.databind.node.ObjectNode) schema.get("properties");
        for (StoreSection section : sections) {
            if (section.isOwnFile()) {
                continue; // a file of its own, checked by ofSectionFile
            }
            if (properties.has(section.key())) {
                throw new IllegalStateException("app.yaml key '" + section.key() + "' is owned twice");
            }
            properties.set(section.key(), section.schema().deepCopy());
        }
        return schema;
    }

    /** The schema, from the jar (or target/classes), with Apple's enums filled in from the vocabulary. */
    static JsonNode readSchema(Kind kind) {
        try (InputStream in = SchemaValidator.class.getResourceAsStream("/schema/" + kind.fileName)) {
            if (in == null) {
                throw new IllegalStateException("schema /schema/" + kind.fileName + " is missing from the classpath");
            }
            return SchemaEnums.resolve(MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Problem> validate(YamlDocument doc) {
        List<Problem> problems = new ArrayList<>();
        for (Error error : schema.validate(doc.root())) {
            problems.add(toProblem(doc, error));
        }
        return problems;
    }

    private Problem toProblem(YamlDocument doc, Error error) {
        String pointer = pointer(error.getInstanceLocation());
        String where = YamlDocument.readable(pointer);
        JsonNode schemaNode = schemaAt(error);
        return switch (String.valueOf(error.getKeyword())) {
            case "additionalProperties" -> unknownKey(doc, pointer, error.getProperty(), schemaNode);
            case "required" -> doc.problemAt(pointer, "missing required key '" + error.getProperty() + "'"
                    + (where.isEmpty() ? "" : " in " + where));
            case "type" -> doc.problemAt(pointer, error.getInstanceNode().isNull() && appLevel
                    ? HardLimitations.nullRefused(pointer).orElseGet(
                            () -> wrongType(where, error.getInstanceNode(), error.getSchemaNode()))
                    : wrongType(where, error.getInstanceNode(), error.getSchemaNode()));
            case "enum" -> doc.problemAt(pointer, notInEnum(where, error.getInstanceNode(), error.getSchemaNode()));
            case "pattern" -> doc.problemAt(pointer, "'" + error.getInstanceNode().asString() + "' is not a valid "
                    + where + " (write it like " + exampleOf(schemaNode, error) + ")");
            default -> doc.problemAt(pointer, (where.isEmpty() ? "" : where + ": ") + error.getMessage());
        };
    }

    private Problem unknownKey(YamlDocument doc, String parentPointer, String key, JsonNode additionalPropertiesParent) {
        List<String> allowed = additionalPropertiesParent == null ? List.of()
                : List.copyOf(additionalPropertiesParent.path("properties").propertyNames());
        Optional<String> manual = appLevel ? HardLimitations.manualStep(key) : Optional.empty();
        if (manual.isPresent()) {
            return new Problem(doc.keyMark(YamlDocument.child(parentPointer, key)), manual.get());
        }
        String in = YamlDocument.readable(parentPointer);
        String message = "unknown key '" + key + "'" + (in.isEmpty() ? "" : " in " + in);
        Optional<String> near = Suggestions.closest(key, allowed);
        if (near.isPresent()) {
            message += " (did you mean '" + near.get() + "'?)";
        } else if (!allowed.isEmpty()) {
            message += "; allowed keys: " + String.join(", ", allowed);
        }
        return new Problem(doc.keyMark(YamlDocument.child(parentPointer, key)), message);
    }

    private String wrongType(String where, JsonNode actual, JsonNode expectedTypes) {
        List<String> expected = expectedTypes.isArray()
                ? StreamSupport.stream(expectedTypes.spliterator(), false).map(JsonNode::asString).toList()
                : List.of(expectedTypes.asString());
        String subject = where.isEmpty() ? "the file" : "'" + where + "'";
        String message = subject + " must be " + expected.stream().map(SchemaValidator::typeWord)
                .collect(Collectors.joining(" or ")) + ", found " + typeWord(actual);
        if (expected.contains("string") && (actual.isNumber() || actual.isBoolean())) {
            message += " (put it in quotes: \"" + actual.asString() + "\")";
        }
        return message;
    }

    private static String typeWord(String schemaType) {
        return switch (schemaType) {
            case "object" -> "a map";
            case "array" -> "a list";
            case "string" -> "text";
            case "boolean" -> "true or false";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "null" -> "null";
            default -> schemaType;
        };
    }

    private static String typeWord(JsonNode node) {
        if (node.isObject()) {
            return "a map";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isString()) {
            return "text";
        }
        if (node.isBoolean()) {
            return node.asString();
        }
        if (node.isNull()) {
            return "null";
        }
        return "the number " + node.asString();
    }

    private String notInEnum(String where, JsonNode actual, JsonNode allowedNode) {
        List<String> allowed = StreamSupport.stream(allowedNode.spliterator(), false)
                .filter(n -> !n.isNull()).map(JsonNode::asString).toList();
        String message = "'" + actual.asString() + "' is not a valid " + where;
        Optional<String> near = actual.isString() ? Suggestions.closest(actual.asString(), allowed) : Optional.empty();
        return message + near.map(n -> " (did you mean '" + n + "'?)").orElse("")
                + "; use one of " + String.join(", ", allowed);
    }

    /** The schema's first example for the failing key, which reads better than a regular expression. */
    private static String exampleOf(JsonNode keywordHolder, Error error) {
        JsonNode example = keywordHolder == null ? null : keywordHolder.path("examples").path(0);
        return example == null || example.isMissingNode() ? "the pattern " + error.getSchemaNode().asString()
                : "'" + example.asString() + "'";
    }

    /** The schema object holding the failing keyword, found through the error's schema location fragment. */
    private JsonNode schemaAt(Error error) {
        String location = String.valueOf(error.getSchemaLocation());
        int hash = location.indexOf('#');
        if (hash < 0) {
            return null;
        }
        String keywordPointer = location.substring(hash + 1);
        JsonNode holder = schemaJson.at(YamlDocument.parent(keywordPointer));
        return holder.isMissingNode() ? null : holder;
    }

    private static String pointer(NodePath path) {
        String p = "";
        for (int i = 0; i < path.getNameCount(); i++) {
            p = YamlDocument.child(p, String.valueOf(path.getElement(i)));
        }
        return p;
    }
}
