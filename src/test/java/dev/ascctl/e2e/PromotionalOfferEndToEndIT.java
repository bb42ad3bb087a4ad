package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.StoredResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Promotional offers end to end: created with their prices inline, prices changed in place by a PATCH that keeps
 * unchanged territories, a change of a fixed attribute refused with the way out, pruning only when allowed, a
 * price with no point stopped at file:line:column, and an import that round-trips them.
 */
@SandboxStore
public class PromotionalOfferEndToEndIT {
    @TempDir
    Path temp;
    SandboxFixture fixture;
    Path store;

    @BeforeEach
    void start(SandboxFixture fixture) throws IOException {
        this.fixture = fixture;
        store = fixture.store();
        // The subscription exists first, so these tests plan offers of a live one (the offers of a subscription
        // created in the same apply: KnownAfterApplyEndToEndIT).
        write(yaml("").replace("        promotionalOffers:\n", ""));
        var first = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        write(yaml("""
                          - {offerCode: SPRING, name: Spring, offerMode: PAY_AS_YOU_GO, duration: ONE_MONTH, numberOfPeriods: 3, prices: {USA: "1.99", GBR: "1.79"}}
                          - {offerCode: COMEBACK, name: Come back, offerMode: FREE_TRIAL, duration: ONE_WEEK, numberOfPeriods: 1}
                """));
        assertThat(fixture.sandbox.state().all("subscriptionPromotionalOffers")).isEmpty();
    }

    private void write(String yaml) throws IOException {
        Files.writeString(store.resolve("apps/notes/purchases.yaml"), yaml);
    }

    private static String yaml(String offers) {
        return """
                subscriptionGroups:
                  - referenceName: Plus
                    subscriptions:
                      - productId: com.example.notes.plus.monthly
                        referenceName: Plus Monthly
                        subscriptionPeriod: ONE_MONTH
                        promotionalOffers:
                """ + offers;
    }

    private List<StoredResource> offers() {
        return fixture.sandbox.state().all("subscriptionPromotionalOffers");
    }

    private List<StoredResource> prices(String offerCode) {
        StoredResource offer = offers().stream().filter(o -> offerCode.equals(o.attribute("offerCode"))).findFirst()
                .orElseThrow();
        return offer.related("prices").stream()
                .map(id -> fixture.sandbox.state().require("subscriptionPromotionalOfferPrices", id)).toList();
    }

    private void applyClean() {
        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        var plan = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        assertThat(plan.out()).contains("No changes");
    }

    @Test
    void offersAreCreatedWithTheirPricesInlineThenThePlanIsClean() {
        applyClean();
        assertThat(offers()).extracting(o -> o.attribute("offerCode")).containsExactlyInAnyOrder("SPRING", "COMEBACK");
        assertThat(prices("SPRING")).hasSize(2);
        assertThat(prices("COMEBACK")).isEmpty();
        var posts = fixture.sandbox.requestLog().list().stream()
                .filter(e -> e.isWrite() && e.path().equals("/v1/subscriptionPromotionalOffers")).toList();
        assertThat(posts).hasSize(2);
        assertThat(posts).anySatisfy(p -> assertThat(p.requestBody()).contains("\"included\"")
                .contains("subscriptionPromotionalOfferPrices").contains("subscriptionPricePoints"));
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());

