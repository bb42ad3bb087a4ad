package dev.ascctl.conformance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Checks one request (query and body) against the operation the spec declares for it. */
final class RequestCheck {

    /**
     * [observed, not in the spec] Apple's {@code links.next} carries an opaque {@code cursor}
     * parameter and clients send it back verbatim (asc-recorded INDEX.md, fact 7). The spec declares
     * no {@code cursor}, so it is accepted on paged operations only: those that declare {@code limit}.
     */
    static final String CURSOR = "cursor";

    private final SchemaValidators validators;

    RequestCheck(SchemaValidators validators) {
        this.validators = validators;
    }

    /** Problems with the query and the body; empty when both conform. */
    List<String> check(ApiOperation operation, String rawQuery, String body) {
        List<String> problems = new ArrayList<>(checkQuery(operation, rawQuery));
        problems.addAll(checkBody(operation, body));
        return problems;
    }

    private List<String> checkQuery(ApiOperation operation, String rawQuery) {
        RawQuery query;
        try {
            query = RawQuery.parse(rawQuery);
        } catch (IllegalArgumentException e) {
            return List.of("malformed query string: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RawQuery.Parameter sent : query.parameters()) {
            if (!seen.add(sent.name())) {
                problems.add("query parameter '" + sent.name() + "' sent more than once"
                        + " (the spec declares comma lists: style form, explode false)");
                continue;
            }
            operation.queryParameter(sent.name()).ifPresentOrElse(
                    declared -> problems.addAll(checkValue(declared, sent)),
                    () -> {
                        if (!isPagingCursor(operation, sent.name())) {
                            problems.add("unknown query parameter '" + sent.name() + "' for " + operation);
                        }
                    });
        }
        for (DeclaredParameter declared : operation.queryParameters()) {
            if (declared.required() && !seen.contains(declared.name())) {
                problems.add("missing required query parameter '" + declared.name() + "' for " + operation);
            }
        }
        return problems;
    }

    private static boolean isPagingCursor(ApiOperation operation, String name) {
        return name.equals(CURSOR) && operation.queryParameter("limit").isPresent();
    }

    private List<String> checkValue(DeclaredParameter declared, RawQuery.Parameter sent) {
        String prefix = "query parameter " + sent.name() + "=" + sent.value() + ": ";
        JsonNode value;
        try {
            value = QueryValues.toJson(declared, sent.value());
        } catch (IllegalArgumentException e) {
            return List.of(prefix + e.getMessage());
        }
        return validators.validate(declared.schemaPointer(), value).stream().map(p -> prefix + p).toList();
    }

    private List<String> checkBody(ApiOperation operation, String body) {
        boolean sent = JsonBodies.isPresent(body);
        if (!operation.declaresRequestBody()) {
            return sent ? List.of("request body sent, but " + operation + " declares none") : List.of();
        }
        if (!sent) {
            return operation.requiresRequestBody()
                    ? List.of("request body missing; " + operation + " requires one") : List.of();
        }
        JsonNode json;
        try {
            json = JsonBodies.parse(body);
        } catch (IllegalArgumentException e) {
            return List.of("request body " + e.getMessage());
        }
        return operation.requestBodySchema()
                .map(schema -> validators.validate(schema, json).stream().map(p -> "request body " + p).toList())
                .orElse(List.of());
    }
}
