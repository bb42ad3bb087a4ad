package dev.ascctl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.server.Sandbox;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The sandbox's promotional offer routes and review screenshot rules, against the adoption seed (Plus Monthly has
 * the offers WINTER, paid up front, and COMEBACK, a free trial; Rain Radar has a processed review screenshot):
 * what Apple accepts answers like Apple, what Apple refuses is refused, and every exchange conforms to the spec.
 */
class PromotionalOfferAndReviewScreenshotRulesTest {
    private Sandbox sandbox;
    private SandboxClient client;
    private String monthly;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0)
                .withSeedFile(Path.of("examples/sandbox/adoption-seed.yaml")));
        client = new SandboxClient(sandbox);
        monthly = sandbox.state().find("subscriptions", a -> "com.example.weather.plus.monthly".equals(a.get("productId")))
                .orElseThrow().id();
    }

    @AfterEach
    void stop() {
        OpenApiConformance.assertConforms(sandbox.requestLog().list());
        sandbox.close();
    }

    private String point(String subscriptionId, String territory, String price) {
        JsonNode points = client.get("/v1/subscriptions/" + subscriptionId + "/pricePoints?filter[territory]=" + territory
                + "&limit=8000").json().get("data");
        for (JsonNode p : points) {
            if (p.at("/attributes/customerPrice").asString().equals(price)) {
                return p.get("id").asString();
            }
        }
        throw new AssertionError("no " + territory + " point " + price);
    }

    private static String offer(String subscriptionId, String code, String mode, String pricesData, String included) {
        return """
                {"data": {"type": "subscriptionPromotionalOffers",
                  "attributes": {"name": "%s", "offerCode": "%s", "offerMode": "%s", "duration": "ONE_MONTH", "numberOfPeriods": 2},
                  "relationships": {"subscription": {"data": {"type": "subscriptions", "id": "%s"}},
                                    "prices": {"data": [%s]}}},
                 "included": [%s]}""".formatted(code, code, mode, subscriptionId, pricesData, included);
    }

    private static String inlinePrice(String id, String territory, String pointId) {
        return """
                {"type": "subscriptionPromotionalOfferPrices", "id": "%s", "relationships": {
                  "territory": {"data": {"type": "territories", "id": "%s"}},
                  "subscriptionPricePoint": {"data": {"type": "subscriptionPricePoints", "id": "%s"}}}}""".formatted(id, territory, pointId);
    }

    @Test
    void seededOffersAreListedWithTheirPricesAndPoints() {
        JsonNode offers = client.get("/v1/subscriptions/" + monthly + "/promotionalOffers?limit=200").json().get("data");
        assertThat(offers).hasSize(2);
        JsonNode winter = offers.get(0).at("/attributes/offerCode").asString().equals("WINTER") ? offers.get(0) : offers.get(1);
        var prices = client.get("/v1/subscriptionPromotionalOffers/" + winter.get("id").asString()
                + "/prices?include=territory,subscriptionPricePoint&limit=200").json();
        assertThat(prices.get("data")).hasSize(2);
        assertThat(prices.get("included").findValuesAsString("customerPrice")).containsOnly("9.99");
    }

    @Test
    void anOfferIsCreatedWithItsInlinePricesAndItsCodeIsUsedOnce() {
        String usa = point(monthly, "USA", "0.99");
        String body = offer(monthly, "HALF", "PAY_AS_YOU_GO", "{\"type\": \"subscriptionPromotionalOfferPrices\", \"id\": \"p1\"}",
                inlinePrice("p1", "USA", usa));
        var created = client.post("/v1/subscriptionPromotionalOffers", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(client.post("/v1/subscriptionPromotionalOffers", body).status()).isEqualTo(409);
        assertThat(client.post("/v1/subscriptionPromotionalOffers", offer(monthly, "WINTER", "FREE_TRIAL", "", ""))
                .status()).as("a seeded code").isEqualTo(409);
    }

    @Test
    void aPointOfAnotherSubscriptionOrAPricedFreeTrialIsRefused() {
        String yearly = sandbox.state().find("subscriptions", a -> "com.example.weather.plus.yearly".equals(a.get("productId")))
                .orElseThrow().id();
        String otherPoint = point(yearly, "USA", "0.99");
        var foreign = client.post("/v1/subscriptionPromotionalOffers", offer(monthly, "X", "PAY_AS_YOU_GO",
                "{\"type\": \"subscriptionPromotionalOfferPrices\", \"id\": \"p1\"}", inlinePrice("p1", "USA", otherPoint)));
        assertThat(foreign.status()).isEqualTo(409);
        var pricedTrial = client.post("/v1/subscriptionPromotionalOffers", offer(monthly, "Y", "FREE_TRIAL",
                "{\"type\": \"subscriptionPromotionalOfferPrices\", \"id\": \"p1\"}", inlinePrice("p1", "USA", point(monthly, "USA", "0.99"))));
        assertThat(pricedTrial.status()).isEqualTo(409);
        assertThat(sandbox.state().all("subscriptionPromotionalOffers")).hasSize(2);
    }

    @Test
    void aPatchChangesPricesOnlyKeepingTheOnesItNames() {
        String winter = sandbox.state().find("subscriptionPromotionalOffers", a -> "WINTER".equals(a.get("offerCode")))
                .orElseThrow().id();
        var live = client.get("/v1/subscriptionPromotionalOffers/" + winter + "/prices?include=territory&limit=200").json();
        String usaPrice = null;
        for (JsonNode p : live.get("data")) {
            if (p.at("/relationships/territory/data/id").asString().equals("USA")) {
                usaPrice = p.get("id").asString();
            }
        }
        String body = """
                {"data": {"type": "subscriptionPromotionalOffers", "id": "%s", "relationships": {"prices": {"data": [
                  {"type": "subscriptionPromotionalOfferPrices", "id": "%s"},
                  {"type": "subscriptionPromotionalOfferPrices", "id": "new-DEU"}]}}},
                 "included": [%s]}""".formatted(winter, usaPrice, inlinePrice("new-DEU", "DEU", point(monthly, "DEU", "7.99")));
        var patched = client.patch("/v1/subscriptionPromotionalOffers/" + winter, body);
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        var now = client.get("/v1/subscriptionPromotionalOffers/" + winter
                + "/prices?include=subscriptionPricePoint&limit=200").json();
        assertThat(now.get("data")).hasSize(2);
        assertThat(now.get("data").findValuesAsString("id")).contains(usaPrice);
        assertThat(now.get("included").findValuesAsString("customerPrice")).containsExactlyInAnyOrder("9.99", "7.99");

        var attributes = client.patch("/v1/subscriptionPromotionalOffers/" + winter, """
                {"data": {"type": "subscriptionPromotionalOffers", "id": "%s", "attributes": {"name": "Other"}}}""".formatted(winter));
        assertThat(attributes.status()).as("the update request has no attributes").isEqualTo(409);
    }

    @Test
    void aProductHoldsOneReviewScreenshotAndNoneCanBeAddedWhileItIsInReview() {
        String radar = sandbox.state().find("inAppPurchases", a -> "com.example.weather.radar".equals(a.get("productId")))
                .orElseThrow().id();
        var listed = client.get("/v1/apps/" + sandbox.state().find("apps", a -> "com.example.weather".equals(a.get("bundleId")))
                .orElseThrow().id() + "/inAppPurchasesV2?include=appStoreReviewScreenshot&limit=200").json();
        assertThat(listed.get("included").findValuesAsString("state")).contains("COMPLETE");
        String create = """
                {"data": {"type": "inAppPurchaseAppStoreReviewScreenshots", "attributes": {"fileName": "b.png", "fileSize": 10},
                  "relationships": {"inAppPurchaseV2": {"data": {"type": "inAppPurchases", "id": "%s"}}}}}""";
        assertThat(client.post("/v1/inAppPurchaseAppStoreReviewScreenshots", create.formatted(radar)).status())
                .as("a second screenshot").isEqualTo(409);

        String tip = sandbox.state().find("inAppPurchases", a -> "com.example.weather.tip".equals(a.get("productId")))
                .orElseThrow().id();
        sandbox.state().put(sandbox.state().require("inAppPurchases", tip)
                .withAttributes(java.util.Map.of("state", "WAITING_FOR_REVIEW")));
        assertThat(client.post("/v1/inAppPurchaseAppStoreReviewScreenshots", create.formatted(tip)).status())
                .as("in review").isEqualTo(409);
        sandbox.state().put(sandbox.state().require("inAppPurchases", tip)
                .withAttributes(java.util.Map.of("state", "MISSING_METADATA")));
        var reserved = client.post("/v1/inAppPurchaseAppStoreReviewScreenshots", create.formatted(tip));
        assertThat(reserved.status()).as(reserved.body()).isEqualTo(201);
        assertThat(reserved.json().at("/data/attributes/uploadOperations")).hasSize(1);
    }
}
