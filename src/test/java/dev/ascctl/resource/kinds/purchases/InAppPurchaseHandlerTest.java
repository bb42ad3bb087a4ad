package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.ExportCase;
import dev.ascctl.resource.kinds.KindCase;
import java.util.List;

/** In-app purchases (purchases.yaml inAppPurchases:): plan and import, by table. */
class InAppPurchaseHandlerTest extends PurchaseKindTableTest {
    static final String PRO = "ee61ec22-1ebf-4ff2-9cef-ea6d2bf4502e";
    static final String TIP = "4cdd6633-4ce6-4cdf-861f-144db43af65a";

    @Override
    protected ResourceHandler<?> kind() {
        return new InAppPurchaseHandler();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo: pro updated, tip created").expect(
                        "UPDATE app[com.example.notes].iap[com.example.notes.pro]",
                        "PATCH /v2/inAppPurchases/5f65847c-6241-4df6-994d-457d3cbedb53 {'data':{'type':'inAppPurchases','id':'5f65847c-6241-4df6-994d-457d3cbedb53','attributes':{'familySharable':true,'reviewNote':'Settings > Upgrade shows the purchase; the sandbox account needs no sign-in.'}}}",
                        "CREATE app[com.example.notes].iap[com.example.notes.tip]",
                        "POST /v2/inAppPurchases {'data':{'type':'inAppPurchases','attributes':{'inAppPurchaseType':'CONSUMABLE','name':'Tip','reviewNote':'A tip; it unlocks nothing.','productId':'com.example.notes.tip'},'relationships':{'app':{'data':{'type':'apps','id':'1500000000'}}}}}"),
                KindCase.on("notes-after", "referenceName changed: PATCH of name")
                        .edit("apps/notes/purchases.yaml", "referenceName: Tip", "referenceName: Tip jar").expect(
                        "UPDATE app[com.example.notes].iap[com.example.notes.tip]",
                        "PATCH /v2/inAppPurchases/4cdd6633-4ce6-4cdf-861f-144db43af65a {'data':{'type':'inAppPurchases','id':'4cdd6633-4ce6-4cdf-861f-144db43af65a','attributes':{'name':'Tip jar'}}}"),
                KindCase.on("notes-after", "the type is fixed once created: refused, not sent")
                        .edit("apps/notes/purchases.yaml", "inAppPurchaseType: CONSUMABLE", "inAppPurchaseType: NON_CONSUMABLE")
                        .expect(
                        "BLOCKED app[com.example.notes].iap[com.example.notes.tip]: Apple never changes an in-app purchase's type; declare a new productId instead"),
                KindCase.on("notes-after", "family sharing cannot be switched off again")
                        .edit("apps/notes/purchases.yaml", "familySharable: true ", "familySharable: false ").expect(
                        "BLOCKED app[com.example.notes].iap[com.example.notes.pro]: Apple does not turn Family Sharing off once it is on"),
                KindCase.on("notes-after", "a product in review takes no edits")
                        .live(f -> f.set("inAppPurchases", TIP, "state", "\"WAITING_FOR_REVIEW\""))
                        .edit("apps/notes/purchases.yaml", "referenceName: Tip", "referenceName: Tip jar").expect(
                        "BLOCKED app[com.example.notes].iap[com.example.notes.tip]: com.example.notes.tip is in review (WAITING_FOR_REVIEW); Apple accepts no edits until review ends"),
                KindCase.on("notes-after", "a product the file drops stays without pruning")
                        .edit("apps/notes/purchases.yaml", "  - productId: com.example.notes.tip\n    inAppPurchaseType: CONSUMABLE\n    referenceName: Tip\n    reviewNote: A tip; it unlocks nothing.\n    localizations:\n      en-US: {name: Tip Jar, description: Say thanks to the team.}\n", "")
                        .expect(),
                KindCase.on("notes-after", "pruning on: a product the file drops is deleted")
                        .edit("apps/notes/purchases.yaml", "  - productId: com.example.notes.tip\n    inAppPurchaseType: CONSUMABLE\n    referenceName: Tip\n    reviewNote: A tip; it unlocks nothing.\n    localizations:\n      en-US: {name: Tip Jar, description: Say thanks to the team.}\n", "")
                        .edit("store.yaml", "betaTesters: false", "betaTesters: false\n    inAppPurchases: true")
                        .expect(
                        "DELETE app[com.example.notes].iap[com.example.notes.tip] (it is not in the store and pruning is on for inAppPurchases)",
                        "DELETE /v2/inAppPurchases/4cdd6633-4ce6-4cdf-861f-144db43af65a"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(ExportCase.on("notes-after", "both products").expect(
                        "apps.notes.purchases.inAppPurchases[productId=com.example.notes.pro] {'inAppPurchaseType':'NON_CONSUMABLE','referenceName':'Notes Pro (lifetime)','familySharable':true,'reviewNote':'Settings > Upgrade shows the purchase; the sandbox account needs no sign-in.'}",
                        "apps.notes.purchases.inAppPurchases[productId=com.example.notes.tip] {'inAppPurchaseType':'CONSUMABLE','referenceName':'Tip','reviewNote':'A tip; it unlocks nothing.'}"),
                ExportCase.on("weather", "the adoption seed").expect(
                        "apps.notes.purchases.inAppPurchases[productId=com.example.weather.radar] {'inAppPurchaseType':'NON_CONSUMABLE','referenceName':'Rain Radar (lifetime)','familySharable':true}",
                        "apps.notes.purchases.inAppPurchases[productId=com.example.weather.tip] {'inAppPurchaseType':'CONSUMABLE','referenceName':'Tip','reviewNote':'A tip; it unlocks nothing.'}"));
    }
}
