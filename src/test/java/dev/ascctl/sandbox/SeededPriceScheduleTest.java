package dev.ascctl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.server.Sandbox;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A price seeded with {@code price: {territory, price}} is the schedule Apple would have after the POST, and the
 * schedule path includes its base territory ({@code include=baseTerritory}, what {@code import} reads).
 */
class SeededPriceScheduleTest {
    private Sandbox sandbox;
    private SandboxClient client;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0)
                .withSeedFile(Path.of("examples/sandbox/adoption-seed.yaml")));
        client = new SandboxClient(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private String product(String productId) {
        return sandbox.state().find("inAppPurchases", a -> productId.equals(a.get("productId"))).orElseThrow().id();
    }

    @Test
    void theScheduleOfASeededPriceIncludesItsBaseTerritory() {
        String radar = product("com.example.weather.radar");   // seeded: {territory: DEU, price: "4.49"}

        var schedule = client.get("/v2/inAppPurchases/" + radar + "/iapPriceSchedule?include=baseTerritory");
        assertThat(schedule.status()).isEqualTo(200);
        assertThat(schedule.json().at("/data/id").asString()).isEqualTo(radar);
        assertThat(schedule.json().at("/data/relationships/baseTerritory/data/id").asString()).isEqualTo("DEU");
        assertThat(schedule.json().at("/included/0/id").asString()).isEqualTo("DEU");
        assertThat(schedule.json().at("/included/0/attributes/currency").asString()).isEqualTo("EUR");

        var manual = client.get("/v1/inAppPurchasePriceSchedules/" + radar
                + "/manualPrices?filter[territory]=DEU&include=inAppPurchasePricePoint");
        assertThat(manual.json().get("data")).hasSize(1);
        assertThat(manual.json().at("/included/0/attributes/customerPrice").asString()).isEqualTo("4.49");
        assertThat(sandbox.state().referencing("inAppPurchasePrices", "inAppPurchaseV2", radar))
                .as("the other six territories are equalized").hasSize(7);
        OpenApiConformance.assertConforms(sandbox.requestLog().list());
    }

    @Test
    void aProductNeverPricedHasNoManualPricesAndNoSchedule() {
        String tip = product("com.example.weather.tip");

        assertThat(client.get("/v1/inAppPurchasePriceSchedules/" + tip + "/manualPrices?limit=1").json().get("data"))
                .isEmpty();
        assertThat(client.get("/v2/inAppPurchases/" + tip + "/iapPriceSchedule?include=baseTerritory").status())
                .isEqualTo(404);
        OpenApiConformance.assertConforms(sandbox.requestLog().list());
    }

    @Test
    void theScheduleIncludesWhatTheSpecDeclaresAndNothingElse() {
        String radar = product("com.example.weather.radar");
        var manual = client.get("/v2/inAppPurchases/" + radar + "/iapPriceSchedule?include=manualPrices");
        assertThat(manual.status()).isEqualTo(200);
        assertThat(manual.json().at("/data/relationships/manualPrices/data")).hasSize(1);
        OpenApiConformance.assertConforms(sandbox.requestLog().list());
        assertThat(client.get("/v2/inAppPurchases/" + radar + "/iapPriceSchedule?include=inAppPurchase").status())
                .isEqualTo(400);
    }
}
