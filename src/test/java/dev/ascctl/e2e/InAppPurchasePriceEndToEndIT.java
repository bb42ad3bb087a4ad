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
import org.junit.jupiter.api.io.TempDir;
import dev.ascctl.sandbox.pricing.PriceTiers;

/**
 * In-app purchase prices end to end: a price given as a base territory and customer price is resolved to Apple's
 * price point and set by a price schedule POST; a new product gets its price in the same apply (its points known
 * after apply); a price that is no
 * point stops the plan with file:line:column and the nearest prices, before any write.
 */
@SandboxStore
public class InAppPurchasePriceEndToEndIT {
    static final List<String> TERRITORIES = List.of("USA", "GBR", "DEU", "FRA", "JPN", "CAN", "AUS");
    @TempDir
    Path temp;
    SandboxFixture fixture;
    Path store;

    @BeforeEach
    void start(SandboxFixture fixture) throws IOException {
        this.fixture = fixture;
        store = fixture.store();
        Files.writeString(store.resolve("apps/notes/purchases.yaml"), pricedYaml(20, "4.99"));
    }

    /** {@code count} products; product i is priced in territory i mod 7 at its tier for {@code usPrice}. */
    static String pricedYaml(int count, String usPrice) {
        int tier = PriceTiers.tierOf("USA", usPrice).orElse(0);
        StringBuilder y = new StringBuilder("inAppPurchases:\n");
        for (int i = 1; i <= count; i++) {
            String territory = TERRITORIES.get(i % TERRITORIES.size());
            String price = PriceTiers.tierOf("USA", usPrice).isPresent() ? PriceTiers.price(territory, tier) : usPrice;
            y.append("  - productId: com.example.notes.pack").append(i).append('\n')
                    .append("    inAppPurchaseType: CONSUMABLE\n")
                    .append("    referenceName: Pack ").append(i).append('\n')
                    .append("    price: {territory: ").append(territory).append(", price: \"").append(price).append("\"}\n");
        }
        return y.toString();
    }

    private StoredResource product(String productId) {
        return fixture.sandbox.state().find("inAppPurchases", a -> productId.equals(a.get("productId"))).orElseThrow();
    }

    @Test
    void aNewProductIsPricedInTheSameApplyThenThePlanIsClean() throws IOException {
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.out()).contains("iap[com.example.notes.pack7].price[USA] will be created")
                .containsPattern("\\+ pricePoint\\[USA\\] *= \\(known after apply\\)")
                .doesNotContain("next apply");

        fixture.sandbox.requestLog().clear();
        var first = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        // One schedule per product: its base territory is manual, the other six are equalized by "Apple".
        var prices = fixture.sandbox.state().referencing("inAppPurchasePrices", "inAppPurchaseV2",
                product("com.example.notes.pack3").id());
        assertThat(prices).hasSize(7);
        assertThat(prices.stream().filter(p -> Boolean.TRUE.equals(p.attribute("manual"))).map(p -> p.relatedId("territory")))
                .containsExactly("FRA");
        // Each product's points are read once, after the product exists and before its schedule's POST.
        var log = fixture.sandbox.requestLog().list();
        assertThat(log.stream().filter(e -> e.path().endsWith("/pricePoints"))).hasSize(20)
                .allSatisfy(e -> assertThat(e.rawQuery()).contains("limit=8000"));
        OpenApiConformance.assertConforms(log);

