package dev.ascctl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.reports.ReportFiles;
import dev.ascctl.sandbox.reports.SalesHistory;
import dev.ascctl.sandbox.reports.SalesReports;
import dev.ascctl.sandbox.server.Sandbox;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /v1/salesReports and /v1/financeReports as the sandbox answers them, every exchange checked against the spec. */
class SalesReportsEndpointTest {
    private static final LocalDate THROUGH = LocalDate.of(2026, 3, 31);
    private static final String V = "filter[vendorNumber]=" + SalesReports.VENDOR_NUMBER;
    private static Sandbox sandbox;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        sandbox = Sandbox.start(SandboxOptions.defaults());
        sandbox.reports().setAvailableThrough(THROUGH);
        sandbox.reports().setFirstDay(LocalDate.of(2025, 1, 1));
    }

    /** Every answer conforms; so does every request but those this test sends wrong on purpose (answered 400). */
    @AfterEach
    void everyExchangeConformsToApplesSpec() {
        List<RecordedExchange> log = sandbox.requestLog().list();
        OpenApiConformance.assertConforms(log.stream().filter(e -> e.status() != 400).toList());
        List<String> answers = log.stream().filter(e -> e.status() == 400).flatMap(e -> OpenApiConformance.instance()
                .checkResponse(e.method(), e.path(), e.status(), e.contentType(), e.responseBody()).stream()).toList();
        assertThat(answers).isEmpty();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private HttpResponse<byte[]> get(String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUri() + query))
                .header("Authorization", "Bearer " + TestTokens.valid()).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode error(HttpResponse<byte[]> response) {
        return JsonMapper.builder().build().readTree(response.body()).path("errors").get(0);
    }

    @Test
    void dailySalesSummaryIsAGzipTsvInAppleColumnsAddingUpToTheHistory() throws Exception {
        HttpResponse<byte[]> r = get("/v1/salesReports?" + V + "&filter[reportType]=SALES&filter[reportSubType]=SUMMARY"
                + "&filter[frequency]=DAILY&filter[reportDate]=2026-03-02&filter[version]=1_0");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/a-gzip");
        List<String> lines = gunzip(r.body()).lines().toList();
        assertThat(lines.get(0).split("\t")).containsExactlyElementsOf(ReportFiles.SALES_SUMMARY_1_0);
        int unitsColumn = ReportFiles.SALES_SUMMARY_1_0.indexOf("Units");
        int fileUnits = lines.stream().skip(1).mapToInt(l -> Integer.parseInt(l.split("\t", -1)[unitsColumn])).sum();
        int historyUnits = sandbox.reports().history().day(LocalDate.of(2026, 3, 2)).stream()
                .mapToInt(SalesHistory.Sale::units).sum();
        assertThat(fileUnits).isEqualTo(historyUnits).isPositive();
        assertThat(lines.get(1).split("\t", -1)[ReportFiles.SALES_SUMMARY_1_0.indexOf("Begin Date")]).isEqualTo("03/02/2026");
    }

    @Test
    void aWeekIsItsSevenDaysAndNamedByItsSunday() throws Exception {
        String week = gunzip(get("/v1/salesReports?" + V + "&filter[reportType]=SALES&filter[reportSubType]=SUMMARY"
                + "&filter[frequency]=WEEKLY&filter[reportDate]=2026-03-08").body());
        int units = ReportFiles.SALES_SUMMARY_1_0.indexOf("Units");
        int sum = week.lines().skip(1).mapToInt(l -> Integer.parseInt(l.split("\t", -1)[units])).sum();
        int expected = 0;
        for (LocalDate d = LocalDate.of(2026, 3, 2); !d.isAfter(LocalDate.of(2026, 3, 8)); d = d.plusDays(1)) {
            expected += sandbox.reports().history().day(d).stream().mapToInt(SalesHistory.Sale::units).sum();
        }
        assertThat(sum).isEqualTo(expected);

        HttpResponse<byte[]> monday = get("/v1/salesReports?" + V + "&filter[reportType]=SALES"
                + "&filter[reportSubType]=SUMMARY&filter[frequency]=WEEKLY&filter[reportDate]=2026-03-02");
        assertThat(monday.statusCode()).isEqualTo(400);
        assertThat(error(monday).path("code").asString()).isEqualTo("PARAMETER_ERROR.INVALID");
        assertThat(error(monday).path("detail").asString()).contains("a Sunday");
    }

    @Test
    void aDayNotProducedYetIsApples404UntilItIs() throws Exception {
        String query = "/v1/salesReports?" + V + "&filter[reportType]=SALES&filter[reportSubType]=SUMMARY"
                + "&filter[frequency]=DAILY&filter[reportDate]=2026-04-01";
        HttpResponse<byte[]> before = get(query);
        assertThat(before.statusCode()).isEqualTo(404);
        assertThat(error(before).path("detail").asString()).startsWith("Report is not available yet.");
        try {
            sandbox.reports().setAvailableThrough(LocalDate.of(2026, 4, 1));
            assertThat(get(query).statusCode()).isEqualTo(200);
        } finally {
            sandbox.reports().setAvailableThrough(THROUGH);
        }
    }

    @Test
    void aPeriodBeforeTheFirstSaleIs404NoSales() throws Exception {
        HttpResponse<byte[]> r = get("/v1/salesReports?" + V + "&filter[reportType]=SALES&filter[reportSubType]=SUMMARY"
                + "&filter[frequency]=DAILY&filter[reportDate]=2024-06-01");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(error(r).path("detail").asString()).isEqualTo("There were no sales for the date specified.");
    }

    @Test
    void parameterErrorsAsAppleAnswersThem() throws Exception {
        String base = "/v1/salesReports?" + V + "&filter[reportSubType]=SUMMARY&filter[frequency]=DAILY";
        HttpResponse<byte[]> missing = get(base);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(error(missing).path("source").path("parameter").asString()).isEqualTo("filter[reportType]");

        HttpResponse<byte[]> unknownType = get(base + "&filter[reportType]=REFUNDS");
        assertThat(unknownType.statusCode()).isEqualTo(400);
        assertThat(error(unknownType).path("detail").asString()).contains("SUBSCRIPTION_EVENT");

        HttpResponse<byte[]> badDate = get(base + "&filter[reportType]=SALES&filter[reportDate]=2026-03");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(error(badDate).path("detail").asString()).contains("YYYY-MM-DD");

        HttpResponse<byte[]> unknownParameter = get(base + "&filter[reportType]=SALES&limit=10");
        assertThat(unknownParameter.statusCode()).isEqualTo(400);
        assertThat(error(unknownParameter).path("code").asString()).isEqualTo("PARAMETER_ERROR.ILLEGAL");

        HttpResponse<byte[]> otherVendor = get("/v1/salesReports?filter[vendorNumber]=1&filter[reportType]=SALES"
                + "&filter[reportSubType]=SUMMARY&filter[frequency]=DAILY");
        assertThat(otherVendor.statusCode()).isEqualTo(400);
    }

    @Test
    void withoutADateTheNewestReportOfTheFrequency() throws Exception {
        String monthly = gunzip(get("/v1/salesReports?" + V + "&filter[reportType]=SALES"
                + "&filter[reportSubType]=SUMMARY&filter[frequency]=MONTHLY").body());
        int begin = ReportFiles.SALES_SUMMARY_1_0.indexOf("Begin Date");
        assertThat(monthly.lines().skip(1).findFirst().orElseThrow().split("\t", -1)[begin]).isEqualTo("03/01/2026");
    }

    @Test
    void subscriberDetailedHasOneRowPerSubscriptionEvent() throws Exception {
        String text = gunzip(get("/v1/salesReports?" + V + "&filter[reportType]=SUBSCRIBER&filter[reportSubType]=DETAILED"
                + "&filter[frequency]=DAILY&filter[reportDate]=2026-03-02&filter[version]=1_3").body());
        assertThat(text.lines().findFirst().orElseThrow().split("\t")).containsExactlyElementsOf(
                ReportFiles.SUBSCRIBER_DETAILED_1_3);
        long events = sandbox.reports().history().day(LocalDate.of(2026, 3, 2)).stream()
                .filter(s -> s.product().isSubscription()).mapToLong(s -> Math.abs(s.units())).sum();
        assertThat(text.lines().count() - 1).isEqualTo(events).isPositive();
    }

    @Test
    void financialReportOfAMonthSumsItsPaidLinesAndCarriesRates() throws Exception {
        HttpResponse<byte[]> r = get("/v1/financeReports?" + V + "&filter[reportType]=FINANCIAL"
                + "&filter[regionCode]=ZZ&filter[reportDate]=2026-02");
        assertThat(r.statusCode()).isEqualTo(200);
        String text = gunzip(r.body());
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0).split("\t")).containsExactlyElementsOf(ReportFiles.FINANCIAL);
        int quantity = ReportFiles.FINANCIAL.indexOf("Quantity");
        int fileUnits = lines.stream().skip(1).takeWhile(l -> !l.isEmpty())
                .mapToInt(l -> Integer.parseInt(l.split("\t", -1)[quantity])).sum();
        int paidUnits = 0;
        for (LocalDate d = LocalDate.of(2026, 2, 1); d.getMonthValue() == 2; d = d.plusDays(1)) {
            paidUnits += sandbox.reports().history().day(d).stream()
                    .filter(s -> s.product().usdPrice().signum() > 0).mapToInt(SalesHistory.Sale::units).sum();
        }
        assertThat(fileUnits).isEqualTo(paidUnits);
        assertThat(text).contains("Exchange Rate").contains("EUR (EUR)\t");
        assertThat(ReportFiles.usdRate("JPY")).isEqualByComparingTo(new BigDecimal("0.006667"));

        HttpResponse<byte[]> march = get("/v1/financeReports?" + V + "&filter[reportType]=FINANCIAL"
                + "&filter[regionCode]=ZZ&filter[reportDate]=2026-03");
        assertThat(march.statusCode()).as("published a week after the month ends").isEqualTo(404);

        HttpResponse<byte[]> detailWrongRegion = get("/v1/financeReports?" + V + "&filter[reportType]=FINANCE_DETAIL"
                + "&filter[regionCode]=ZZ&filter[reportDate]=2026-02");
        assertThat(detailWrongRegion.statusCode()).isEqualTo(400);

        String detail = gunzip(get("/v1/financeReports?" + V + "&filter[reportType]=FINANCE_DETAIL"
                + "&filter[regionCode]=Z1&filter[reportDate]=2026-02").body());
        assertThat(detail.lines().skip(3).findFirst().orElseThrow().split("\t"))
                .containsExactlyElementsOf(ReportFiles.FINANCE_DETAIL);
    }
}
