package dev.ascctl.resource.kinds.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;

/** The app price's schedule: as the plan shows it, and the base territory's manual prices in time it sends. */
class AppPriceSpecTest {
    private static AppPriceSpec spec(String price, String schedule) {
        Map<String, JsonNode> attributes = Map.of(AppPriceHandler.BASE, StringNode.valueOf("USA"),
                AppPriceHandler.PRICE, StringNode.valueOf(price),
                AppPriceHandler.TERRITORIES, JsonNodeFactory.instance.objectNode().put("JPN", "790"),
                AppPriceHandler.SCHEDULE, StringNode.valueOf(schedule));
        return AppPriceSpec.fromAttributes(attributes, null);
    }

    private static List<String> timeline(AppPriceSpec spec) {
        return spec.baseTimeline().stream().map(p -> p.from() + ".." + p.until() + " " + p.price()).toList();
    }

    @Test
    void aSaleIsThePriceUntilItStartsTheSalePriceThenThePriceAgain() {
        assertThat(timeline(spec("4.99", "2027-01-15..2027-02-01 2.99"))).containsExactly(
                "null..2027-01-15 4.99", "2027-01-15..2027-02-01 2.99", "2027-02-01..null 4.99");
    }

    @Test
    void backToBackScheduledPricesLeaveNoGapAndOneWithoutEndLasts() {
        assertThat(timeline(spec("4.99", "2027-01-15..2027-02-01 2.99, 2027-02-01.. 3.99"))).containsExactly(
                "null..2027-01-15 4.99", "2027-01-15..2027-02-01 2.99", "2027-02-01..null 3.99");
        assertThat(timeline(spec("4.99", "none"))).containsExactly("null..null 4.99");
    }

    @Test
    void thePlanShowsScheduledPricesThatDifferFromThePriceByStartAsNumbers() {
        List<AppPriceSpec.Period> periods = List.of(new AppPriceSpec.Period("2027-03-01", null, "3.990", null),
                new AppPriceSpec.Period("2027-01-15", "2027-02-01", "2.99", null),
                new AppPriceSpec.Period("2027-02-01", "2027-03-01", "4.99", null));
        assertThat(AppPriceSpec.describe("4.990", periods)).isEqualTo("2027-01-15..2027-02-01 2.99, 2027-03-01.. 3.99");
        assertThat(AppPriceSpec.describe("4.99", List.of())).isEqualTo("none");
    }

    @Test
    void theWritesRebuildTheSpecFromThePlansAttributes() {
        AppPriceSpec rebuilt = spec("4.99", "2027-01-15..2027-02-01 2.99");
        assertThat(rebuilt.pricedTerritories()).containsExactly("USA", "JPN");
        assertThat(rebuilt.schedule()).singleElement().satisfies(p -> {
            assertThat(p.from()).isEqualTo("2027-01-15");
            assertThat(p.until()).isEqualTo("2027-02-01");
            assertThat(p.price()).isEqualTo("2.99");
        });
    }
}
