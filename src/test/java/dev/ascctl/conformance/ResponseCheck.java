package dev.ascctl.conformance;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Checks one response (status, Content-Type, body) against what the operation declares. */
final class ResponseCheck {

    private final SchemaValidators validators;

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
                    AppleFormTolerance.tolerated(JsonBodies.parse(body))).stream().map(p -> "response body " + p).toList();
        } catch (IllegalArgumentException e) {
            return List.of("response body " + e.getMessage());
        }
    }

    /** Problems with the response; empty when it conforms. */
    List<String> check(ApiOperation operation, int status, String contentType, String body) {
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
        JsonNode tolerated = AppleFormTolerance.tolerated(NullAttributeTolerance.withoutNullAttributes(json));
        return validators.validate(schema.get(), tolerated).stream().map(p -> "response body " + p)
                .filter(p -> !NullAttributeTolerance.observedNull(p))
                .filter(p -> !NullAttributeTolerance.emptyToOne(operation.template(), p)).toList();
    }
}
