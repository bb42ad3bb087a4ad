package dev.ascctl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.server.Sandbox;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The sandbox's introductory offers keep Apple's rules: one offer per territory at a time, no price point on a
 * free trial and one of the subscription's points on a paid offer, only endDate changes in place. Seeded from the
 * adoption seed (a FREE_TRIAL in USA, a PAY_AS_YOU_GO at 0.99 in DEU); every exchange conforms to Apple's spec.
 */
class IntroductoryOfferRulesTest {
    private Sandbox sandbox;
    private SandboxClient client;
    private String subscription;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults().withSeedFile(Path.of("examples/sandbox/adoption-seed.yaml")));
        client = new SandboxClient(sandbox);
        subscription = sandbox.state().find("subscriptions",
                a -> "com.example.weather.plus.monthly".equals(a.get("productId"))).orElseThrow().id();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private String offer(String territory, String mode, String pointId) {
        return "{\"data\":{\"type\":\"subscriptionIntroductoryOffers\",\"attributes\":{\"duration\":\"ONE_WEEK\","
                + "\"offerMode\":\"" + mode + "\",\"numberOfPeriods\":1},\"relationships\":{"
                + "\"subscription\":{\"data\":{\"type\":\"subscriptions\",\"id\":\"" + subscription + "\"}},"
                + "\"territory\":{\"data\":{\"type\":\"territories\",\"id\":\"" + territory + "\"}}"
                + (pointId == null ? "" : ",\"subscriptionPricePoint\":{\"data\":{\"type\":\"subscriptionPricePoints\",\"id\":\""
                        + pointId + "\"}}") + "}}}";
    }

    private static void assertError(SandboxClient.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.json().at("/errors/0/code").asString()).isEqualTo(code);
    }

    @Test
    void oneOfferPerTerritoryPricePointsOnlyOnPaidOffersAndEndDateChangesInPlace() {
        JsonNode list = client.get("/v1/subscriptions/" + subscription
                + "/introductoryOffers?include=territory,subscriptionPricePoint&limit=200").json();
        assertThat(list.get("data")).hasSize(2);
        assertThat(list.get("included").findValuesAsString("customerPrice")).containsExactly("0.99");

        assertError(client.post("/v1/subscriptionIntroductoryOffers", offer("USA", "FREE_TRIAL", null)), 409, "STATE_ERROR");
        String gbrPoint = client.get("/v1/subscriptions/" + subscription + "/pricePoints?filter[territory]=GBR&limit=1")
                .json().at("/data/0/id").asString();
        String usaPoint = client.get("/v1/subscriptions/" + subscription + "/pricePoints?filter[territory]=USA&limit=1")
                .json().at("/data/0/id").asString();
        assertError(client.post("/v1/subscriptionIntroductoryOffers", offer("GBR", "FREE_TRIAL", gbrPoint)), 409,
                "ENTITY_ERROR.RELATIONSHIP.INVALID");
        assertError(client.post("/v1/subscriptionIntroductoryOffers", offer("GBR", "PAY_UP_FRONT", null)), 409,
                "ENTITY_ERROR.RELATIONSHIP.INVALID");
        assertError(client.post("/v1/subscriptionIntroductoryOffers", offer("GBR", "PAY_UP_FRONT", usaPoint)), 409,
                "ENTITY_ERROR.RELATIONSHIP.INVALID");
        String gbr = client.post("/v1/subscriptionIntroductoryOffers", offer("GBR", "PAY_UP_FRONT", gbrPoint)).json()
                .at("/data/id").asString();

        var patched = client.patch("/v1/subscriptionIntroductoryOffers/" + gbr,
                "{\"data\":{\"type\":\"subscriptionIntroductoryOffers\",\"id\":\"" + gbr + "\",\"attributes\":{\"endDate\":\"2027-01-31\"}}}");
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().at("/data/attributes/endDate").asString()).isEqualTo("2027-01-31");
        assertThat(client.delete("/v1/subscriptionIntroductoryOffers/" + gbr).status()).isEqualTo(204);
        assertThat(client.get("/v1/subscriptions/" + subscription + "/introductoryOffers?filter[territory]=GBR")
                .json().get("data")).isEmpty();
        OpenApiConformance.assertConforms(sandbox.requestLog().list());
    }
}
