package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.ExportCase;
import dev.ascctl.resource.kinds.KindCase;
import java.util.List;

/** Subscription localizations (purchases.yaml subscriptions[].localizations): plan and import, by table. */
class SubscriptionLocalizationTest extends PurchaseKindTableTest {
    static final String DE = "d24ed5e8-f169-4a3b-8220-a913c7c8807d";

    @Override
    protected ResourceHandler<?> kind() {
        return PurchaseLocalizationHandler.subscriptions();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo").expect(
                        "CREATE app[com.example.notes].subscriptionGroup[Notes Plus].subscription[com.example.notes.plus.monthly].locale[de-DE]",
                        "POST /v1/subscriptionLocalizations {'data':{'type':'subscriptionLocalizations','attributes':{'locale':'de-DE','name':'Plus monatlich','description':'Sync und Widgets, monatlich.'},'relationships':{'subscription':{'data':{'type':'subscriptions','id':'4baee162-840a-485e-8937-41571c2a8f07'}}}}}",
                        "CREATE app[com.example.notes].subscriptionGroup[Notes Plus].subscription[com.example.notes.plus.monthly].locale[en-US]",
                        "POST /v1/subscriptionLocalizations {'data':{'type':'subscriptionLocalizations','attributes':{'locale':'en-US','name':'Plus Monthly','description':'Sync and widgets, billed monthly.'},'relationships':{'subscription':{'data':{'type':'subscriptions','id':'4baee162-840a-485e-8937-41571c2a8f07'}}}}}"),
                KindCase.on("notes-after", "name changed")
                        .edit("apps/notes/purchases.yaml", "name: Plus monatlich", "name: Plus im Monat").expect(
                        "UPDATE app[com.example.notes].subscriptionGroup[Notes Plus].subscription[com.example.notes.plus.monthly].locale[de-DE]",
                        "PATCH /v1/subscriptionLocalizations/d24ed5e8-f169-4a3b-8220-a913c7c8807d {'data':{'type':'subscriptionLocalizations','id':'d24ed5e8-f169-4a3b-8220-a913c7c8807d','attributes':{'name':'Plus im Monat'}}}"),
                KindCase.on("notes-after", "Apple lost de-DE: created again")
                        .live(f -> f.remove("subscriptionLocalizations", DE)).expect(
                        "CREATE app[com.example.notes].subscriptionGroup[Notes Plus].subscription[com.example.notes.plus.monthly].locale[de-DE]",
                        "POST /v1/subscriptionLocalizations {'data':{'type':'subscriptionLocalizations','attributes':{'locale':'de-DE','name':'Plus monatlich','description':'Sync und Widgets, monatlich.'},'relationships':{'subscription':{'data':{'type':'subscriptions','id':'818fc68e-3ff3-4c10-b85d-e4dc456eaba5'}}}}}"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(ExportCase.on("notes-after", "two localizations").expect(
                        "apps.notes.purchases.subscriptionGroups[referenceName=Notes Plus].subscriptions[productId=com.example.notes.plus.monthly].localizations.de-DE {'name':'Plus monatlich','description':'Sync und Widgets, monatlich.'}",
                        "apps.notes.purchases.subscriptionGroups[referenceName=Notes Plus].subscriptions[productId=com.example.notes.plus.monthly].localizations.en-US {'name':'Plus Monthly','description':'Sync and widgets, billed monthly.'}"));
    }
}
