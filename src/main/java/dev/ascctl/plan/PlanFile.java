package dev.ascctl.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saves and loads a {@link Plan} as JSON. The file holds the changes with their API calls (secret values are
 * references like {@code ${env:ASC_DEMO_PASSWORD}}, resolved only when apply sends), the store hash and the
 * live fingerprints; never a key, token or password.
 */
public final class PlanFile {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Java null (e.g. "no live value: the object does not exist yet") is left out, so it reads back as
            // Java null; an explicit JSON null (NullNode, "clear this value") is written and reads back as NullNode.
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private PlanFile() {
    }

    public static void save(Plan plan, Path file) {
        try {
            Files.writeString(file, toJson(plan), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write plan file " + file + ": " + e.getMessage(), e);
        }
    }

    public static String toJson(Plan plan) {
        return MAPPER.writeValueAsString(plan);
    }

    public static Plan fromJson(String json) {
        return MAPPER.readValue(json, Plan.class);
    }

    public static Plan load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plan file " + file + ": " + e.getMessage(), e);
        }
        try {
            Plan plan = fromJson(text);
            if (!Plan.FORMAT_VERSION.equals(plan.formatVersion())) {
                throw new IllegalArgumentException(file + " is a plan of format " + plan.formatVersion()
                        + "; this ascctl reads format " + Plan.FORMAT_VERSION + ". Run plan again.");
            }
            return plan;
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + " is not an ascctl plan file: " + e.getOriginalMessage(), e);
        }
    }
}
