package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.ExportCase;
import dev.ascctl.resource.kinds.KindCase;
import java.util.List;

/** Subscription prices (purchases.yaml subscriptions[].prices): plan and import, by table. */
class SubscriptionPriceHandlerTest extends PurchaseKindTableTest {

    @Override
    protected ResourceHandler<?> kind() {
        return new SubscriptionPriceHandler();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo: USA and GBR priced").expect(
                        "CREATE app[com.example.notes].subscriptionGroup[Notes Plus].subscription[com.example.notes.plus.monthly].price[GBR]",
                        "POST /v1/subscriptionPrices {'data':{'type':'subscriptionPrices','attributes':{'preserveCurrentPrice':true,'startDate':null},'relationships':{'subscription':{'data':{'type':'subscriptions','id':'4baee162-840a-485e-8937-41571c2a8f07'}},'territory':{'data':{'type':'territories','id':'GBR'}},'subscriptionPricePoint':{'data':{'type':'subscriptionPricePoints','id':'eyJzIjoiNGJhZWUxNjItODQwYS00ODVlLTg5MzctNDE1NzFjMmE4ZjA3IiwidCI6IkdCUiIsInAiOiIyNyJ9'}}}}}",
                        "CREATE app[com.example.notes].subscriptionGroup[Notes Plus].subscription[com.example.notes.plus.monthly].price[USA]",
                        "POST /v1/subscriptionPrices {'data':{'type':'subscriptionPrices','attributes':{'preserveCurrentPrice':true,'startDate':null},'relationships':{'subscription':{'data':{'type':'subscriptions','id':'4baee162-840a-485e-8937-41571c2a8f07'}},'territory':{'data':{'type':'territories','id':'USA'}},'subscriptionPricePoint':{'data':{'type':'subscriptionPricePoints','id':'eyJzIjoiNGJhZWUxNjItODQwYS00ODVlLTg5MzctNDE1NzFjMmE4ZjA3IiwidCI6IlVTQSIsInAiOiIyNyJ9'}}}}}"),
                KindCase.on("notes-before", "a price that is none of Apple's price points: stopped at its line")
                        .edit("apps/notes/purchases.yaml", "prices: {USA: \"2.99\", GBR: \"2.49\"}", "prices: {USA: \"2.98\", GBR: \"2.49\"}")
                        .refused("apps/notes/purchases.yaml:49:23: price 2.98 is not one of Apple's USA price points for"
                                + " com.example.notes.plus.monthly; nearest: 2.99, 2.89, 3.09, 2.79"),
                KindCase.on("notes-before", "preserveCurrentPrice false: existing subscribers move too")
                        .edit("apps/notes/purchases.yaml", "preserveCurrentPrice: true", "preserveCurrentPrice: false")
                        .expect(
                        "CREATE app[com.example.notes].subscriptionGroup[Notes Plus].subscription[com.example.notes.plus.monthly].price[GBR]",
                        "POST /v1/subscriptionPrices {'data':{'type':'subscriptionPrices','attributes':{'preserveCurrentPrice':false,'startDate':null},'relationships':{'subscription':{'data':{'type':'subscriptions','id':'4baee162-840a-485e-8937-41571c2a8f07'}},'territory':{'data':{'type':'territories','id':'GBR'}},'subscriptionPricePoint':{'data':{'type':'subscriptionPricePoints','id':'eyJzIjoiNGJhZWUxNjItODQwYS00ODVlLTg5MzctNDE1NzFjMmE4ZjA3IiwidCI6IkdCUiIsInAiOiIyNyJ9'}}}}}",
                        "CREATE app[com.example.notes].subscriptionGroup[Notes Plus].subscription[com.example.notes.plus.monthly].price[USA]",
                        "POST /v1/subscriptionPrices {'data':{'type':'subscriptionPrices','attributes':{'preserveCurrentPrice':false,'startDate':null},'relationships':{'subscription':{'data':{'type':'subscriptions','id':'4baee162-840a-485e-8937-41571c2a8f07'}},'territory':{'data':{'type':'territories','id':'USA'}},'subscriptionPricePoint':{'data':{'type':'subscriptionPricePoints','id':'eyJzIjoiNGJhZWUxNjItODQwYS00ODVlLTg5MzctNDE1NzFjMmE4ZjA3IiwidCI6IlVTQSIsInAiOiIyNyJ9'}}}}}"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(ExportCase.on("notes-after", "two territories").expect(
                        "apps.notes.purchases.subscriptionGroups[referenceName=Notes Plus].subscriptions[productId=com.example.notes.plus.monthly].prices {'GBR':'2.49','USA':'2.99'}"),
                ExportCase.on("weather", "the adoption seed").expect(
                        "apps.notes.purchases.subscriptionGroups[referenceName=Weather Plus].subscriptions[productId=com.example.weather.plus.monthly].prices {'DEU':'4.99','USA':'4.99'}"));
    }
}
