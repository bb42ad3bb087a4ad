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
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The app's own price and availability end to end against the sandbox (issue 13): a paid price set, changed, put
 * on a scheduled sale and back; availability narrowed (refused without pruning, applied with it) and widened; a
 * pre-order started and ended. Each apply converges (the next plan is clean) and every exchange conforms to Apple's
 * spec. The app is a new one (never released), so it can be pre-ordered.
 */
@SandboxStore(apps = {"com.example.shop"}, store = SandboxStore.Store.EMPTY)
class AppPriceAndAvailabilityIT {
    SandboxFixture fixture;
    Path store;
    Path appYaml;

    @BeforeEach
    void start(SandboxFixture fixture) throws IOException {
        this.fixture = fixture;
        store = fixture.store();
        appYaml = store.resolve("apps/shop/app.yaml");
        Files.createDirectories(appYaml.getParent().resolve("locales"));
        Files.writeString(appYaml.getParent().resolve("locales/en-US.yaml"), "name: Shop\n");
    }

    private void write(String yaml) throws IOException {
        Files.writeString(appYaml, "bundleId: com.example.shop\nplatform: IOS\nprimaryLocale: en-US\n" + yaml);
    }

    /** Applies, checks the writes sent (ids as {id}) and their conformance, then that the plan after it is clean. */
    private String applyExpecting(String... writes) {
        fixture.sandbox.requestLog().clear();
        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        assertThat(fixture.sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite)
                .map(w -> w.method() + " " + w.path().replaceFirst("/territoryAvailabilities/[^/?]+",
                        "/territoryAvailabilities/{id}"))).as(apply.out()).containsExactly(writes);
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
        fixture.sandbox.requestLog().clear();
        var plan = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
        return apply.out();
    }

    private String appId() {
        return fixture.sandbox.state().find("apps", a -> "com.example.shop".equals(a.get("bundleId"))).orElseThrow().id();
    }

    /** Territory -> customer price of the app's manual prices, "from..until" after it when scheduled. */
    private Map<String, String> manualPrices() {
        var state = fixture.sandbox.state();
        StoredResource schedule = state.get("appPriceSchedules", appId()).orElseThrow();
        return schedule.related("manualPrices").stream().map(id -> state.require("appPrices", id))
                .collect(Collectors.toMap(p -> p.relatedId("territory") + (p.attribute("startDate") == null ? ""
                                : " " + p.attribute("startDate") + ".." + (p.attribute("endDate") == null ? ""
                                : p.attribute("endDate"))),
                        p -> state.get("appPricePoints", p.relatedId("appPricePoint")).orElseThrow()
                                .attribute("customerPrice").toString()));
    }

    @Test
    void aPaidPriceIsSetChangedPutOnASaleAndBackEachInOneApply() throws IOException {
        write("price: {baseTerritory: USA, price: \"4.99\"}\n");
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.out()).contains("app[com.example.shop].price will be updated in-place").contains("\"0.0\" -> \"4.99\"");
        applyExpecting("POST /v1/appPriceSchedules");
        assertThat(manualPrices()).containsExactly(Map.entry("USA", "4.99"));

        write("price: {baseTerritory: USA, price: \"5.99\", territories: {JPN: \"790\"}}\n");
        applyExpecting("POST /v1/appPriceSchedules");
        assertThat(manualPrices()).containsOnly(Map.entry("USA", "5.99"), Map.entry("JPN", "790"));

        write("""
                price:
                  baseTerritory: USA
                  price: "5.99"
                  schedule:
                    - {from: 2099-01-15, until: 2099-02-01, price: "2.99"}
                """);
        var sale = fixture.run("plan", "--store", store.toString());
        assertThat(sale.out()).contains("schedule").contains("2099-01-15..2099-02-01 2.99")
                .contains("# Customer price and proceeds in each territory once applied (Apple equalizes from USA):");
        // Each territory the sandbox prices, before, during and after the sale, with Apple's equalized point.
        for (String territory : List.of("USA", "GBR", "DEU", "FRA", "JPN", "CAN", "AUS")) {
            assertThat(sale.out()).containsPattern("#   " + territory + " +[A-Z]{3} +now +2099-01-15 +[0-9.]+ +[0-9.]+")
                    .containsPattern("#   " + territory + " +[A-Z]{3} +2099-01-15 +2099-02-01 +[0-9.]+ +[0-9.]+")
                    .containsPattern("#   " + territory + " +[A-Z]{3} +2099-02-01 +- +[0-9.]+ +[0-9.]+");
        }
        var table = fixture.run("plan", "--store", store.toString(), "--format", "markdown");
        assertThat(table.out()).contains("| Territory | Currency | From | Until | Customer price | Proceeds |")
                .contains("| USA | USD | 2099-01-15 | 2099-02-01 | 2.99 | 2.09 |")
                .contains("| JPN | JPY | now | 2099-01-15 | 900 | 573 |")
                .contains("| JPN | JPY | 2099-02-01 | - | 900 | 573 |");
        applyExpecting("POST /v1/appPriceSchedules");
        assertThat(manualPrices()).containsOnly(Map.entry("USA", "5.99"), Map.entry("USA 2099-01-15..2099-02-01", "2.99"),
                Map.entry("USA 2099-02-01..", "5.99"));

        write("price: {baseTerritory: USA, price: \"5.99\"}\n");
        applyExpecting("POST /v1/appPriceSchedules");
        assertThat(manualPrices()).containsExactly(Map.entry("USA", "5.99"));
    }

    @Test
    void aPriceWithNoPointStopsThePlanAtItsPlaceWithTheNearestPrices() throws IOException {
        write("price:\n  baseTerritory: USA\n  price: \"4.98\"\n");
        fixture.sandbox.requestLog().clear();
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.exitCode()).isEqualTo(1);
        assertThat(plan.err()).contains("apps/shop/app.yaml:6:10:").contains("price 4.98 is not one of Apple's USA price"
                + " points for com.example.shop; nearest: 4.99, 4.89, 5.09, 4.79");
        assertThat(fixture.sandbox.requestLog().writes()).isEmpty();
    }

    @Test
    void availabilityNarrowedOnlyWithPruningThenWidened() throws IOException {
        write("availability: {territories: [USA, GBR, JPN], availableInNewTerritories: false}\n");
        var narrow = fixture.run("plan", "--store", store.toString());
        assertThat(narrow.out()).contains("availableInNewTerritories").doesNotContain("territory[DEU]");
        applyExpecting("POST /v2/appAvailabilities");
        assertThat(sold()).as("without pruning, no territory is taken off sale").contains("DEU", "USA", "GBR", "JPN");

        Files.writeString(store.resolve("store.yaml"), "policy:\n  prune: {territories: true}\n");
        var pruned = fixture.run("plan", "--store", store.toString());
        assertThat(pruned.out()).contains("app[com.example.shop].availability.territory[DEU] will be destroyed")
                .contains("pruning is on for territories");
        fixture.sandbox.requestLog().clear();
        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
        assertThat(sold()).containsExactlyInAnyOrder("GBR", "JPN", "USA");
        assertThat(fixture.run("plan", "--store", store.toString(), "--detailed-exitcode").exitCode()).isZero();

        write("availability: {territories: [USA, GBR, JPN, DEU, FRA], availableInNewTerritories: false}\n");
        applyExpecting("PATCH /v1/territoryAvailabilities/{id}", "PATCH /v1/territoryAvailabilities/{id}");
        assertThat(sold()).containsExactlyInAnyOrder("DEU", "FRA", "GBR", "JPN", "USA");
    }

    /**
     * The flag and a pruned territory in one apply: the flag's POST replaces the availability (its territories get
     * new ids), so the pruning PATCH finds its territory after that POST by the territory relationship (known after
     * apply), and the next plan is clean.
     */
    @Test
    void theFlagChangesAndATerritoryIsPrunedInOneApply() throws IOException {
        dev.ascctl.sandbox.rules.AppAvailabilityRules.store(fixture.sandbox.state(), appId(),
                List.of("USA", "GBR", "JPN", "DEU"), true);
        Files.writeString(store.resolve("store.yaml"), "policy:\n  prune: {territories: true}\n");
        write("availability: {territories: [USA, GBR, JPN], availableInNewTerritories: false}\n");
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.out()).contains("availableInNewTerritories")
                .contains("app[com.example.shop].availability.territory[DEU] will be destroyed");
        applyExpecting("POST /v2/appAvailabilities", "PATCH /v1/territoryAvailabilities/{id}");
        assertThat(sold()).containsExactlyInAnyOrder("GBR", "JPN", "USA");
        assertThat(fixture.sandbox.state().get("appAvailabilities", appId()).orElseThrow()
                .attribute("availableInNewTerritories")).isEqualTo(false);
    }

    @Test
    void aPreOrderIsStartedAndEnded() throws IOException {
        write("availability: {territories: [USA, JPN], preOrders: {JPN: \"2099-03-01\"}}\n");
        applyExpecting("PATCH /v1/territoryAvailabilities/{id}"); // the app is sold everywhere already
        StoredResource jpn = territory("JPN");
        assertThat(jpn.attribute("preOrderEnabled")).isEqualTo(true);
        assertThat(jpn.attribute("releaseDate")).isEqualTo("2099-03-01");

        write("availability: {territories: [USA, JPN], preOrders: {JPN: \"2099-04-01\"}}\n");
        applyExpecting("PATCH /v1/territoryAvailabilities/{id}");
        assertThat(territory("JPN").attribute("releaseDate")).isEqualTo("2099-04-01");

        write("availability: {territories: [USA, JPN], preOrders: {}}\n");
        applyExpecting("POST /v1/endAppAvailabilityPreOrders");
        assertThat(territory("JPN").attribute("preOrderEnabled")).isEqualTo(false);
        assertThat(territory("JPN").attribute("available")).isEqualTo(true);
    }

    /** A new app has no availability (Apple answers 404): the plan creates it with one POST. */
    @Test
    void aFirstAvailabilityIsOnePost() throws IOException {
        fixture.sandbox.state().remove("appAvailabilities", appId());
        write("availability: {territories: [USA, CAN], availableInNewTerritories: true}\n");
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.out()).contains("app[com.example.shop].availability will be created");
        applyExpecting("POST /v2/appAvailabilities");
        assertThat(sold()).containsExactlyInAnyOrder("CAN", "USA");
    }

    private List<String> sold() {
        var state = fixture.sandbox.state();
        return state.get("appAvailabilities", appId()).orElseThrow().related("territoryAvailabilities").stream()
                .map(id -> state.require("territoryAvailabilities", id))
                .filter(t -> Boolean.TRUE.equals(t.attribute("available"))).map(t -> t.relatedId("territory")).toList();
    }

    private StoredResource territory(String code) {
        var state = fixture.sandbox.state();
        return state.get("appAvailabilities", appId()).orElseThrow().related("territoryAvailabilities").stream()
                .map(id -> state.require("territoryAvailabilities", id)).filter(t -> code.equals(t.relatedId("territory")))
                .findFirst().orElseThrow();
    }
}
