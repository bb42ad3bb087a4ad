package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.ExportCase;
import dev.ascctl.resource.kinds.KindCase;
import java.util.List;

/** Subscription group localizations (purchases.yaml subscriptionGroups[].localizations): plan and import, by table. */
class SubscriptionGroupLocalizationTest extends PurchaseKindTableTest {
    static final String DE = "c2e9e05f-d293-4c99-b62c-f9b9ccff8771";

    @Override
    protected ResourceHandler<?> kind() {
        return PurchaseLocalizationHandler.subscriptionGroups();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo").expect(
                        "CREATE app[com.example.notes].subscriptionGroup[Notes Plus].locale[de-DE]",
                        "POST /v1/subscriptionGroupLocalizations {'data':{'type':'subscriptionGroupLocalizations','attributes':{'locale':'de-DE','name':'Notizen Plus','customAppName':null},'relationships':{'subscriptionGroup':{'data':{'type':'subscriptionGroups','id':'9e5961a5-dfaa-47f5-9425-5b69e53648a4'}}}}}",
                        "CREATE app[com.example.notes].subscriptionGroup[Notes Plus].locale[en-US]",
                        "POST /v1/subscriptionGroupLocalizations {'data':{'type':'subscriptionGroupLocalizations','attributes':{'locale':'en-US','name':'Notes Plus','customAppName':'Notes Pro'},'relationships':{'subscriptionGroup':{'data':{'type':'subscriptionGroups','id':'9e5961a5-dfaa-47f5-9425-5b69e53648a4'}}}}}"),
                KindCase.on("notes-after", "customAppName set where it was cleared")
                        .edit("apps/notes/purchases.yaml", "customAppName: null}", "customAppName: Notizen}").expect(
                        "UPDATE app[com.example.notes].subscriptionGroup[Notes Plus].locale[de-DE]",
                        "PATCH /v1/subscriptionGroupLocalizations/c2e9e05f-d293-4c99-b62c-f9b9ccff8771 {'data':{'type':'subscriptionGroupLocalizations','id':'c2e9e05f-d293-4c99-b62c-f9b9ccff8771','attributes':{'customAppName':'Notizen'}}}"),
                KindCase.on("notes-after", "Apple lost de-DE: created again")
                        .live(f -> f.remove("subscriptionGroupLocalizations", DE)).expect(
                        "CREATE app[com.example.notes].subscriptionGroup[Notes Plus].locale[de-DE]",
                        "POST /v1/subscriptionGroupLocalizations {'data':{'type':'subscriptionGroupLocalizations','attributes':{'locale':'de-DE','name':'Notizen Plus','customAppName':null},'relationships':{'subscriptionGroup':{'data':{'type':'subscriptionGroups','id':'e35728fa-3946-4263-a14f-39089ed6879d'}}}}}"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(ExportCase.on("notes-after", "two localizations").expect(
                        "apps.notes.purchases.subscriptionGroups[referenceName=Notes Plus].localizations.de-DE {'name':'Notizen Plus'}",
                        "apps.notes.purchases.subscriptionGroups[referenceName=Notes Plus].localizations.en-US {'name':'Notes Plus','customAppName':'Notes Pro'}"));
    }
}
