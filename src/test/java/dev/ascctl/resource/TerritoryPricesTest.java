package dev.ascctl.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

class TerritoryPricesTest {
    private static JsonNode json(String... territoryThenPrice) {
        var prices = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < territoryThenPrice.length; i += 2) {
            prices.put(territoryThenPrice[i], territoryThenPrice[i + 1]);
        }
        return prices;
    }

    @Test
    void keepsTerritoriesSortedAndRoundTripsThroughItsAttributeValue() {
        TerritoryPrices prices = TerritoryPrices.of(Map.of("USA", "4.99", "JPN", "700", "GBR", "4.49"));
        assertThat(prices.territories()).containsExactly("GBR", "JPN", "USA");
        assertThat(prices.json().toString()).isEqualTo("{\"GBR\":\"4.49\",\"JPN\":\"700\",\"USA\":\"4.99\"}");
        assertThat(TerritoryPrices.of(prices.json())).isEqualTo(prices);
        assertThat(TerritoryPrices.of(NullNode.getInstance())).isEqualTo(TerritoryPrices.NONE);
        assertThat(TerritoryPrices.ofAmounts(Map.of("JPN", new BigDecimal("7E+2"))).prices()).containsEntry("JPN", "700");
    }

    @Test
    void refusesWhatIsNoTerritoryOrNoPrice() {
        assertThatThrownBy(() -> TerritoryPrices.of(Map.of("usa", "4.99"))).hasMessageContaining("3-letter code");
        assertThatThrownBy(() -> TerritoryPrices.of(Map.of("USA", "4,99"))).hasMessageContaining("USA: a price");
        assertThatThrownBy(() -> TerritoryPrices.of(Map.of("USA", "-1"))).hasMessageContaining("USA: a price");
        assertThatThrownBy(() -> TerritoryPrices.of(json("USA", "1").get("USA"))).hasMessageContaining("an object");
    }

    @Test
    void pricesCompareAsNumbersAndChangedTerritoriesAreWhereWritesGo() {
        TerritoryPrices wanted = TerritoryPrices.of(Map.of("USA", "5", "JPN", "700", "GBR", "4.49"));
        TerritoryPrices live = TerritoryPrices.of(Map.of("USA", "5.00", "JPN", "800"));
        assertThat(wanted.changedFrom(live)).containsExactly("GBR", "JPN");
        assertThat(wanted.samePrices(live)).isFalse();
        assertThat(wanted.only(t -> !t.equals("GBR")).samePrices(TerritoryPrices.of(Map.of("USA", "5.0", "JPN", "700"))))
                .isTrue();
    }

    @Test
    void anExactMapComparesEveryTerritoryAListedOnlyMapOnlyTheYamls() {
        AttributeSpec exact = AttributeSpec.of("territories").asTerritoryPrices();
        AttributeSpec listed = AttributeSpec.of("prices").asTerritoryPrices().listedOnly();
        JsonNode desired = json("JPN", "700");
        JsonNode live = json("GBR", "4.49", "JPN", "700.0");
        // A live territory the YAML dropped goes back to Apple's price: a change, shown as removed.
        assertThat(exact.same(desired, live)).isFalse();
        assertThat(exact.shownLive(desired, live)).isEqualTo(live);
        // Unlisted territories keep their price: no change, and not shown.
        assertThat(listed.same(desired, live)).isTrue();
        assertThat(listed.same(json("JPN", "800"), live)).isFalse();
        assertThat(listed.shownLive(json("JPN", "800"), live)).isEqualTo(json("JPN", "700.0"));
        assertThat(exact.same(json(), NullNode.getInstance())).isTrue();
    }
}
