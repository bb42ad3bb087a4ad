package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.pricing.PriceTiers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * One reviewed plan, one apply (DESIGN principle 8): a store that creates an in-app purchase with its price, a
 * subscription with prices in two territories, a paid introductory offer and a promotional offer is planned once
 * (its price points shown as known after apply), applied once from the saved plan, and the next plan is clean.
 */
@SandboxStore
public class KnownAfterApplyEndToEndIT {
    static final String JPN = PriceTiers.price("JPN", PriceTiers.tierOf("USA", "4.99").orElseThrow());
    static final String GBR = PriceTiers.price("GBR", 10);
    static final String GBR_OFFER = PriceTiers.price("GBR", 5);
    static final String USA_OFFER = PriceTiers.price("USA", 3);
    SandboxFixture fixture;
    Path store;

    @BeforeEach
    void start(SandboxFixture fixture) throws IOException {
        this.fixture = fixture;
        store = fixture.store();
        Files.writeString(store.resolve("apps/notes/purchases.yaml"), """
                inAppPurchases:
                  - productId: com.example.notes.pro
                    inAppPurchaseType: NON_CONSUMABLE
                    referenceName: Pro
                    price: {territory: USA, price: "4.99", territories: {JPN: "%s"}}
                subscriptionGroups:
                  - referenceName: Plus
                    subscriptions:
                      - productId: com.example.notes.plus.monthly
                        referenceName: Plus Monthly
                        subscriptionPeriod: ONE_MONTH
                        groupLevel: 1
                        prices: {USA: "2.99", GBR: "%s"}
                        introductoryOffers:
                          - {territory: GBR, offerMode: PAY_UP_FRONT, duration: ONE_MONTH, numberOfPeriods: 1, price: "%s"}
                        promotionalOffers:
                          - {offerCode: SPRING, name: Spring, offerMode: PAY_AS_YOU_GO, duration: ONE_MONTH, numberOfPeriods: 3, prices: {USA: "%s"}}
                """.formatted(JPN, GBR, GBR_OFFER, USA_OFFER));
    }

    @Test
    void newProductsPricesAndOffersAreSetByOneApplyOfTheSavedPlan() {
        Path planFile = fixture.folder().resolve("purchases.plan");
        var plan = fixture.run("plan", "--store", store.toString(), "--out", planFile.toString());
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        // (The example store's whatsNew on a first version stays blocked, as ever: nothing about purchases.)
        assertThat(plan.out()).doesNotContain("next apply").doesNotContainPattern("# app\\[[^]]+]\\.(iap|subscr)[^\\n]*: ")
                .contains("iap[com.example.notes.pro].price[USA] will be created")
                .contains("subscription[com.example.notes.plus.monthly].price[GBR] will be created")
                .contains("introductoryOffer[GBR] will be created").contains("promotionalOffer[SPRING] will be created")
                .containsPattern("\\+ pricePoint\\[JPN\\] *= \\(known after apply\\)");
        // IAP: USA and JPN; subscription: USA and GBR; the intro offer: GBR; the promotional offer: USA.
        assertThat(plan.out().split("\\(known after apply\\)", -1)).hasSize(6 + 1);
        String planned = plan.out().lines().filter(l -> l.startsWith("App Store Connect requests:")).findFirst()
                .orElseThrow();

        fixture.sandbox.requestLog().clear();
        var apply = fixture.run("apply", planFile.toString());
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        List<RecordedExchange> log = fixture.sandbox.requestLog().list();
        // Each product's points in a territory read once, after it exists (the subscription's USA and GBR points
        // serve its prices and its offers): 2 for the IAP, 2 for the subscription.
        assertThat(log.stream().filter(e -> e.path().endsWith("/pricePoints"))).hasSize(4);
        int gbrPrice = indexOf(log, "/v1/subscriptionPrices", "\"GBR\"");
        int gbrOffer = indexOf(log, "/v1/subscriptionIntroductoryOffers", "\"GBR\"");
        assertThat(gbrPrice).as("the subscription's GBR price before its GBR offer").isLessThan(gbrOffer);

        // The plan's estimate counted those 4 reads beside the writes: the apply sent what the plan said.
        long writes = log.stream().filter(RecordedExchange::isWrite).count();
        assertThat(planned).contains("about " + (writes + 4 + planReads(planned)) + " for apply");

        var state = fixture.sandbox.state();
        StoredResource pro = state.find("inAppPurchases", a -> "com.example.notes.pro".equals(a.get("productId")))
                .orElseThrow();
        assertThat(state.referencing("inAppPurchasePrices", "inAppPurchaseV2", pro.id()).stream()
                .filter(p -> Boolean.TRUE.equals(p.attribute("manual"))).map(p -> p.relatedId("territory")))
                .containsExactlyInAnyOrder("USA", "JPN");
        assertThat(state.all("subscriptionPrices")).extracting(p -> p.relatedId("territory"))
                .containsExactlyInAnyOrder("USA", "GBR");
        assertThat(state.all("subscriptionIntroductoryOffers")).singleElement()
                .satisfies(o -> assertThat(o.related("subscriptionPricePoint")).hasSize(1));
        assertThat(state.all("subscriptionPromotionalOffers")).singleElement()
                .satisfies(o -> assertThat(o.related("prices")).hasSize(1));

        var clean = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(clean.exitCode()).as(clean.toString()).isZero();
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
    }

