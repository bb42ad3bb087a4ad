package dev.ascctl.conformance;

import dev.ascctl.SharedFiles;
import dev.ascctl.sandbox.RecordedExchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks HTTP exchanges against Apple's App Store Connect OpenAPI spec 4.4.1: every request our
 * client sends and every response the sandbox returns must conform.
 *
 * <pre>{@code
 * List<String> problems = OpenApiConformance.instance()
 *         .checkResponse("GET", "/v1/apps/123/appInfos", 200, "application/json", body);
 * OpenApiConformance.assertConforms(sandbox.requestLog());
 * }</pre>
 *
 * <p>What counts as a problem is listed on each method. The one tolerated difference from the spec
 * is a {@code null} attribute in a response (see {@link NullAttributeTolerance}); requests get no
 * such allowance.
 *
 * <p><b>Outside the spec.</b> Upload operations are served by the sandbox itself at URLs that are
 * not under {@code /v1/}, {@code /v2/} or {@code /v3/}. {@link #check} skips an exchange whose path
 * is outside those prefixes <em>and</em> matches no template, returning no problems for it;
 * {@link #skipped} lists them so a test can see what was not checked. Any other path matching no
 * template is a problem.
 *
 * <p>Thread-safe. The spec is loaded once per JVM, on first use; validators are built lazily per
 * schema and cached.
 */
public final class OpenApiConformance {

    private static final int MAX_SHOWN = 50;
    private static final List<String> API_PREFIXES = List.of("/v1/", "/v2/", "/v3/");

    /** Lazy holder: the JVM loads the 7 MB spec only when a test first asks for it. */
    private static final class Holder {
        static final OpenApiConformance INSTANCE = new OpenApiConformance(OpenApiDocument.load());
    }

    private final OpenApiDocument document;
    private final RequestCheck requests;
    private final ResponseCheck responses;

    private OpenApiConformance(OpenApiDocument document) {
        this.document = document;
        SchemaValidators validators = new SchemaValidators(document);
        this.requests = new RequestCheck(validators);
        this.responses = new ResponseCheck(validators);
    }

    /**
     * The shared checker; the first call loads the spec. Skips the calling test when the spec is missing
     * (see {@link SharedFiles}), before the holder is touched, so a later run with the spec still works.
     */
    public static OpenApiConformance instance() {
        SharedFiles.openApiSpec();
        return Holder.INSTANCE;
    }

    /**
     * Problems with a request: no operation for method + path; an unknown query parameter for that
     * operation (brackets raw or percent-encoded); a query value its schema refuses (enum values of
     * comma lists, integers, {@code limit} maximum); a missing required query parameter; a body not
     * matching the operation's requestBody schema; a body where none is declared or none where one
     * is required. {@code cursor} is accepted on paged operations (see {@link RequestCheck#CURSOR}).
     *
     * @param rawQuery the query without '?', or {@code null}
     * @param body     the body text, or {@code null}
     */
    public List<String> checkRequest(String method, String rawPath, String rawQuery, String body) {
        List<String> problems = new ArrayList<>();
        resolve(method, rawPath, problems).ifPresent(op -> problems.addAll(requests.check(op, rawQuery, body)));
        return problems;
    }

    /**
     * Problems with a response: no operation for method + path; a status the operation does not
     * declare (and no {@code default}); a body where the status declares none (204) or none where
     * one is declared; a Content-Type not declared for the status; a JSON body not matching the
     * declared schema, where a {@code null} attribute of a resource is read as unset.
     *
     * @param contentType the response Content-Type header, or {@code null}
     * @param body        the body text, or {@code null}
     */
    public List<String> checkResponse(String method, String rawPath, int status, String contentType, String body) {
        List<String> problems = new ArrayList<>();
        resolve(method, rawPath, problems)
                .ifPresent(op -> problems.addAll(responses.check(op, status, contentType, body)));
        return problems;
    }

    /**
     * Both checks over an exchange, each problem prefixed with {@code "METHOD path status: "};
     * empty for an exchange outside the spec (see {@link #skipped}).
     */
    public List<String> check(RecordedExchange exchange) {
        if (isOutsideSpec(exchange)) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        Optional<ApiOperation> operation = resolve(exchange.method(), exchange.path(), problems);
        operation.ifPresent(op -> {
            problems.addAll(requests.check(op, exchange.rawQuery(), exchange.requestBody()));
            problems.addAll(responses.check(op, exchange.status(), exchange.contentType(), exchange.responseBody()));
        });
        String prefix = exchange.method() + " " + exchange.path() + " " + exchange.status() + ": ";
        return problems.stream().map(p -> prefix + p).toList();
    }

    /** The exchanges {@link #check} does not check: paths outside /v1, /v2, /v3 that match no template. */
    public List<RecordedExchange> skipped(List<RecordedExchange> exchanges) {
        return exchanges.stream().filter(this::isOutsideSpec).toList();
    }

    /**
     * Asserts that every exchange conforms. When Apple's spec is missing (and not required), the test
     * goes on and is reported as skipped at its end by {@link DeferredConformanceSkip}.
     *
     * @throws AssertionError listing every problem (at most 50 shown, with the total)
     */
    public static void assertConforms(List<RecordedExchange> exchanges) {
        if (SharedFiles.findOpenApiSpec().isEmpty() && !SharedFiles.required()) {
            DeferredConformanceSkip.note();
            return;
        }
        OpenApiConformance checker = instance();
        List<String> problems = exchanges.stream().flatMap(e -> checker.check(e).stream()).toList();
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder()
                .append(problems.size()).append(" conformance problem(s) in ").append(exchanges.size())
                .append(" exchange(s) against Apple's OpenAPI spec:");
        problems.stream().limit(MAX_SHOWN).forEach(p -> message.append("\n  ").append(p));
        if (problems.size() > MAX_SHOWN) {
            message.append("\n  ... and ").append(problems.size() - MAX_SHOWN).append(" more");
        }
        throw new AssertionError(message.toString());
    }

    private boolean isOutsideSpec(RecordedExchange exchange) {
        String path = exchange.path();
        return API_PREFIXES.stream().noneMatch(path::startsWith) && document.template(path).isEmpty();
    }

    /** The operation for method + raw path, or empty with the reason added to problems. */
    private Optional<ApiOperation> resolve(String method, String rawPath, List<String> problems) {
        Optional<String> template = document.template(rawPath);
        if (template.isEmpty()) {
            problems.add("no operation for " + method + " " + rawPath + ": the path matches no template in the spec");
            return Optional.empty();
        }
        Optional<ApiOperation> operation = document.operation(method, template.get());
        if (operation.isEmpty()) {
            problems.add("no operation for " + method + " " + template.get() + " (declared: "
                    + String.join(", ", document.methods(template.get())) + ")");
        }
        return operation;
    }
}
