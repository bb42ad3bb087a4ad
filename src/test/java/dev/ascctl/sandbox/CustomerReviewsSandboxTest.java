package dev.ascctl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.server.Sandbox;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Customer reviews and responses in the sandbox, every exchange checked against Apple's spec: lists per app and
 * per version with filters, sorts, {@code exists[publishedResponse]}, includes and paging; responses created
 * PENDING_PUBLISH then PUBLISHED, one per review, deleted; summarizations.
 */
class CustomerReviewsSandboxTest {
    private static final Path SEED = Path.of("src/test/resources/sandbox/reviews-seed.yaml");
    private Sandbox sandbox;
    private SandboxClient client;
    private String notes;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults().withSeedFile(SEED));
        client = new SandboxClient(sandbox);
        notes = sandbox.state().find("apps", a -> "com.example.notes".equals(a.get("bundleId"))).orElseThrow().id();
    }

    @AfterEach
    void checkEveryExchangeAndStop() {
        try {
            List<RecordedExchange> whole = new ArrayList<>();
            for (RecordedExchange e : sandbox.requestLog().withoutInjectedFaults()) {
                if (e.status() == 400) { // sent broken on purpose: the error document is checked on its own
                    assertThat(OpenApiConformance.instance().checkResponse(e.method(), e.path(), e.status(),
                            e.contentType(), e.responseBody())).isEmpty();
                } else {
                    whole.add(e);
                }
            }
            OpenApiConformance.assertConforms(whole);
        } finally {
            sandbox.close();
        }
    }

    @Test
    void listsPageAt200WithFiltersSortsAndPublishedResponses() {
        List<JsonNode> all = new ArrayList<>();
        String next = "/v1/apps/" + notes + "/customerReviews?limit=200&include=response";
        int pages = 0;
        while (next != null) {
            JsonNode page = ok(client.get(next));
            page.get("data").forEach(all::add);
            pages++;
            JsonNode link = page.at("/links/next");
            next = link.isString() ? link.asString().replaceFirst("^https?://[^/]+", "") : null;
        }
        assertThat(all).hasSize(450);
        assertThat(pages).isEqualTo(3);
        Set<String> territories = new HashSet<>();
        Set<Integer> ratings = new HashSet<>();
        all.forEach(r -> {
            territories.add(r.at("/attributes/territory").asString());
            ratings.add(r.at("/attributes/rating").asInt());
        });
        assertThat(territories).contains("USA", "DEU", "JPN", "FRA", "BRA");
        assertThat(ratings).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThat(newestFirst(all)).as("newest first by default").isTrue();

        JsonNode low = ok(client.get("/v1/apps/" + notes + "/customerReviews?filter[rating]=1,2&filter[territory]=DEU"
                + "&sort=-createdDate&limit=200&fields[customerReviews]=rating,territory,createdDate"));
        low.get("data").forEach(r -> {
            assertThat(r.at("/attributes/rating").asInt()).isLessThanOrEqualTo(2);
            assertThat(r.at("/attributes/territory").asString()).isEqualTo("DEU");
        });
        assertThat(low.get("data").size()).isPositive();

        JsonNode unanswered = ok(client.get("/v1/apps/" + notes
                + "/customerReviews?exists[publishedResponse]=false&include=response&limit=200&sort=rating"));
        int total = unanswered.at("/meta/paging/total").asInt();
        JsonNode answered = ok(client.get("/v1/apps/" + notes + "/customerReviews?exists[publishedResponse]=true&limit=1"));
        assertThat(total + answered.at("/meta/paging/total").asInt()).isEqualTo(450);
        assertThat(answered.at("/meta/paging/total").asInt()).isBetween(90, 180);
        unanswered.get("data").forEach(r -> assertThat(r.at("/relationships/response/data").isNull()).isTrue());
        assertThat(unanswered.at("/data/0/attributes/rating").asInt()).isEqualTo(1);

        String version = sandbox.state().find("appStoreVersions", a -> "1.1".equals(a.get("versionString"))).orElseThrow().id();
        JsonNode ofVersion = ok(client.get("/v1/appStoreVersions/" + version + "/customerReviews?limit=200&filter[rating]=5"));
        assertThat(ofVersion.at("/meta/paging/total").asInt()).isPositive().isLessThan(450);
        JsonNode summaries = ok(client.get("/v1/apps/" + notes
                + "/customerReviewSummarizations?filter[platform]=IOS&filter[territory]=JPN&include=territory"));
        assertThat(summaries.get("data")).hasSize(1);
        assertThat(summaries.at("/data/0/attributes/locale").asString()).isEqualTo("ja");
        assertThat(client.get("/v1/apps/" + notes + "/customerReviewSummarizations").status())
                .as("filter[platform] is required").isEqualTo(400);
    }

    @Test
    void aResponseIsPendingThenPublishedOnePerReviewAndDeleted() {
        String review = "atlas-1";
        SandboxClient.Reply created = client.post("/v1/customerReviewResponses", create(review, "Sorry! Fixed in 1.1."));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().at("/data/attributes/state").asString()).isEqualTo("PENDING_PUBLISH");
        String first = created.json().at("/data/id").asString();

        JsonNode read = ok(client.get("/v1/customerReviews/" + review + "/response"));
        assertThat(read.at("/data/attributes/state").asString()).isEqualTo("PUBLISHED");
        assertThat(read.at("/data/attributes/responseBody").asString()).isEqualTo("Sorry! Fixed in 1.1.");
        JsonNode withResponse = ok(client.get("/v1/customerReviews/" + review + "?include=response,reviewTerritory"));
        assertThat(withResponse.at("/data/relationships/response/data/id").asString()).isEqualTo(first);
        assertThat(withResponse.at("/data/relationships/reviewTerritory/data/id").asString()).isEqualTo("DEU");
        ok(client.get("/v1/customerReviews/" + review + "/relationships/response"));
        ok(client.get("/v1/customerReviewResponses/" + first + "?include=review"));

        // Apple: "If a response already exists, this endpoint updates the response by overwriting it."
        SandboxClient.Reply second = client.post("/v1/customerReviewResponses", create(review, "Fixed in 1.1.1."));
        assertThat(second.status()).isEqualTo(201);
        assertThat(sandbox.state().referencing("customerReviewResponses", "review", review)).hasSize(1);
        assertThat(client.get("/v1/customerReviewResponses/" + first).status()).isEqualTo(404);

        String id = second.json().at("/data/id").asString();
        assertThat(client.delete("/v1/customerReviewResponses/" + id).status()).isEqualTo(204);
        assertThat(client.get("/v1/customerReviews/" + review + "/response").status()).isEqualTo(404);
        SandboxClient.Reply unknown = client.post("/v1/customerReviewResponses", create("no-such-review", "Hi"));
        assertThat(unknown.status()).isEqualTo(409);
    }

    private static String create(String review, String body) {
        return "{\"data\":{\"type\":\"customerReviewResponses\",\"attributes\":{\"responseBody\":\"" + body + "\"},"
                + "\"relationships\":{\"review\":{\"data\":{\"type\":\"customerReviews\",\"id\":\"" + review + "\"}}}}}";
    }

    private static boolean newestFirst(List<JsonNode> reviews) {
        for (int i = 1; i < reviews.size(); i++) {
            if (date(reviews.get(i)).isAfter(date(reviews.get(i - 1)))) {
                return false;
            }
        }
        return true;
    }

    private static java.time.Instant date(JsonNode review) {
        return OffsetDateTime.parse(review.at("/attributes/createdDate").asString()).toInstant();
    }

    private static JsonNode ok(SandboxClient.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}