        fixture.sandbox.requestLog().clear();
        var clean = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(clean.exitCode()).as(clean.toString()).isZero();
        // Base reads (3), in-app purchases and groups (2), the group's subscriptions (1), the subscription's
        // offers (1), the paid offer's prices (1); the free trial has none to read, and no price points when
        // every price matches.
        assertThat(fixture.sandbox.requestLog().count()).isEqualTo(3 + 2 + 1 + 1 + 1);
    }

    @Test
    void aPriceChangePatchesOnlyThatTerritoryAndKeepsTheOthers() throws IOException {
        applyClean();
        String keptUsa = prices("SPRING").stream().map(StoredResource::id).toList().toString();
        write(yaml("""
                          - {offerCode: SPRING, name: Spring, offerMode: PAY_AS_YOU_GO, duration: ONE_MONTH, numberOfPeriods: 3, prices: {USA: "1.99", GBR: "2.49"}}
                          - {offerCode: COMEBACK, name: Come back, offerMode: FREE_TRIAL, duration: ONE_WEEK, numberOfPeriods: 1}
                """));
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.out()).contains("promotionalOffer[SPRING] will be updated").contains("2.49");
        fixture.sandbox.requestLog().clear();
        applyClean();
        var patches = fixture.sandbox.requestLog().list().stream().filter(e -> e.method().equals("PATCH")).toList();
        assertThat(patches).hasSize(1);
        assertThat(patches.get(0).path()).startsWith("/v1/subscriptionPromotionalOffers/");
        List<StoredResource> now = prices("SPRING");
        assertThat(now).hasSize(2);
        // The USA record is the same one: only GBR was replaced.
        assertThat(now.stream().map(StoredResource::id).filter(keptUsa::contains)).hasSize(1);
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
    }

    @Test
    void aChangeOfAFixedAttributeIsRefusedWithTheWayOutAndNothingIsSent() throws IOException {
        applyClean();
        write(yaml("""
                          - {offerCode: SPRING, name: Spring, offerMode: PAY_AS_YOU_GO, duration: TWO_MONTHS, numberOfPeriods: 3, prices: {USA: "1.99", GBR: "1.79"}}
                          - {offerCode: COMEBACK, name: Come back, offerMode: FREE_TRIAL, duration: ONE_WEEK, numberOfPeriods: 1}
                """));
        fixture.sandbox.requestLog().clear();
        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.out()).contains("Apple never changes a promotional offer's").contains("new offerCode")
                .contains("TWO_MONTHS");
        assertThat(fixture.sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite)).isEmpty();
        assertThat(offers()).allSatisfy(o -> assertThat(o.attribute("duration")).isIn("ONE_MONTH", "ONE_WEEK"));
    }

    @Test
    void anOfferLeftOutIsDeletedOnlyWithPruning() throws IOException {
        applyClean();
        write(yaml("""
                          - {offerCode: SPRING, name: Spring, offerMode: PAY_AS_YOU_GO, duration: ONE_MONTH, numberOfPeriods: 3, prices: {USA: "1.99", GBR: "1.79"}}
                """));
        var kept = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(kept.exitCode()).as(kept.toString()).isZero();
        Path storeYaml = store.resolve("store.yaml");
        String withPrune = Files.readString(storeYaml).contains("policy:")
                ? Files.readString(storeYaml).replaceFirst("prune:\\s*\\n", "prune:\n    promotionalOffers: true\n")
                : Files.readString(storeYaml) + "\npolicy:\n  prune:\n    promotionalOffers: true\n";
        Files.writeString(storeYaml, withPrune);
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.out()).as(plan.toString()).contains("promotionalOffer[COMEBACK]");
        applyClean();
        assertThat(offers()).extracting(o -> o.attribute("offerCode")).containsExactly("SPRING");
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
    }

    @Test
    void aPriceThatIsNoPointIsAProblemAtItsLineAndNothingIsSent() throws IOException {
        write(yaml("""
                          - {offerCode: SPRING, name: Spring, offerMode: PAY_AS_YOU_GO, duration: ONE_MONTH, numberOfPeriods: 3, prices: {USA: "1.98"}}
                """));
        fixture.sandbox.requestLog().clear();
        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).isEqualTo(1);
        assertThat(apply.err()).contains("apps/notes/purchases.yaml:8:")
                .contains("price 1.98 is not one of Apple's USA price points").contains("nearest: 1.99");
        assertThat(fixture.sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite)).isEmpty();
    }

    @Test
    void importWritesTheOffersAndThePlanOfTheImportedStoreIsClean() throws IOException {
        applyClean();
        Path imported = temp.resolve("imported");
        var result = fixture.run("import", "--bundle-id", "com.example.notes", "--out", imported.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        String purchases = Files.readString(imported.resolve("apps/notes/purchases.yaml"));
        assertThat(purchases).contains("offerCode: SPRING").contains("USA: '1.99'").contains("offerCode: COMEBACK");
        var plan = fixture.run("plan", "--store", imported.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
    }
}
