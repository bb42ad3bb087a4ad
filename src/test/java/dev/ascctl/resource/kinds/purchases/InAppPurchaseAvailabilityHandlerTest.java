package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.ExportCase;
import dev.ascctl.resource.kinds.KindCase;
import java.util.List;

/** Where an in-app purchase is sold (purchases.yaml inAppPurchases[].availability): plan and import, by table. */
class InAppPurchaseAvailabilityHandlerTest extends PurchaseKindTableTest {

    @Override
    protected ResourceHandler<?> kind() {
        return new InAppPurchaseAvailabilityHandler();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo: first availability").expect(
                        "CREATE app[com.example.notes].iap[com.example.notes.pro].availability",
                        "POST /v1/inAppPurchaseAvailabilities {'data':{'type':'inAppPurchaseAvailabilities','attributes':{'availableInNewTerritories':true},'relationships':{'inAppPurchase':{'data':{'type':'inAppPurchases','id':'5f65847c-6241-4df6-994d-457d3cbedb53'}},'availableTerritories':{'data':[{'type':'territories','id':'AUS'},{'type':'territories','id':'CAN'},{'type':'territories','id':'DEU'},{'type':'territories','id':'FRA'},{'type':'territories','id':'GBR'},{'type':'territories','id':'JPN'},{'type':'territories','id':'USA'}]}}}}"),
                KindCase.on("notes-after", "a territory added: the whole list replaced")
                        .edit("apps/notes/purchases.yaml", "territories: [USA, GBR, DEU, FRA, JPN, CAN, AUS]", "territories: [USA, GBR, DEU, FRA, JPN, CAN, AUS, NZL]")
                        .expect(
                        "UPDATE app[com.example.notes].iap[com.example.notes.pro].availability",
                        "POST /v1/inAppPurchaseAvailabilities {'data':{'type':'inAppPurchaseAvailabilities','attributes':{'availableInNewTerritories':true},'relationships':{'inAppPurchase':{'data':{'type':'inAppPurchases','id':'ee61ec22-1ebf-4ff2-9cef-ea6d2bf4502e'}},'availableTerritories':{'data':[{'type':'territories','id':'AUS'},{'type':'territories','id':'CAN'},{'type':'territories','id':'DEU'},{'type':'territories','id':'FRA'},{'type':'territories','id':'GBR'},{'type':'territories','id':'JPN'},{'type':'territories','id':'NZL'},{'type':'territories','id':'USA'}]}}}}"),
                KindCase.on("notes-after", "not in new territories")
                        .edit("apps/notes/purchases.yaml", "availableInNewTerritories: true", "availableInNewTerritories: false")
                        .expect(
                        "UPDATE app[com.example.notes].iap[com.example.notes.pro].availability",
                        "POST /v1/inAppPurchaseAvailabilities {'data':{'type':'inAppPurchaseAvailabilities','attributes':{'availableInNewTerritories':false},'relationships':{'inAppPurchase':{'data':{'type':'inAppPurchases','id':'ee61ec22-1ebf-4ff2-9cef-ea6d2bf4502e'}},'availableTerritories':{'data':[{'type':'territories','id':'AUS'},{'type':'territories','id':'CAN'},{'type':'territories','id':'DEU'},{'type':'territories','id':'FRA'},{'type':'territories','id':'GBR'},{'type':'territories','id':'JPN'},{'type':'territories','id':'USA'}]}}}}"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(ExportCase.on("notes-after", "seven territories").expect(
                        "apps.notes.purchases.inAppPurchases[productId=com.example.notes.pro] {'availability':{'territories':['AUS','CAN','DEU','FRA','GBR','JPN','USA'],'availableInNewTerritories':true}}"),
                ExportCase.on("weather", "the adoption seed").expect(
                        "apps.notes.purchases.inAppPurchases[productId=com.example.weather.radar] {'availability':{'territories':['AUT','CHE','DEU'],'availableInNewTerritories':false}}"));
    }
}
