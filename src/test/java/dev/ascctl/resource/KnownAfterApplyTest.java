package dev.ascctl.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import dev.ascctl.resource.KnownAfterApply.Match;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Values known only after an earlier write: placeholders, the match, the message when nothing matches. */
class KnownAfterApplyTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Address PRODUCT = Address.parse("app[com.example.notes].iap[com.example.pro]");

    static KnownAfterApply usaPoint(String price) {
        return KnownAfterApply.idOf("pricePoint[USA]", "the USA price point of " + price + " for com.example.pro",
                ApiQuery.of("/v2/inAppPurchases/" + IdReference.token(PRODUCT) + "/pricePoints")
                        .filter("territory", "USA").limit(8000),
                "customerPrice", price, Match.DECIMAL);
    }

    static List<Resource> points(String... prices) {
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < prices.length; i++) {
            data.append(i == 0 ? "" : ",").append("{\"type\":\"inAppPurchasePricePoints\",\"id\":\"p").append(i)
                    .append("\",\"attributes\":{\"customerPrice\":\"").append(prices[i]).append("\"}}");
        }
        return Document.parse("{\"data\":[" + data + "]}").data();
    }

    @Test
    void aDecimalMatchTakesTheIdOfTheNumericallyEqualValue() {
        assertThat(usaPoint("5").find(points("4.99", "5.00", "5.49"))).isEqualTo("p1");
    }

    @Test
    void aTextMatchIsExact() {
        KnownAfterApply locale = KnownAfterApply.idOf("localization[de-DE]", "the German localization",
                ApiQuery.of("/v1/appStoreVersions/1/appStoreVersionLocalizations"), "locale", "de-DE", Match.TEXT);
        List<Resource> read = Document.parse("""
                {"data":[{"type":"l","id":"a","attributes":{"locale":"de"}},
                         {"type":"l","id":"b","attributes":{"locale":"de-DE"}}]}""").data();

        assertThat(locale.find(read)).isEqualTo("b");
    }

    @Test
    void aRelatedMatchTakesTheIdWhoseToOneRelationshipNamesTheValue() {
        KnownAfterApply gbr = KnownAfterApply.idOf("territory[GBR]", "the availability in GBR",
                ApiQuery.of("/v2/appAvailabilities/1/territoryAvailabilities").include("territory"), "territory", "GBR",
                Match.RELATED);
        List<Resource> read = Document.parse("""
                {"data":[{"type":"territoryAvailabilities","id":"a","relationships":{"territory":{"data":
                           {"type":"territories","id":"USA"}}}},
                         {"type":"territoryAvailabilities","id":"b","relationships":{"territory":{"data":
                           {"type":"territories","id":"GBR"}}}}]}""").data();

        assertThat(gbr.find(read)).isEqualTo("b");
        assertThatThrownBy(() -> gbr.find(read.subList(0, 1))).hasMessage("the availability in GBR was not found:"
                + " Apple lists none whose territory is GBR; nothing was sent for it");
    }

    @Test
    void nothingMatchingFailsWithWhatWasLookedForAndTheNearestValues() {
        assertThatThrownBy(() -> usaPoint("4.98").find(points("0.99", "4.99", "5.99", "4.49", "3.99", "9.99")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the USA price point of 4.98 for com.example.pro was not found: Apple lists no customerPrice"
                        + " of 4.98 (nearest: 4.99, 4.49, 3.99, 5.99); nothing was sent for it");
        assertThatThrownBy(() -> usaPoint("4.98").find(List.of())).hasMessageContaining("it lists none");
    }

    @Test
    void theQueryKeepsItsParametersInOrderAndItsIdPlaceholder() {
        ApiQuery query = usaPoint("4.99").query();

        assertThat(query.toPathAndQuery()).isEqualTo("/v2/inAppPurchases/{{id:app[com.example.notes].iap[com.example.pro]}}"
                + "/pricePoints?filter[territory]=USA&limit=8000");
        assertThat(IdReference.referencedBy(usaPoint("4.99").path())).containsExactly(PRODUCT);
    }

    @Test
    void aCallsPlaceholdersAreReplacedByTheValuesFound() {
        KnownAfterApply lookup = usaPoint("4.99");
        ApiCall call = ApiCall.post("/v1/inAppPurchasePriceSchedules", JSON.readTree(
                "{\"data\":{\"type\":\"x\",\"relationships\":{\"p\":{\"data\":{\"type\":\"inAppPurchasePricePoints\","
                        + "\"id\":\"" + lookup.token() + "\"}}}}}"));

        assertThat(KnownAfterApply.referencedBy(call)).containsExactly("pricePoint[USA]");
        ApiCall resolved = KnownAfterApply.resolve(call, Map.of("pricePoint[USA]", "eyJzIjoiMSJ9"));
        assertThat(resolved.body().at("/data/relationships/p/data/id").asString()).isEqualTo("eyJzIjoiMSJ9");
        assertThatThrownBy(() -> KnownAfterApply.resolve(call, Map.of())).hasMessageContaining("pricePoint[USA]");
    }

    @Test
    void everyPlaceholderNeedsItsLookupAndEveryLookupItsPlaceholder() {
        KnownAfterApply lookup = usaPoint("4.99");
        ApiCall uses = ApiCall.post("/v1/x", JSON.readTree("{\"data\":{\"id\":\"" + lookup.token() + "\"}}"));
        ApiCall plain = ApiCall.post("/v1/x", JSON.readTree("{\"data\":{\"id\":\"1\"}}"));

        assertThat(new Writes(List.of(uses), List.of(lookup)).lookups()).containsExactly(lookup);
        assertThatThrownBy(() -> new Writes(List.of(uses), List.of())).hasMessageContaining("pricePoint[USA]");
        assertThatThrownBy(() -> new Writes(List.of(plain), List.of(lookup))).hasMessageContaining("pricePoint[USA]");
        assertThatThrownBy(() -> new Writes(List.of(uses), List.of(lookup, lookup))).hasMessageContaining("two");
    }

    @Test
    void aLookupsPathMayUseAnEarlierLookupOfTheSameChangeButNoLaterOne() {
        KnownAfterApply info = KnownAfterApply.idOf("appInfo.id", "the editable app info",
                ApiQuery.of("/v1/apps/1/appInfos"), "state", "PREPARE_FOR_SUBMISSION", Match.TEXT);
        KnownAfterApply locale = KnownAfterApply.idOf("id", "the copied en-US", ApiQuery.of("/v1/appInfos/"
                + info.token() + "/appInfoLocalizations"), "locale", "en-US", Match.TEXT);
        ApiCall patch = ApiCall.patch("/v1/appInfoLocalizations/" + locale.token(), JSON.readTree("{\"data\":{}}"));

        assertThat(new Writes(List.of(patch), List.of(info, locale)).lookups()).containsExactly(info, locale);
        assertThatThrownBy(() -> new Writes(List.of(patch), List.of(locale, info)))
                .hasMessageContaining("only lookups before it");
        assertThat(KnownAfterApply.resolvePath(locale.path(), Map.of("appInfo.id", "ai-2")))
                .isEqualTo("/v1/appInfos/ai-2/appInfoLocalizations");
        assertThatThrownBy(() -> KnownAfterApply.resolvePath(locale.path(), Map.of()))
                .hasMessageContaining("appInfo.id");
    }

    @Test
    void anOnlyMatchTakesTheOneResourceOfAToOneRead() {
        KnownAfterApply declaration = KnownAfterApply.idOfOnly("id", "the age rating declaration",
                ApiQuery.of("/v1/appInfos/2/ageRatingDeclaration"));

        assertThat(declaration.find(Document.parse("{\"data\":{\"type\":\"ageRatingDeclarations\",\"id\":\"ar-2\"}}")
                .data())).isEqualTo("ar-2");
        assertThatThrownBy(() -> declaration.find(List.of())).hasMessageContaining("the age rating declaration was"
                + " not found: Apple answered 0 objects");
    }

    @Test
    void namesAndDecimalValuesAreCheckedWhenMade() {
        assertThatThrownBy(() -> KnownAfterApply.idOf("a b", "x", ApiQuery.of("/v1/x"), "a", "1", Match.TEXT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KnownAfterApply.idOf("a", "x", ApiQuery.of("/v1/x"), "a", "cheap", Match.DECIMAL))
                .isInstanceOf(NumberFormatException.class);
    }
}
