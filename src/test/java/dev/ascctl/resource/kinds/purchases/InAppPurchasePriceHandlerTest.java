package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.ExportCase;
import dev.ascctl.resource.kinds.KindCase;
import java.util.List;

/** In-app purchase prices (purchases.yaml inAppPurchases[].price): plan and import, by table. */
class InAppPurchasePriceHandlerTest extends PurchaseKindTableTest {

    @Override
    protected ResourceHandler<?> kind() {
        return new InAppPurchasePriceHandler();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo: the first price schedule").expect(
                        "CREATE app[com.example.notes].iap[com.example.notes.pro].price[USA]",
                        "POST /v1/inAppPurchasePriceSchedules {'data':{'type':'inAppPurchasePriceSchedules','relationships':{'inAppPurchase':{'data':{'type':'inAppPurchases','id':'5f65847c-6241-4df6-994d-457d3cbedb53'}},'baseTerritory':{'data':{'type':'territories','id':'USA'}},'manualPrices':{'data':[{'type':'inAppPurchasePrices','id':'new-price-USA'},{'type':'inAppPurchasePrices','id':'new-price-JPN'}]}}},'included':[{'type':'inAppPurchasePrices','id':'new-price-USA','attributes':{'startDate':null},'relationships':{'inAppPurchaseV2':{'data':{'type':'inAppPurchases','id':'5f65847c-6241-4df6-994d-457d3cbedb53'}},'inAppPurchasePricePoint':{'data':{'type':'inAppPurchasePricePoints','id':'eyJzIjoiNWY2NTg0N2MtNjI0MS00ZGY2LTk5NGQtNDU3ZDNjYmVkYjUzIiwidCI6IlVTQSIsInAiOiI5NyJ9'}}}},{'type':'inAppPurchasePrices','id':'new-price-JPN','attributes':{'startDate':null},'relationships':{'inAppPurchaseV2':{'data':{'type':'inAppPurchases','id':'5f65847c-6241-4df6-994d-457d3cbedb53'}},'inAppPurchasePricePoint':{'data':{'type':'inAppPurchasePricePoints','id':'eyJzIjoiNWY2NTg0N2MtNjI0MS00ZGY2LTk5NGQtNDU3ZDNjYmVkYjUzIiwidCI6IkpQTiIsInAiOiI5NyJ9'}}}}]}"),
                KindCase.on("notes-before", "a price that is none of Apple's price points: stopped at its line")
                        .edit("apps/notes/purchases.yaml", "price: \"9.99\"", "price: \"9.98\"")
                        .refused("apps/notes/purchases.yaml:18:14: price 9.98 is not one of Apple's USA price points for"
                                + " com.example.notes.pro; nearest: 9.99, 9.89, 9.79, 9.69"),
                KindCase.on("notes-before", "no manual territories: the base price alone")
                        .edit("apps/notes/purchases.yaml", "      territories: {JPN: \"1500\"}             # Japan set by hand; drop it to go back to Apple's conversion\n", "")
                        .expect(
                        "CREATE app[com.example.notes].iap[com.example.notes.pro].price[USA]",
                        "POST /v1/inAppPurchasePriceSchedules {'data':{'type':'inAppPurchasePriceSchedules','relationships':{'inAppPurchase':{'data':{'type':'inAppPurchases','id':'5f65847c-6241-4df6-994d-457d3cbedb53'}},'baseTerritory':{'data':{'type':'territories','id':'USA'}},'manualPrices':{'data':[{'type':'inAppPurchasePrices','id':'new-price-USA'}]}}},'included':[{'type':'inAppPurchasePrices','id':'new-price-USA','attributes':{'startDate':null},'relationships':{'inAppPurchaseV2':{'data':{'type':'inAppPurchases','id':'5f65847c-6241-4df6-994d-457d3cbedb53'}},'inAppPurchasePricePoint':{'data':{'type':'inAppPurchasePricePoints','id':'eyJzIjoiNWY2NTg0N2MtNjI0MS00ZGY2LTk5NGQtNDU3ZDNjYmVkYjUzIiwidCI6IlVTQSIsInAiOiI5NyJ9'}}}}]}"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(ExportCase.on("notes-after", "base and Japan").expect(
                        "apps.notes.purchases.inAppPurchases[productId=com.example.notes.pro] {'price':{'territory':'USA','price':'9.99','territories':{'JPN':'1500'}}}"),
                ExportCase.on("weather", "the adoption seed").expect(
                        "apps.notes.purchases.inAppPurchases[productId=com.example.weather.radar] {'price':{'territory':'DEU','price':'4.49'}}"));
    }
}
