package dev.ascctl.conformance;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Parses request and response bodies strictly: trailing garbage after the JSON value is an error. */
final class JsonBodies {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonBodies() {
    }

    /** Whether a body counts as sent: not null and not only whitespace. */
    static boolean isPresent(String body) {
        return body != null && !body.isBlank();
    }

    /**
     * The parsed body.
     *
     * @throws IllegalArgumentException with a short reason when the text is not one JSON value
     */
    static JsonNode parse(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
