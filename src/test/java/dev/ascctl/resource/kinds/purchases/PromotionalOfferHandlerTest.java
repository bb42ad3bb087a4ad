package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.ExportCase;
import dev.ascctl.resource.kinds.KindCase;
import java.util.List;

/** Promotional offers (purchases.yaml subscriptions[].promotionalOffers): plan and import, by table. */
class PromotionalOfferHandlerTest extends PurchaseKindTableTest {

    @Override
    protected ResourceHandler<?> kind() {
        return new PromotionalOfferHandler();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo: COMEBACK created").expect(
                        "CREATE app[com.example.notes].subscriptionGroup[Notes Plus].subscription[com.example.notes.plus.monthly].promotionalOffer[COMEBACK]",
                        "POST /v1/subscriptionPromotionalOffers {'data':{'type':'subscriptionPromotionalOffers','attributes':{'offerCode':'COMEBACK','name':'Come back','offerMode':'FREE_TRIAL','duration':'ONE_MONTH','numberOfPeriods':1},'relationships':{'subscription':{'data':{'type':'subscriptions','id':'4baee162-840a-485e-8937-41571c2a8f07'}},'prices':{'data':[]}}}}"),
                KindCase.on("notes-after", "the number of periods changed: refused, use a new offerCode")
                        .edit("apps/notes/purchases.yaml", "duration: ONE_MONTH, numberOfPeriods: 1}", "duration: ONE_MONTH, numberOfPeriods: 2}")
                        .expect(
                        "BLOCKED app[com.example.notes].subscriptionGroup[Notes Plus].subscription[com.example.notes.plus.monthly].promotionalOffer[COMEBACK]: Apple never changes a promotional offer's name, offerMode, duration, numberOfPeriods; give the offer a new offerCode (and prune the old one with policy.prune.promotionalOffers)"),
                KindCase.on("notes-after", "the name changed")
                        .edit("apps/notes/purchases.yaml", "name: Come back,", "name: Welcome back,").expect(
                        "BLOCKED app[com.example.notes].subscriptionGroup[Notes Plus].subscription[com.example.notes.plus.monthly].promotionalOffer[COMEBACK]: Apple never changes a promotional offer's name, offerMode, duration, numberOfPeriods; give the offer a new offerCode (and prune the old one with policy.prune.promotionalOffers)"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(ExportCase.on("notes-after", "COMEBACK").expect(
                        "apps.notes.purchases.subscriptionGroups[referenceName=Notes Plus].subscriptions[productId=com.example.notes.plus.monthly].promotionalOffers[offerCode=COMEBACK] {'offerCode':'COMEBACK','name':'Come back','offerMode':'FREE_TRIAL','duration':'ONE_MONTH','numberOfPeriods':1}"),
                ExportCase.on("weather", "the adoption seed").expect(
                        "apps.notes.purchases.subscriptionGroups[referenceName=Weather Plus].subscriptions[productId=com.example.weather.plus.monthly].promotionalOffers[offerCode=WINTER] {'offerCode':'WINTER','name':'Winter','offerMode':'PAY_UP_FRONT','duration':'THREE_MONTHS','numberOfPeriods':1,'prices':{'DEU':'9.99','USA':'9.99'}}",
                        "apps.notes.purchases.subscriptionGroups[referenceName=Weather Plus].subscriptions[productId=com.example.weather.plus.monthly].promotionalOffers[offerCode=COMEBACK] {'offerCode':'COMEBACK','name':'Come back','offerMode':'FREE_TRIAL','duration':'ONE_WEEK','numberOfPeriods':1}"));
    }
}
