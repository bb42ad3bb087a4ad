package dev.ascctl.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascctl.sandbox.RecordedExchange;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link OpenApiConformance#check}, {@link OpenApiConformance#skipped} and {@code assertConforms}. */
class ExchangeConformanceTest {

    private static final String APP = "{\"data\": {\"type\": \"apps\", \"id\": \"1\"},"
            + " \"links\": {\"self\": \"https://localhost/v1/apps/1\"}}";

    private final OpenApiConformance conformance = OpenApiConformance.instance();

    private static RecordedExchange exchange(String method, String path, String query, String requestBody,
                                             int status, String responseBody) {
        String contentType = responseBody == null ? null : "application/json";
        return new RecordedExchange(method, path, query, requestBody, status, responseBody, contentType, Instant.EPOCH);
    }

    @Test
    void conformingExchangeHasNoProblems() {
        assertThat(conformance.check(exchange("GET", "/v1/apps/1", "include=appInfos", null, 200, APP))).isEmpty();
    }

    @Test
    void requestAndResponseProblemsArePrefixedWithTheExchange() {
        RecordedExchange bad = exchange("GET", "/v1/apps/1", "filter[x]=1", null, 201, APP);

        assertThat(conformance.check(bad)).containsExactly(
                "GET /v1/apps/1 201: unknown query parameter 'filter[x]' for GET /v1/apps/{id}",
                "GET /v1/apps/1 201: status 201 is not declared for GET /v1/apps/{id}"
                        + " (declared: 400, 401, 403, 404, 200, 429)");
    }

    @Test
    void unknownApiPathIsReportedOnce() {
        assertThat(conformance.check(exchange("GET", "/v1/nope", null, null, 404, null)))
                .containsExactly("GET /v1/nope 404: no operation for GET /v1/nope: the path matches no template in the spec");
    }

    @Test
    void uploadUrlsOutsideTheApiAreSkippedAndListed() {
        RecordedExchange upload = exchange("PUT", "/upload/abc/part-1", null, "bytes", 200, null);
        RecordedExchange api = exchange("GET", "/v1/apps/1", null, null, 200, APP);

        assertThat(conformance.check(upload)).isEmpty();
        assertThat(conformance.skipped(List.of(upload, api))).containsExactly(upload);
    }

    @Test
    void assertConformsPassesOrListsAtMostFiftyProblems() {
        RecordedExchange good = exchange("GET", "/v1/apps/1", null, null, 200, APP);
        RecordedExchange bad = exchange("GET", "/v1/apps/1", "bogus=1", null, 200, APP);

        assertThatCode(() -> OpenApiConformance.assertConforms(List.of(good, good))).doesNotThrowAnyException();
        assertThatThrownBy(() -> OpenApiConformance.assertConforms(Collections.nCopies(60, bad)))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("60 conformance problem(s) in 60 exchange(s) against Apple's OpenAPI spec:")
                .hasMessageContaining("GET /v1/apps/1 200: unknown query parameter 'bogus' for GET /v1/apps/{id}")
                .hasMessageEndingWith("\n  ... and 10 more")
                .satisfies(e -> assertThat(e.getMessage().lines().count()).isEqualTo(1 + 50 + 1));
    }
}
