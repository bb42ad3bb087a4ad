package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.rules.InAppPurchaseAvailabilityRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In-app purchase availability end to end: territories declared on a product are set by one POST that replaces
 * the whole availability, even for a product the same apply creates; the plan reads them back with one request per
 * product (the availability itself comes with the product list); import writes them and the imported store plans
 * clean.
 */
@SandboxStore
public class InAppPurchaseAvailabilityEndToEndIT {
    @TempDir
    Path temp;
    SandboxFixture fixture;
    Path store;

    @BeforeEach
    void start(SandboxFixture fixture) throws IOException {
        this.fixture = fixture;
        store = fixture.store();
        Files.writeString(store.resolve("apps/notes/purchases.yaml"), yaml(5, "[USA, GBR]", true));
    }

    /** {@code count} products, the first {@code count - 1} with the availability, the last with none declared. */
    static String yaml(int count, String territories, boolean newTerritories) {
        StringBuilder y = new StringBuilder("inAppPurchases:\n");
        for (int i = 1; i <= count; i++) {
            y.append("  - productId: com.example.notes.pack").append(i).append('\n')
                    .append("    inAppPurchaseType: CONSUMABLE\n")
                    .append("    referenceName: Pack ").append(i).append('\n');
            if (i < count) {
                y.append("    availability: {territories: ").append(territories)
                        .append(", availableInNewTerritories: ").append(newTerritories).append("}\n");
            }
        }
        return y.toString();
    }

    private StoredResource availabilityOf(String productId) {
        String iapId = fixture.sandbox.state().find("inAppPurchases", a -> productId.equals(a.get("productId")))
                .orElseThrow().id();
        List<StoredResource> found = fixture.sandbox.state().referencing(InAppPurchaseAvailabilityRules.TYPE, "inAppPurchase", iapId);
        assertThat(found).hasSizeLessThanOrEqualTo(1); // one availability per product, ever
        return found.isEmpty() ? null : found.get(0);
    }

    @Test
    void newProductsGetTheirTerritoriesInTheSameApplyThenThePlanIsCleanWithOneReadPerProduct() {
        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        assertThat(apply.out()).contains("iap[com.example.notes.pack1].availability will be created");
        assertThat(availabilityOf("com.example.notes.pack1").related("availableTerritories"))
                .containsExactlyInAnyOrder("USA", "GBR");
        assertThat(availabilityOf("com.example.notes.pack1").attribute("availableInNewTerritories")).isEqualTo(true);
        assertThat(availabilityOf("com.example.notes.pack5")).isNull(); // not declared: nothing sent
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());

        fixture.sandbox.requestLog().clear();
        var clean = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(clean.exitCode()).as(clean.toString()).isZero();
        // Base reads (3), the in-app purchases (with their availabilities included) and groups (2), then one
        // territories read per product whose YAML declares an availability (4).
        assertThat(fixture.sandbox.requestLog().count()).isEqualTo(3 + 2 + 4);
        assertThat(fixture.sandbox.requestLog().list().stream().filter(e -> e.path().endsWith("/availableTerritories")))
                .hasSize(4).allSatisfy(e -> assertThat(e.rawQuery()).contains("limit=200"));
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
    }

    @Test
    void aChangedListReplacesTheWholeAvailabilityInOnePostPerProduct() throws IOException {
        fixture.run("apply", "--store", store.toString(), "--auto-approve");
        Files.writeString(store.resolve("apps/notes/purchases.yaml"), yaml(5, "[GBR, DEU, JPN]", false));
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.out()).contains("iap[com.example.notes.pack2].availability will be updated").contains("JPN");
        fixture.sandbox.requestLog().clear();
        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        List<RecordedExchange> writes = fixture.sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite).toList();
        assertThat(writes).hasSize(4).allSatisfy(e -> assertThat(e.path()).isEqualTo("/v1/inAppPurchaseAvailabilities"));
        assertThat(availabilityOf("com.example.notes.pack2").related("availableTerritories"))
                .containsExactlyInAnyOrder("GBR", "DEU", "JPN");
        assertThat(availabilityOf("com.example.notes.pack2").attribute("availableInNewTerritories")).isEqualTo(false);
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
        var again = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(again.exitCode()).as(again.toString()).isZero();
    }

    @Test
    void theOrderOfTerritoriesInTheYamlIsNoChange() throws IOException {
        fixture.run("apply", "--store", store.toString(), "--auto-approve");
        Files.writeString(store.resolve("apps/notes/purchases.yaml"), yaml(5, "[GBR, USA]", true));
        var plan = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
    }

    @Test
    void anUnknownTerritoryIsAProblemAtItsLocationAndNothingIsSent() throws IOException {
        Files.writeString(store.resolve("apps/notes/purchases.yaml"), yaml(2, "[USA, XYZ]", true));
        fixture.sandbox.requestLog().clear();
        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).isEqualTo(1);
        assertThat(apply.err()).contains("apps/notes/purchases.yaml:5:").contains("territory 'XYZ'");
        assertThat(fixture.sandbox.requestLog().count()).isZero();
    }

    @Test
    void importWritesEachAvailabilityAndThePlanOfTheImportIsClean() throws IOException {
        fixture.run("apply", "--store", store.toString(), "--auto-approve");
        Path imported = temp.resolve("imported");
        fixture.sandbox.requestLog().clear();
        var result = fixture.run("import", "--bundle-id", "com.example.notes", "--out", imported.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
        var yaml = tools.jackson.dataformat.yaml.YAMLMapper.builder().build()
                .readTree(imported.resolve("apps/notes/purchases.yaml").toFile());
        yaml.get("inAppPurchases").forEach(iap -> {
            if (iap.get("productId").asString().endsWith("pack5")) {
                assertThat(iap.has("availability")).isFalse();
            } else {
                assertThat(iap.at("/availability/territories").toString()).isEqualTo("[\"GBR\",\"USA\"]");
                assertThat(iap.at("/availability/availableInNewTerritories").asBoolean()).isTrue();
            }
        });
        var plan = fixture.run("plan", "--store", imported.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
    }
}
