package dev.ascctl.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.IdReference;
import dev.ascctl.resource.KnownAfterApply;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A change's values known after apply in the plan and its saved file. */
class KnownAfterApplyPlanTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Address PRODUCT = Address.parse("app[com.example.notes].iap[com.example.pro]");

    static final KnownAfterApply POINT = KnownAfterApply.idOf("pricePoint[USA]",
            "the USA price point of 4.99 for com.example.pro",
            ApiQuery.of("/v2/inAppPurchases/" + IdReference.token(PRODUCT) + "/pricePoints").filter("territory", "USA")
                    .limit(8000), "customerPrice", "4.99", KnownAfterApply.Match.DECIMAL);

    static ResourceChange price(List<KnownAfterApply> lookups, String pointId) {
        ApiCall post = ApiCall.post("/v1/inAppPurchasePriceSchedules", JSON.readTree(
                "{\"data\":{\"type\":\"inAppPurchasePriceSchedules\",\"relationships\":{\"point\":{\"data\":"
                        + "{\"type\":\"inAppPurchasePricePoints\",\"id\":\"" + pointId + "\"}}}}}"));
        return new ResourceChange(PRODUCT.child("price", "USA"), "inAppPurchasePrice", Action.CREATE, null,
                List.of(new AttributeChange("customerPrice", null, JSON.getNodeFactory().stringNode("4.99"), false)),
                0, List.of(post), null, List.of(), lookups);
    }

    static Plan plan(ResourceChange change) {
        return new Plan(Plan.FORMAT_VERSION, Instant.parse("2026-01-02T03:04:05Z"), "hash",
                List.of("com.example.notes"), List.of(change), List.of(), List.of(), 3, 2);
    }

    @Test
    void aSavedPlanKeepsItsLookupsAndReadsBackEqual() {
        Plan plan = plan(price(List.of(POINT), POINT.token()));

        String json = PlanFile.toJson(plan);

        assertThat(json).contains("\"lookups\"", "\"pricePoint[USA]\"", "\"DECIMAL\"",
                "\"filter[territory]\" : \"USA\"");
        Plan read = PlanFile.fromJson(json);
        assertThat(read).isEqualTo(plan);
        assertThat(read.changes().get(0).lookups().get(0).query()).isEqualTo(POINT.query());
    }

    @Test
    void aChangeWithoutLookupsIsSavedAsBefore() {
        String json = PlanFile.toJson(plan(price(List.of(), "eyJzIjoiMSJ9")));

        assertThat(json).doesNotContain("lookups");
        assertThat(PlanFile.fromJson(json).changes().get(0).lookups()).isEmpty();
    }

    @Test
    void aChangeWhosePlaceholderHasNoLookupIsRefused() {
        // e.g. a plan file edited by hand: apply would have nothing to put there
        assertThatThrownBy(() -> price(List.of(), POINT.token())).hasMessageContaining("pricePoint[USA]");
    }
}
