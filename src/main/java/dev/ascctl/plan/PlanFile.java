package dev.ascctl.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Saves and loads a {@link Plan} as JSON. The file holds the changes with their API calls (secret values are
 * references like {@code ${env:ASC_DEMO_PASSWORD}}, resolved only when apply sends), the store hash and the
 * live fingerprints; never a key, token or password. A file saved by {@code plan --out} also carries its
 * {@link PlanContext} (store folder, endpoint, profile) under {@code "context"}.
 */
public final class PlanFile {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Java null (e.g. "no live value: the object does not exist yet") is left out, so it reads back as
            // Java null; an explicit JSON null (NullNode, "clear this value") is written and reads back as NullNode.
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private static final String CONTEXT = "context";
    /** A plan of every kind for 3 apps x 39 locales is about 2 MB. */
    private static final long MAX_BYTES = 64L * 1_048_576;
    /** Reading a saved plan: a key written twice would let two readers see different plans. */
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private PlanFile() {
    }

    /** Saves the plan with its context, so {@code apply FILE} needs neither --store nor --endpoint. */
    public static void save(SavedPlan saved, Path file) {
        try {
            Files.writeString(file, PlanSeal.seal(toJson(saved)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write plan file " + file + ": " + e.getMessage(), e);
        }
    }

    public static String toJson(Plan plan) {
        return MAPPER.writeValueAsString(plan);
    }

    /** The plan's JSON with {@code "context"} right after {@code formatVersion}, where a reviewer looks first. */
    public static String toJson(SavedPlan saved) {
        ObjectNode planJson = (ObjectNode) MAPPER.valueToTree(saved.plan());
        ObjectNode json = MAPPER.createObjectNode();
        json.set("formatVersion", planJson.get("formatVersion"));
        json.set(CONTEXT, MAPPER.valueToTree(saved.context()));
        planJson.properties().forEach(e -> json.putIfAbsent(e.getKey(), e.getValue()));
        return MAPPER.writeValueAsString(json);
    }

    public static Plan fromJson(String json) {
        return MAPPER.readValue(json, Plan.class);
    }

    /** The plan alone, for {@code show}; any context is ignored. */
    public static Plan load(Path file) {
        return read(file, (tree, plan) -> plan);
    }

    /** The plan and its context, for {@code apply}; a file without a context is refused. */
    public static SavedPlan loadSaved(Path file) {
        return read(file, (tree, plan) -> {
            JsonNode context = tree.get(CONTEXT);
            if (context == null || !context.isObject()) {
                throw new IllegalArgumentException(file + " does not record its store folder and endpoint (it was"
                        + " saved by an older ascctl). Run 'ascctl plan --out " + file.getFileName() + "' again.");
            }
            return new SavedPlan(plan, MAPPER.treeToValue(context, PlanContext.class));
        });
    }

    private static <T> T read(Path file, BiFunction<JsonNode, Plan, T> result) {
        String text;
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException(file + " is not an ascctl plan file (not a regular file of at most "
                        + MAX_BYTES / 1_048_576 + " MB)");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plan file " + file + ": " + e.getMessage(), e);
        }
        // show and apply both parse exactly these checked bytes.
        PlanSeal.verify(String.valueOf(file.getFileName()), text);
        try {
            JsonNode tree = STRICT.readTree(text);
            Plan plan = MAPPER.treeToValue(tree, Plan.class);
            SecretReferences.check(file, plan);
            if (!Plan.FORMAT_VERSION.equals(plan.formatVersion())) {
                throw new IllegalArgumentException(file + " is a plan of format " + plan.formatVersion()
                        + "; this ascctl reads format " + Plan.FORMAT_VERSION + ". Run plan again.");
            }
            return result.apply(tree, plan);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + " is not an ascctl plan file: " + e.getOriginalMessage(), e);
        }
    }
}
