package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import dev.ascctl.sandbox.pricing.PriceTiers;
import java.util.ArrayList;
import java.util.List;

/** What every price schedule POST (an app's, an in-app purchase's) must carry before its prices are looked at. */
final class ManualPrices {
    private ManualPrices() {}

    /**
     * The schedule's manual prices, each sent inline in {@code included}, after checking that the sandbox prices the
     * base territory and that there is at least one.
     */
    static List<WriteRequest.Inline> of(WriteRequest request, String pricesType) {
        String base = request.relatedId("baseTerritory");
        if (!PriceTiers.knows(base)) {
            throw Errors.invalidRelationship("/data/relationships/baseTerritory", "The sandbox has no prices for " + base + ".");
        }
        List<String> manual = request.relationships().get("manualPrices");
        if (manual.isEmpty()) {
            throw Errors.invalidRelationship("/data/relationships/manualPrices", "A price schedule needs manual prices.");
        }
        List<WriteRequest.Inline> prices = new ArrayList<>();
        for (String id : manual) {
            WriteRequest.Inline price = request.included().get(id);
            if (price == null) {
                throw Errors.invalidRelationship("/data/relationships/manualPrices",
                        "No included " + pricesType + " object has the id '" + id + "'.");
            }
            prices.add(price);
        }
        return prices;
    }
}
