package dev.ascctl.conformance;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Checks one response (status, Content-Type, body) against what the operation declares. The verdict depends on those
 * alone, and the end-to-end tests check the same answers again and again (every plan re-reads the same app), so it
 * is remembered per operation, status, Content-Type and body digest: measured, schema validation of responses was a
 * fifth of the end-to-end tests' CPU.
 */
final class ResponseCheck {
    /** Far more than one run's distinct answers; past it the memo starts over rather than grow. */
    private static final int MEMO_LIMIT = 100_000;

    private final SchemaValidators validators;
    private final Map<String, List<String>> memo = new ConcurrentHashMap<>();

    ResponseCheck(SchemaValidators validators) {
        this.validators = validators;
    }

    /** An answer Apple sends but does not declare ({@link ObservedStatuses}): an ErrorResponse in JSON. */
    private List<String> errorDocument(int status, String contentType, String body) {
        if (!DeclaredResponse.isJson(contentType) || !JsonBodies.isPresent(body)) {
            return List.of("status " + status + " (observed, undeclared) must be an error document in JSON");
        }
        try {
            return validators.validate(SpecPointer.ofLocalRef("#/components/schemas/ErrorResponse"),
                    AppleFormTolerance.tolerateInPlace(JsonBodies.parse(body))).stream().map(p -> "response body " + p).toList();
        } catch (IllegalArgumentException e) {
            return List.of("response body " + e.getMessage());
        }
    }

    /** Problems with the response; empty when it conforms. */
    List<String> check(ApiOperation operation, int status, String contentType, String body) {
        String key = operation.method() + " " + operation.template() + " " + status + " " + contentType + " "
                + digest(body);
        List<String> known = memo.get(key);
        if (known != null) {
            return known;
        }
        List<String> problems = List.copyOf(checkOnce(operation, status, contentType, body));
        if (memo.size() >= MEMO_LIMIT) {
            memo.clear();
        }
        memo.put(key, problems);
        return problems;
    }

    /**
     * The body's length and two independent hashes of its characters (96 bits): an accidental match of two different
     * bodies of one operation is out of reach, and no one here forges bodies. Measured, SHA-256 of the UTF-8 bytes
     * was a fifth of the checker's CPU (the price point lists are megabytes, and the test JVM runs C1 only);
     * {@code String.hashCode} is kept in the string, so checking the same exchange again costs one pass.
     */
    static String digest(String body) {
        if (body == null) {
            return "none";
        }
        long fnv = 0xcbf29ce484222325L; // FNV-1a, 64 bits, over UTF-16 units
        for (int i = 0, n = body.length(); i < n; i++) {
            fnv = (fnv ^ body.charAt(i)) * 0x100000001b3L;
        }
        return body.length() + ":" + Integer.toHexString(body.hashCode()) + ":" + Long.toHexString(fnv);
    }

    private List<String> checkOnce(ApiOperation operation, int status, String contentType, String body) {
        Optional<DeclaredResponse> declared = operation.response(status);
        if (declared.isEmpty() && ObservedStatuses.tolerated(operation.template(), status)) {
            return errorDocument(status, contentType, body);
        }
        if (declared.isEmpty()) {
            return List.of("status " + status + " is not declared for " + operation
                    + " (declared: " + String.join(", ", operation.node().path("responses").propertyNames()) + ")");
        }
        DeclaredResponse response = declared.get();
        boolean sent = JsonBodies.isPresent(body);
        if (!response.hasBody()) {
            return sent ? List.of("status " + status + " declares no body, but one was sent") : List.of();
        }
        if (!sent) {
            return List.of("status " + status + " declares a body (" + String.join(", ", response.mediaTypes())
                    + "), but none was sent");
        }
        Optional<SpecPointer> schema = response.schemaFor(contentType);
        if (schema.isEmpty()) {
            return List.of("Content-Type " + contentType + " is not declared for status " + status
                    + " (declared: " + String.join(", ", response.mediaTypes()) + ")");
        }
        if (!DeclaredResponse.isJson(contentType)) {
            return List.of(); // CSV and gzip reports: the spec gives no schema worth checking
        }
        JsonNode json;
        try {
            json = JsonBodies.parse(body);
        } catch (IllegalArgumentException e) {
            return List.of("response body " + e.getMessage());
        }
        // The tree was parsed here for this check alone: the tolerances edit it rather than copy it twice.
        JsonNode tolerated = AppleFormTolerance.tolerateInPlace(NullAttributeTolerance.removeNullAttributes(json));
        return validators.validate(schema.get(), tolerated).stream().map(p -> "response body " + p)
                .filter(p -> !NullAttributeTolerance.observedNull(p))
                .filter(p -> !NullAttributeTolerance.emptyToOne(operation.template(), p)).toList();
    }
}
