package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.StoredResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * purchases.yaml end to end: 20 in-app purchases and 2 groups × 3 subscriptions, each localized in 5 locales,
 * created by one apply (children name their new parents through id references) and then clean.
 */
@SandboxStore
public class PurchasesEndToEndIT {
    static final List<String> LOCALES = List.of("en-US", "de-DE", "fr-FR", "ja", "es-ES");
    SandboxFixture fixture;
    Path store;

    @BeforeEach
    void start(SandboxFixture fixture) throws IOException {
        this.fixture = fixture;
        store = fixture.store();
        Files.writeString(store.resolve("apps/notes/purchases.yaml"), purchasesYaml(20, 2, 3));
    }

    /** A purchases.yaml with {@code iaps} in-app purchases and {@code groups} × {@code perGroup} subscriptions. */
    public static String purchasesYaml(int iaps, int groups, int perGroup) {
        StringBuilder y = new StringBuilder("# yaml-language-server: $schema=../../../../schema/purchases.schema.json\n");
        y.append("inAppPurchases:\n");
        for (int i = 1; i <= iaps; i++) {
            y.append("  - productId: com.example.notes.pack").append(i).append('\n')
                    .append("    inAppPurchaseType: ").append(i % 2 == 0 ? "CONSUMABLE" : "NON_CONSUMABLE").append('\n')
                    .append("    referenceName: Pack ").append(i).append('\n')
                    .append("    reviewNote: Buy it in Settings.\n")
                    .append("    localizations:\n");
            for (String locale : LOCALES) {
                y.append("      ").append(locale).append(": {name: Pack ").append(i).append(' ').append(locale)
                        .append(", description: Sticker pack ").append(i).append("}\n");
            }
        }
        y.append("subscriptionGroups:\n");
        List<String> periods = List.of("ONE_MONTH", "SIX_MONTHS", "ONE_YEAR");
        for (int g = 1; g <= groups; g++) {
            y.append("  - referenceName: Plus ").append(g).append('\n').append("    localizations:\n");
            for (String locale : LOCALES) {
                y.append("      ").append(locale).append(": {name: Plus ").append(g).append(", customAppName: Notes}\n");
            }
            y.append("    subscriptions:\n");
            for (int s = 1; s <= perGroup; s++) {
                y.append("      - productId: com.example.notes.plus").append(g).append('.').append(s).append('\n')
                        .append("        referenceName: Plus ").append(g).append('.').append(s).append('\n')
                        .append("        subscriptionPeriod: ").append(periods.get((s - 1) % periods.size())).append('\n')
                        .append("        groupLevel: ").append(s).append('\n')
                        .append("        familySharable: false\n")
                        .append("        localizations:\n");
                for (String locale : LOCALES) {
                    y.append("          ").append(locale).append(": {name: Plus ").append(s).append(", description: Level ")
                            .append(s).append("}\n");
                }
            }
        }
        return y.toString();
    }

    @Test
    void oneApplyCreatesEverythingAndTheNextPlanIsClean() {
        var first = fixture.run("plan", "--store", store.toString());
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).contains("app[com.example.notes].iap[com.example.notes.pack7] will be created")
                .contains("app[com.example.notes].subscriptionGroup[Plus 2].subscription[com.example.notes.plus2.3]"
                        + ".locale[ja] will be created");

        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        assertThat(apply.out()).contains("Apply complete!").doesNotContain("FAILED");
        var state = fixture.sandbox.state();
        assertThat(state.all("inAppPurchases")).hasSize(20);
        assertThat(state.all("inAppPurchaseLocalizations")).hasSize(100);
        assertThat(state.all("subscriptionGroups")).hasSize(2);
        assertThat(state.all("subscriptionGroupLocalizations")).hasSize(10);
        assertThat(state.all("subscriptions")).hasSize(6);
        assertThat(state.all("subscriptionLocalizations")).hasSize(30);
        StoredResource plus23 = state.find("subscriptions", a -> "com.example.notes.plus2.3".equals(a.get("productId")))
                .orElseThrow();
        assertThat(state.require("subscriptionGroups", plus23.relatedId("group")).attribute("referenceName"))
                .isEqualTo("Plus 2");
        assertThat(plus23.attributes()).containsEntry("subscriptionPeriod", "ONE_YEAR").containsEntry("groupLevel", 3);

        fixture.sandbox.requestLog().clear();
        var second = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.out()).contains("No changes");
        // 1 + 2 base reads for the app, then in-app purchases, groups, and the subscriptions of each of 2 groups.
        assertThat(fixture.sandbox.requestLog().count()).isEqualTo(3 + 2 + 2);
    }

    @Test
    void everyPurchaseRequestAndResponseConformsToApplesSpec() {
        fixture.run("apply", "--store", store.toString(), "--auto-approve");
        // An update and a prune, so PATCH and DELETE are checked too.
        var iap = fixture.sandbox.state().find("inAppPurchases", a -> "com.example.notes.pack3".equals(a.get("productId")))
                .orElseThrow();
        fixture.sandbox.state().patchAttributes("inAppPurchases", iap.id(), Map.of("name", "Renamed by hand"));
        fixture.run("apply", "--store", store.toString(), "--auto-approve");
        var exchanges = fixture.sandbox.requestLog().list();
        assertThat(exchanges.stream().filter(e -> e.path().contains("inAppPurchase"))).isNotEmpty();
        assertThat(exchanges.stream().filter(e -> e.method().equals("PATCH") && e.path().startsWith("/v2/inAppPurchases/")))
                .hasSize(1);
        OpenApiConformance.assertConforms(exchanges);
    }

    @Test
    void aProductInReviewIsListedApartAndNotSent() {
        fixture.run("apply", "--store", store.toString(), "--auto-approve");
        var iap = fixture.sandbox.state().find("inAppPurchases", a -> "com.example.notes.pack1".equals(a.get("productId")))
                .orElseThrow();
        fixture.sandbox.state().patchAttributes("inAppPurchases", iap.id(), Map.of("state", "IN_REVIEW", "name", "x"));
        fixture.sandbox.requestLog().clear();
        var plan = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(plan.out()).contains("com.example.notes.pack1 is in review (IN_REVIEW)");
        assertThat(fixture.sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite)).isEmpty();
    }

    @Test
    void pruningDeletesOnlyWhatAppleLetsYouDeleteAndSaysWhyForTheRest() throws IOException {
        fixture.run("apply", "--store", store.toString(), "--auto-approve");
        var approved = fixture.sandbox.state().find("inAppPurchases",
                a -> "com.example.notes.pack20".equals(a.get("productId"))).orElseThrow();
        fixture.sandbox.state().patchAttributes("inAppPurchases", approved.id(), Map.of("state", "APPROVED"));
        Files.writeString(store.resolve("apps/notes/purchases.yaml"), purchasesYaml(18, 2, 3));
        var keep = fixture.run("plan", "--store", store.toString());
        assertThat(keep.out()).as("pruning is off by default").doesNotContain("destroyed");

        Files.writeString(store.resolve("store.yaml"), Files.readString(store.resolve("store.yaml"))
                .replace("prune:", "prune:\n    inAppPurchases: true"));
        var prune = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(prune.exitCode()).as(prune.toString()).isZero();
        assertThat(prune.out()).contains("iap[com.example.notes.pack19] will be destroyed")
                .contains("Apple no longer lets you delete a product in the state APPROVED");
        assertThat(fixture.sandbox.state().all("inAppPurchases")).hasSize(19);
    }
}
