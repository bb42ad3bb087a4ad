package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.ExportCase;
import dev.ascctl.resource.kinds.KindCase;
import java.util.List;

/** Introductory offers (purchases.yaml subscriptions[].introductoryOffers): plan and import, by table. */
class IntroductoryOfferHandlerTest extends PurchaseKindTableTest {

    @Override
    protected ResourceHandler<?> kind() {
        return new IntroductoryOfferHandler();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo: a free week in the USA").expect(
                        "CREATE app[com.example.notes].subscriptionGroup[Notes Plus].subscription[com.example.notes.plus.monthly].introductoryOffer[USA]",
                        "POST /v1/subscriptionIntroductoryOffers {'data':{'type':'subscriptionIntroductoryOffers','attributes':{'duration':'ONE_WEEK','offerMode':'FREE_TRIAL','numberOfPeriods':1},'relationships':{'subscription':{'data':{'type':'subscriptions','id':'4baee162-840a-485e-8937-41571c2a8f07'}},'territory':{'data':{'type':'territories','id':'USA'}}}}}"),
                KindCase.on("notes-after", "the duration changed: replaced (-/+)")
                        .edit("apps/notes/purchases.yaml", "offerMode: FREE_TRIAL, duration: ONE_WEEK", "offerMode: FREE_TRIAL, duration: TWO_WEEKS")
                        .expect(
                        "REPLACE app[com.example.notes].subscriptionGroup[Notes Plus].subscription[com.example.notes.plus.monthly].introductoryOffer[USA]",
                        "DELETE /v1/subscriptionIntroductoryOffers/228f461d-a1b8-4336-beef-2257bc8dca1c",
                        "POST /v1/subscriptionIntroductoryOffers {'data':{'type':'subscriptionIntroductoryOffers','attributes':{'duration':'TWO_WEEKS','offerMode':'FREE_TRIAL','numberOfPeriods':1},'relationships':{'subscription':{'data':{'type':'subscriptions','id':'818fc68e-3ff3-4c10-b85d-e4dc456eaba5'}},'territory':{'data':{'type':'territories','id':'USA'}}}}}"),
                KindCase.on("notes-after", "an end date: updated in place")
                        .edit("apps/notes/purchases.yaml", "duration: ONE_WEEK, numberOfPeriods: 1}", "duration: ONE_WEEK, numberOfPeriods: 1, endDate: \"2027-01-31\"}")
                        .expect(
                        "UPDATE app[com.example.notes].subscriptionGroup[Notes Plus].subscription[com.example.notes.plus.monthly].introductoryOffer[USA]",
                        "PATCH /v1/subscriptionIntroductoryOffers/228f461d-a1b8-4336-beef-2257bc8dca1c {'data':{'type':'subscriptionIntroductoryOffers','id':'228f461d-a1b8-4336-beef-2257bc8dca1c','attributes':{'endDate':'2027-01-31'}}}"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(ExportCase.on("notes-after", "the free week").expect(
                        "apps.notes.purchases.subscriptionGroups[referenceName=Notes Plus].subscriptions[productId=com.example.notes.plus.monthly] {'introductoryOffers':[{'territory':'USA','offerMode':'FREE_TRIAL','duration':'ONE_WEEK','numberOfPeriods':1}]}"),
                ExportCase.on("weather", "the adoption seed").expect(
                        "apps.notes.purchases.subscriptionGroups[referenceName=Weather Plus].subscriptions[productId=com.example.weather.plus.monthly] {'introductoryOffers':[{'territory':'DEU','offerMode':'PAY_AS_YOU_GO','duration':'ONE_MONTH','numberOfPeriods':3,'price':'0.99'},{'territory':'USA','offerMode':'FREE_TRIAL','duration':'ONE_WEEK','numberOfPeriods':1}]}"));
    }
}
