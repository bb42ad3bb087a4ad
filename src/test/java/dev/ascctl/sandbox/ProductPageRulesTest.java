package dev.ascctl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.server.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sandbox's custom product pages: a page, its version (state, deep link) and localizations (promotional text),
 * their screenshot sets in the shape of Apple's recording, a version frozen in review, and every exchange
 * conformant to Apple's spec.
 */
class ProductPageRulesTest {
    private Sandbox sandbox;
    private SandboxClient client;
    private String app;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults().withSeedFile(Path.of("examples/sandbox/adoption-seed.yaml")));
        client = new SandboxClient(sandbox);
        app = sandbox.state().find("apps", a -> "com.example.weather".equals(a.get("bundleId"))).orElseThrow().id();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private String create(String type, String attributes, String relationship, String relatedType, String relatedId) {
        SandboxClient.Reply reply = client.post("/v1/" + type, "{\"data\":{\"type\":\"" + type + "\",\"attributes\":"
                + attributes + ",\"relationships\":{\"" + relationship + "\":{\"data\":{\"type\":\"" + relatedType
                + "\",\"id\":\"" + relatedId + "\"}}}}}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().at("/data/id").asString();
    }

    private static void assertError(SandboxClient.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.json().at("/errors/0/code").asString()).isEqualTo(code);
    }

    @Test
    void aPageWithAVersionLocalizationsAndScreenshotSetsListedAsAppleDoes() throws Exception {
        String page = create("appCustomProductPages", "{\"name\":\"Spring\"}", "app", "apps", app);
        assertError(client.post("/v1/appCustomProductPages", "{\"data\":{\"type\":\"appCustomProductPages\","
                + "\"attributes\":{\"name\":\"Spring\"},\"relationships\":{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\""
                + app + "\"}}}}}"), 409, "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE");
        String version = create("appCustomProductPageVersions", "{\"deepLink\":\"https://example.com/spring\"}",
                "appCustomProductPage", "appCustomProductPages", page);
        assertError(client.post("/v1/appCustomProductPageVersions", "{\"data\":{\"type\":\"appCustomProductPageVersions\","
                + "\"relationships\":{\"appCustomProductPage\":{\"data\":{\"type\":\"appCustomProductPages\",\"id\":\""
                + page + "\"}}}}}"), 409, "STATE_ERROR");
        String en = create("appCustomProductPageLocalizations", "{\"locale\":\"en-US\",\"promotionalText\":\"Spring sale\"}",
                "appCustomProductPageVersion", "appCustomProductPageVersions", version);
        create("appCustomProductPageLocalizations", "{\"locale\":\"de-DE\"}",
                "appCustomProductPageVersion", "appCustomProductPageVersions", version);
        for (String type : List.of("APP_IPHONE_65", "APP_IPAD_PRO_3GEN_129")) {
            create("appScreenshotSets", "{\"screenshotDisplayType\":\"" + type + "\"}",
                    "appCustomProductPageLocalization", "appCustomProductPageLocalizations", en);
        }

        // The seed's page comes first, then the new one; the included versions are de-duplicated, in the same order.
        JsonNode pages = client.get("/v1/apps/" + app + "/appCustomProductPages?include=appCustomProductPageVersions"
                + "&limit[appCustomProductPageVersions]=50").json();
        assertThat(pages.get("data").findValuesAsString("name")).containsExactly("Rain Radar", "Spring");
        assertThat(pages.at("/data/1/attributes/visible").asBoolean()).isFalse();
        assertThat(pages.at("/data/1/attributes/url").asString()).endsWith("?ppid=" + page);
        assertThat(pages.at("/data/1/relationships/appCustomProductPageVersions/data/0/id").asString()).isEqualTo(version);
        assertThat(pages.at("/included/1/attributes/state").asString()).isEqualTo("PREPARE_FOR_SUBMISSION");
        assertThat(pages.at("/included/1/attributes/deepLink").asString()).isEqualTo("https://example.com/spring");
        JsonNode locs = client.get("/v1/appCustomProductPageVersions/" + version
                + "/appCustomProductPageLocalizations?limit=200").json();
        assertThat(locs.get("data").findValuesAsString("locale")).containsExactly("en-US", "de-DE");

        // The recorded list (Apple's docs): the same members on each set, the same relationship and link shape.
        JsonNode sets = client.get("/v1/appCustomProductPageLocalizations/" + en + "/appScreenshotSets").json();
        JsonNode real = JsonMapper.builder().build().readTree(Files.readString(recorded()));
        assertThat(sets.get("data")).hasSize(2);
        JsonNode mine = sets.at("/data/0");
        JsonNode theirs = real.at("/data/0");
        assertThat(names(mine)).isEqualTo(names(theirs));
        assertThat(names(mine.get("relationships"))).containsAll(names(theirs.get("relationships")));
        assertThat(names(mine.at("/relationships/appScreenshots"))).isEqualTo(names(theirs.at("/relationships/appScreenshots")));
        assertThat(mine.at("/links/self").asString()).endsWith("/v1/appScreenshotSets/" + mine.get("id").asString());
        assertThat(sets.at("/links/self").asString()).contains("/v1/appCustomProductPageLocalizations/" + en);
        assertThat(client.get("/v1/appCustomProductPageLocalizations/" + en
                + "/appScreenshotSets?include=appScreenshots&limit[appScreenshots]=50").status()).isEqualTo(200);
        OpenApiConformance.assertConforms(sandbox.requestLog().list());
    }

    @Test
    void aVersionInReviewIsFrozenAndItsPageCannotBeDeleted() {
        String page = create("appCustomProductPages", "{\"name\":\"Summer\"}", "app", "apps", app);
        String version = create("appCustomProductPageVersions", "{}", "appCustomProductPage",
                "appCustomProductPages", page);
        String en = create("appCustomProductPageLocalizations", "{\"locale\":\"en-US\"}",
                "appCustomProductPageVersion", "appCustomProductPageVersions", version);
        String submission = client.post("/v1/reviewSubmissions", "{\"data\":{\"type\":\"reviewSubmissions\","
                + "\"attributes\":{\"platform\":\"IOS\"},\"relationships\":{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\""
                + app + "\"}}}}}").json().at("/data/id").asString();
        SandboxClient.Reply item = client.post("/v1/reviewSubmissionItems", "{\"data\":{\"type\":\"reviewSubmissionItems\","
                + "\"relationships\":{\"reviewSubmission\":{\"data\":{\"type\":\"reviewSubmissions\",\"id\":\"" + submission
                + "\"}},\"appCustomProductPageVersion\":{\"data\":{\"type\":\"appCustomProductPageVersions\",\"id\":\""
                + version + "\"}}}}}");
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        assertThat(state(version)).isEqualTo("READY_FOR_REVIEW");
        SandboxClient.Reply submitted = client.patch("/v1/reviewSubmissions/" + submission, "{\"data\":{\"type\":"
                + "\"reviewSubmissions\",\"id\":\"" + submission + "\",\"attributes\":{\"submitted\":true}}}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(state(version)).isEqualTo("WAITING_FOR_REVIEW");

        assertError(client.patch("/v1/appCustomProductPageLocalizations/" + en, "{\"data\":{\"type\":"
                + "\"appCustomProductPageLocalizations\",\"id\":\"" + en + "\",\"attributes\":{\"promotionalText\":\"x\"}}}"),
                409, "STATE_ERROR");
        assertError(client.post("/v1/appScreenshotSets", "{\"data\":{\"type\":\"appScreenshotSets\",\"attributes\":"
                + "{\"screenshotDisplayType\":\"APP_IPHONE_67\"},\"relationships\":{\"appCustomProductPageLocalization\":"
                + "{\"data\":{\"type\":\"appCustomProductPageLocalizations\",\"id\":\"" + en + "\"}}}}}"), 409, "STATE_ERROR");
        // Apple refuses a delete with 403 FORBIDDEN_ERROR (Errors.deleteRefused).
        assertError(client.delete("/v1/appCustomProductPages/" + page), 403, "FORBIDDEN_ERROR");
        assertError(client.post("/v1/appCustomProductPageVersions", "{\"data\":{\"type\":\"appCustomProductPageVersions\","
                + "\"relationships\":{\"appCustomProductPage\":{\"data\":{\"type\":\"appCustomProductPages\",\"id\":\""
                + page + "\"}}}}}"), 409, "STATE_ERROR");

        // Approved: a new version may be made, and the page deleted with everything under it.
        sandbox.state().patchAttributes("appCustomProductPageVersions", version, java.util.Map.of("state", "APPROVED"));
        create("appCustomProductPageVersions", "{}", "appCustomProductPage", "appCustomProductPages", page);
        assertThat(client.delete("/v1/appCustomProductPages/" + page).status()).isEqualTo(204);
        assertThat(sandbox.state().referencing("appCustomProductPageVersions", "appCustomProductPage", page)).isEmpty();
        assertThat(sandbox.state().referencing("appCustomProductPageLocalizations", "appCustomProductPageVersion", version))
                .isEmpty();
        OpenApiConformance.assertConforms(sandbox.requestLog().list());
    }

    private String state(String version) {
        return client.get("/v1/appCustomProductPageVersions/" + version).json().at("/data/attributes/state").asString();
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>(node.propertyNames());
        out.sort(null);
        return out;
    }

    private static Path recorded() {
        String shared = System.getenv().getOrDefault("ASC_SHARED", "../shared");
        return Path.of(shared, "asc-recorded", "docs_appScreenshotSets_GET_list_for_customProductPageLocalization.json");
    }
}
