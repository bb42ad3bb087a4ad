package dev.ascctl.store;

import dev.ascctl.resource.registry.AllKinds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.SharedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class SchemaFilesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<StoreSection> SECTIONS = AllKinds.registry().storeSections();

    @ParameterizedTest
    @EnumSource(SchemaValidator.Kind.class)
    void repoRootCopyIsWhatTheSchemaCommandPrints(SchemaValidator.Kind kind) throws Exception {
        String name = kind.fileName.replace(".schema.json", "");
        assertThat(StoreSchemas.text(name, SECTIONS)).as("schema/" + kind.fileName + " is not current: run"
                + " bin/ascctl schema " + name + " > schema/" + kind.fileName)
                .contains(Files.readString(Path.of("schema", kind.fileName)));
    }

    /** Apple's enums are not copied into the schemas: each is a reference the vocabulary fills in (SchemaEnums). */
    @ParameterizedTest
    @EnumSource(SchemaValidator.Kind.class)
    void everyEnumOnTheClasspathIsAVocabularyReference(SchemaValidator.Kind kind) throws Exception {
        JsonNode raw;
        try (var in = SchemaFilesTest.class.getResourceAsStream("/schema/" + kind.fileName)) {
            raw = MAPPER.readTree(in);
        }
        List<String> copies = new ArrayList<>();
        raw.findParents("enum").forEach(p -> {
            if (!p.get("enum").asString("").startsWith(SchemaEnums.PREFIX)) {
                copies.add(p.get("enum").toString());
            }
        });
        assertThat(copies).isEmpty();
        assertThat(SchemaValidator.readSchema(kind).findValues("enum")).allSatisfy(e -> assertThat(e.isArray()).isTrue());
    }

    @Test
    void theAppSchemaIsTheClasspathOneWithTheKeysTheKindsOwn() throws Exception {
        JsonNode app = MAPPER.readTree(StoreSchemas.text("app", SECTIONS).orElseThrow());
        JsonNode base = SchemaValidator.readSchema(SchemaValidator.Kind.APP);
        List<String> added = new ArrayList<>(app.path("properties").propertyNames());
        added.removeAll(base.path("properties").propertyNames());
        assertThat(added).isEqualTo(SECTIONS.stream().filter(s -> !s.isOwnFile()).map(StoreSection::key).toList());
    }

    @ParameterizedTest
    @EnumSource(SchemaValidator.Kind.class)
    void everyKeyHasADescriptionAndExamplesAndNoUnknownKeysAreAllowed(SchemaValidator.Kind kind) {
        JsonNode schema = MAPPER.readTree(StoreSchemas.text(kind.fileName.replace(".schema.json", ""), SECTIONS)
                .orElseThrow());
        assertThat(schema.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        List<String> missing = new ArrayList<>();
        checkObject(schema, "", missing);
        assertThat(missing).isEmpty();
    }

    private static void checkObject(JsonNode schema, String path, List<String> missing) {
        if (!schema.path("additionalProperties").isBoolean() || schema.path("additionalProperties").asBoolean()) {
            missing.add(path + " allows unknown keys");
        }
        schema.path("properties").properties().forEach(e -> {
            String key = path + "/" + e.getKey();
            if (!e.getValue().path("description").isString()) {
                missing.add(key + " description");
            }
            if (!e.getValue().path("examples").isArray() || e.getValue().path("examples").isEmpty()) {
                missing.add(key + " examples");
            }
            if (e.getValue().has("properties")) {
                checkObject(e.getValue(), key, missing);
            }
        });
    }

    @Test
    void ageRatingCoversEveryAttributeOfApplesUpdateRequestWithItsEnums() throws Exception {
        JsonNode spec = MAPPER.readTree(SharedFiles.openApiSpec().toFile());
        JsonNode attributes = spec.at("/components/schemas/AgeRatingDeclarationUpdateRequest/properties/data/properties/attributes/properties");
        JsonNode ours = SchemaValidator.readSchema(SchemaValidator.Kind.APP).at("/properties/ageRating/properties");

        assertThat(new TreeSet<>(ours.propertyNames())).isEqualTo(new TreeSet<>(attributes.propertyNames()));
        attributes.properties().forEach(e -> {
            JsonNode apple = e.getValue().has("$ref")
                    ? spec.at(e.getValue().get("$ref").asString().substring(1)) : e.getValue();
            if (apple.has("enum")) {
                Set<String> ourEnum = new TreeSet<>();
                ours.get(e.getKey()).get("enum").forEach(v -> {
                    if (!v.isNull()) {
                        ourEnum.add(v.asString());
                    }
                });
                Set<String> appleEnum = new TreeSet<>();
                apple.get("enum").forEach(v -> appleEnum.add(v.asString()));
                assertThat(ourEnum).as(e.getKey()).isEqualTo(appleEnum);
            }
        });
    }

    @Test
    void contentRightsAndReleaseTypeEnumsMatchApple() throws Exception {
        JsonNode spec = MAPPER.readTree(SharedFiles.openApiSpec().toFile());
        JsonNode app = SchemaValidator.readSchema(SchemaValidator.Kind.APP);
        Map<String, String> pairs = Map.of(
                "/properties/contentRightsDeclaration/enum",
                "/components/schemas/AppUpdateRequest/properties/data/properties/attributes/properties/contentRightsDeclaration/enum",
                "/properties/version/properties/releaseType/enum",
                "/components/schemas/AppStoreVersionUpdateRequest/properties/data/properties/attributes/properties/releaseType/enum");
        pairs.forEach((ours, apples) -> {
            Set<String> a = new TreeSet<>();
            spec.at(apples).forEach(v -> a.add(v.asString()));
            Set<String> o = new TreeSet<>();
            app.at(ours).forEach(v -> {
                if (!v.isNull()) {
                    o.add(v.asString());
                }
            });
            assertThat(a).isNotEmpty();
            assertThat(o).as(ours).isEqualTo(a);
        });
    }
}
