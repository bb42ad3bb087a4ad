package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.ExportCase;
import dev.ascctl.resource.kinds.KindCase;
import java.util.List;

/** Subscriptions (purchases.yaml subscriptionGroups[].subscriptions:): plan and import, by table. */
class SubscriptionHandlerTest extends PurchaseKindTableTest {

    @Override
    protected ResourceHandler<?> kind() {
        return new SubscriptionHandler();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo").expect(),
                KindCase.on("notes-after", "group level changed")
                        .edit("apps/notes/purchases.yaml", "groupLevel: 1", "groupLevel: 2").expect(
                        "UPDATE app[com.example.notes].subscriptionGroup[Notes Plus].subscription[com.example.notes.plus.monthly]",
                        "PATCH /v1/subscriptions/818fc68e-3ff3-4c10-b85d-e4dc456eaba5 {'data':{'type':'subscriptions','id':'818fc68e-3ff3-4c10-b85d-e4dc456eaba5','attributes':{'groupLevel':2}}}"),
                KindCase.on("notes-after", "the period is fixed once created")
                        .edit("apps/notes/purchases.yaml", "subscriptionPeriod: ONE_MONTH", "subscriptionPeriod: ONE_YEAR").expect(
                        "UPDATE app[com.example.notes].subscriptionGroup[Notes Plus].subscription[com.example.notes.plus.monthly]",
                        "PATCH /v1/subscriptions/818fc68e-3ff3-4c10-b85d-e4dc456eaba5 {'data':{'type':'subscriptions','id':'818fc68e-3ff3-4c10-b85d-e4dc456eaba5','attributes':{'subscriptionPeriod':'ONE_YEAR'}}}"),
                KindCase.on("notes-after", "a new subscription in the group: created")
                        .edit("apps/notes/purchases.yaml", "    subscriptions:\n", "    subscriptions:\n"
                                + "      - {productId: com.example.notes.plus.yearly, referenceName: Plus Yearly,"
                                + " subscriptionPeriod: ONE_YEAR, groupLevel: 1}\n").expect(
                        "CREATE app[com.example.notes].subscriptionGroup[Notes Plus].subscription[com.example.notes.plus.yearly]",
                        "POST /v1/subscriptions {'data':{'type':'subscriptions','attributes':{'name':'Plus Yearly','subscriptionPeriod':'ONE_YEAR','groupLevel':1,'productId':'com.example.notes.plus.yearly'},'relationships':{'group':{'data':{'type':'subscriptionGroups','id':'e35728fa-3946-4263-a14f-39089ed6879d'}}}}}"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(ExportCase.on("notes-after", "one subscription").expect(
                        "apps.notes.purchases.subscriptionGroups[referenceName=Notes Plus].subscriptions[productId=com.example.notes.plus.monthly] {'referenceName':'Plus Monthly','subscriptionPeriod':'ONE_MONTH','groupLevel':1,'familySharable':false}"),
                ExportCase.on("weather", "the adoption seed").expect(
                        "apps.notes.purchases.subscriptionGroups[referenceName=Weather Plus].subscriptions[productId=com.example.weather.plus.monthly] {'referenceName':'Plus Monthly','subscriptionPeriod':'ONE_MONTH','groupLevel':2,'familySharable':false}",
                        "apps.notes.purchases.subscriptionGroups[referenceName=Weather Plus].subscriptions[productId=com.example.weather.plus.yearly] {'referenceName':'Plus Yearly','subscriptionPeriod':'ONE_YEAR','groupLevel':1}"));
    }
}