    @Test
    void theJsonPlanMarksTheValuesUnknownUntilApply() {
        var plan = fixture.run("plan", "--store", store.toString(), "--format", "json");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();

        var json = JsonMapper.builder().build().readTree(plan.out());
        var price = java.util.stream.StreamSupport.stream(json.get("resource_changes").spliterator(), false)
                .filter(c -> c.get("address").asString().endsWith("iap[com.example.notes.pro].price[USA]"))
                .findFirst().orElseThrow();
        assertThat(price.at("/change/after_unknown/pricePoint[USA]").asBoolean()).isTrue();
        assertThat(price.at("/change/known_after_apply/1/description").asString())
                .isEqualTo("the JPN price point of " + JPN + " for com.example.notes.pro");
    }

    @Test
    void aNewSubscriptionsPriceThatIsNoPointFailsThatPriceAndTheOfferWaitingForIt() throws IOException {
        Path purchases = store.resolve("apps/notes/purchases.yaml");
        Files.writeString(purchases, Files.readString(purchases).replace("GBR: \"" + GBR + "\"", "GBR: \"1.23\""));

        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");

        assertThat(apply.exitCode()).as(apply.toString()).isNotZero();
        assertThat(apply.out() + apply.err())
                .contains("the GBR price point of 1.23 for com.example.notes.plus.monthly was not found")
                .contains("skipped because app[com.example.notes].subscriptionGroup[Plus]"
                        + ".subscription[com.example.notes.plus.monthly].price[GBR] failed");
        assertThat(fixture.sandbox.state().all("subscriptionPrices")).extracting(p -> p.relatedId("territory"))
                .containsExactly("USA");
        assertThat(fixture.sandbox.state().all("subscriptionIntroductoryOffers")).isEmpty();
        assertThat(fixture.sandbox.state().all("subscriptionPromotionalOffers")).hasSize(1);
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
    }

    /** The plan's own reads, which the estimate adds for the apply's re-read: "3 used by plan". */
    private static int planReads(String requestsLine) {
        var m = java.util.regex.Pattern.compile("requests: (\\d+) used by plan").matcher(requestsLine);
        assertThat(m.find()).as(requestsLine).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static int indexOf(List<RecordedExchange> log, String path, String bodyPart) {
        for (int i = 0; i < log.size(); i++) {
            RecordedExchange e = log.get(i);
            if (e.isWrite() && e.path().equals(path) && e.requestBody() != null && e.requestBody().contains(bodyPart)) {
                return i;
            }
        }
        throw new AssertionError("no write to " + path + " with " + bodyPart);
    }
}
