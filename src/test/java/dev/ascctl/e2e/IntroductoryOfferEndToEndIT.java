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
import org.junit.jupiter.api.io.TempDir;

/**
 * Subscription introductory offers end to end: keyed by territory; a free trial of a new subscription is created in
 * the same apply, a paid offer in the next (it needs the subscription's price points); an endDate change is a
 * PATCH, any other change a DELETE then a POST; a territory dropped from the list is deleted only with pruning;
 * import writes the offers and its store plans clean. Every exchange conforms to Apple's spec.
 */
@SandboxStore
public class IntroductoryOfferEndToEndIT {
    static final String GBR_PRICE = PriceTiers.price("GBR", 5);
    @TempDir
    Path temp;
    SandboxFixture fixture;
    Path store;

    @BeforeEach
    void start(SandboxFixture fixture) throws IOException {
        this.fixture = fixture;
        store = fixture.store();
        write(offers("ONE_WEEK", "ONE_MONTH", null, true));
    }

    private void write(String offers) throws IOException {
        Files.writeString(store.resolve("apps/notes/purchases.yaml"), """
                subscriptionGroups:
                  - referenceName: Plus
                    subscriptions:
                      - productId: com.example.notes.plus.monthly
                        referenceName: Plus Monthly
                        subscriptionPeriod: ONE_MONTH
                        groupLevel: 1
                """ + offers);
    }

    private static String offers(String trial, String paid, String endDate, boolean withGbr) {
        return "        introductoryOffers:\n"
                + "          - {territory: USA, offerMode: FREE_TRIAL, duration: " + trial + ", numberOfPeriods: 1"
                + (endDate == null ? "" : ", endDate: \"" + endDate + "\"") + "}\n"
                + (withGbr ? "          - {territory: GBR, offerMode: PAY_UP_FRONT, duration: " + paid
                        + ", numberOfPeriods: 1, price: \"" + GBR_PRICE + "\"}\n" : "");
    }

    private List<StoredResource> stored() {
        return fixture.sandbox.state().all("subscriptionIntroductoryOffers");
    }

    private StoredResource in(String territory) {
        return stored().stream().filter(o -> o.related("territory").contains(territory)).findFirst().orElseThrow();
    }