        fixture.sandbox.requestLog().clear();
        var clean = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(clean.exitCode()).as(clean.toString()).isZero();
        assertThat(clean.out()).contains("No changes");
        // Base reads (3), the in-app purchases and groups (2), one manual-price read per priced product (20);
        // no price points are read when every price already matches.
        assertThat(fixture.sandbox.requestLog().count()).isEqualTo(3 + 2 + 20);
    }

    @Test
    void aNewProductsPriceThatIsNoPointFailsOnlyThatPriceWithTheNearestPrices() throws IOException {
        Files.writeString(store.resolve("apps/notes/purchases.yaml"), pricedYaml(2, "4.99")
                + "  - productId: com.example.notes.odd\n"
                + "    inAppPurchaseType: CONSUMABLE\n"
                + "    referenceName: Odd\n"
                + "    price: {territory: USA, price: \"4.98\"}\n");

        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");

        assertThat(apply.exitCode()).as(apply.toString()).isNotZero();
        assertThat(apply.out() + apply.err()).contains("iap[com.example.notes.odd].price[USA]")
                .contains("the USA price point of 4.98 for com.example.notes.odd was not found")
                .contains("nearest: 4.99");
        assertThat(product("com.example.notes.odd")).isNotNull();
        assertThat(fixture.sandbox.state().referencing("inAppPurchasePrices", "inAppPurchaseV2",
                product("com.example.notes.odd").id())).isEmpty();
        assertThat(manualPricesOf("com.example.notes.pack1")).isNotEmpty();
        assertThat(manualPricesOf("com.example.notes.pack2")).isNotEmpty();
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
    }

    private List<StoredResource> manualPricesOf(String productId) {
        return fixture.sandbox.state().referencing("inAppPurchasePrices", "inAppPurchaseV2", product(productId).id())
                .stream().filter(p -> Boolean.TRUE.equals(p.attribute("manual"))).toList();
    }

    @Test
    void aChangedPriceIsResolvedToItsPointAndApplied() throws IOException {
        fixture.run("apply", "--store", store.toString(), "--auto-approve");
        fixture.run("apply", "--store", store.toString(), "--auto-approve");
        Files.writeString(store.resolve("apps/notes/purchases.yaml"), pricedYaml(20, "9.99"));
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.out()).contains("iap[com.example.notes.pack7].price[USA] will be updated")
                .contains("\"4.99\"").contains("\"9.99\"");
        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        var again = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
    }

    @Test
    void aPriceThatIsNoPointIsAProblemWithTheNearestPricesAndNothingIsSent() throws IOException {
        fixture.run("apply", "--store", store.toString(), "--auto-approve");
        Files.writeString(store.resolve("apps/notes/purchases.yaml"), pricedYaml(20, "4.98"));
        fixture.sandbox.requestLog().clear();
        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).isEqualTo(1);
        assertThat(apply.err()).contains("apps/notes/purchases.yaml:5:")
                .contains("price 4.98 is not one of Apple's GBR price points for com.example.notes.pack1;"
                        + " nearest: 4.99, 4.89");
        assertThat(fixture.sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite)).isEmpty();
    }

    @Test
    void pricePointsAreReadOncePerProductAndTerritoryWithTheSpecsLimit() throws IOException {
        fixture.run("apply", "--store", store.toString(), "--auto-approve");
        Files.writeString(store.resolve("apps/notes/purchases.yaml"), pricedYaml(20, "9.99"));
        fixture.sandbox.requestLog().clear();
        fixture.run("plan", "--store", store.toString());
        var pointReads = fixture.sandbox.requestLog().list().stream()
                .filter(e -> e.path().endsWith("/pricePoints")).toList();
        assertThat(pointReads).hasSize(20);
        assertThat(pointReads).allSatisfy(e -> assertThat(e.rawQuery()).contains("limit=8000"));
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
    }

    @Test
    void importWritesEachPriceInItsBaseTerritoryAndThePlanOfTheImportIsClean() throws IOException {
        fixture.run("apply", "--store", store.toString(), "--auto-approve");
        fixture.run("apply", "--store", store.toString(), "--auto-approve");
        Path imported = temp.resolve("imported");
        fixture.sandbox.requestLog().clear();
        var result = fixture.run("import", "--bundle-id", "com.example.notes", "--out", imported.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());

        var yaml = tools.jackson.dataformat.yaml.YAMLMapper.builder().build()
                .readTree(imported.resolve("apps/notes/purchases.yaml").toFile());
        Map<String, String> written = new java.util.HashMap<>();
        yaml.get("inAppPurchases").forEach(iap -> written.put(iap.get("productId").asString(),
                iap.at("/price/territory").asString() + " " + iap.at("/price/price").asString()));
        // Each pack is priced in its own base territory: the base is read, never assumed to be USA.
        int tier = PriceTiers.tierOf("USA", "4.99").orElseThrow();
        for (int i = 1; i <= 20; i++) {
            String territory = TERRITORIES.get(i % TERRITORIES.size());
            assertThat(written.get("com.example.notes.pack" + i)).isEqualTo(territory + " " + PriceTiers.price(territory, tier));
        }

        var plan = fixture.run("plan", "--store", imported.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
    }

    /** Two products priced in USA; pack1 also by hand in the listed territories ({@code "JPN: \"700\", ..."}). */
    private static String listedYaml(String listed) {
        return "inAppPurchases:\n"
                + "  - productId: com.example.notes.pack1\n"
                + "    inAppPurchaseType: CONSUMABLE\n"
                + "    referenceName: Pack 1\n"
                + "    price:\n"
                + "      territory: USA\n"
                + "      price: \"4.99\"\n"
                + (listed.isEmpty() ? "" : "      territories: {" + listed + "}\n")
                + "  - productId: com.example.notes.pack2\n"
                + "    inAppPurchaseType: CONSUMABLE\n"
                + "    referenceName: Pack 2\n"
                + "    price: {territory: USA, price: \"0.99\"}\n";
    }

    /** territory → customer price of the product's manual prices in the sandbox. */
    private Map<String, String> manualPrices(String productId) {
        Map<String, String> out = new java.util.TreeMap<>();
        fixture.sandbox.state().referencing("inAppPurchasePrices", "inAppPurchaseV2", product(productId).id()).stream()
                .filter(p -> Boolean.TRUE.equals(p.attribute("manual")))
                .forEach(p -> out.put(p.relatedId("territory"), tierPrice(p)));
        return out;
    }

    private static String tierPrice(StoredResource price) {
        String raw = new String(java.util.Base64.getUrlDecoder().decode(price.relatedId("inAppPurchasePricePoint")),
                java.nio.charset.StandardCharsets.UTF_8);
        var m = java.util.regex.Pattern.compile(".*\"t\":\"([A-Z]{3})\",\"p\":\"(\\d+)\".*").matcher(raw);
        assertThat(m.matches()).as(raw).isTrue();
        return PriceTiers.price(m.group(1), Integer.parseInt(m.group(2)));
    }

    @Test
    void listedTerritoriesAreManualPricesInTheSameScheduleChangedOneByOneAndImported() throws IOException {
        String jpn = PriceTiers.price("JPN", PriceTiers.tierOf("USA", "4.99").orElseThrow() + 2);
        String gbr = PriceTiers.price("GBR", 10);
        Files.writeString(store.resolve("apps/notes/purchases.yaml"), listedYaml("JPN: \"" + jpn + "\", GBR: \"" + gbr + "\""));
        fixture.sandbox.requestLog().clear();
        var create = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(create.exitCode()).as(create.toString()).isZero();
        assertThat(create.out()).contains("+ territories").contains("JPN = \"" + jpn + "\"")
                .contains("GBR = \"" + gbr + "\"");
        // The products and their prices in one apply. One POST per product: base + both listed prices; the other
        // four territories stay automatic.
        var posts = fixture.sandbox.requestLog().list().stream()
                .filter(e -> e.isWrite() && e.path().equals("/v1/inAppPurchasePriceSchedules")).toList();
        assertThat(posts).hasSize(2);
        assertThat(manualPrices("com.example.notes.pack1")).containsExactlyEntriesOf(
                new java.util.TreeMap<>(Map.of("USA", "4.99", "JPN", jpn, "GBR", gbr)));
        assertThat(fixture.sandbox.state().referencing("inAppPurchasePrices", "inAppPurchaseV2",
                product("com.example.notes.pack1").id())).hasSize(7);
        assertThat(manualPrices("com.example.notes.pack2")).containsOnlyKeys("USA");
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());

        fixture.sandbox.requestLog().clear();
        var clean = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(clean.exitCode()).as(clean.toString()).isZero();
        // Base reads (3), products and groups (2), one manual-price read per priced product (2): listing
        // territories costs no read while nothing changes.
        assertThat(fixture.sandbox.requestLog().count()).isEqualTo(3 + 2 + 2);

        // Change one territory: the plan names only it; the POST still carries every manual price.
        String jpn2 = PriceTiers.price("JPN", PriceTiers.tierOf("USA", "4.99").orElseThrow() + 5);
        Files.writeString(store.resolve("apps/notes/purchases.yaml"), listedYaml("JPN: \"" + jpn2 + "\", GBR: \"" + gbr + "\""));
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.out()).contains("iap[com.example.notes.pack1].price[USA] will be updated")
                .contains("JPN = \"" + jpn + "\" -> \"" + jpn2 + "\"").contains("# (1 unchanged element hidden)")
                .doesNotContain("GBR = ").doesNotContain("pack2].price");
        fixture.sandbox.requestLog().clear();
        var change = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(change.exitCode()).as(change.toString()).isZero();
        assertThat(manualPrices("com.example.notes.pack1")).containsExactlyEntriesOf(
                new java.util.TreeMap<>(Map.of("USA", "4.99", "JPN", jpn2, "GBR", gbr)));
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());

        // Round trip: import writes the listed territories, and the plan of the import is clean.
        Path imported = temp.resolve("imported");
        fixture.sandbox.requestLog().clear();
        var result = fixture.run("import", "--bundle-id", "com.example.notes", "--out", imported.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
        var yaml = tools.jackson.dataformat.yaml.YAMLMapper.builder().build()
                .readTree(imported.resolve("apps/notes/purchases.yaml").toFile());
        Map<String, String> listed = new java.util.HashMap<>();
        yaml.get("inAppPurchases").forEach(iap -> listed.put(iap.get("productId").asString(),
                String.valueOf(iap.at("/price/territories"))));
        assertThat(listed.get("com.example.notes.pack1")).isEqualTo("{\"GBR\":\"" + gbr + "\",\"JPN\":\"" + jpn2 + "\"}");
        assertThat(listed.get("com.example.notes.pack2")).isEqualTo("");
        var importedPlan = fixture.run("plan", "--store", imported.toString(), "--detailed-exitcode");
        assertThat(importedPlan.exitCode()).as(importedPlan.toString()).isZero();

        // Dropping a territory from the list gives it back to Apple's equalization, visibly.
        Files.writeString(store.resolve("apps/notes/purchases.yaml"), listedYaml("GBR: \"" + gbr + "\""));
        var drop = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(drop.exitCode()).as(drop.toString()).isZero();
        assertThat(drop.out()).contains("JPN = \"" + jpn2 + "\" -> null");
        assertThat(manualPrices("com.example.notes.pack1")).containsOnlyKeys("USA", "GBR");
        var after = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(after.exitCode()).as(after.toString()).isZero();
    }

    @Test
    void aListedPriceThatIsNoPointIsAProblemAtItsOwnLineAndNothingIsSent() throws IOException {
        Files.writeString(store.resolve("apps/notes/purchases.yaml"), listedYaml(""));
        fixture.run("apply", "--store", store.toString(), "--auto-approve");
        fixture.run("apply", "--store", store.toString(), "--auto-approve");
        Files.writeString(store.resolve("apps/notes/purchases.yaml"), listedYaml("GBR: \"4.48\""));
        fixture.sandbox.requestLog().clear();
        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).isEqualTo(1);
        assertThat(apply.err()).contains("apps/notes/purchases.yaml:8:")
                .contains("price 4.48 is not one of Apple's GBR price points for com.example.notes.pack1; nearest: ");
        assertThat(fixture.sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite)).isEmpty();
    }
}
