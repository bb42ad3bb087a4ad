package dev.ascctl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.sandbox.server.Sandbox;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON:API shapes: links, relationships, include, fields, paging, encoded query brackets, errors. */
class DocumentShapeTest {
    private static Sandbox sandbox;
    private static SandboxClient client;

    @BeforeAll
    static void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults().withApps("com.example.a", "com.example.b", "com.example.c"));
        client = new SandboxClient(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static String appId(String bundleId) {
        return sandbox.state().find("apps", a -> bundleId.equals(a.get("bundleId"))).orElseThrow().id();
    }

    @Test
    void resourcesCarrySelfLinksRelationshipLinksWithoutDataAndExplicitNulls() {
        JsonNode doc = client.get("/v1/apps/" + appId("com.example.a")).json();
        JsonNode app = doc.get("data");
        assertThat(doc.at("/links/self").asString()).isEqualTo(sandbox.baseUri() + "/v1/apps/" + app.get("id").asString());
        assertThat(app.at("/links/self").asString()).endsWith("/v1/apps/" + app.get("id").asString());
        assertThat(app.at("/attributes/name").asString()).isEqualTo("A");
        assertThat(app.at("/attributes").has("contentRightsDeclaration")).isTrue();
        assertThat(app.at("/attributes/contentRightsDeclaration").isNull()).isTrue();
        JsonNode infos = app.at("/relationships/appInfos");
        assertThat(infos.at("/links/related").asString()).endsWith("/appInfos");
        assertThat(infos.has("data")).isFalse();
        assertThat(doc.has("included")).isFalse();
        assertThat(doc.has("meta")).isFalse();
    }

    @Test
    void includeAddsDataAndDeduplicatedIncludedWithLinksOnlyRelationships() {
        String id = appId("com.example.a");
        JsonNode doc = client.get("/v1/apps/" + id + "/appInfos?include=appInfoLocalizations,ageRatingDeclaration,app"
                + "&limit[appInfoLocalizations]=50").json();
        JsonNode info = doc.at("/data/0");
        assertThat(info.at("/relationships/appInfoLocalizations/data")).hasSize(1);
        assertThat(info.at("/relationships/appInfoLocalizations/meta/paging/limit").asInt()).isEqualTo(50);
        assertThat(info.at("/relationships/app/data/id").asString()).isEqualTo(id);
        assertThat(info.at("/relationships/app").has("links")).as("AppInfo.app declares data only").isFalse();
        assertThat(info.at("/relationships/primaryCategory").has("data")).as("not included").isFalse();
        List<String> types = new ArrayList<>();
        doc.get("included").forEach(r -> types.add(r.get("type").asString()));
        assertThat(types).containsExactly("appInfoLocalizations", "ageRatingDeclarations", "apps");
        JsonNode includedApp = doc.get("included").get(2);
        assertThat(includedApp.at("/relationships/appInfos").has("data")).isFalse();
        assertThat(doc.at("/included/0/attributes/name").asString()).isEqualTo("A");
        assertThat(doc.at("/included/1/attributes/gambling").isNull()).isTrue();
    }

    @Test
    void includedResourcesAppearOncePerTypeAndId() {
        JsonNode doc = client.get("/v1/appCategories?filter[platforms]=IOS&exists[parent]=true&include=parent&limit=200").json();
        assertThat(doc.get("data").size()).isEqualTo(31); // 16 games and 15 stickers subcategories (src/main/resources/apple/app-categories.txt)
        List<String> ids = new ArrayList<>();
        doc.get("included").forEach(r -> ids.add(r.get("id").asString()));
        assertThat(ids).containsExactlyInAnyOrder("GAMES", "STICKERS");
    }

    @Test
    void sparseFieldsetsLimitAttributesAndRelationships() {
        JsonNode app = client.get("/v1/apps?fields[apps]=bundleId,appInfos&filter[bundleId]=com.example.b").json().at("/data/0");
        assertThat(app.get("attributes").propertyNames()).containsExactly("bundleId");
        assertThat(app.get("relationships").propertyNames()).containsExactly("appInfos");
    }

    @Test
    void filtersAcceptRawAndPercentEncodedBracketsAndCommas() throws Exception {
        JsonNode raw = JsonMapper.builder().build().readTree(client.rawGet("/v1/apps?filter[bundleId]=com.example.a,com.example.c"));
        JsonNode encoded = client.get("/v1/apps?filter%5BbundleId%5D=com.example.a%2Ccom.example.c").json();
        assertThat(raw.get("data")).hasSize(2);
        assertThat(encoded.get("data")).isEqualTo(raw.get("data"));
    }

    @Test
    void pagingByLinksNextAndByCursorParameterReachesEveryItemOnce() {
        JsonNode first = client.get("/v1/apps?limit=2&sort=bundleId").json();
        assertThat(first.at("/meta/paging/total").asInt()).isEqualTo(3);
        assertThat(first.at("/meta/paging/limit").asInt()).isEqualTo(2);
        assertThat(first.at("/meta/paging").propertyNames()).as("Apple's paging meta carries no cursor")
                .containsExactlyInAnyOrder("total", "limit");
        String next = first.at("/links/next").asString();
        String cursor = next.replaceAll(".*[?&]cursor=([^&]*).*", "$1");
        assertThat(next).startsWith(sandbox.baseUri() + "/v1/apps?cursor=" + cursor + "&");

        JsonNode byLink = client.get(next.substring(sandbox.baseUri().toString().length())).json();
        JsonNode byCursor = client.get("/v1/apps?limit=2&sort=bundleId&cursor=" + cursor).json();
        assertThat(byLink.get("data")).isEqualTo(byCursor.get("data"));
        assertThat(byLink.at("/data/0/attributes/bundleId").asString()).isEqualTo("com.example.c");
        // The last page of /v1/apps says "next": null (ListShape, as recorded); other lists leave next out.
        assertThat(byLink.at("/links/next").isNull()).isTrue();
    }

    @Test
    void badParametersAre400WithTheParameterNamed() {
        assertParameterError(client.get("/v1/apps?limit=201"), "limit");
        assertParameterError(client.get("/v1/apps/" + appId("com.example.a") + "/appInfos?include=appInfoLocalizations"
                + "&limit[appInfoLocalizations]=51"), "limit[appInfoLocalizations]");
        assertParameterError(client.get("/v1/apps?filter[colour]=red"), "filter[colour]", "PARAMETER_ERROR.ILLEGAL");
        assertParameterError(client.get("/v1/apps?foo=bar"), "foo", "PARAMETER_ERROR.ILLEGAL");
        assertParameterError(client.get("/v1/apps/" + appId("com.example.a") + "?limit=1"), "limit",
                "PARAMETER_ERROR.ILLEGAL");
        assertParameterError(client.get("/v1/apps?fields[apps]=bundleId,nope"), "fields[apps]");
        assertParameterError(client.get("/v1/apps?include=nope"), "include");
        assertParameterError(client.get("/v1/apps?cursor=bm9wZQ"), "cursor");
    }

    private static void assertParameterError(SandboxClient.Reply reply, String parameter) {
        assertParameterError(reply, parameter, "PARAMETER_ERROR.INVALID");
    }

    /** An undeclared parameter name is ILLEGAL at Apple, a declared one with a bad value INVALID. */
    private static void assertParameterError(SandboxClient.Reply reply, String parameter, String code) {
        assertThat(reply.status()).as(parameter).isEqualTo(400);
        assertThat(reply.json().at("/errors/0/code").asString()).isEqualTo(code);
        assertThat(reply.json().at("/errors/0/source/parameter").asString()).isEqualTo(parameter);
    }

    @Test
    void toOneRelatedEndpointsAnswerOneObjectOr404() {
        String versionId = sandbox.state().find("appStoreVersions", a -> true).orElseThrow().id();
        JsonNode detail = client.get("/v1/appStoreVersions/" + versionId + "/appStoreReviewDetail").json();
        assertThat(detail.get("data").isObject()).isTrue();
        assertThat(detail.at("/data/type").asString()).isEqualTo("appStoreReviewDetails");
        String infoId = sandbox.state().find("appInfos", a -> true).orElseThrow().id();
        // Apple's spec allows no "data": null here; live ASC answers 404 (see Errors.relatedNotFound).
        var category = client.get("/v1/appInfos/" + infoId + "/primaryCategory");
        assertThat(category.status()).isEqualTo(404);
        assertThat(category.json().at("/errors/0/code").asString()).isEqualTo("NOT_FOUND");
    }

    @Test
    void unknownPathsAndIdsAre404AndIfNoneMatchIsHarmless() {
        assertThat(client.get("/v1/nothingHere").status()).isEqualTo(404);
        var missing = client.get("/v1/apps/999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().at("/errors/0/code").asString()).isEqualTo("NOT_FOUND");
        var etag = client.send(client.builder("/v1/apps").header("If-None-Match", "W/\"abc\"").GET());
        assertThat(etag.status()).isEqualTo(200);
    }
}
