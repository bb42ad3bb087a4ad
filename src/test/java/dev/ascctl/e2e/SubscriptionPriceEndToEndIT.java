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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Subscription prices per territory end to end: each territory's price is resolved to Apple's subscription price
 * point and POSTed as its own record; a price change shows what happens to existing subscribers
 * ({@code preserveCurrentPrice}); a price that is no point stops the plan with file:line:column before any write.
 */
@SandboxStore
public class SubscriptionPriceEndToEndIT {
    static final List<String> TERRITORIES = List.of("USA", "GBR", "DEU", "FRA", "JPN", "CAN", "AUS");
    /**
     * The sandbox's state right after {@link #createAndPrice}'s apply, per sandbox mode: the first test of a mode
     * makes it for real (and checks it), the others start from a copy. Measured, that apply was about half of each
     * test's CPU, the same 50 writes and 6 reads of 2,296 price points six times over.
     */
    private static final Map<SandboxMode, List<StoredResource>> PRICED = new ConcurrentHashMap<>();
    /** Tests run side by side (SandboxModes): one makes a mode's priced state while the others wait for it. */
    private static final Map<SandboxMode, Object> PRICING = new ConcurrentHashMap<>();
    @TempDir
    Path temp;
    SandboxFixture fixture;
    Path store;

    @BeforeEach
    void start(SandboxFixture fixture) throws IOException {
        this.fixture = fixture;
        store = fixture.store();
        write(yaml("9.99", null));
    }

    private void write(String yaml) throws IOException {
        Files.writeString(store.resolve("apps/notes/purchases.yaml"), yaml);
    }

    /**
     * 2 groups × 3 subscriptions, each priced in all 7 territories at the tier of {@code usPrice} (or at
     * {@code usPrice} itself everywhere when it is no US tier); {@code preserve} is written when not null.
     */
    static String yaml(String usPrice, Boolean preserve) {
        var tier = PriceTiers.tierOf("USA", usPrice);
        StringBuilder y = new StringBuilder("subscriptionGroups:\n");
        for (int g = 1; g <= 2; g++) {
            y.append("  - referenceName: Plus ").append(g).append('\n').append("    subscriptions:\n");
            for (int s = 1; s <= 3; s++) {
                y.append("      - productId: com.example.notes.plus").append(g).append('.').append(s).append('\n')
                        .append("        referenceName: Plus ").append(g).append('.').append(s).append('\n')
                        .append("        subscriptionPeriod: ONE_MONTH\n");
                if (preserve != null) {
                    y.append("        preserveCurrentPrice: ").append(preserve).append('\n');
                }
                y.append("        prices:\n");
                for (String territory : TERRITORIES) {
                    String price = tier.map(t -> PriceTiers.price(territory, t)).orElse(usPrice);
                    y.append("          ").append(territory).append(": \"").append(price).append("\"\n");
                }
            }
        }
        return y.toString();
    }

    private List<StoredResource> prices(String productId) {
        String id = fixture.sandbox.state().find("subscriptions", a -> productId.equals(a.get("productId")))
                .orElseThrow().id();
        return fixture.sandbox.state().referencing("subscriptionPrices", "subscription", id);
    }

    private void createAndPrice() {
        SandboxMode mode = SandboxModesExtension.current().orElse(SandboxMode.PLAIN);
        synchronized (PRICING.computeIfAbsent(mode, m -> new Object())) {
            createAndPrice(mode);
        }
    }

