package dev.ascctl.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One operation of Apple's spec, e.g. {@code GET /v1/apps/{id}/appInfos}, with the facts the
 * conformance checks need: its query parameters, its request body and its responses.
 *
 * @param method   HTTP method, upper case
 * @param template the path template as the spec spells it
 * @param node     the operation object
 * @param pointer  where the operation object lives in the document
 */
record ApiOperation(String method, String template, JsonNode node, SpecPointer pointer) {

    ApiOperation {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(pointer, "pointer");
        if (!node.isObject()) {
            throw new IllegalArgumentException("not an operation object at " + pointer);
        }
    }

    /** The declared query parameters, in spec order. */
    List<DeclaredParameter> queryParameters() {
        List<DeclaredParameter> declared = new ArrayList<>();
        JsonNode parameters = node.path("parameters");
        for (int i = 0; i < parameters.size(); i++) {
            JsonNode parameter = parameters.get(i);
            if ("query".equals(parameter.path("in").asString(""))) {
                declared.add(new DeclaredParameter(parameter.path("name").asString(),
                        parameter.path("required").asBoolean(false), parameter.path("schema"),
                        pointer.append("parameters", i, "schema")));
            }
        }
        return declared;
    }

    /** The declared query parameter of that decoded name, if any. */
    Optional<DeclaredParameter> queryParameter(String name) {
        return queryParameters().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Whether the spec declares a request body at all. */
    boolean declaresRequestBody() {
        return node.has("requestBody");
    }

    /** Whether the declared request body is required. */
    boolean requiresRequestBody() {
        return node.path("requestBody").path("required").asBoolean(false);
    }

    /** Where the JSON schema of the request body lives, if one is declared. */
    Optional<SpecPointer> requestBodySchema() {
        return node.path("requestBody").path("content").has("application/json")
                ? Optional.of(pointer.append("requestBody", "content", "application/json", "schema"))
                : Optional.empty();
    }

    /**
     * The response declared for the status, falling back to {@code default}; empty when neither is
     * declared.
     */
    Optional<DeclaredResponse> response(int status) {
        JsonNode responses = node.path("responses");
        String key = responses.has(String.valueOf(status)) ? String.valueOf(status) : "default";
        JsonNode response = responses.path(key);
        return response.isObject()
                ? Optional.of(new DeclaredResponse(response, pointer.append("responses", key)))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return method + " " + template;
    }

    /** The lower-case key the spec uses for an HTTP method. */
    static String specKey(String method) {
        return method.toLowerCase(Locale.ROOT);
    }
}