    private List<RecordedExchange> writes() {
        return fixture.sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite).toList();
    }

    @Test
    void aFreeTrialAndAPaidOfferComeWithTheNewSubscriptionInOneApplyThenThePlanIsClean() {
        var first = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).contains("introductoryOffer[GBR] will be created").contains("(known after apply)")
                .doesNotContain("next apply");
        assertThat(stored()).hasSize(2);
        assertThat(in("USA").attribute("offerMode")).isEqualTo("FREE_TRIAL");
        assertThat(in("GBR").related("subscriptionPricePoint")).hasSize(1);
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());

        fixture.sandbox.requestLog().clear();
        var clean = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(clean.exitCode()).as(clean.toString()).isZero();
        // Base reads (3), in-app purchases and groups (2), the group's subscriptions (1), the offers (1):
        // no price points are read when every offer already matches.
        assertThat(fixture.sandbox.requestLog().count()).isEqualTo(3 + 2 + 1 + 1);
    }

    @Test
    void anEndDateIsPatchedAnythingElseReplacesTheOffer() throws IOException {
        fixture.run("apply", "--store", store.toString(), "--auto-approve");
        fixture.run("apply", "--store", store.toString(), "--auto-approve");
        String usa = in("USA").id();

        write(offers("ONE_WEEK", "ONE_MONTH", "2027-01-31", true));
        var inPlace = fixture.run("plan", "--store", store.toString());
        assertThat(inPlace.out()).contains("introductoryOffer[USA] will be updated in-place")
                .doesNotContain("forces replacement");
        fixture.sandbox.requestLog().clear();
        var patch = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(patch.exitCode()).as(patch.toString()).isZero();
        assertThat(writes()).extracting(RecordedExchange::method).containsExactly("PATCH");
        assertThat(in("USA").id()).isEqualTo(usa);
        assertThat(in("USA").attribute("endDate")).isEqualTo("2027-01-31");

        write(offers("TWO_WEEKS", "TWO_MONTHS", "2027-01-31", true));
        var planned = fixture.run("plan", "--store", store.toString());
        assertThat(planned.out()).contains("introductoryOffer[USA] must be replaced")
                .contains("-/+ introductoryOffer \"USA\" {")
                .contains("~ duration = \"ONE_WEEK\" -> \"TWO_WEEKS\" # forces replacement")
                .contains("Plan: 2 to add, 0 to change, 2 to destroy.");
        var json = fixture.run("plan", "--store", store.toString(), "--format", "json");
        assertThat(json.out().replaceAll("\\s", "")).contains("\"actions\":[\"delete\",\"create\"]")
                .contains("\"replace_paths\":[[\"duration\"]]");
        fixture.sandbox.requestLog().clear();
        var replace = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(replace.exitCode()).as(replace.toString()).isZero();
        // Per offer the DELETE comes first (one offer per territory); the two offers may interleave.
        List<String> methods = writes().stream().map(RecordedExchange::method).toList();
        assertThat(methods).containsExactlyInAnyOrder("DELETE", "POST", "DELETE", "POST");
        assertThat(methods.get(0)).isEqualTo("DELETE");
        assertThat(in("USA").attribute("duration")).isEqualTo("TWO_WEEKS");
        assertThat(in("GBR").attribute("duration")).isEqualTo("TWO_MONTHS");
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
        var clean = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(clean.exitCode()).as(clean.toString()).isZero();
    }

    @Test
    void aDroppedTerritoryIsDeletedOnlyWithPruning() throws IOException {
        fixture.run("apply", "--store", store.toString(), "--auto-approve");
        fixture.run("apply", "--store", store.toString(), "--auto-approve");
        write(offers("ONE_WEEK", "ONE_MONTH", null, false));
        fixture.sandbox.requestLog().clear();
        var kept = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(kept.exitCode()).as(kept.toString()).isZero();
        assertThat(writes()).isEmpty();
        assertThat(stored()).hasSize(2);

        Path storeYaml = store.resolve("store.yaml");
        Files.writeString(storeYaml, Files.readString(storeYaml)
                .replace("    betaTesters: false\n", "    betaTesters: false\n    introductoryOffers: true\n"));
        var pruned = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(pruned.exitCode()).as(pruned.toString()).isZero();
        assertThat(stored()).extracting(o -> o.related("territory")).containsExactly(List.of("USA"));
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
    }

    @Test
    void aPaidOfferWhosePriceIsNoPointIsAProblemAndNothingIsSent() throws IOException {
        fixture.run("apply", "--store", store.toString(), "--auto-approve");
        write(offers("ONE_WEEK", "ONE_MONTH", null, true).replace(GBR_PRICE, "0.01"));
        fixture.sandbox.requestLog().clear();
        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).isEqualTo(1);
        assertThat(apply.err()).contains("apps/notes/purchases.yaml:10:").contains("0.01");
        assertThat(writes()).isEmpty();
    }

    @Test
    void importWritesTheOffersAndThePlanOfTheImportIsClean() throws IOException {
        fixture.run("apply", "--store", store.toString(), "--auto-approve");
        fixture.run("apply", "--store", store.toString(), "--auto-approve");
        Path imported = temp.resolve("imported");
        fixture.sandbox.requestLog().clear();
        var result = fixture.run("import", "--bundle-id", "com.example.notes", "--out", imported.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
        String yaml = Files.readString(imported.resolve("apps/notes/purchases.yaml"));
        assertThat(yaml).contains("introductoryOffers").contains("FREE_TRIAL").contains("PAY_UP_FRONT")
                .contains(GBR_PRICE);
        var plan = fixture.run("plan", "--store", imported.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
    }
}
