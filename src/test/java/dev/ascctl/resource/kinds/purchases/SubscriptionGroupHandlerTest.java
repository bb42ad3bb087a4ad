package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.ExportCase;
import dev.ascctl.resource.kinds.KindCase;
import java.util.List;

/** Subscription groups (purchases.yaml subscriptionGroups:): plan and import, by table. */
class SubscriptionGroupHandlerTest extends PurchaseKindTableTest {

    @Override
    protected ResourceHandler<?> kind() {
        return new SubscriptionGroupHandler();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo: it exists").expect(),
                KindCase.on("notes-after", "a new group: created")
                        .edit("apps/notes/purchases.yaml", "subscriptionGroups:\n", "subscriptionGroups:\n  - referenceName: Notes Team\n")
                        .expect(
                        "CREATE app[com.example.notes].subscriptionGroup[Notes Team]",
                        "POST /v1/subscriptionGroups {'data':{'type':'subscriptionGroups','attributes':{'referenceName':'Notes Team'},'relationships':{'app':{'data':{'type':'apps','id':'1500000000'}}}}}"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(ExportCase.on("notes-after", "one group").expect(
                        "apps.notes.purchases.subscriptionGroups[referenceName=Notes Plus] {}"),
                ExportCase.on("weather", "the adoption seed").expect(
                        "apps.notes.purchases.subscriptionGroups[referenceName=Weather Plus] {}"));
    }
}
