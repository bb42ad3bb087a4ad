package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.ExportCase;
import dev.ascctl.resource.kinds.KindCase;
import java.util.List;

/** In-app purchase localizations (purchases.yaml inAppPurchases[].localizations): plan and import, by table. */
class InAppPurchaseLocalizationTest extends PurchaseKindTableTest {
    static final String DE = "f77a0fe6-ae09-45c8-9f51-bd707716eed1";

    @Override
    protected ResourceHandler<?> kind() {
        return PurchaseLocalizationHandler.inAppPurchases();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo").expect(
                        "CREATE app[com.example.notes].iap[com.example.notes.pro].locale[de-DE]",
                        "POST /v1/inAppPurchaseLocalizations {'data':{'type':'inAppPurchaseLocalizations','attributes':{'locale':'de-DE','name':'Notizen Pro','description':'Alle Funktionen, für immer.'},'relationships':{'inAppPurchaseV2':{'data':{'type':'inAppPurchases','id':'5f65847c-6241-4df6-994d-457d3cbedb53'}}}}}",
                        "CREATE app[com.example.notes].iap[com.example.notes.pro].locale[en-US]",
                        "POST /v1/inAppPurchaseLocalizations {'data':{'type':'inAppPurchaseLocalizations','attributes':{'locale':'en-US','name':'Notes Pro','description':'Every feature, forever.'},'relationships':{'inAppPurchaseV2':{'data':{'type':'inAppPurchases','id':'5f65847c-6241-4df6-994d-457d3cbedb53'}}}}}",
                        "CREATE app[com.example.notes].iap[com.example.notes.tip].locale[en-US]",
                        "POST /v1/inAppPurchaseLocalizations {'data':{'type':'inAppPurchaseLocalizations','attributes':{'locale':'en-US','name':'Tip Jar','description':'Say thanks to the team.'},'relationships':{'inAppPurchaseV2':{'data':{'type':'inAppPurchases','id':'{{id:app[com.example.notes].iap[com.example.notes.tip]}}'}}}}}"),
                KindCase.on("notes-after", "description changed")
                        .edit("apps/notes/purchases.yaml", "Alle Funktionen, für immer.", "Alles, für immer.").expect(
                        "UPDATE app[com.example.notes].iap[com.example.notes.pro].locale[de-DE]",
                        "PATCH /v1/inAppPurchaseLocalizations/f77a0fe6-ae09-45c8-9f51-bd707716eed1 {'data':{'type':'inAppPurchaseLocalizations','id':'f77a0fe6-ae09-45c8-9f51-bd707716eed1','attributes':{'description':'Alles, für immer.'}}}"),
                KindCase.on("notes-after", "Apple lost de-DE: created again")
                        .live(f -> f.remove("inAppPurchaseLocalizations", DE)).expect(
                        "CREATE app[com.example.notes].iap[com.example.notes.pro].locale[de-DE]",
                        "POST /v1/inAppPurchaseLocalizations {'data':{'type':'inAppPurchaseLocalizations','attributes':{'locale':'de-DE','name':'Notizen Pro','description':'Alle Funktionen, für immer.'},'relationships':{'inAppPurchaseV2':{'data':{'type':'inAppPurchases','id':'ee61ec22-1ebf-4ff2-9cef-ea6d2bf4502e'}}}}}"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(ExportCase.on("notes-after", "three localizations").expect(
                        "apps.notes.purchases.inAppPurchases[productId=com.example.notes.pro].localizations.de-DE {'name':'Notizen Pro','description':'Alle Funktionen, für immer.'}",
                        "apps.notes.purchases.inAppPurchases[productId=com.example.notes.pro].localizations.en-US {'name':'Notes Pro','description':'Every feature, forever.'}",
                        "apps.notes.purchases.inAppPurchases[productId=com.example.notes.tip].localizations.en-US {'name':'Tip Jar','description':'Say thanks to the team.'}"));
    }
}