    private void createAndPrice(SandboxMode mode) {
        List<StoredResource> priced = PRICED.get(mode);
        if (priced != null) {
            fixture.sandbox.state().replaceAll(priced);
            return;
        }
        // The subscriptions and their prices in one apply: each price point is known after apply.
        var first = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).contains("(known after apply)").doesNotContain("next apply");
        // Checked here, since the tests given a copy do not see these exchanges in their own log.
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
        PRICED.putIfAbsent(mode, fixture.sandbox.state().snapshot());
    }

    @Test
    void newSubscriptionsArePricedPerTerritoryInTheSameApplyThenThePlanIsClean() {
        createAndPrice();
        assertThat(fixture.sandbox.state().all("subscriptionPrices")).hasSize(6 * 7);
        var jpn = prices("com.example.notes.plus2.3").stream().filter(p -> "JPN".equals(p.relatedId("territory")))
                .toList();
        assertThat(jpn).hasSize(1);
        assertThat(jpn.get(0).attribute("startDate")).isNull();

        fixture.sandbox.requestLog().clear();
        var clean = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(clean.exitCode()).as(clean.toString()).isZero();
        assertThat(clean.out()).contains("No changes");
        // Base reads (3), in-app purchases and groups (2), subscriptions per group (2), one /prices read per
        // subscription (6); no price points when every price matches.
        assertThat(fixture.sandbox.requestLog().count()).isEqualTo(3 + 2 + 2 + 6);
        assertThat(fixture.sandbox.requestLog().list().stream().filter(e -> e.path().endsWith("/prices")))
                .allSatisfy(e -> assertThat(e.rawQuery()).contains("include=territory,subscriptionPricePoint"));
    }

    @Test
    void aPriceChangeShowsWhatHappensToExistingSubscribersAndIsSentWithIt() throws IOException {
        createAndPrice();
        write(yaml("10.99", null));
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.out()).contains("subscription[com.example.notes.plus1.1].price[USA] will be updated")
                .contains("\"9.99\"").contains("\"10.99\"")
                .contains("existingSubscribers").contains("pay 9.99")
                .contains("keep the price they pay now (preserveCurrentPrice: true)");
        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        var usa = prices("com.example.notes.plus1.1").stream().filter(p -> "USA".equals(p.relatedId("territory")))
                .toList();
        // The old price stays as history; the new one starts today and spares existing subscribers.
        assertThat(usa).hasSize(2);
        assertThat(usa).anySatisfy(p -> {
            assertThat(p.attribute("startDate")).isNotNull();
            assertThat(p.attribute("preserved")).isEqualTo(true);
        });
        var again = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
    }

    @Test
    void withoutPreservingExistingSubscribersMoveToTheNewPriceAndThePlanSaysSo() throws IOException {
        createAndPrice();
        write(yaml("7.99", false));
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.out()).contains("move to the new price (preserveCurrentPrice: false)");
        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        var posts = fixture.sandbox.requestLog().list().stream()
                .filter(e -> e.isWrite() && e.path().equals("/v1/subscriptionPrices")).toList();
        assertThat(posts).isNotEmpty();
        assertThat(prices("com.example.notes.plus1.2").stream().filter(p -> p.attribute("startDate") != null))
                .allSatisfy(p -> assertThat(p.attribute("preserved")).isEqualTo(false));
    }

    @Test
    void preserveCurrentPriceAloneIsNoChange() throws IOException {
        createAndPrice();
        write(yaml("9.99", false));
        var plan = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
    }

    @Test
    void aPriceThatIsNoPointIsAProblemWithTheNearestPricesAndNothingIsSent() throws IOException {
        createAndPrice();
        write(yaml("9.98", null));
        fixture.sandbox.requestLog().clear();
        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).isEqualTo(1);
        assertThat(apply.err()).contains("apps/notes/purchases.yaml:")
                .contains("price 9.98 is not one of Apple's")
                .contains("nearest: 9.99");
        assertThat(fixture.sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite)).isEmpty();
        var pointReads = fixture.sandbox.requestLog().list().stream()
                .filter(e -> e.path().endsWith("/pricePoints")).toList();
        assertThat(pointReads).allSatisfy(e -> assertThat(e.rawQuery()).contains("limit=8000"));
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
    }

    @Test
    void importWritesTheCurrentPricesAndThePlanOfTheImportedStoreIsClean() throws IOException {
        createAndPrice();
        write(yaml("10.99", null));
        assertThat(fixture.run("apply", "--store", store.toString(), "--auto-approve").exitCode()).isZero();
        Path imported = temp.resolve("imported");
        var result = fixture.run("import", "--bundle-id", "com.example.notes", "--out", imported.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        String purchases = Files.readString(imported.resolve("apps/notes/purchases.yaml"));
        // The current price (10.99 since today), not the history (9.99).
        assertThat(purchases).contains("USA: '10.99'").doesNotContain("'9.99'");
        var plan = fixture.run("plan", "--store", imported.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
    }
}
