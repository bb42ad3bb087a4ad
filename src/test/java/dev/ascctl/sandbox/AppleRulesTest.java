package dev.ascctl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.sandbox.server.Sandbox;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Apple's rules on writes, each refused in Apple's error shape. */
class AppleRulesTest {
    private Sandbox sandbox;
    private SandboxClient client;
    private String appId;
    private String versionId;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults().withApps("com.example.notes"));
        client = new SandboxClient(sandbox);
        appId = sandbox.state().find("apps", a -> true).orElseThrow().id();
        versionId = sandbox.state().find("appStoreVersions", a -> true).orElseThrow().id();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private static void assertError(SandboxClient.Reply reply, int status, String code, String pointer) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        JsonNode error = reply.json().at("/errors/0");
        assertThat(error.get("status").asString()).isEqualTo(Integer.toString(status));
        assertThat(error.get("code").asString()).isEqualTo(code);
        assertThat(error.get("title").asString()).isNotBlank();
        assertThat(error.get("detail").asString()).isNotBlank();
        if (pointer != null) {
            assertThat(error.at("/source/pointer").asString()).isEqualTo(pointer);
        }
    }

    private String versionLocalization(String attributes) {
        return "{\"data\":{\"type\":\"appStoreVersionLocalizations\",\"attributes\":" + attributes
                + ",\"relationships\":{\"appStoreVersion\":{\"data\":{\"type\":\"appStoreVersions\",\"id\":\"" + versionId + "\"}}}}}";
    }

    @Test
    void appsCannotBeCreatedOrDeleted() {
        assertError(client.post("/v1/apps", "{\"data\":{\"type\":\"apps\",\"attributes\":{\"name\":\"X\"}}}"),
                403, "FORBIDDEN_ERROR", null);
        assertError(client.delete("/v1/apps/" + appId), 403, "FORBIDDEN_ERROR", null);
    }

    @Test
    void immutableAndReadOnlyAttributesAreRefused() {
        assertError(client.patch("/v1/apps/" + appId, "{\"data\":{\"type\":\"apps\",\"id\":\"" + appId
                + "\",\"attributes\":{\"name\":\"Renamed\"}}}"), 409, "ENTITY_ERROR.ATTRIBUTE.INVALID", "/data/attributes/name");
        assertError(client.patch("/v1/apps/" + appId, "{\"data\":{\"type\":\"apps\",\"id\":\"" + appId
                + "\",\"attributes\":{\"sku\":\"X\"}}}"), 409, "ENTITY_ERROR.ATTRIBUTE.INVALID", "/data/attributes/sku");
        String locId = sandbox.state().find("appStoreVersionLocalizations", a -> true).orElseThrow().id();
        assertError(client.patch("/v1/appStoreVersionLocalizations/" + locId, "{\"data\":{\"type\":\"appStoreVersionLocalizations\",\"id\":\""
                + locId + "\",\"attributes\":{\"locale\":\"de-DE\"}}}"), 409, "ENTITY_ERROR.ATTRIBUTE.INVALID", "/data/attributes/locale");
        assertError(client.patch("/v1/appStoreVersionLocalizations/" + locId, "{\"data\":{\"type\":\"appStoreVersionLocalizations\",\"id\":\""
                + locId + "\",\"attributes\":{\"colour\":\"red\"}}}"), 409, "ENTITY_ERROR.ATTRIBUTE.UNKNOWN", "/data/attributes/colour");
        assertError(client.patch("/v1/appStoreVersionLocalizations/" + locId, "{\"data\":{\"type\":\"apps\",\"id\":\""
                + locId + "\",\"attributes\":{}}}"), 409, "ENTITY_ERROR.ATTRIBUTE.INVALID", "/data/type");
    }

    @Test
    void patchChangesOnlyWhatIsSentAndNullClears() {
        String locId = sandbox.state().find("appStoreVersionLocalizations", a -> true).orElseThrow().id();
        var ok = client.patch("/v1/appStoreVersionLocalizations/" + locId, "{\"data\":{\"type\":\"appStoreVersionLocalizations\",\"id\":\""
                + locId + "\",\"attributes\":{\"description\":\"Hello\",\"keywords\":null}}}");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().at("/data/attributes/description").asString()).isEqualTo("Hello");
        assertThat(ok.json().at("/data/attributes/locale").asString()).isEqualTo("en-US");
        assertThat(ok.json().at("/links/self").asString()).endsWith("/v1/appStoreVersionLocalizations/" + locId);
    }

    @Test
    void createReturns201AndDuplicateLocaleIs409() {
        var created = client.post("/v1/appStoreVersionLocalizations", versionLocalization("{\"locale\":\"de-DE\",\"description\":\"Hallo\"}"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().at("/data/links/self").asString()).contains("/v1/appStoreVersionLocalizations/");
        assertError(client.post("/v1/appStoreVersionLocalizations", versionLocalization("{\"locale\":\"de-DE\"}")),
                409, "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE", "/data/attributes/locale");
    }

    @Test
    void missingRequiredRelationshipIs409() {
        assertError(client.post("/v1/appStoreVersionLocalizations",
                        "{\"data\":{\"type\":\"appStoreVersionLocalizations\",\"attributes\":{\"locale\":\"fr-FR\"}}}"),
                409, "ENTITY_ERROR.RELATIONSHIP.INVALID", "/data/relationships/appStoreVersion");
    }

    @Test
    void whatsNewIsRefusedOnTheFirstVersionOnly() {
        assertError(client.post("/v1/appStoreVersionLocalizations", versionLocalization("{\"locale\":\"fr-FR\",\"whatsNew\":\"x\"}")),
                409, "STATE_ERROR", "/data/attributes/whatsNew");
        assertThat(client.post("/v1/appStoreVersionLocalizations", versionLocalization("{\"locale\":\"fr-FR\",\"whatsNew\":null}"))
                .status()).isEqualTo(201);

        sandbox.state().setAppVersionState(versionId, "READY_FOR_DISTRIBUTION");
        var second = client.post("/v1/appStoreVersions", newVersion("1.1"));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        String secondId = second.json().at("/data/id").asString();
        StoredResource copied = sandbox.state().findAll("appStoreVersionLocalizations", a -> "en-US".equals(a.get("locale"))).stream()
                .filter(l -> l.relatedId("appStoreVersion").equals(secondId)).findFirst().orElseThrow();
        var patch = client.patch("/v1/appStoreVersionLocalizations/" + copied.id(), "{\"data\":{\"type\":\"appStoreVersionLocalizations\",\"id\":\""
                + copied.id() + "\",\"attributes\":{\"whatsNew\":\"Bug fixes\"}}}");
        assertThat(patch.status()).isEqualTo(200);
    }

    @Test
    void aNewVersionOfALiveAppGetsAnEditableCopyOfTheAppInfoThatGoesLiveWithIt() {
        StoredResource live = sandbox.state().find("appInfos", a -> true).orElseThrow();
        sandbox.state().put(live.withRelationships(Map.of("primaryCategory", java.util.List.of("GAMES"))));
        sandbox.state().patchAttributes("appInfos", live.id(), Map.of("state", "READY_FOR_DISTRIBUTION"));
        sandbox.state().setAppVersionState(versionId, "READY_FOR_DISTRIBUTION");
        String liveLocale = sandbox.state().referencing("appInfoLocalizations", "appInfo", live.id()).get(0).id();

        var created = client.post("/v1/appStoreVersions", newVersion("1.1"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        var infos = client.get("/v1/apps/" + appId + "/appInfos?include=appInfoLocalizations,primaryCategory");
        assertThat(infos.json().get("data")).hasSize(2);
        StoredResource copy = sandbox.state().findAll("appInfos", a -> "PREPARE_FOR_SUBMISSION".equals(a.get("state")))
                .stream().filter(i -> !i.id().equals(live.id())).findFirst().orElseThrow();
        assertThat(copy.relatedId("primaryCategory")).isEqualTo("GAMES");
        assertThat(copy.relatedId("ageRatingDeclaration")).isNotEqualTo(live.relatedId("ageRatingDeclaration"));
        var copiedLocales = sandbox.state().referencing("appInfoLocalizations", "appInfo", copy.id());
        assertThat(copiedLocales).singleElement().satisfies(l -> {
            assertThat(l.id()).isNotEqualTo(liveLocale);
            assertThat(l.attribute("locale")).isEqualTo("en-US");
        });
        // The copy takes edits (a new locale, a category) while the live one still refuses them.
        String deDe = "{\"data\":{\"type\":\"appInfoLocalizations\",\"attributes\":{\"locale\":\"de-DE\",\"name\":\"Notizen\"},"
                + "\"relationships\":{\"appInfo\":{\"data\":{\"type\":\"appInfos\",\"id\":\"%s\"}}}}}";
        assertError(client.post("/v1/appInfoLocalizations", deDe.formatted(live.id())), 409, "STATE_ERROR", "/data/attributes/locale");
        assertThat(client.post("/v1/appInfoLocalizations", deDe.formatted(copy.id())).status()).isEqualTo(201);

        // A second new version (after deleting the first) makes no second copy.
        String newId = created.json().at("/data/id").asString();
        assertThat(client.delete("/v1/appStoreVersions/" + newId).status()).isEqualTo(204);
        assertThat(client.post("/v1/appStoreVersions", newVersion("1.2")).status()).isEqualTo(201);
        assertThat(sandbox.state().referencing("appInfos", "app", appId)).hasSize(2);

        // Released, the copy is the app's one live app info.
        String version12 = sandbox.state().find("appStoreVersions", a -> "1.2".equals(a.get("versionString"))).orElseThrow().id();
        new dev.ascctl.sandbox.rules.VersionLifecycle(sandbox.state()).release(version12);
        assertThat(sandbox.state().referencing("appInfos", "app", appId)).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo(copy.id());
            assertThat(i.attribute("state")).isEqualTo("READY_FOR_DISTRIBUTION");
        });
        assertThat(sandbox.state().referencing("appInfoLocalizations", "appInfo", live.id())).isEmpty();
    }

    private String newVersion(String versionString) {
        return "{\"data\":{\"type\":\"appStoreVersions\",\"attributes\":{\"platform\":\"IOS\",\"versionString\":\"" + versionString
                + "\"},\"relationships\":{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\"" + appId + "\"}}}}}";
    }

    @Test
    void onlyOneEditableVersionPerPlatform() {
        assertError(client.post("/v1/appStoreVersions", newVersion("1.1")), 409, "STATE_ERROR", null);
    }

    @Test
    void editsAreRefusedWhileTheVersionIsNotEditable() {
        sandbox.state().setAppVersionState(versionId, "WAITING_FOR_REVIEW");
        assertError(client.patch("/v1/appStoreVersions/" + versionId, "{\"data\":{\"type\":\"appStoreVersions\",\"id\":\"" + versionId
                + "\",\"attributes\":{\"copyright\":\"2026\"}}}"), 409, "STATE_ERROR", "/data/attributes/copyright");
        String locId = sandbox.state().find("appStoreVersionLocalizations", a -> true).orElseThrow().id();
        assertError(client.patch("/v1/appStoreVersionLocalizations/" + locId, "{\"data\":{\"type\":\"appStoreVersionLocalizations\",\"id\":\""
                + locId + "\",\"attributes\":{\"description\":\"x\"}}}"), 409, "STATE_ERROR", "/data/attributes/description");
        String detailId = sandbox.state().find("appStoreReviewDetails", a -> true).orElseThrow().id();
        assertError(client.patch("/v1/appStoreReviewDetails/" + detailId, "{\"data\":{\"type\":\"appStoreReviewDetails\",\"id\":\""
                + detailId + "\",\"attributes\":{\"notes\":\"x\"}}}"), 409, "STATE_ERROR", "/data/attributes/notes");
    }

    @Test
    void appInfoEditsNeedAnEditableAppInfoAndValidCategories() {
        StoredResource info = sandbox.state().find("appInfos", a -> true).orElseThrow();
        String body = "{\"data\":{\"type\":\"appInfos\",\"id\":\"" + info.id() + "\",\"relationships\":{\"primaryCategory\":"
                + "{\"data\":{\"type\":\"appCategories\",\"id\":\"GAMES\"}},\"primarySubcategoryOne\":{\"data\":{\"type\":\"appCategories\",\"id\":\"GAMES_PUZZLE\"}}}}}";
        assertThat(client.patch("/v1/appInfos/" + info.id(), body).status()).isEqualTo(200);
        assertThat(sandbox.state().require("appInfos", info.id()).relatedId("primarySubcategoryOne")).isEqualTo("GAMES_PUZZLE");
        String bad = body.replace("GAMES_PUZZLE", "STICKERS_ART");
        SandboxClient.Reply refused = client.patch("/v1/appInfos/" + info.id(), bad);
        assertThat(refused.status()).isEqualTo(409);
        JsonNode error = refused.json().at("/errors/0");
        assertThat(error.get("code").asString()).isEqualTo("ENTITY_ERROR.RELATIONSHIP.INVALID");
        assertThat(error.at("/source/pointer").asString()).isEqualTo("/data/relationships/primarySubcategoryOne");
        // As recorded (fl_error_409_ENTITY_ERROR_RELATIONSHIP_INVALID_no_detail): title and pointer, no detail.
        assertThat(error.has("detail")).isFalse();
        sandbox.state().patchAttributes("appInfos", info.id(), Map.of("state", "READY_FOR_DISTRIBUTION"));
        assertError(client.patch("/v1/appInfos/" + info.id(), body), 409, "STATE_ERROR", null);
        String ratingId = info.relatedId("ageRatingDeclaration");
        assertError(client.patch("/v1/ageRatingDeclarations/" + ratingId, "{\"data\":{\"type\":\"ageRatingDeclarations\",\"id\":\""
                + ratingId + "\",\"attributes\":{\"gambling\":false}}}"), 409, "STATE_ERROR", "/data/attributes/gambling");
    }

    @Test
    void oneReviewDetailPerVersion() {
        assertError(client.post("/v1/appStoreReviewDetails", "{\"data\":{\"type\":\"appStoreReviewDetails\",\"attributes\":{},"
                + "\"relationships\":{\"appStoreVersion\":{\"data\":{\"type\":\"appStoreVersions\",\"id\":\"" + versionId + "\"}}}}}"),
                409, "ENTITY_ERROR.RELATIONSHIP.INVALID", "/data/relationships/appStoreVersion");
    }

    @Test
    void deleteIs204WithoutBody() {
        var created = client.post("/v1/appStoreVersionLocalizations", versionLocalization("{\"locale\":\"it\"}"));
        var deleted = client.delete("/v1/appStoreVersionLocalizations/" + created.json().at("/data/id").asString());
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
    }
}
