package dev.ascctl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.model.Operation;
import dev.ascctl.sandbox.model.RelationshipSpec;
import dev.ascctl.sandbox.model.ResourceCatalog;
import dev.ascctl.sandbox.model.ResourceSpec;
import dev.ascctl.sandbox.server.Sandbox;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint the sandbox serves, called the way real clients call it, and every exchange checked
 * against Apple's OpenAPI spec 4.4.1 by {@link OpenApiConformance}. Each test gets a fresh sandbox
 * seeded from {@code sandbox/conformance-seed.yaml}; its request log is checked after the test.
 *
 * <p>Two kinds of exchange cannot be judged as a whole, and are narrowed on purpose: requests a test
 * sends broken on purpose (a 400 test needs a request the spec refuses) get their response checked
 * only; requests to operations Apple does not have (POST /v1/apps) get their error body checked
 * against the spec's {@code ErrorResponse}. Exchanges answered by an injected fault are dropped.
 */
class SandboxConformanceTest {
    private static final Path SEED = Path.of("src/test/resources/sandbox/conformance-seed.yaml");
    /** Endpoints hit by any test, as "METHOD /v1/type/{id}/...", for the coverage check. */
    private static final Set<String> COVERED = new TreeSet<>();

    private Sandbox sandbox;
    private SandboxClient client;
    /** "METHOD path?query" of requests that are invalid on purpose: only their responses are checked. */
    private final Set<String> invalidOnPurpose = new HashSet<>();

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults().withSeedFile(SEED));
        client = new SandboxClient(sandbox);
    }

    @AfterEach
    void checkEveryExchangeAndStop() {
        try {
            List<RecordedExchange> log = sandbox.requestLog().withoutInjectedFaults();
            log.forEach(e -> COVERED.add(e.method() + " " + template(e.path())));
            OpenApiConformance checker = OpenApiConformance.instance();
            List<RecordedExchange> whole = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (RecordedExchange e : log) {
                if (invalidOnPurpose.contains(key(e))) {
                    problems.addAll(checker.checkResponse(e.method(), e.path(), e.status(), e.contentType(),
                            e.responseBody()));
                } else if (isOutsideApplesApi(e)) {
                    // Apple has no such operation; the error body must still be an ErrorResponse, which
                    // every operation declares alike (GET /v1/apps is only where the schema is looked up).
                    problems.addAll(checker.checkResponse("GET", "/v1/apps", e.status(), e.contentType(),
                            e.responseBody()));
                } else {
                    whole.add(e);
                }
            }
            assertThat(problems).as("responses checked on their own").isEmpty();
            OpenApiConformance.assertConforms(whole);
        } finally {
            sandbox.close();
        }
    }

    /** Every endpoint the catalog serves was exercised by some test of this class. */
    @AfterAll
    static void everyServedEndpointWasExercised() {
        assertThat(COVERED).containsAll(servedEndpoints());
    }

    // ---- the client's own reads (ascctl live/) --------------------------------------------------

    @Test
    void theClientsLiveStateReadsWorkAndCarryEveryLocale() {
        JsonNode apps = ok(client.get("/v1/apps?filter[bundleId]=com.example.notes,com.example.atlas"
                + "&include=appStoreVersions&fields[appStoreVersions]=platform,versionString,appVersionState,createdDate"
                + "&limit=200&limit[appStoreVersions]=50"));
        assertThat(apps.get("data")).hasSize(2);
        assertThat(apps.at("/data/0/relationships/appStoreVersions/meta/paging/limit").asInt()).isEqualTo(50);
        JsonNode version = apps.get("included").get(0);
        assertThat(version.get("attributes").propertyNames())
                .containsExactlyInAnyOrder("platform", "versionString", "appVersionState", "createdDate");
        assertThat(version.has("relationships")).as("fields[] left out every relationship").isFalse();
        assertThat(version.at("/attributes/createdDate").asString()).matches(".*T\\d\\d:\\d\\d:\\d\\d[-+]\\d\\d:\\d\\d");

        String atlas = appId("com.example.atlas");
        String infoIncludes = "include=appInfoLocalizations,ageRatingDeclaration,primaryCategory,primarySubcategoryOne,"
                + "primarySubcategoryTwo,secondaryCategory,secondarySubcategoryOne,secondarySubcategoryTwo&limit=200";
        JsonNode infos = ok(client.get("/v1/apps/" + atlas + "/appInfos?" + infoIncludes + "&limit[appInfoLocalizations]=50"));
        JsonNode localizations = infos.at("/data/0/relationships/appInfoLocalizations");
        assertThat(localizations.get("data")).hasSize(39);
        assertThat(localizations.at("/meta/paging/total").asInt()).isEqualTo(39);
        assertThat(localizations.at("/meta/paging/limit").asInt()).isEqualTo(50);
        assertThat(count(infos.get("included"), "appInfoLocalizations")).isEqualTo(39);
        assertThat(infos.at("/data/0/relationships/primaryCategory").get("data").isNull())
                .as("an included empty to-one is data: null, as live ASC sends it").isTrue();

        // Without limit[rel] Apple includes 10 per relationship (recorded meta.paging.limit: 10).
        JsonNode capped = ok(client.get("/v1/apps/" + atlas + "/appInfos?" + infoIncludes));
        assertThat(capped.at("/data/0/relationships/appInfoLocalizations/data")).hasSize(10);
        assertThat(capped.at("/data/0/relationships/appInfoLocalizations/meta/paging/total").asInt()).isEqualTo(39);
        assertThat(capped.at("/data/0/relationships/appInfoLocalizations/meta/paging/limit").asInt()).isEqualTo(10);

        String notes = appId("com.example.notes");
        JsonNode versions = ok(client.get("/v1/apps/" + notes + "/appStoreVersions?filter[platform]=IOS"
                + "&filter[appVersionState]=ACCEPTED,DEVELOPER_REJECTED,IN_REVIEW,INVALID_BINARY,METADATA_REJECTED,"
                + "PENDING_APPLE_RELEASE,PENDING_DEVELOPER_RELEASE,PREPARE_FOR_SUBMISSION,PROCESSING_FOR_DISTRIBUTION,"
                + "READY_FOR_REVIEW,REJECTED,WAITING_FOR_EXPORT_COMPLIANCE,WAITING_FOR_REVIEW"
                + "&include=appStoreVersionLocalizations,appStoreReviewDetail,build&limit=200"
                + "&limit[appStoreVersionLocalizations]=50"));
        assertThat(versions.get("data")).hasSize(1);
        assertThat(versions.at("/data/0/attributes/versionString").asString()).isEqualTo("1.1");
        assertThat(versions.at("/data/0/relationships/appStoreVersionLocalizations/data")).hasSize(2);
        assertThat(versions.at("/data/0/relationships/appStoreReviewDetail/data/type").asString())
                .isEqualTo("appStoreReviewDetails");
        assertThat(versions.at("/data/0/relationships/build").get("data").isNull()).isTrue();

        String editableInfo = editableAppInfo(atlas);
        JsonNode infoLocs = ok(client.get("/v1/appInfos/" + editableInfo + "/appInfoLocalizations?limit=200"));
        assertThat(infoLocs.get("data")).hasSize(39);
        assertThat(infoLocs.at("/links").has("next")).isFalse();
        String atlasVersion = versionOf(atlas, "1.0");
        assertThat(ok(client.get("/v1/appStoreVersions/" + atlasVersion + "/appStoreVersionLocalizations?limit=200"))
                .get("data")).hasSize(39);
    }

    // ---- reads: include, fields, filters, sort, paging ----------------------------------------------

    @Test
    void collectionsPageByLinksNextAndByCursorWithFiltersSortAndIncludes() throws Exception {
        JsonNode first = ok(client.get("/v1/apps?sort=-bundleId&limit=1&include=appInfos&limit[appInfos]=1"
                + "&fields[apps]=bundleId,name,appInfos"));
        assertThat(first.at("/data/0/attributes/bundleId").asString()).isEqualTo("com.example.notes");
        assertThat(first.at("/data/0/relationships/appInfos/data")).hasSize(1);
        assertThat(first.at("/data/0/relationships/appInfos/meta/paging/total").asInt()).isEqualTo(2);
        String next = first.at("/links/next").asString();
        JsonNode second = ok(client.get(relative(next)));
        assertThat(second.at("/data/0/attributes/bundleId").asString()).isEqualTo("com.example.atlas");
        assertThat(second.at("/links/next").isNull()).as("the last page of /v1/apps, as recorded").isTrue();
        JsonNode byCursor = ok(client.get("/v1/apps?sort=-bundleId&limit=1&include=appInfos&limit[appInfos]=1"
                + "&fields[apps]=bundleId,name,appInfos&cursor=" + next.replaceAll(".*[?&]cursor=([^&]*).*", "$1")));
        assertThat(byCursor.get("data")).isEqualTo(second.get("data"));

        // Brackets and commas raw, as many clients send them; Apple echoes them percent-encoded.
        JsonNode raw = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(client.rawGet("/v1/apps?filter[bundleId]=com.example.notes,com.example.atlas&limit=1"));
        assertThat(raw.at("/links/self").asString()).endsWith("/v1/apps?filter%5BbundleId%5D=com.example.notes,com.example.atlas&limit=1");
        assertThat(raw.at("/links/next").asString()).contains("?cursor=").endsWith("&filter%5BbundleId%5D=com.example.notes,com.example.atlas&limit=1");

        assertThat(ok(client.get("/v1/apps?filter[name]=Atlas&filter[sku]=COM_EXAMPLE_ATLAS")).get("data")).hasSize(1);
        assertThat(ok(client.get("/v1/apps?filter[id]=" + appId("com.example.notes") + "&sort=name")).get("data"))
                .hasSize(1);

        JsonNode categories = ok(client.get("/v1/appCategories?filter[platforms]=IOS&exists[parent]=false"
                + "&include=subcategories&limit[subcategories]=50&fields[appCategories]=platforms,subcategories&limit=20"));
        assertThat(categories.get("data")).hasSize(20);
        assertThat(categories.at("/meta/paging/total").asInt()).isEqualTo(26);
        JsonNode rest = ok(client.get(relative(categories.at("/links/next").asString())));
        assertThat(rest.get("data")).hasSize(6);
        JsonNode children = ok(client.get("/v1/appCategories?exists[parent]=true&include=parent&limit=200"));
        assertThat(count(children.get("included"), "appCategories")).isEqualTo(2);
    }

    @Test
    void instancesAnswerIncludeFieldsAndRelationshipLimits() {
        String notes = appId("com.example.notes");
        JsonNode app = ok(client.get("/v1/apps/" + notes + "?include=appInfos,appStoreVersions"
                + "&fields[apps]=bundleId,primaryLocale,appInfos,appStoreVersions&limit[appInfos]=1&limit[appStoreVersions]=50"));
        assertThat(app.at("/data/relationships/appInfos/data")).hasSize(1);
        assertThat(app.at("/data/relationships/appStoreVersions/data")).hasSize(2);

        String info = editableAppInfo(notes);
        JsonNode appInfo = ok(client.get("/v1/appInfos/" + info + "?include=app,ageRatingDeclaration,appInfoLocalizations,"
                + "primaryCategory,primarySubcategoryOne,secondaryCategory&limit[appInfoLocalizations]=1"
                + "&fields[appCategories]=platforms&fields[ageRatingDeclarations]=gambling"));
        assertThat(appInfo.at("/data/relationships/app/data/id").asString()).isEqualTo(notes);
        assertThat(appInfo.at("/data/relationships/primarySubcategoryOne/data/id").asString()).isEqualTo("GAMES_PUZZLE");
        assertThat(appInfo.at("/data/relationships/appInfoLocalizations/meta/paging/total").asInt()).isEqualTo(2);

        String version = versionOf(notes, "1.1");
        JsonNode v = ok(client.get("/v1/appStoreVersions/" + version
                + "?include=app,appStoreVersionLocalizations,appStoreReviewDetail&limit[appStoreVersionLocalizations]=1"));
        assertThat(v.at("/data/relationships/appStoreVersionLocalizations/data")).hasSize(1);

        String infoLocalization = ok(client.get("/v1/appInfos/" + info + "/appInfoLocalizations?filter[locale]=de-DE"
                + "&include=appInfo&fields[appInfoLocalizations]=locale,name,appInfo")).at("/data/0/id").asString();
        assertThat(ok(client.get("/v1/appInfoLocalizations/" + infoLocalization + "?include=appInfo"))
                .at("/data/attributes/name").asString()).isEqualTo("Notizen Pro");
        JsonNode versionLocalizations = ok(client.get("/v1/appStoreVersions/" + version
                + "/appStoreVersionLocalizations?filter[locale]=en-US,de-DE&include=appStoreVersion&limit=1"));
        assertThat(versionLocalizations.at("/meta/paging/total").asInt()).isEqualTo(2);
        String versionLocalization = versionLocalizations.at("/data/0/id").asString();
        assertThat(ok(client.get("/v1/appStoreVersionLocalizations/" + versionLocalization
                + "?include=appStoreVersion&fields[appStoreVersionLocalizations]=locale,description,appStoreVersion"))
                .at("/data/attributes").propertyNames()).containsExactlyInAnyOrder("locale", "description");

        String review = sandbox.state().referencing("appStoreReviewDetails", "appStoreVersion", versionOf(notes, "1.0"))
                .get(0).id();
        assertThat(ok(client.get("/v1/appStoreReviewDetails/" + review + "?include=appStoreVersion"))
                .at("/data/attributes/contactEmail").asString()).isEqualTo("ada@example.com");
        assertThat(ok(client.get("/v1/appCategories/GAMES?include=subcategories,parent&limit[subcategories]=3"))
                .at("/data/relationships/subcategories/data")).hasSize(3);
    }

    // ---- related and relationship endpoints ---------------------------------------------------------

    @Test
    void toOneRelatedEndpointsAnswerTheObjectOr404AndLinkagesMatch() {
        String notes = appId("com.example.notes");
        String info = editableAppInfo(notes);
        for (String slot : ResourceCatalog.categorySlots()) {
            SandboxClient.Reply related = client.get("/v1/appInfos/" + info + "/" + slot);
            SandboxClient.Reply linkage = client.get("/v1/appInfos/" + info + "/relationships/" + slot);
            if (slot.equals("primaryCategory") || slot.equals("primarySubcategoryOne") || slot.equals("secondaryCategory")) {
                assertThat(json(related, 200).at("/data/type").asString()).isEqualTo("appCategories");
                assertThat(json(linkage, 200).at("/data/id").asString()).isEqualTo(json(related, 200).at("/data/id").asString());
            } else {
                // The spec's AppCategoryResponse requires a data object; Apple answers a missing
                // to-one with 404 NOT_FOUND (fastlane issues 16761, 19342: "There is no resource ...").
                assertError(related, 404, "NOT_FOUND");
                assertError(linkage, 404, "NOT_FOUND");
            }
        }
        assertThat(json(client.get("/v1/appInfos/" + info + "/primaryCategory?include=subcategories&limit[subcategories]=2"),
                200).get("included")).hasSize(2);
        assertThat(json(client.get("/v1/appInfos/" + info + "/ageRatingDeclaration?fields[ageRatingDeclarations]=gambling"),
                200).at("/data/attributes/gambling").asBoolean(true)).isFalse();
        assertThat(json(client.get("/v1/appInfos/" + info + "/relationships/ageRatingDeclaration"), 200)
                .at("/data/type").asString()).isEqualTo("ageRatingDeclarations");
        assertThat(json(client.get("/v1/appCategories/GAMES_PUZZLE/parent"), 200).at("/data/id").asString())
                .isEqualTo("GAMES");
        assertThat(json(client.get("/v1/appCategories/GAMES_PUZZLE/relationships/parent"), 200).at("/data/id")
                .asString()).isEqualTo("GAMES");
        assertError(client.get("/v1/appCategories/GAMES/parent"), 404, "NOT_FOUND");

        String version = versionOf(notes, "1.1");
        JsonNode review = json(client.get("/v1/appStoreVersions/" + version + "/appStoreReviewDetail?include=appStoreVersion"), 200);
        assertThat(review.at("/included/0/id").asString()).isEqualTo(version);
        assertThat(json(client.get("/v1/appStoreVersions/" + version + "/relationships/appStoreReviewDetail"), 200)
                .at("/data/id").asString()).isEqualTo(review.at("/data/id").asString());
        assertError(client.get("/v1/appStoreVersions/" + version + "/build"), 404, "NOT_FOUND");
        assertError(client.get("/v1/appStoreVersions/" + version + "/relationships/build"), 404, "NOT_FOUND");
    }

    @Test
    void toManyRelatedAndRelationshipEndpointsPage() throws URISyntaxException {
        String atlas = appId("com.example.atlas");
        String info = editableAppInfo(atlas);
        JsonNode linkage = json(client.get("/v1/appInfos/" + info + "/relationships/appInfoLocalizations?limit=25"), 200);
        assertThat(linkage.get("data")).hasSize(25);
        assertThat(linkage.at("/meta/paging/total").asInt()).isEqualTo(39);
        JsonNode rest = json(client.get(relative(linkage.at("/links/next").asString())), 200);
        assertThat(rest.get("data")).hasSize(14);
        assertThat(rest.get("links").has("next")).isFalse();

        String version = versionOf(atlas, "1.0");
        assertThat(json(client.get("/v1/appStoreVersions/" + version + "/relationships/appStoreVersionLocalizations"), 200)
                .get("data")).hasSize(39);
        assertThat(json(client.get("/v1/apps/" + atlas + "/relationships/appInfos?limit=200"), 200).get("data")).hasSize(1);
        assertThat(json(client.get("/v1/apps/" + atlas + "/relationships/appStoreVersions"), 200).get("data")).hasSize(1);
        JsonNode subcategories = json(client.get("/v1/appCategories/GAMES/subcategories?limit=10"), 200);
        assertThat(subcategories.get("data")).hasSize(10);
        assertThat(json(client.get(relative(subcategories.at("/links/next").asString())), 200).get("data")).hasSize(6);
        assertThat(json(client.get("/v1/appCategories/GAMES/relationships/subcategories?limit=200"), 200).get("data"))
                .hasSize(16);
    }

    @Test
    void anAppsBetaSideIsReadThroughItsRelatedEndpoints() {
        String atlas = appId("com.example.atlas");
        assertThat(json(client.get("/v1/apps/" + atlas + "/betaGroups?limit=200"), 200).get("data")).isEmpty();
        assertThat(json(client.get("/v1/apps/" + atlas + "/relationships/betaGroups"), 200).get("data")).isEmpty();
        assertThat(json(client.get("/v1/apps/" + atlas + "/betaAppLocalizations"), 200).get("data")).isEmpty();
        assertThat(json(client.get("/v1/apps/" + atlas + "/relationships/betaAppLocalizations"), 200).get("data")).isEmpty();
        JsonNode review = json(client.get("/v1/apps/" + atlas + "/betaAppReviewDetail"), 200);
        assertThat(review.at("/data/type").asString()).isEqualTo("betaAppReviewDetails");
        assertThat(json(client.get("/v1/apps/" + atlas + "/relationships/betaAppReviewDetail"), 200)
                .at("/data/id").asString()).isEqualTo(review.at("/data/id").asString());
        JsonNode app = json(client.get("/v1/apps/" + atlas
                + "?include=betaGroups,betaAppLocalizations,betaAppReviewDetail&limit%5BbetaGroups%5D=50"), 200);
        assertThat(app.at("/data/relationships/betaAppReviewDetail/data/id").asString())
                .isEqualTo(review.at("/data/id").asString());
    }

    // ---- writes -------------------------------------------------------------------------------------

    /** Every in-app purchase and subscription endpoint the sandbox serves: create, read, related, update, delete. */
    @Test
    void purchaseEndpointsAnswerInAppleShape() {
        String notes = appId("com.example.notes");
        String iap = json(client.post("/v2/inAppPurchases", body("inAppPurchases", null,
                "{\"name\":\"Pro\",\"productId\":\"com.example.notes.pro\",\"inAppPurchaseType\":\"NON_CONSUMABLE\"}",
                "{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\"" + notes + "\"}}}")), 201).at("/data/id").asString();
        String iapLoc = json(client.post("/v1/inAppPurchaseLocalizations", body("inAppPurchaseLocalizations", null,
                "{\"name\":\"Pro\",\"locale\":\"en-US\",\"description\":\"All of it.\"}",
                "{\"inAppPurchaseV2\":{\"data\":{\"type\":\"inAppPurchases\",\"id\":\"" + iap + "\"}}}")), 201)
                .at("/data/id").asString();
        String group = json(client.post("/v1/subscriptionGroups", body("subscriptionGroups", null,
                "{\"referenceName\":\"Plus\"}",
                "{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\"" + notes + "\"}}}")), 201).at("/data/id").asString();
        String groupLoc = json(client.post("/v1/subscriptionGroupLocalizations", body("subscriptionGroupLocalizations",
                null, "{\"name\":\"Plus\",\"locale\":\"en-US\",\"customAppName\":\"Notes\"}",
                "{\"subscriptionGroup\":{\"data\":{\"type\":\"subscriptionGroups\",\"id\":\"" + group + "\"}}}")), 201)
                .at("/data/id").asString();
        String sub = json(client.post("/v1/subscriptions", body("subscriptions", null,
                "{\"name\":\"Monthly\",\"productId\":\"com.example.notes.monthly\",\"subscriptionPeriod\":\"ONE_MONTH\",\"groupLevel\":1}",
                "{\"group\":{\"data\":{\"type\":\"subscriptionGroups\",\"id\":\"" + group + "\"}}}")), 201)
                .at("/data/id").asString();
        String subLoc = json(client.post("/v1/subscriptionLocalizations", body("subscriptionLocalizations", null,
                "{\"name\":\"Monthly\",\"locale\":\"en-US\"}",
                "{\"subscription\":{\"data\":{\"type\":\"subscriptions\",\"id\":\"" + sub + "\"}}}")), 201)
                .at("/data/id").asString();

        JsonNode iaps = json(client.get("/v1/apps/" + notes + "/inAppPurchasesV2?include=inAppPurchaseLocalizations"
                + "&limit[inAppPurchaseLocalizations]=50&filter[productId]=com.example.notes.pro"), 200);
        assertThat(iaps.at("/data/0/attributes/state").asString()).isEqualTo("MISSING_METADATA");
        assertThat(iaps.at("/included/0/attributes/locale").asString()).isEqualTo("en-US");
        json(client.get("/v1/apps/" + notes + "/relationships/inAppPurchasesV2"), 200);
        json(client.get("/v1/apps/" + notes + "/subscriptionGroups?include=subscriptionGroupLocalizations"), 200);
        json(client.get("/v1/apps/" + notes + "/relationships/subscriptionGroups"), 200);
        json(client.get("/v2/inAppPurchases/" + iap), 200);
        json(client.get("/v2/inAppPurchases/" + iap + "/inAppPurchaseLocalizations"), 200);
        json(client.get("/v2/inAppPurchases/" + iap + "/relationships/inAppPurchaseLocalizations"), 200);
        json(client.get("/v1/inAppPurchaseLocalizations/" + iapLoc), 200);
        json(client.get("/v1/subscriptionGroups/" + group), 200);
        json(client.get("/v1/subscriptionGroups/" + group + "/subscriptions?include=subscriptionLocalizations"), 200);
        json(client.get("/v1/subscriptionGroups/" + group + "/relationships/subscriptions"), 200);
        json(client.get("/v1/subscriptionGroups/" + group + "/subscriptionGroupLocalizations"), 200);
        json(client.get("/v1/subscriptionGroups/" + group + "/relationships/subscriptionGroupLocalizations"), 200);
        json(client.get("/v1/subscriptionGroupLocalizations/" + groupLoc), 200);
        json(client.get("/v1/subscriptions/" + sub), 200);
        json(client.get("/v1/subscriptions/" + sub + "/subscriptionLocalizations"), 200);
        json(client.get("/v1/subscriptions/" + sub + "/relationships/subscriptionLocalizations"), 200);
        json(client.get("/v1/subscriptions/" + sub + "/introductoryOffers?include=territory,subscriptionPricePoint"), 200);
        json(client.get("/v1/subscriptions/" + sub + "/relationships/introductoryOffers"), 200);
        json(client.get("/v1/subscriptionLocalizations/" + subLoc), 200);

        json(client.patch("/v2/inAppPurchases/" + iap, body("inAppPurchases", iap, "{\"name\":\"Pro+\"}", null)), 200);
        json(client.patch("/v1/inAppPurchaseLocalizations/" + iapLoc, body("inAppPurchaseLocalizations", iapLoc,
                "{\"description\":null}", null)), 200);
        json(client.patch("/v1/subscriptionGroups/" + group, body("subscriptionGroups", group,
                "{\"referenceName\":\"Plus!\"}", null)), 200);
        json(client.patch("/v1/subscriptionGroupLocalizations/" + groupLoc, body("subscriptionGroupLocalizations",
                groupLoc, "{\"customAppName\":null}", null)), 200);
        json(client.patch("/v1/subscriptions/" + sub, body("subscriptions", sub, "{\"groupLevel\":2}", null)), 200);
        json(client.patch("/v1/subscriptionLocalizations/" + subLoc, body("subscriptionLocalizations", subLoc,
                "{\"description\":\"Monthly.\"}", null)), 200);

        assertThat(client.delete("/v1/subscriptionLocalizations/" + subLoc).status()).isEqualTo(204);
        assertThat(client.delete("/v1/subscriptions/" + sub).status()).isEqualTo(204);
        assertThat(client.delete("/v1/subscriptionGroupLocalizations/" + groupLoc).status()).isEqualTo(204);
        assertThat(client.delete("/v1/subscriptionGroups/" + group).status()).isEqualTo(204);
        assertThat(client.delete("/v1/inAppPurchaseLocalizations/" + iapLoc).status()).isEqualTo(204);
        assertThat(client.delete("/v2/inAppPurchases/" + iap).status()).isEqualTo(204);
    }

    /**
     * Prices and offers, served by the generic router with Apple's rules as hooks: a schedule and an offer created
     * with their prices inline in {@code included}, price points computed per product, every read of them.
     */
    @Test
    void priceAndOfferEndpointsAnswerInAppleShape() {
        String notes = appId("com.example.notes");
        String iap = json(client.post("/v2/inAppPurchases", body("inAppPurchases", null,
                "{\"name\":\"Gems\",\"productId\":\"com.example.notes.gems\",\"inAppPurchaseType\":\"CONSUMABLE\"}",
                "{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\"" + notes + "\"}}}")), 201).at("/data/id").asString();
        assertThat(client.get("/v2/inAppPurchases/" + iap + "/iapPriceSchedule").status()).as("not priced yet").isEqualTo(404);
        JsonNode points = json(client.get("/v2/inAppPurchases/" + iap + "/pricePoints?filter[territory]=GBR&limit=8000"
                + "&include=territory"), 200);
        assertThat(points.at("/included/0/attributes/currency").asString()).isEqualTo("GBP");
        json(client.get("/v2/inAppPurchases/" + iap + "/relationships/pricePoints?limit=2"), 200);
        String point = points.at("/data/40/id").asString();
        String price = "{\"type\":\"inAppPurchasePrices\",\"id\":\"p-GBR\",\"attributes\":{\"startDate\":null},"
                + "\"relationships\":{\"inAppPurchaseV2\":{\"data\":{\"type\":\"inAppPurchases\",\"id\":\"" + iap + "\"}},"
                + "\"inAppPurchasePricePoint\":{\"data\":{\"type\":\"inAppPurchasePricePoints\",\"id\":\"" + point + "\"}}}}";
        String schedule = body("inAppPurchasePriceSchedules", null, null, "{\"inAppPurchase\":{\"data\":{\"type\":"
                + "\"inAppPurchases\",\"id\":\"" + iap + "\"}},\"baseTerritory\":{\"data\":{\"type\":\"territories\","
                + "\"id\":\"GBR\"}},\"manualPrices\":{\"data\":[{\"type\":\"inAppPurchasePrices\",\"id\":\"p-GBR\"}]}}");
        String withPrice = schedule.substring(0, schedule.length() - 1) + ",\"included\":[" + price + "]}";
        assertThat(json(client.post("/v1/inAppPurchasePriceSchedules", withPrice), 201).at("/data/id").asString())
                .isEqualTo(iap);
        assertError(client.post("/v1/inAppPurchasePriceSchedules", schedule), 409, "ENTITY_ERROR.RELATIONSHIP.INVALID");
        json(client.get("/v2/inAppPurchases/" + iap + "/iapPriceSchedule?include=baseTerritory,manualPrices"), 200);
        json(client.get("/v2/inAppPurchases/" + iap + "/relationships/iapPriceSchedule"), 200);
        json(client.get("/v1/inAppPurchasePriceSchedules/" + iap + "?include=automaticPrices&limit[automaticPrices]=50"), 200);
        json(client.get("/v1/inAppPurchasePriceSchedules/" + iap + "/baseTerritory"), 200);
        json(client.get("/v1/inAppPurchasePriceSchedules/" + iap + "/relationships/baseTerritory"), 200);
        JsonNode manual = json(client.get("/v1/inAppPurchasePriceSchedules/" + iap
                + "/manualPrices?include=inAppPurchasePricePoint,territory&filter[territory]=GBR"), 200);
        assertThat(manual.at("/data/0/attributes/manual").asBoolean()).isTrue();
        assertThat(manual.at("/included/0/id").asString()).isEqualTo(point);
        assertThat(json(client.get("/v1/inAppPurchasePriceSchedules/" + iap + "/automaticPrices?limit=200"), 200)
                .get("data")).hasSize(6);
        json(client.get("/v1/inAppPurchasePriceSchedules/" + iap + "/relationships/manualPrices"), 200);
        json(client.get("/v1/inAppPurchasePriceSchedules/" + iap + "/relationships/automaticPrices"), 200);

        String group = json(client.post("/v1/subscriptionGroups", body("subscriptionGroups", null,
                "{\"referenceName\":\"Gold\"}",
                "{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\"" + notes + "\"}}}")), 201).at("/data/id").asString();
        String sub = json(client.post("/v1/subscriptions", body("subscriptions", null,
                "{\"name\":\"Gold\",\"productId\":\"com.example.notes.gold\",\"subscriptionPeriod\":\"ONE_MONTH\"}",
                "{\"group\":{\"data\":{\"type\":\"subscriptionGroups\",\"id\":\"" + group + "\"}}}")), 201)
                .at("/data/id").asString();
        String usa = json(client.get("/v1/subscriptions/" + sub + "/pricePoints?filter[territory]=USA&limit=8000"), 200)
                .at("/data/9/id").asString();
        json(client.get("/v1/subscriptions/" + sub + "/relationships/pricePoints"), 200);
        String subPrice = json(client.post("/v1/subscriptionPrices", body("subscriptionPrices", null,
                "{\"preserveCurrentPrice\":true,\"startDate\":null}", "{\"subscription\":{\"data\":{\"type\":"
                        + "\"subscriptions\",\"id\":\"" + sub + "\"}},\"subscriptionPricePoint\":{\"data\":{\"type\":"
                        + "\"subscriptionPricePoints\",\"id\":\"" + usa + "\"}}}")), 201).at("/data/id").asString();
        JsonNode prices = json(client.get("/v1/subscriptions/" + sub + "/prices?include=territory,subscriptionPricePoint"
                + "&filter[territory]=USA"), 200);
        assertThat(prices.at("/data/0/attributes/preserved").asBoolean()).isTrue();
        assertThat(prices.at("/data/0/attributes").has("preserveCurrentPrice")).isFalse();
        json(client.get("/v1/subscriptions/" + sub + "/relationships/prices"), 200);
        assertThat(client.delete("/v1/subscriptionPrices/" + subPrice).status()).isEqualTo(204);

        String offerPrice = "{\"type\":\"subscriptionPromotionalOfferPrices\",\"id\":\"o-USA\",\"relationships\":{"
                + "\"territory\":{\"data\":{\"type\":\"territories\",\"id\":\"USA\"}},"
                + "\"subscriptionPricePoint\":{\"data\":{\"type\":\"subscriptionPricePoints\",\"id\":\"" + usa + "\"}}}}";
        String offer = body("subscriptionPromotionalOffers", null, "{\"name\":\"Half\",\"offerCode\":\"HALF\","
                + "\"offerMode\":\"PAY_AS_YOU_GO\",\"duration\":\"ONE_MONTH\",\"numberOfPeriods\":2}",
                "{\"subscription\":{\"data\":{\"type\":\"subscriptions\",\"id\":\"" + sub + "\"}},\"prices\":{\"data\":"
                        + "[{\"type\":\"subscriptionPromotionalOfferPrices\",\"id\":\"o-USA\"}]}}");
        String offerId = json(client.post("/v1/subscriptionPromotionalOffers",
                offer.substring(0, offer.length() - 1) + ",\"included\":[" + offerPrice + "]}"), 201).at("/data/id").asString();
        json(client.get("/v1/subscriptions/" + sub + "/promotionalOffers?include=prices"), 200);
        json(client.get("/v1/subscriptions/" + sub + "/relationships/promotionalOffers"), 200);
        json(client.get("/v1/subscriptionPromotionalOffers/" + offerId + "?include=subscription"), 200);
        json(client.get("/v1/subscriptionPromotionalOffers/" + offerId + "/prices?include=territory"), 200);
        json(client.get("/v1/subscriptionPromotionalOffers/" + offerId + "/relationships/prices"), 200);
        json(client.patch("/v1/subscriptionPromotionalOffers/" + offerId, body("subscriptionPromotionalOffers", offerId,
                null, "{\"prices\":{\"data\":[]}}")), 200);
        assertThat(json(client.get("/v1/subscriptionPromotionalOffers/" + offerId + "/prices"), 200).get("data")).isEmpty();
        assertThat(client.delete("/v1/subscriptionPromotionalOffers/" + offerId).status()).isEqualTo(204);
        assertThat(client.delete("/v2/inAppPurchases/" + iap).status()).isEqualTo(204);
    }

    /** An in-app purchase's review screenshot: reserve, read it through its product and alone, commit, delete. */
    @Test
    void reviewScreenshotEndpointsAnswerInAppleShape() {
        String notes = appId("com.example.notes");
        String iap = json(client.post("/v2/inAppPurchases", body("inAppPurchases", null,
                "{\"name\":\"Pro\",\"productId\":\"com.example.notes.shot\",\"inAppPurchaseType\":\"NON_CONSUMABLE\"}",
                "{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\"" + notes + "\"}}}")), 201).at("/data/id").asString();
        JsonNode reserved = json(client.post("/v1/inAppPurchaseAppStoreReviewScreenshots",
                body("inAppPurchaseAppStoreReviewScreenshots", null, "{\"fileName\":\"review.png\",\"fileSize\":2048}",
                        "{\"inAppPurchaseV2\":{\"data\":{\"type\":\"inAppPurchases\",\"id\":\"" + iap + "\"}}}")), 201);
        String shot = reserved.at("/data/id").asString();
        assertThat(reserved.at("/data/attributes/uploadOperations")).hasSize(1);
        assertThat(reserved.at("/data/attributes/assetDeliveryState/state").asString()).isEqualTo("AWAITING_UPLOAD");
        json(client.get("/v2/inAppPurchases/" + iap + "/appStoreReviewScreenshot"), 200);
        assertThat(json(client.get("/v2/inAppPurchases/" + iap + "/relationships/appStoreReviewScreenshot"), 200)
                .at("/data/id").asString()).isEqualTo(shot);
        json(client.get("/v1/inAppPurchaseAppStoreReviewScreenshots/" + shot
                + "?fields[inAppPurchaseAppStoreReviewScreenshots]=assetDeliveryState"), 200);
        json(client.patch("/v1/inAppPurchaseAppStoreReviewScreenshots/" + shot, body("inAppPurchaseAppStoreReviewScreenshots",
                shot, "{\"sourceFileChecksum\":\"0123456789abcdef0123456789abcdef\"}", null)), 200);
        assertThat(client.delete("/v1/inAppPurchaseAppStoreReviewScreenshots/" + shot).status()).isEqualTo(204);
    }

    @Test
    void everyWriteAnswersInAppleShape() {
        String notes = appId("com.example.notes");
        json(client.patch("/v1/apps/" + notes, body("apps", notes,
                "{\"contentRightsDeclaration\":\"DOES_NOT_USE_THIRD_PARTY_CONTENT\",\"primaryLocale\":\"en-US\"}", null)), 200);

        String info = editableAppInfo(notes);
        JsonNode patchedInfo = json(client.patch("/v1/appInfos/" + info, body("appInfos", info, null,
                "{\"secondaryCategory\":{\"data\":{\"type\":\"appCategories\",\"id\":\"BOOKS\"}}}")), 200);
        assertThat(patchedInfo.at("/data/relationships/secondaryCategory").has("data")).as("not included").isFalse();
        assertThat(sandbox.state().require("appInfos", info).relatedId("secondaryCategory")).isEqualTo("BOOKS");
        String rating = sandbox.state().require("appInfos", info).relatedId("ageRatingDeclaration");
        json(client.patch("/v1/ageRatingDeclarations/" + rating, body("ageRatingDeclarations", rating,
                "{\"gambling\":true,\"violenceCartoonOrFantasy\":\"INFREQUENT_OR_MILD\"}", null)), 200);

        JsonNode created = json(client.post("/v1/appInfoLocalizations", body("appInfoLocalizations", null,
                "{\"locale\":\"fr-FR\",\"name\":\"Notes Pro\",\"subtitle\":\"Listes\"}",
                "{\"appInfo\":{\"data\":{\"type\":\"appInfos\",\"id\":\"" + info + "\"}}}")), 201);
        String infoLocalization = created.at("/data/id").asString();
        json(client.patch("/v1/appInfoLocalizations/" + infoLocalization,
                body("appInfoLocalizations", infoLocalization, "{\"subtitle\":\"Penser en listes\"}", null)), 200);
        assertThat(client.delete("/v1/appInfoLocalizations/" + infoLocalization).status()).isEqualTo(204);

        String editable = versionOf(notes, "1.1");
        json(client.patch("/v1/appStoreVersions/" + editable, body("appStoreVersions", editable,
                "{\"versionString\":\"1.2\",\"copyright\":\"2026 Example Inc.\",\"releaseType\":\"SCHEDULED\","
                        + "\"earliestReleaseDate\":\"2026-03-01T08:00:00-08:00\"}", null)), 200);
        JsonNode versionLocalization = json(client.post("/v1/appStoreVersionLocalizations", body(
                "appStoreVersionLocalizations", null, "{\"locale\":\"fr-FR\",\"description\":\"Notes.\",\"whatsNew\":\"Nouveau.\"}",
                "{\"appStoreVersion\":{\"data\":{\"type\":\"appStoreVersions\",\"id\":\"" + editable + "\"}}}")), 201);
        String versionLocalizationId = versionLocalization.at("/data/id").asString();
        json(client.patch("/v1/appStoreVersionLocalizations/" + versionLocalizationId, body("appStoreVersionLocalizations",
                versionLocalizationId, "{\"keywords\":\"notes,listes\",\"supportUrl\":\"https://example.com/fr\"}", null)), 200);
        assertThat(client.delete("/v1/appStoreVersionLocalizations/" + versionLocalizationId).status()).isEqualTo(204);
        String review = sandbox.state().referencing("appStoreReviewDetails", "appStoreVersion", editable).get(0).id();
        json(client.patch("/v1/appStoreReviewDetails/" + review, body("appStoreReviewDetails", review,
                "{\"contactEmail\":\"ada@example.com\",\"demoAccountRequired\":false}", null)), 200);

        // A new version on another platform, its review detail, and its deletion.
        String atlas = appId("com.example.atlas");
        JsonNode mac = json(client.post("/v1/appStoreVersions", body("appStoreVersions", null,
                "{\"platform\":\"MAC_OS\",\"versionString\":\"1.0\",\"releaseType\":\"MANUAL\"}",
                "{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\"" + atlas + "\"}}}")), 201);
        String macId = mac.at("/data/id").asString();
        assertThat(mac.at("/data/attributes/createdDate").asString()).matches(".*T\\d\\d:\\d\\d:\\d\\d[-+]\\d\\d:\\d\\d");
        assertError(client.get("/v1/appStoreVersions/" + macId + "/appStoreReviewDetail"), 404, "NOT_FOUND");
        json(client.post("/v1/appStoreReviewDetails", body("appStoreReviewDetails", null,
                "{\"contactFirstName\":\"Ada\",\"contactEmail\":\"ada@example.com\",\"demoAccountPassword\":\"s3cret\"}",
                "{\"appStoreVersion\":{\"data\":{\"type\":\"appStoreVersions\",\"id\":\"" + macId + "\"}}}")), 201);
        assertThat(client.delete("/v1/appStoreVersions/" + macId).status()).isEqualTo(204);
    }

    @Test
    void mediaSetsUploadsCommitsProcessingAndReorderAnswerInAppleShape() throws Exception {
        String editable = versionOf(appId("com.example.notes"), "1.1");
        String localization = sandbox.state().referencing("appStoreVersionLocalizations", "appStoreVersion", editable)
                .get(0).id();
        for (String[] m : List.of(new String[] {"appScreenshotSets", "screenshotDisplayType", "APP_IPHONE_67",
                "appScreenshots", "appScreenshotSet", "assetDeliveryState"}, new String[] {"appPreviewSets", "previewType",
                "IPHONE_67", "appPreviews", "appPreviewSet", "videoDeliveryState"})) {
            String setType = m[0];
            String assets = m[3];
            String setId = json(client.post("/v1/" + setType, body(setType, null, "{\"" + m[1] + "\":\"" + m[2] + "\"}",
                    "{\"appStoreVersionLocalization\":{\"data\":{\"type\":\"appStoreVersionLocalizations\",\"id\":\""
                            + localization + "\"}}}")), 201).at("/data/id").asString();
            assertError(client.post("/v1/" + setType, body(setType, null, "{\"" + m[1] + "\":\"" + m[2] + "\"}",
                    "{\"appStoreVersionLocalization\":{\"data\":{\"type\":\"appStoreVersionLocalizations\",\"id\":\""
                            + localization + "\"}}}")), 409, "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE");
            byte[] file = setType.equals("appScreenshotSets") ? dev.ascctl.store.TestImages.png(1290, 2796, 1)
                    : dev.ascctl.store.TestImages.video(5_000_000, 1);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                JsonNode reserved = json(client.post("/v1/" + assets, body(assets, null, "{\"fileName\":\"0" + i
                        + ".bin\",\"fileSize\":" + file.length + "}", "{\"" + m[4] + "\":{\"data\":{\"type\":\""
                        + setType + "\",\"id\":\"" + setId + "\"}}}")), 201);
                String id = reserved.at("/data/id").asString();
                ids.add(id);
                // The upload's own state, on previews too (never null, issue 11): a fresh reservation awaits its parts.
                assertThat(reserved.at("/data/attributes/assetDeliveryState/state").asString()).isEqualTo("AWAITING_UPLOAD");
                JsonNode ops = reserved.at("/data/attributes/uploadOperations");
                assertThat(ops.size()).isEqualTo(dev.ascctl.sandbox.MediaUploads.partCount(file.length));
                String md5 = dev.ascctl.sandbox.MediaUploads.md5(file);
                assertError(client.patch("/v1/" + assets + "/" + id, body(assets, id,
                        "{\"uploaded\":true,\"sourceFileChecksum\":\"" + md5 + "\"}", null)), 409, "STATE_ERROR");
                for (JsonNode op : ops) {
                    int offset = op.path("offset").asInt();
                    var put = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                                    java.net.URI.create(op.path("url").asString()))
                            .header("Content-Type", "application/octet-stream")
                            .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(file, offset, op.path("length").asInt()))
                            .build(), java.net.http.HttpResponse.BodyHandlers.discarding());
                    assertThat(put.statusCode()).isEqualTo(200);
                }
                assertError(client.patch("/v1/" + assets + "/" + id, body(assets, id,
                        "{\"uploaded\":true,\"sourceFileChecksum\":\"0123456789abcdef0123456789abcdef\"}", null)), 409,
                        "ENTITY_ERROR.ATTRIBUTE.INVALID");
                JsonNode committed = json(client.patch("/v1/" + assets + "/" + id, body(assets, id,
                        "{\"uploaded\":true,\"sourceFileChecksum\":\"" + md5 + "\"}", null)), 200);
                assertThat(committed.at("/data/attributes/" + m[5] + "/state").asString()).isEqualTo("UPLOAD_COMPLETE");
                assertThat(committed.at("/data/attributes/assetDeliveryState/state").asString()).isEqualTo("UPLOAD_COMPLETE");
                JsonNode processed = json(client.get("/v1/" + assets + "/" + id + "?fields%5B" + assets + "%5D=" + m[5]
                        + ",assetDeliveryState"), 200);
                assertThat(processed.at("/data/attributes/" + m[5] + "/state").asString()).isEqualTo("COMPLETE");
                assertThat(processed.at("/data/attributes/assetDeliveryState/state").asString()).isEqualTo("COMPLETE");
            }
            json(client.get("/v1/" + setType + "/" + setId + "?include=" + assets), 200);
            json(client.get("/v1/" + setType + "/" + setId + "/" + assets), 200);
            json(client.get("/v1/" + setType + "/" + setId + "/relationships/" + assets), 200);
            String reorder = "{\"data\":[{\"type\":\"" + assets + "\",\"id\":\"" + ids.get(1) + "\"},{\"type\":\""
                    + assets + "\",\"id\":\"" + ids.get(0) + "\"}]}";
            assertThat(client.patch("/v1/" + setType + "/" + setId + "/relationships/" + assets, reorder).status())
                    .isEqualTo(204);
            JsonNode listed = json(client.get("/v1/appStoreVersionLocalizations/" + localization + "/" + setType
                    + "?include=" + assets + "&limit%5B" + assets + "%5D=50"), 200);
            JsonNode set = listed.path("data").valueStream().filter(d -> d.path("id").asString().equals(setId))
                    .findFirst().orElseThrow();
            assertThat(set.at("/relationships/" + assets + "/data/0/id").asString()).isEqualTo(ids.get(1));
            json(client.get("/v1/appStoreVersionLocalizations/" + localization + "/relationships/" + setType), 200);
            assertThat(client.delete("/v1/" + assets + "/" + ids.get(0)).status()).isEqualTo(204);
            assertThat(client.delete("/v1/" + setType + "/" + setId).status()).isEqualTo(204);
            assertThat(sandbox.state().get(assets, ids.get(1))).as("deleted with its set").isEmpty();
        }
    }

    // ---- errors -------------------------------------------------------------------------------------

    @Test
    void authorizationFailuresAre401() {
        assertError(new SandboxClient(sandbox, null).get("/v1/apps"), 401, "NOT_AUTHORIZED");
        String expired = TestTokens.token("ES256", "SANDBOX001", TestTokens.ISSUER, "appstoreconnect-v1",
                java.time.Instant.now().minusSeconds(60).getEpochSecond(), true);
        String notes = appId("com.example.notes");
        assertError(new SandboxClient(sandbox, expired).patch("/v1/apps/" + notes, body("apps", notes,
                "{\"primaryLocale\":\"en-US\"}", null)), 401, "NOT_AUTHORIZED");
    }

    @Test
    void operationsAppleDoesNotOfferAre403() {
        assertError(client.post("/v1/apps", body("apps", null, "{\"bundleId\":\"com.example.new\"}", null)),
                403, "FORBIDDEN_ERROR");
        assertError(client.delete("/v1/apps/" + appId("com.example.notes")), 403, "FORBIDDEN_ERROR");
    }

    @Test
    void unknownIdsAre404OnEveryMethod() {
        assertError(client.get("/v1/apps/9999999999"), 404, "NOT_FOUND");
        assertError(client.get("/v1/apps/9999999999/appInfos"), 404, "NOT_FOUND");
        assertError(client.get("/v1/appInfos/nope/relationships/appInfoLocalizations"), 404, "NOT_FOUND");
        assertError(client.patch("/v1/appStoreVersions/nope", body("appStoreVersions", "nope", "{\"copyright\":\"x\"}", null)),
                404, "NOT_FOUND");
        assertError(client.delete("/v1/appStoreVersionLocalizations/nope"), 404, "NOT_FOUND");
    }

    @Test
    void appleRulesAre409AndRefusedDeletesAre403() {
        String notes = appId("com.example.notes");
        String info = editableAppInfo(notes);
        assertError(client.post("/v1/appInfoLocalizations", body("appInfoLocalizations", null,
                "{\"locale\":\"de-DE\",\"name\":\"Noch einmal\"}",
                "{\"appInfo\":{\"data\":{\"type\":\"appInfos\",\"id\":\"" + info + "\"}}}")), 409,
                "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE");
        assertError(client.post("/v1/appStoreVersions", body("appStoreVersions", null,
                "{\"platform\":\"IOS\",\"versionString\":\"2.0\"}",
                "{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\"" + notes + "\"}}}")), 409, "STATE_ERROR");
        assertError(client.patch("/v1/apps/" + notes, body("apps", notes, "{\"name\":\"Renamed\"}", null)), 409,
                "ENTITY_ERROR.ATTRIBUTE.INVALID");
        String live = versionOf(notes, "1.0");
        assertError(client.patch("/v1/appStoreVersions/" + live, body("appStoreVersions", live, "{\"copyright\":\"x\"}", null)),
                409, "STATE_ERROR");
        String atlasVersion = versionOf(appId("com.example.atlas"), "1.0");
        String atlasEnglish = sandbox.state().referencing("appStoreVersionLocalizations", "appStoreVersion", atlasVersion)
                .get(0).id();
        assertError(client.patch("/v1/appStoreVersionLocalizations/" + atlasEnglish, body("appStoreVersionLocalizations",
                atlasEnglish, "{\"whatsNew\":\"Nothing yet.\"}", null)), 409, "STATE_ERROR");
        // DELETE declares no 409 in Apple's spec, so refused deletes answer 403 (see Errors.deleteRefused).
        assertError(client.delete("/v1/appStoreVersions/" + live), 403, "FORBIDDEN_ERROR");
        assertError(client.delete("/v1/appStoreVersionLocalizations/" + atlasEnglish), 403, "FORBIDDEN_ERROR");
    }

    /**
     * A parameter name the operation does not declare is 400 PARAMETER_ERROR.ILLEGAL; a declared one with a value
     * Apple does not take is 400 PARAMETER_ERROR.INVALID; both name the parameter.
     */
    @Test
    void badParametersAre400NamingTheParameter() {
        assertParameterError(client.get("/v1/apps?cursor=bm9wZQ"), "cursor");
        String notes = appId("com.example.notes");
        invalidOnPurpose("GET", "/v1/apps", "limit=201");
        assertParameterError(client.get("/v1/apps?limit=201"), "limit");
        invalidOnPurpose("GET", "/v1/apps", "filter%5Bcolour%5D=red");
        assertIllegalParameter(client.get("/v1/apps?filter[colour]=red"), "filter[colour]");
        invalidOnPurpose("GET", "/v1/apps/" + notes + "/appInfos", "include=nope");
        assertParameterError(client.get("/v1/apps/" + notes + "/appInfos?include=nope"), "include");
        invalidOnPurpose("GET", "/v1/appCategories/GAMES/subcategories", "include=parent");
        // A related endpoint answering a *WithoutIncludesResponse takes no include at all.
        assertIllegalParameter(client.get("/v1/appCategories/GAMES/subcategories?include=parent"), "include");
        invalidOnPurpose("GET", "/v1/apps/" + notes + "/appInfos", "limit%5BappInfoLocalizations%5D=51");
        assertParameterError(client.get("/v1/apps/" + notes + "/appInfos?limit[appInfoLocalizations]=51"),
                "limit[appInfoLocalizations]");
        invalidOnPurpose("GET", "/v1/builds", "exists%5Bapp%5D=true");
        assertIllegalParameter(client.get("/v1/builds?exists[app]=true"), "exists[app]");
    }

    @Test
    void spentBudgetIs429AndInjectedFaultsAreLeftOutOfTheCheck() throws Exception {
        sandbox.faults().inject("GET", "/v1/apps", 1, Fault.status(503, "SERVICE_UNAVAILABLE", 1));
        assertThat(client.get("/v1/apps").status()).isEqualTo(503);
        assertThat(sandbox.requestLog().list()).hasSize(1);
        assertThat(sandbox.requestLog().withoutInjectedFaults()).isEmpty();
        try (Sandbox small = Sandbox.start(SandboxOptions.defaults().withHourlyRequestLimit(1))) {
            SandboxClient smallClient = new SandboxClient(small);
            assertThat(smallClient.get("/v1/apps").status()).isEqualTo(200);
            assertError(smallClient.get("/v1/apps"), 429, "RATE_LIMIT_EXCEEDED");
            OpenApiConformance.assertConforms(small.requestLog().list());
        }
    }

    /**
     * In-app purchase availability: a product without one says so with null linkage in the product list (and 404 on
     * the to-one path); the POST creates it, a second POST replaces it (still one per product); its territories
     * page with the spec's limit; an unknown territory is refused.
     */
    @Test
    void inAppPurchaseAvailabilityEndpointsAnswerInAppleShape() {
        String notes = appId("com.example.notes");
        String iap = json(client.post("/v2/inAppPurchases", body("inAppPurchases", null,
                "{\"name\":\"Pro\",\"productId\":\"com.example.notes.pro\",\"inAppPurchaseType\":\"NON_CONSUMABLE\"}",
                "{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\"" + notes + "\"}}}")), 201).at("/data/id").asString();
        String list = "/v1/apps/" + notes + "/inAppPurchasesV2?include=inAppPurchaseLocalizations,inAppPurchaseAvailability"
                + "&filter[productId]=com.example.notes.pro";
        // An included empty to-one is data: null, as live ASC sends it (see DocumentWriter).
        assertThat(ok(client.get(list)).at("/data/0/relationships/inAppPurchaseAvailability").get("data").isNull())
                .isTrue();
        assertError(client.get("/v2/inAppPurchases/" + iap + "/inAppPurchaseAvailability"), 404, "NOT_FOUND");
        assertError(client.get("/v2/inAppPurchases/" + iap + "/relationships/inAppPurchaseAvailability"), 404, "NOT_FOUND");

        String first = json(client.post("/v1/inAppPurchaseAvailabilities", availability(iap, true, "USA", "GBR")), 201)
                .at("/data/id").asString();
        String second = json(client.post("/v1/inAppPurchaseAvailabilities", availability(iap, false, "DEU", "JPN", "XKS")),
                201).at("/data/id").asString();
        assertThat(sandbox.state().get("inAppPurchaseAvailabilities", first)).as("replaced").isEmpty();
        JsonNode withIt = ok(client.get(list));
        assertThat(withIt.at("/data/0/relationships/inAppPurchaseAvailability/data/id").asString()).isEqualTo(second);
        assertThat(withIt.get("included").findValues("availableInNewTerritories")).hasSize(1);
        assertThat(ok(client.get("/v2/inAppPurchases/" + iap + "/inAppPurchaseAvailability")).at("/data/id").asString())
                .isEqualTo(second);
        assertThat(ok(client.get("/v2/inAppPurchases/" + iap + "/relationships/inAppPurchaseAvailability"))
                .at("/data/id").asString()).isEqualTo(second);
        assertThat(ok(client.get("/v1/inAppPurchaseAvailabilities/" + second))
                .at("/data/attributes/availableInNewTerritories").asBoolean()).isFalse();
        JsonNode page = ok(client.get("/v1/inAppPurchaseAvailabilities/" + second + "/availableTerritories?limit=2"));
        assertThat(page.get("data").findValuesAsString("id")).containsExactly("DEU", "JPN");
        JsonNode rest = ok(client.get(page.at("/links/next").asString().replace(sandbox.baseUri().toString(), "")));
        assertThat(rest.get("data").findValuesAsString("id")).containsExactly("XKS");

        String bad = availability(iap, true, "USA", "ZZZ");
        assertError(client.post("/v1/inAppPurchaseAvailabilities", bad), 409, "ENTITY_ERROR.RELATIONSHIP.INVALID");
    }

    /**
     * A subscription's availability by Apple's non-deprecated subscriptionPlanAvailabilities: none at first (an empty
     * list), created, read every way, changed by its PATCH (flag and territories), a second one for the same plan type
     * refused (409), an unknown territory refused.
     */
    @Test
    void subscriptionPlanAvailabilityEndpointsAnswerInAppleShape() {
        String notes = appId("com.example.notes");
        String group = json(client.post("/v1/subscriptionGroups", body("subscriptionGroups", null,
                "{\"referenceName\":\"Plus\"}",
                "{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\"" + notes + "\"}}}")), 201).at("/data/id").asString();
        String sub = json(client.post("/v1/subscriptions", body("subscriptions", null,
                "{\"name\":\"Monthly\",\"productId\":\"com.example.notes.monthly\",\"subscriptionPeriod\":\"ONE_MONTH\"}",
                "{\"group\":{\"data\":{\"type\":\"subscriptionGroups\",\"id\":\"" + group + "\"}}}")), 201)
                .at("/data/id").asString();
        String list = "/v1/subscriptions/" + sub + "/planAvailabilities?include=availableTerritories"
                + "&limit[availableTerritories]=50";
        assertThat(ok(client.get(list)).get("data")).isEmpty();
        String created = planAvailability(sub, "USA", "GBR");
        String id = json(client.post("/v1/subscriptionPlanAvailabilities", created), 201).at("/data/id").asString();
        assertError(client.post("/v1/subscriptionPlanAvailabilities", created), 409, "STATE_ERROR");
        JsonNode read = ok(client.get(list));
        assertThat(read.at("/data/0/attributes/planType").asString()).isEqualTo("UPFRONT");
        assertThat(read.at("/data/0/relationships/availableTerritories/data").findValuesAsString("id"))
                .containsExactlyInAnyOrder("USA", "GBR");
        ok(client.get("/v1/subscriptions/" + sub + "/relationships/planAvailabilities"));
        ok(client.get("/v1/subscriptionPlanAvailabilities/" + id + "?include=availableTerritories"));
        ok(client.get("/v1/subscriptionPlanAvailabilities/" + id + "/availableTerritories?limit=200"));
        ok(client.get("/v1/subscriptionPlanAvailabilities/" + id + "/relationships/availableTerritories?limit=200"));
        ok(client.patch("/v1/subscriptionPlanAvailabilities/" + id, "{\"data\":{\"type\":\"subscriptionPlanAvailabilities\","
                + "\"id\":\"" + id + "\",\"attributes\":{\"availableInNewTerritories\":true},\"relationships\":"
                + "{\"availableTerritories\":{\"data\":[{\"type\":\"territories\",\"id\":\"JPN\"}]}}}}"));
        JsonNode after = ok(client.get("/v1/subscriptionPlanAvailabilities/" + id + "/availableTerritories?limit=200"));
        assertThat(after.get("data").findValuesAsString("id")).containsExactly("JPN");
        client.patch("/v1/subscriptionPlanAvailabilities/" + id + "/relationships/availableTerritories",
                "{\"data\":[{\"type\":\"territories\",\"id\":\"JPN\"}]}");
        assertError(client.post("/v1/subscriptionPlanAvailabilities", planAvailability(sub, "ZZZ")
                .replace("UPFRONT", "MONTHLY")), 409, "ENTITY_ERROR.RELATIONSHIP.INVALID");
    }

    private static String planAvailability(String subscription, String... territories) {
        StringBuilder list = new StringBuilder();
        for (String t : territories) {
            list.append(list.isEmpty() ? "" : ",").append("{\"type\":\"territories\",\"id\":\"").append(t).append("\"}");
        }
        return "{\"data\":{\"type\":\"subscriptionPlanAvailabilities\",\"attributes\":{\"availableInNewTerritories\":"
                + "false,\"planType\":\"UPFRONT\"},\"relationships\":{\"subscription\":{\"data\":{\"type\":"
                + "\"subscriptions\",\"id\":\"" + subscription + "\"}},\"availableTerritories\":{\"data\":[" + list + "]}}}}";
    }

    /**
     * An app's custom EULA: none is an absent to-one through the include and 404 on the to-one paths; created, read
     * every way, patched and deleted; a second one for the same app is refused (EndUserLicenseAgreementRules).
     */
    @Test
    void endUserLicenseAgreementEndpointsAnswerInAppleShape() {
        String notes = appId("com.example.notes");
        String withInclude = "/v1/apps/" + notes + "?include=endUserLicenseAgreement&fields[apps]=endUserLicenseAgreement";
        assertThat(ok(client.get(withInclude)).at("/data/relationships/endUserLicenseAgreement").get("data").isNull())
                .isTrue();
        assertError(client.get("/v1/apps/" + notes + "/endUserLicenseAgreement"), 404, "NOT_FOUND");
        assertError(client.get("/v1/apps/" + notes + "/relationships/endUserLicenseAgreement"), 404, "NOT_FOUND");

        String create = body("endUserLicenseAgreements", null, "{\"agreementText\":\"One\"}",
                "{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\"" + notes + "\"}},"
                        + "\"territories\":{\"data\":[{\"type\":\"territories\",\"id\":\"USA\"}]}}");
        String eula = json(client.post("/v1/endUserLicenseAgreements", create), 201).at("/data/id").asString();
        assertError(client.post("/v1/endUserLicenseAgreements", create), 409, "ENTITY_ERROR.RELATIONSHIP.INVALID");
        JsonNode read = ok(client.get(withInclude));
        assertThat(read.at("/data/relationships/endUserLicenseAgreement/data/id").asString()).isEqualTo(eula);
        assertThat(read.at("/included/0/attributes/agreementText").asString()).isEqualTo("One");
        assertThat(ok(client.get("/v1/apps/" + notes + "/endUserLicenseAgreement")).at("/data/id").asString())
                .isEqualTo(eula);
        assertThat(ok(client.get("/v1/apps/" + notes + "/relationships/endUserLicenseAgreement")).at("/data/id")
                .asString()).isEqualTo(eula);
        ok(client.patch("/v1/endUserLicenseAgreements/" + eula, body("endUserLicenseAgreements", eula,
                "{\"agreementText\":\"Two\"}", "{\"territories\":{\"data\":[{\"type\":\"territories\",\"id\":\"GBR\"},"
                        + "{\"type\":\"territories\",\"id\":\"DEU\"}]}}")));
        assertThat(ok(client.get("/v1/endUserLicenseAgreements/" + eula + "?include=territories"))
                .at("/data/attributes/agreementText").asString()).isEqualTo("Two");
        assertThat(ok(client.get("/v1/endUserLicenseAgreements/" + eula + "/territories?fields[territories]=currency&limit=200"))
                .get("data").findValuesAsString("id")).containsExactlyInAnyOrder("GBR", "DEU");
        assertThat(ok(client.get("/v1/endUserLicenseAgreements/" + eula + "/relationships/territories")).get("data"))
                .hasSize(2);
        assertThat(client.delete("/v1/endUserLicenseAgreements/" + eula).status()).isEqualTo(204);
        assertThat(ok(client.get(withInclude)).at("/data/relationships/endUserLicenseAgreement").get("data").isNull())
                .isTrue();
    }

    /**
     * An app's accessibility declarations, served from the vocabulary with no line of ServedTypes: listed under the
     * app, a draft per device family that changes until published; publishing a new draft replaces the published one,
     * which no longer changes (AccessibilityDeclarationRules).
     */
    @Test
    void accessibilityDeclarationEndpointsAnswerInAppleShapeAndKeepOneDraftPerFamily() {
        String notes = appId("com.example.notes");
        String list = "/v1/apps/" + notes + "/accessibilityDeclarations";
        assertThat(ok(client.get(list)).get("data")).isEmpty();
        String create = body("accessibilityDeclarations", null,
                "{\"deviceFamily\":\"IPHONE\",\"supportsVoiceover\":true}",
                "{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\"" + notes + "\"}}}");
        JsonNode first = json(client.post("/v1/accessibilityDeclarations", create), 201);
        String one = first.at("/data/id").asString();
        assertThat(first.at("/data/attributes/state").asString()).isEqualTo("DRAFT");
        assertError(client.post("/v1/accessibilityDeclarations", create), 409, "STATE_ERROR");
        ok(client.patch("/v1/accessibilityDeclarations/" + one, body("accessibilityDeclarations", one,
                "{\"supportsCaptions\":false,\"publish\":true}", null)));
        JsonNode published = ok(client.get("/v1/accessibilityDeclarations/" + one));
        assertThat(published.at("/data/attributes/state").asString()).isEqualTo("PUBLISHED");
        assertThat(published.at("/data/attributes/supportsCaptions").asBoolean(true)).isFalse();
        assertError(client.patch("/v1/accessibilityDeclarations/" + one, body("accessibilityDeclarations", one,
                "{\"supportsCaptions\":true}", null)), 409, "STATE_ERROR");

        String two = json(client.post("/v1/accessibilityDeclarations", create), 201).at("/data/id").asString();
        ok(client.patch("/v1/accessibilityDeclarations/" + two, body("accessibilityDeclarations", two,
                "{\"publish\":true}", null)));
        JsonNode all = ok(client.get(list + "?fields[accessibilityDeclarations]=deviceFamily,state&limit=200"));
        assertThat(all.get("data").findValuesAsString("state")).containsExactlyInAnyOrder("REPLACED", "PUBLISHED");
        assertThat(ok(client.get("/v1/apps/" + notes + "/relationships/accessibilityDeclarations")).get("data"))
                .hasSize(2);
        assertThat(client.delete("/v1/accessibilityDeclarations/" + one).status()).isEqualTo(204);
        assertThat(ok(client.get(list)).get("data")).hasSize(1);
    }

    /**
     * Featuring nominations: a draft created, read by the app it relates to (filter[state] is required), edited,
     * submitted, edited again, archived; an archived one refuses changes, a submitted one refuses deletion and a
     * return to draft; an end before the start and an unknown related app are refused.
     */
    @Test
    void nominationEndpointsAnswerInAppleShape() {
        String notes = appId("com.example.notes");
        String apps = "{\"relatedApps\":{\"data\":[{\"type\":\"apps\",\"id\":\"" + notes + "\"}]}}";
        String draft = body("nominations", null, "{\"name\":\"Spring launch\",\"type\":\"APP_LAUNCH\","
                + "\"description\":\"Our 2.0\",\"submitted\":false,\"publishStartDate\":\"2027-03-01T00:00:00Z\","
                + "\"deviceFamilies\":[\"IPHONE\"],\"locales\":[\"en-US\"],\"hasInAppEvents\":false}", apps);
        JsonNode created = json(client.post("/v1/nominations", draft), 201);
        String id = created.at("/data/id").asString();
        assertThat(created.at("/data/attributes/state").asString()).isEqualTo("DRAFT");
        invalidOnPurpose("GET", "/v1/nominations", "filter%5BrelatedApps%5D=" + notes);
        assertError(client.get("/v1/nominations?filter%5BrelatedApps%5D=" + notes), 400, "PARAMETER_ERROR.INVALID");
        String list = "/v1/nominations?filter[relatedApps]=" + notes + "&filter[state]=DRAFT,SUBMITTED,ARCHIVED"
                + "&include=relatedApps,supportedTerritories&fields[apps]=bundleId&limit=200&limit[relatedApps]=50";
        JsonNode read = ok(client.get(list));
        assertThat(read.at("/data/0/relationships/relatedApps/data/0/id").asString()).isEqualTo(notes);
        assertThat(read.at("/included/0/attributes/bundleId").asString()).isEqualTo("com.example.notes");
        ok(client.get("/v1/nominations/" + id + "?include=relatedApps"));
        ok(client.patch("/v1/nominations/" + id, body("nominations", id, "{\"notes\":\"Embargo until 9am\"}", null)));
        ok(client.patch("/v1/nominations/" + id, body("nominations", id, "{\"submitted\":true}", null)));
        assertThat(ok(client.get("/v1/nominations/" + id)).at("/data/attributes/state").asString()).isEqualTo("SUBMITTED");
        ok(client.patch("/v1/nominations/" + id, body("nominations", id, "{\"description\":\"Our 2.0, with widgets\"}",
                null)));
        assertError(client.patch("/v1/nominations/" + id, body("nominations", id, "{\"submitted\":false}", null)), 409,
                "STATE_ERROR");
        assertError(client.delete("/v1/nominations/" + id), 403, "FORBIDDEN_ERROR");
        ok(client.patch("/v1/nominations/" + id, body("nominations", id, "{\"archived\":true}", null)));
        assertError(client.patch("/v1/nominations/" + id, body("nominations", id, "{\"notes\":\"x\"}", null)), 409,
                "STATE_ERROR");
        assertThat(ok(client.get("/v1/nominations?filter[state]=ARCHIVED")).get("data")).hasSize(1);
        assertError(client.post("/v1/nominations", draft.replace("2027-03-01T00:00:00Z\"", "2027-03-01T00:00:00Z\","
                + "\"publishEndDate\":\"2027-02-01T00:00:00Z\"")), 409, "ENTITY_ERROR.ATTRIBUTE.INVALID");
        assertError(client.post("/v1/nominations", draft.replace(notes, "0000")), 409,
                "ENTITY_ERROR.RELATIONSHIP.INVALID");
        String other = json(client.post("/v1/nominations", draft), 201).at("/data/id").asString();
        assertThat(client.delete("/v1/nominations/" + other).status()).isEqualTo(204);
    }

    /**
     * Custom product pages (ProductPageRules): a page, its version and localizations, a screenshot and a preview set
     * of a page localization, listed under each parent and by relationship, changed and deleted.
     */
    @Test
    void customProductPageEndpointsAnswerInAppleShape() {
        String notes = appId("com.example.notes");
        String page = json(client.post("/v1/appCustomProductPages", body("appCustomProductPages", null,
                "{\"name\":\"Spring\"}", "{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\"" + notes + "\"}}}")), 201)
                .at("/data/id").asString();
        ok(client.patch("/v1/appCustomProductPages/" + page, body("appCustomProductPages", page,
                "{\"visible\":true}", null)));
        String version = json(client.post("/v1/appCustomProductPageVersions", body("appCustomProductPageVersions", null,
                "{\"deepLink\":\"https://example.com/spring\"}", "{\"appCustomProductPage\":{\"data\":{\"type\":"
                        + "\"appCustomProductPages\",\"id\":\"" + page + "\"}}}")), 201).at("/data/id").asString();
        ok(client.patch("/v1/appCustomProductPageVersions/" + version, body("appCustomProductPageVersions", version,
                "{\"deepLink\":\"https://example.com/spring2\"}", null)));
        String loc = json(client.post("/v1/appCustomProductPageLocalizations", body("appCustomProductPageLocalizations",
                null, "{\"locale\":\"en-US\",\"promotionalText\":\"Spring\"}", "{\"appCustomProductPageVersion\":"
                        + "{\"data\":{\"type\":\"appCustomProductPageVersions\",\"id\":\"" + version + "\"}}}")), 201)
                .at("/data/id").asString();
        ok(client.patch("/v1/appCustomProductPageLocalizations/" + loc, body("appCustomProductPageLocalizations", loc,
                "{\"promotionalText\":\"Spring sale\"}", null)));
        String parent = "{\"appCustomProductPageLocalization\":{\"data\":{\"type\":\"appCustomProductPageLocalizations\","
                + "\"id\":\"" + loc + "\"}}}";
        json(client.post("/v1/appScreenshotSets", body("appScreenshotSets", null,
                "{\"screenshotDisplayType\":\"APP_IPHONE_67\"}", parent)), 201);
        json(client.post("/v1/appPreviewSets", body("appPreviewSets", null, "{\"previewType\":\"IPHONE_67\"}", parent)),
                201);
        assertThat(ok(client.get("/v1/apps/" + notes + "/appCustomProductPages?include=appCustomProductPageVersions"))
                .at("/included/0/attributes/deepLink").asString()).isEqualTo("https://example.com/spring2");
        assertThat(ok(client.get("/v1/apps/" + notes + "/relationships/appCustomProductPages")).get("data")).hasSize(1);
        ok(client.get("/v1/appCustomProductPages/" + page + "?include=appCustomProductPageVersions"));
        ok(client.get("/v1/appCustomProductPages/" + page + "/appCustomProductPageVersions?include=appCustomProductPageLocalizations"));
        ok(client.get("/v1/appCustomProductPages/" + page + "/relationships/appCustomProductPageVersions"));
        ok(client.get("/v1/appCustomProductPageVersions/" + version + "?include=appCustomProductPageLocalizations"));
        assertThat(ok(client.get("/v1/appCustomProductPageVersions/" + version + "/appCustomProductPageLocalizations"
                + "?include=appScreenshotSets,appPreviewSets")).at("/data/0/attributes/promotionalText").asString())
                .isEqualTo("Spring sale");
        ok(client.get("/v1/appCustomProductPageVersions/" + version + "/relationships/appCustomProductPageLocalizations"));
        ok(client.get("/v1/appCustomProductPageLocalizations/" + loc + "?include=appScreenshotSets"));
        assertThat(ok(client.get("/v1/appCustomProductPageLocalizations/" + loc + "/appScreenshotSets?include=appScreenshots"))
                .get("data")).hasSize(1);
        ok(client.get("/v1/appCustomProductPageLocalizations/" + loc + "/relationships/appScreenshotSets"));
        assertThat(ok(client.get("/v1/appCustomProductPageLocalizations/" + loc + "/appPreviewSets?include=appPreviews"))
                .get("data")).hasSize(1);
        ok(client.get("/v1/appCustomProductPageLocalizations/" + loc + "/relationships/appPreviewSets"));
        assertThat(client.delete("/v1/appCustomProductPageLocalizations/" + loc).status()).isEqualTo(204);
        assertThat(client.delete("/v1/appCustomProductPages/" + page).status()).isEqualTo(204);
        assertThat(ok(client.get("/v1/apps/" + notes + "/appCustomProductPages")).get("data")).isEmpty();
    }

    /**
     * The app's own price: points per territory (limit 200, so a territory's grid is two pages) and their
     * equalizations; a schedule with a scheduled sale; a POST that replaces it; overlapping prices refused.
     */
    @Test
    void appPriceEndpointsAnswerInAppleShape() {
        String atlas = appId("com.example.atlas");
        JsonNode usa = ok(client.get("/v1/apps/" + atlas + "/appPricePoints?filter[territory]=USA&include=territory"
                + "&limit=200"));
        assertThat(usa.at("/data/0/attributes/customerPrice").asString()).isEqualTo("0.0");
        assertThat(usa.at("/links/next").asString()).as("more than 200 points").isNotEmpty();
        ok(client.get("/v1/apps/" + atlas + "/relationships/appPricePoints?limit=5"));
        String point = usa.at("/data/47/id").asString();
        assertThat(usa.at("/data/47/attributes/customerPrice").asString()).isEqualTo("4.89");
        JsonNode one = ok(client.get("/v3/appPricePoints/" + point + "?include=territory,app"));
        assertThat(one.at("/data/relationships/territory/data/id").asString()).isEqualTo("USA");
        JsonNode equal = ok(client.get("/v3/appPricePoints/" + point + "/equalizations?filter[territory]=JPN,GBR"
                + "&include=territory"));
        assertThat(equal.get("data")).hasSize(2);
        ok(client.get("/v3/appPricePoints/" + point + "/relationships/equalizations"));
        String sale = ok(client.get("/v1/apps/" + atlas + "/appPricePoints?filter[territory]=USA&limit=200"))
                .at("/data/20/id").asString();

        String schedule = appSchedule(atlas, "USA", price("now", point, null, "2027-01-15"),
                price("sale", sale, "2027-01-15", "2027-02-01"), price("after", point, "2027-02-01", null));
        assertThat(json(client.post("/v1/appPriceSchedules", schedule), 201).at("/data/id").asString()).isEqualTo(atlas);
        ok(client.get("/v1/apps/" + atlas + "/appPriceSchedule?include=baseTerritory,manualPrices"
                + "&limit[manualPrices]=50"));
        ok(client.get("/v1/apps/" + atlas + "/relationships/appPriceSchedule"));
        ok(client.get("/v1/appPriceSchedules/" + atlas + "?include=automaticPrices&limit[automaticPrices]=50"));
        ok(client.get("/v1/appPriceSchedules/" + atlas + "/baseTerritory"));
        ok(client.get("/v1/appPriceSchedules/" + atlas + "/relationships/baseTerritory"));
        JsonNode manual = ok(client.get("/v1/appPriceSchedules/" + atlas
                + "/manualPrices?include=appPricePoint,territory&limit=200"));
        assertThat(manual.get("data")).hasSize(3);
        assertThat(manual.get("data").findValuesAsString("startDate")).containsExactly("", "2027-01-15", "2027-02-01");
        assertThat(ok(client.get("/v1/appPriceSchedules/" + atlas + "/automaticPrices?filter[territory]=GBR&limit=200"))
                .get("data")).as("each base price equalized").hasSize(3);
        ok(client.get("/v1/appPriceSchedules/" + atlas + "/relationships/manualPrices"));
        ok(client.get("/v1/appPriceSchedules/" + atlas + "/relationships/automaticPrices"));

        assertError(client.post("/v1/appPriceSchedules", appSchedule(atlas, "USA", price("a", point, null, null),
                price("b", sale, "2027-01-15", null))), 409, "ENTITY_ERROR.ATTRIBUTE.INVALID");
        assertError(client.post("/v1/appPriceSchedules", appSchedule(atlas, "USA",
                price("b", sale, "2027-01-15", null))), 409, "ENTITY_ERROR.RELATIONSHIP.INVALID");
        json(client.post("/v1/appPriceSchedules", appSchedule(atlas, "USA", price("only", sale, null, null))), 201);
        assertThat(ok(client.get("/v1/appPriceSchedules/" + atlas + "/manualPrices")).get("data"))
                .as("the POST replaced the schedule").hasSize(1);
    }

    /**
     * The app's availability: a POST naming some territories, available or not, a territory
     * changed alone, a pre-order (refused without a future release date) and its end.
     */
    @Test
    void appAvailabilityEndpointsAnswerInAppleShape() {
        String atlas = appId("com.example.atlas");
        String created = "{\"data\":{\"type\":\"appAvailabilities\",\"attributes\":{\"availableInNewTerritories\""
                + ":false},\"relationships\":{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\"" + atlas + "\"}},"
                + "\"territoryAvailabilities\":{\"data\":[{\"type\":\"territoryAvailabilities\",\"id\":\"t-USA\"},"
                + "{\"type\":\"territoryAvailabilities\",\"id\":\"t-JPN\"},"
                + "{\"type\":\"territoryAvailabilities\",\"id\":\"t-GBR\"}]}}},\"included\":["
                + territory("t-USA", "USA", "\"available\":true") + ","
                + territory("t-GBR", "GBR", "\"available\":false") + ","
                + territory("t-JPN", "JPN", "\"available\":true,\"preOrderEnabled\":true,\"releaseDate\":\"2099-01-01\"")
                + "]}";
        assertThat(json(client.post("/v2/appAvailabilities", created), 201).at("/data/id").asString()).isEqualTo(atlas);
        JsonNode availability = ok(client.get("/v1/apps/" + atlas + "/appAvailabilityV2?include=territoryAvailabilities"
                + "&limit[territoryAvailabilities]=50"));
        assertThat(availability.at("/data/attributes/availableInNewTerritories").asBoolean(true)).isFalse();
        ok(client.get("/v1/apps/" + atlas + "/relationships/appAvailabilityV2"));
        ok(client.get("/v2/appAvailabilities/" + atlas + "?include=territoryAvailabilities"));
        ok(client.get("/v2/appAvailabilities/" + atlas + "/relationships/territoryAvailabilities?limit=200"));
        JsonNode territories = ok(client.get("/v2/appAvailabilities/" + atlas
                + "/territoryAvailabilities?include=territory&limit=200"));
        assertThat(territories.get("data")).hasSize(3);
        Map<String, JsonNode> byCode = new java.util.HashMap<>();
        territories.get("data").forEach(t -> byCode.put(t.at("/relationships/territory/data/id").asString(), t));
        assertThat(byCode.get("USA").at("/attributes/available").asBoolean()).isTrue();
        assertThat(byCode.get("GBR").at("/attributes/contentStatuses/0").asString()).isEqualTo("CANNOT_SELL");
        assertThat(byCode.get("JPN").at("/attributes/contentStatuses/0").asString())
                .isEqualTo("AVAILABLE_FOR_PREORDER_ON_DATE");

        String gbr = byCode.get("GBR").get("id").asString();
        JsonNode patched = ok(client.patch("/v1/territoryAvailabilities/" + gbr, body("territoryAvailabilities", gbr,
                "{\"available\":true}", null)));
        assertThat(patched.at("/data/attributes/contentStatuses/0").asString())
                .isEqualTo("AVAILABLE_FOR_SALE_UNRELEASED_APP");
        assertError(client.patch("/v1/territoryAvailabilities/" + gbr, body("territoryAvailabilities", gbr,
                "{\"preOrderEnabled\":true}", null)), 409, "ENTITY_ERROR.ATTRIBUTE.INVALID");
        String jpn = byCode.get("JPN").get("id").asString();
        String end = "{\"data\":{\"type\":\"endAppAvailabilityPreOrders\",\"relationships\":{\"territoryAvailabilities\""
                + ":{\"data\":[{\"type\":\"territoryAvailabilities\",\"id\":\"" + jpn + "\"}]}}}}";
        json(client.post("/v1/endAppAvailabilityPreOrders", end), 201);
        assertError(client.post("/v1/endAppAvailabilityPreOrders", end), 409, "STATE_ERROR");
    }

    private static String territory(String placeholder, String code, String attributes) {
        return "{\"type\":\"territoryAvailabilities\",\"id\":\"" + placeholder + "\",\"attributes\":{" + attributes
                + "},\"relationships\":{\"territory\":{\"data\":{\"type\":\"territories\",\"id\":\"" + code + "\"}}}}";
    }

    private static String price(String placeholder, String point, String start, String end) {
        return "{\"type\":\"appPrices\",\"id\":\"" + placeholder + "\",\"attributes\":{\"startDate\":"
                + (start == null ? "null" : "\"" + start + "\"") + ",\"endDate\":" + (end == null ? "null" : "\"" + end + "\"")
                + "},\"relationships\":{\"appPricePoint\":{\"data\":{\"type\":\"appPricePoints\",\"id\":\"" + point + "\"}}}}";
    }

    private static String appSchedule(String app, String base, String... prices) {
        StringBuilder ids = new StringBuilder();
        for (String p : prices) {
            String id = p.replaceFirst(".*?\"id\":\"([^\"]+)\".*", "$1");
            ids.append(ids.isEmpty() ? "" : ",").append("{\"type\":\"appPrices\",\"id\":\"").append(id).append("\"}");
        }
        return "{\"data\":{\"type\":\"appPriceSchedules\",\"relationships\":{\"app\":{\"data\":{\"type\":\"apps\","
                + "\"id\":\"" + app + "\"}},\"baseTerritory\":{\"data\":{\"type\":\"territories\",\"id\":\"" + base
                + "\"}},\"manualPrices\":{\"data\":[" + ids + "]}}},\"included\":[" + String.join(",", prices) + "]}";
    }

    private static String availability(String iap, boolean newTerritories, String... territories) {
        StringBuilder list = new StringBuilder();
        for (String t : territories) {
            list.append(list.isEmpty() ? "" : ",").append("{\"type\":\"territories\",\"id\":\"").append(t).append("\"}");
        }
        return "{\"data\":{\"type\":\"inAppPurchaseAvailabilities\",\"attributes\":{\"availableInNewTerritories\":"
                + newTerritories + "},\"relationships\":{\"inAppPurchase\":{\"data\":{\"type\":\"inAppPurchases\",\"id\":\""
                + iap + "\"}},\"availableTerritories\":{\"data\":[" + list + "]}}}}";
    }

    /**
     * Product page optimization (Apple's v2 experiments, ExperimentRules): a test made against the live version, read
     * every way, three treatments at most, localizations in the product page's locales with their media sets; not
     * started before App Review has it; submitted, started meanwhile, accepted (so running), stopped, never restarted.
     */
    @Test
    void experimentEndpointsAnswerInAppleShape() {
        String notes = appId("com.example.notes");
        String appLink = "{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\"" + notes + "\"}}}";
        assertThat(ok(client.get("/v1/apps/" + notes + "/appStoreVersionExperimentsV2?filter[state]=PREPARE_FOR_SUBMISSION"
                + "&include=appStoreVersionExperimentTreatments,latestControlVersion&limit=200")).get("data")).isEmpty();
        assertError(client.post("/v2/appStoreVersionExperiments", body("appStoreVersionExperiments", null,
                "{\"name\":\"Too much\",\"platform\":\"IOS\",\"trafficProportion\":101}", appLink)), 409,
                "ENTITY_ERROR.ATTRIBUTE.INVALID");
        String atlas = appId("com.example.atlas");
        assertError(client.post("/v2/appStoreVersionExperiments", body("appStoreVersionExperiments", null,
                "{\"name\":\"No live version\",\"platform\":\"IOS\",\"trafficProportion\":20}",
                "{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\"" + atlas + "\"}}}")), 409,
                "STATE_ERROR.PPO_CREATE_ONLY_ALLOWED_WITH_APP_STORE_DISTRIBUTION");
        JsonNode created = json(client.post("/v2/appStoreVersionExperiments", body("appStoreVersionExperiments", null,
                "{\"name\":\"Bold screenshots\",\"platform\":\"IOS\",\"trafficProportion\":30}", appLink)), 201);
        String experiment = created.at("/data/id").asString();
        assertThat(created.at("/data/attributes/state").asString()).isEqualTo("PREPARE_FOR_SUBMISSION");
        assertThat(created.at("/data/attributes/reviewRequired").asBoolean()).isTrue();
        String live = versionOf(notes, "1.0");
        JsonNode read = ok(client.get("/v2/appStoreVersionExperiments/" + experiment
                + "?include=app,latestControlVersion,controlVersions,appStoreVersionExperimentTreatments"));
        assertThat(read.at("/data/relationships/latestControlVersion/data/id").asString()).isEqualTo(live);
        assertThat(ok(client.get("/v1/appStoreVersions/" + live + "/appStoreVersionExperimentsV2")).get("data"))
                .hasSize(1);
        ok(client.get("/v1/appStoreVersions/" + live + "/relationships/appStoreVersionExperimentsV2"));
        ok(client.get("/v1/apps/" + notes + "/relationships/appStoreVersionExperimentsV2"));
        ok(client.patch("/v2/appStoreVersionExperiments/" + experiment, body("appStoreVersionExperiments", experiment,
                "{\"name\":\"Bold\",\"trafficProportion\":40}", null)));

        String experimentLink = "{\"appStoreVersionExperimentV2\":{\"data\":{\"type\":\"appStoreVersionExperiments\","
                + "\"id\":\"" + experiment + "\"}}}";
        List<String> treatments = new ArrayList<>();
        for (String name : List.of("Bold", "Dark", "Plain")) {
            treatments.add(json(client.post("/v1/appStoreVersionExperimentTreatments", body(
                    "appStoreVersionExperimentTreatments", null, "{\"name\":\"" + name + "\"}", experimentLink)), 201)
                    .at("/data/id").asString());
        }
        assertError(client.post("/v1/appStoreVersionExperimentTreatments", body("appStoreVersionExperimentTreatments",
                null, "{\"name\":\"Fourth\"}", experimentLink)), 409, "STATE_ERROR");
        String treatment = treatments.get(0);
        assertThat(client.delete("/v1/appStoreVersionExperimentTreatments/" + treatments.get(2)).status()).isEqualTo(204);
        ok(client.patch("/v1/appStoreVersionExperimentTreatments/" + treatment, body(
                "appStoreVersionExperimentTreatments", treatment, "{\"appIconName\":\"AppIcon-Bold\"}", null)));
        assertThat(ok(client.get("/v2/appStoreVersionExperiments/" + experiment
                + "/appStoreVersionExperimentTreatments?include=appStoreVersionExperimentTreatmentLocalizations"))
                .get("data")).hasSize(2);
        ok(client.get("/v2/appStoreVersionExperiments/" + experiment + "/relationships/appStoreVersionExperimentTreatments"));
        ok(client.get("/v1/appStoreVersionExperimentTreatments/" + treatment
                + "?include=appStoreVersionExperimentV2,appStoreVersionExperimentTreatmentLocalizations"));

        String treatmentLink = "{\"appStoreVersionExperimentTreatment\":{\"data\":{\"type\":"
                + "\"appStoreVersionExperimentTreatments\",\"id\":\"" + treatment + "\"}}}";
        assertError(client.post("/v1/appStoreVersionExperimentTreatmentLocalizations", body(
                "appStoreVersionExperimentTreatmentLocalizations", null, "{\"locale\":\"ja\"}", treatmentLink)), 409,
                "ENTITY_ERROR.ATTRIBUTE.INVALID");
        String localization = json(client.post("/v1/appStoreVersionExperimentTreatmentLocalizations", body(
                "appStoreVersionExperimentTreatmentLocalizations", null, "{\"locale\":\"en-US\"}", treatmentLink)), 201)
                .at("/data/id").asString();
        assertError(client.post("/v1/appStoreVersionExperimentTreatmentLocalizations", body(
                "appStoreVersionExperimentTreatmentLocalizations", null, "{\"locale\":\"en-US\"}", treatmentLink)), 409,
                "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE");
        String set = json(client.post("/v1/appScreenshotSets", body("appScreenshotSets", null,
                "{\"screenshotDisplayType\":\"APP_IPHONE_67\"}", "{\"appStoreVersionExperimentTreatmentLocalization\":"
                        + "{\"data\":{\"type\":\"appStoreVersionExperimentTreatmentLocalizations\",\"id\":\""
                        + localization + "\"}}}")), 201).at("/data/id").asString();
        JsonNode sets = ok(client.get("/v1/appStoreVersionExperimentTreatmentLocalizations/" + localization
                + "/appScreenshotSets?include=appScreenshots&limit[appScreenshots]=50"));
        assertThat(sets.at("/data/0/id").asString()).isEqualTo(set);
        ok(client.get("/v1/appStoreVersionExperimentTreatmentLocalizations/" + localization + "/relationships/appScreenshotSets"));
        ok(client.get("/v1/appStoreVersionExperimentTreatmentLocalizations/" + localization + "/appPreviewSets"));
        ok(client.get("/v1/appStoreVersionExperimentTreatmentLocalizations/" + localization + "/relationships/appPreviewSets"));
        ok(client.get("/v1/appStoreVersionExperimentTreatmentLocalizations/" + localization
                + "?include=appScreenshotSets,appPreviewSets,appStoreVersionExperimentTreatment"));
        assertThat(ok(client.get("/v1/appStoreVersionExperimentTreatments/" + treatment
                + "/appStoreVersionExperimentTreatmentLocalizations?include=appScreenshotSets&limit[appScreenshotSets]=50"))
                .get("data")).hasSize(1);
        ok(client.get("/v1/appStoreVersionExperimentTreatments/" + treatment
                + "/relationships/appStoreVersionExperimentTreatmentLocalizations"));
        String other = json(client.post("/v1/appStoreVersionExperimentTreatmentLocalizations", body(
                "appStoreVersionExperimentTreatmentLocalizations", null, "{\"locale\":\"en-US\"}",
                treatmentLink.replace(treatment, treatments.get(1)))), 201).at("/data/id").asString();
        assertThat(client.delete("/v1/appStoreVersionExperimentTreatmentLocalizations/" + other).status()).isEqualTo(204);

        String started = body("appStoreVersionExperiments", experiment, "{\"started\":true}", null);
        assertError(client.patch("/v2/appStoreVersionExperiments/" + experiment, started), 409, "STATE_ERROR");
        String submission = json(client.post("/v1/reviewSubmissions", body("reviewSubmissions", null,
                "{\"platform\":\"IOS\"}", appLink)), 201).at("/data/id").asString();
        json(client.post("/v1/reviewSubmissionItems", body("reviewSubmissionItems", null, null,
                "{\"reviewSubmission\":{\"data\":{\"type\":\"reviewSubmissions\",\"id\":\"" + submission + "\"}},"
                        + experimentLink.substring(1))), 201);
        assertThat(ok(client.get("/v2/appStoreVersionExperiments/" + experiment)).at("/data/attributes/state").asString())
                .isEqualTo("READY_FOR_REVIEW");
        ok(client.patch("/v1/reviewSubmissions/" + submission, body("reviewSubmissions", submission,
                "{\"submitted\":true}", null)));
        assertError(client.patch("/v2/appStoreVersionExperiments/" + experiment, body("appStoreVersionExperiments",
                experiment, "{\"trafficProportion\":50}", null)), 409, "STATE_ERROR");
        assertError(client.delete("/v1/appStoreVersionExperimentTreatments/" + treatment), 403, "FORBIDDEN_ERROR");
        JsonNode waiting = ok(client.patch("/v2/appStoreVersionExperiments/" + experiment, started));
        assertThat(waiting.at("/data/attributes/state").asString()).isEqualTo("WAITING_FOR_REVIEW");
        assertThat(waiting.at("/data/attributes/startDate").isString()).as("not started before App Review accepts it")
                .isFalse();
        dev.ascctl.sandbox.rules.ExperimentRules.advance(sandbox.state(), experiment);
        dev.ascctl.sandbox.rules.ExperimentRules.advance(sandbox.state(), experiment);
        JsonNode running = ok(client.get("/v2/appStoreVersionExperiments/" + experiment));
        assertThat(running.at("/data/attributes/state").asString()).isEqualTo("APPROVED");
        assertThat(running.at("/data/attributes/startDate").asString()).isNotEmpty();
        assertError(client.delete("/v2/appStoreVersionExperiments/" + experiment), 403, "FORBIDDEN_ERROR");
        JsonNode stopped = ok(client.patch("/v2/appStoreVersionExperiments/" + experiment, body(
                "appStoreVersionExperiments", experiment, "{\"started\":false}", null)));
        assertThat(stopped.at("/data/attributes/state").asString()).isEqualTo("STOPPED");
        assertThat(stopped.at("/data/attributes/endDate").asString()).isNotEmpty();
        assertError(client.patch("/v2/appStoreVersionExperiments/" + experiment, started), 409, "STATE_ERROR");
        assertThat(client.delete("/v2/appStoreVersionExperiments/" + experiment).status()).isEqualTo(204);
        assertThat(sandbox.state().all("appStoreVersionExperimentTreatments")).isEmpty();
    }

    /**
     * App Clips (issue 17): the clip read every way; a default experience with a localization, its header image
     * (reserved, uploaded, committed, processed; a wrong size fails processing) and its review detail; an advanced
     * experience with its image and inline localizations, removed and then frozen; Apple's rules refused as 409.
     */
    @Test
    void appClipEndpointsAnswerInAppleShape() throws Exception {
        String notes = appId("com.example.notes");
        String clip = sandbox.state().referencing("appClips", "app", notes).get(0).id();
        JsonNode clips = ok(client.get("/v1/apps/" + notes + "/appClips?include=appClipDefaultExperiences"
                + "&fields[appClips]=bundleId,appClipDefaultExperiences&limit=200"));
        assertThat(clips.at("/data/0/attributes/bundleId").asString()).isEqualTo("com.example.notes.Clip");
        ok(client.get("/v1/apps/" + notes + "/relationships/appClips"));
        ok(client.get("/v1/appClips/" + clip + "?include=app,appClipDefaultExperiences"));
        String version = versionOf(notes, "1.1");
        String experienceBody = body("appClipDefaultExperiences", null, "{\"action\":\"OPEN\"}",
                "{\"appClip\":{\"data\":{\"type\":\"appClips\",\"id\":\"" + clip + "\"}},\"releaseWithAppStoreVersion\":"
                        + "{\"data\":{\"type\":\"appStoreVersions\",\"id\":\"" + version + "\"}}}");
        String experience = json(client.post("/v1/appClipDefaultExperiences", experienceBody), 201).at("/data/id").asString();
        assertError(client.post("/v1/appClipDefaultExperiences", experienceBody), 409, "STATE_ERROR");
        assertError(client.post("/v1/appClipDefaultExperiences", experienceBody.replace(version,
                versionOf(notes, "1.0"))), 409, "STATE_ERROR");
        ok(client.patch("/v1/appClipDefaultExperiences/" + experience, body("appClipDefaultExperiences", experience,
                "{\"action\":\"PLAY\"}", null)));
        ok(client.get("/v1/appClipDefaultExperiences/" + experience + "?include=appClipDefaultExperienceLocalizations,"
                + "appClipAppStoreReviewDetail,releaseWithAppStoreVersion"));
        ok(client.get("/v1/appClipDefaultExperiences/" + experience + "/releaseWithAppStoreVersion"));
        ok(client.get("/v1/appClipDefaultExperiences/" + experience + "/relationships/releaseWithAppStoreVersion"));

        String localizationBody = body("appClipDefaultExperienceLocalizations", null,
                "{\"locale\":\"en-US\",\"subtitle\":\"Order ahead\"}", "{\"appClipDefaultExperience\":{\"data\":"
                        + "{\"type\":\"appClipDefaultExperiences\",\"id\":\"" + experience + "\"}}}");
        String localization = json(client.post("/v1/appClipDefaultExperienceLocalizations", localizationBody), 201)
                .at("/data/id").asString();
        assertError(client.post("/v1/appClipDefaultExperienceLocalizations", localizationBody), 409,
                "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE");
        assertError(client.patch("/v1/appClipDefaultExperienceLocalizations/" + localization,
                body("appClipDefaultExperienceLocalizations", localization, "{\"subtitle\":\"" + "x".repeat(57) + "\"}",
                        null)), 409, "ENTITY_ERROR.ATTRIBUTE.INVALID.TOO_LONG");
        ok(client.patch("/v1/appClipDefaultExperienceLocalizations/" + localization,
                body("appClipDefaultExperienceLocalizations", localization, "{\"subtitle\":\"Skip the line\"}", null)));
        JsonNode listed = ok(client.get("/v1/appClips/" + clip + "/appClipDefaultExperiences?include="
                + "appClipDefaultExperienceLocalizations,appClipAppStoreReviewDetail&limit[appClipDefaultExperienceLocalizations]=50"));
        assertThat(listed.at("/included/0/attributes/subtitle").asString()).isEqualTo("Skip the line");
        ok(client.get("/v1/appClips/" + clip + "/relationships/appClipDefaultExperiences"));
        ok(client.get("/v1/appClipDefaultExperiences/" + experience + "/appClipDefaultExperienceLocalizations"
                + "?include=appClipHeaderImage&limit=200"));
        ok(client.get("/v1/appClipDefaultExperiences/" + experience + "/relationships/appClipDefaultExperienceLocalizations"));
        ok(client.get("/v1/appClipDefaultExperienceLocalizations/" + localization + "?include=appClipHeaderImage"));

        String header = uploadClipImage("appClipHeaderImages", "{\"appClipDefaultExperienceLocalization\":{\"data\":"
                + "{\"type\":\"appClipDefaultExperienceLocalizations\",\"id\":\"" + localization + "\"}}}",
                dev.ascctl.store.TestImages.png(1800, 1200, 1), "COMPLETE");
        assertError(client.post("/v1/appClipHeaderImages", body("appClipHeaderImages", null,
                "{\"fileName\":\"b.png\",\"fileSize\":10}", "{\"appClipDefaultExperienceLocalization\":{\"data\":"
                        + "{\"type\":\"appClipDefaultExperienceLocalizations\",\"id\":\"" + localization + "\"}}}")),
                409, "ENTITY_ERROR.RELATIONSHIP.INVALID");
        assertThat(ok(client.get("/v1/appClipDefaultExperienceLocalizations/" + localization + "/appClipHeaderImage"))
                .at("/data/id").asString()).isEqualTo(header);
        ok(client.get("/v1/appClipDefaultExperienceLocalizations/" + localization + "/relationships/appClipHeaderImage"));
        ok(client.get("/v1/appClipHeaderImages/" + header + "?include=appClipDefaultExperienceLocalization"));
        assertThat(client.delete("/v1/appClipHeaderImages/" + header).status()).isEqualTo(204);
        uploadClipImage("appClipHeaderImages", "{\"appClipDefaultExperienceLocalization\":{\"data\":"
                        + "{\"type\":\"appClipDefaultExperienceLocalizations\",\"id\":\"" + localization + "\"}}}",
                dev.ascctl.store.TestImages.png(1290, 2796, 1), "FAILED");

        String detailBody = body("appClipAppStoreReviewDetails", null,
                "{\"invocationUrls\":[\"https://example.com/clip\"]}", "{\"appClipDefaultExperience\":{\"data\":"
                        + "{\"type\":\"appClipDefaultExperiences\",\"id\":\"" + experience + "\"}}}");
        assertError(client.post("/v1/appClipAppStoreReviewDetails", detailBody.replace("https:", "http:")), 409,
                "ENTITY_ERROR.ATTRIBUTE.INVALID");
        String detail = json(client.post("/v1/appClipAppStoreReviewDetails", detailBody), 201).at("/data/id").asString();
        assertError(client.post("/v1/appClipAppStoreReviewDetails", detailBody), 409, "STATE_ERROR");
        ok(client.patch("/v1/appClipAppStoreReviewDetails/" + detail, body("appClipAppStoreReviewDetails", detail,
                "{\"invocationUrls\":[\"https://example.com/clip\",\"https://example.com/clip/menu\"]}", null)));
        ok(client.get("/v1/appClipAppStoreReviewDetails/" + detail + "?include=appClipDefaultExperience"));
        assertThat(ok(client.get("/v1/appClipDefaultExperiences/" + experience + "/appClipAppStoreReviewDetail"))
                .at("/data/attributes/invocationUrls")).hasSize(2);
        ok(client.get("/v1/appClipDefaultExperiences/" + experience + "/relationships/appClipAppStoreReviewDetail"));

        String image = uploadClipImage("appClipAdvancedExperienceImages", null,
                dev.ascctl.store.TestImages.png(1800, 1200, 2), "COMPLETE");
        ok(client.get("/v1/appClipAdvancedExperienceImages/" + image));
        String advancedBody = "{\"data\":{\"type\":\"appClipAdvancedExperiences\",\"attributes\":{\"link\":"
                + "\"https://example.com/clip/store/1\",\"action\":\"VIEW\",\"isPoweredBy\":false,\"businessCategory\":"
                + "\"FOOD_AND_DRINK\",\"defaultLanguage\":\"EN\",\"place\":{\"names\":[\"Cafe\"],\"mainAddress\":"
                + "{\"fullAddress\":\"1 Main St\"}}},\"relationships\":{\"appClip\":{\"data\":{\"type\":\"appClips\",\"id\":\""
                + clip + "\"}},\"headerImage\":{\"data\":{\"type\":\"appClipAdvancedExperienceImages\",\"id\":\"" + image
                + "\"}},\"localizations\":{\"data\":[{\"type\":\"appClipAdvancedExperienceLocalizations\",\"id\":\"${en}\"}]}}},"
                + "\"included\":[{\"type\":\"appClipAdvancedExperienceLocalizations\",\"id\":\"${en}\",\"attributes\":"
                + "{\"language\":\"EN\",\"title\":\"Cafe\",\"subtitle\":\"Order ahead\"}}]}";
        assertError(client.post("/v1/appClipAdvancedExperiences", advancedBody.replace("https://example.com/clip/store/1",
                "http://example.com/clip/store/1")), 409, "ENTITY_ERROR.ATTRIBUTE.INVALID");
        JsonNode advanced = json(client.post("/v1/appClipAdvancedExperiences", advancedBody), 201);
        String advancedId = advanced.at("/data/id").asString();
        assertThat(advanced.at("/data/attributes/status").asString()).isEqualTo("RECEIVED");
        assertError(client.post("/v1/appClipAdvancedExperiences", advancedBody), 409,
                "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE");
        JsonNode advancedList = ok(client.get("/v1/appClips/" + clip + "/appClipAdvancedExperiences?include=headerImage,"
                + "localizations&limit[localizations]=50&limit=200"));
        assertThat(advancedList.at("/data/0/relationships/localizations/data")).hasSize(1);
        ok(client.get("/v1/appClips/" + clip + "/relationships/appClipAdvancedExperiences"));
        ok(client.get("/v1/appClipAdvancedExperiences/" + advancedId + "?include=appClip,headerImage,localizations"));
        JsonNode changed = ok(client.patch("/v1/appClipAdvancedExperiences/" + advancedId, "{\"data\":{\"type\":"
                + "\"appClipAdvancedExperiences\",\"id\":\"" + advancedId + "\",\"attributes\":{\"action\":\"OPEN\"}}}"));
        assertThat(changed.at("/data/attributes/version").asInt()).isEqualTo(2);
        JsonNode removed = ok(client.patch("/v1/appClipAdvancedExperiences/" + advancedId, "{\"data\":{\"type\":"
                + "\"appClipAdvancedExperiences\",\"id\":\"" + advancedId + "\",\"attributes\":{\"removed\":true}}}"));
        assertThat(removed.at("/data/attributes/status").asString()).isEqualTo("DEACTIVATED");
        assertError(client.patch("/v1/appClipAdvancedExperiences/" + advancedId, "{\"data\":{\"type\":"
                + "\"appClipAdvancedExperiences\",\"id\":\"" + advancedId + "\",\"attributes\":{\"action\":\"PLAY\"}}}"),
                409, "STATE_ERROR");

        assertThat(client.delete("/v1/appClipDefaultExperienceLocalizations/" + localization).status()).isEqualTo(204);
        assertThat(client.delete("/v1/appClipDefaultExperiences/" + experience).status()).isEqualTo(204);
        assertThat(sandbox.state().get("appClipAppStoreReviewDetails", detail)).as("deleted with its experience").isEmpty();
    }

    /** Reserves, uploads and commits an App Clip image; its state after processing is {@code processed}. */
    private String uploadClipImage(String type, String relationships, byte[] file, String processed) throws Exception {
        JsonNode reserved = json(client.post("/v1/" + type, body(type, null, "{\"fileName\":\"card.png\",\"fileSize\":"
                + file.length + "}", relationships)), 201);
        String id = reserved.at("/data/id").asString();
        for (JsonNode op : reserved.at("/data/attributes/uploadOperations")) {
            var put = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(op.path("url").asString()))
                    .header("Content-Type", "application/octet-stream")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(file, op.path("offset").asInt(),
                            op.path("length").asInt())).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
            assertThat(put.statusCode()).isEqualTo(200);
        }
        ok(client.patch("/v1/" + type + "/" + id, body(type, id, "{\"uploaded\":true,\"sourceFileChecksum\":\""
                + dev.ascctl.sandbox.MediaUploads.md5(file) + "\"}", null)));
        assertThat(ok(client.get("/v1/" + type + "/" + id)).at("/data/attributes/assetDeliveryState/state").asString())
                .isEqualTo(processed);
        return id;
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private JsonNode ok(SandboxClient.Reply reply) {
        return json(reply, 200);
    }

    private static JsonNode json(SandboxClient.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply.json();
    }

    private static void assertError(SandboxClient.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.json().at("/errors/0/code").asString()).isEqualTo(code);
        assertThat(reply.json().at("/errors/0/status").asString()).isEqualTo(Integer.toString(status));
    }

    private static void assertParameterError(SandboxClient.Reply reply, String parameter) {
        assertError(reply, 400, "PARAMETER_ERROR.INVALID");
        assertThat(reply.json().at("/errors/0/source/parameter").asString()).isEqualTo(parameter);
    }

    private static void assertIllegalParameter(SandboxClient.Reply reply, String parameter) {
        assertError(reply, 400, "PARAMETER_ERROR.ILLEGAL");
        assertThat(reply.json().at("/errors/0/source/parameter").asString()).isEqualTo(parameter);
    }

    /** Marks a request (as {@link SandboxClient} sends it: brackets percent-encoded) as invalid on purpose. */
    private void invalidOnPurpose(String method, String path, String rawQuery) {
        invalidOnPurpose.add(method + " " + path + (rawQuery == null ? "" : "?" + rawQuery));
    }

    /** Build uploads (issue 15): their reads, a reservation, a commit refused before the parts, a delete. */
    @Test
    void buildUploadEndpointsAnswerInAppleShape() {
        String app = appId("com.example.notes");
        JsonNode upload = json(client.post("/v1/buildUploads", body("buildUploads", null,
                "{\"cfBundleShortVersionString\": \"3.0\", \"cfBundleVersion\": \"300\", \"platform\": \"IOS\"}",
                "{\"app\": {\"data\": {\"type\": \"apps\", \"id\": \"" + app + "\"}}}")), 201);
        String uploadId = upload.at("/data/id").asString();
        JsonNode file = json(client.post("/v1/buildUploadFiles", body("buildUploadFiles", null,
                "{\"assetType\": \"ASSET\", \"fileName\": \"Notes.ipa\", \"fileSize\": 1024, \"uti\": \"com.apple.ipa\"}",
                "{\"buildUpload\": {\"data\": {\"type\": \"buildUploads\", \"id\": \"" + uploadId + "\"}}}")), 201);
        String fileId = file.at("/data/id").asString();
        assertThat(file.at("/data/attributes/uploadOperations/0/partNumber").asInt()).isEqualTo(1);
        assertThat(ok(client.get("/v1/apps/" + app + "/buildUploads?filter[cfBundleVersion]=300&include=assetFile"))
                .at("/included/0/id").asString()).isEqualTo(fileId);
        assertThat(ok(client.get("/v1/apps/" + app + "/relationships/buildUploads")).get("data")).hasSize(1);
        assertThat(ok(client.get("/v1/buildUploads/" + uploadId + "?include=build,assetFile"))
                .at("/data/relationships/assetFile/data/id").asString()).isEqualTo(fileId);
        assertThat(ok(client.get("/v1/buildUploads/" + uploadId + "/buildUploadFiles")).get("data")).hasSize(1);
        assertThat(ok(client.get("/v1/buildUploads/" + uploadId + "/relationships/buildUploadFiles")).get("data"))
                .hasSize(1);
        assertThat(ok(client.get("/v1/buildUploadFiles/" + fileId)).at("/data/attributes/assetDeliveryState/state")
                .asString()).isEqualTo("AWAITING_UPLOAD");
        assertError(client.patch("/v1/buildUploadFiles/" + fileId, body("buildUploadFiles", fileId,
                "{\"uploaded\": true, \"sourceFileChecksums\": {\"file\": {\"hash\": \"00\", \"algorithm\": \"MD5\"}}}",
                null)), 409, "STATE_ERROR");
        assertThat(client.delete("/v1/buildUploads/" + uploadId).status()).isEqualTo(204);
    }

    /**
     * Encryption declarations (issue 15): filed by POST (CREATED, not exempt; an empty description refused), listed
     * per app, attached to a build through the build's own to-one relationship (PATCH, 204), which refuses another
     * app's declaration and a build answered as using only exempt encryption.
     */
    @Test
    void encryptionDeclarationEndpointsAnswerInAppleShape(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        // Builds answered both ways (the class's seed answers every build false, Apple's default there).
        sandbox.close();
        Path seed = temp.resolve("seed.yaml");
        java.nio.file.Files.writeString(seed, """
                apps:
                  - bundleId: com.example.notes
                    builds:
                      - {version: "11", versionString: "1.1", processingState: VALID, usesNonExemptEncryption: true}
                      - {version: "12", versionString: "1.1", processingState: VALID}
                  - bundleId: com.example.atlas
                """);
        sandbox = Sandbox.start(SandboxOptions.defaults().withSeedFile(seed));
        client = new SandboxClient(sandbox);
        String notes = appId("com.example.notes");
        String declarationBody = "{\"data\":{\"type\":\"appEncryptionDeclarations\",\"attributes\":{\"appDescription\":"
                + "\"%s\",\"containsProprietaryCryptography\":false,\"containsThirdPartyCryptography\":true,"
                + "\"availableOnFrenchStore\":false},\"relationships\":{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\"%s\"}}}}}";
        JsonNode created = json(client.post("/v1/appEncryptionDeclarations", declarationBody.formatted("AES for sync.",
                notes)), 201);
        String declaration = created.at("/data/id").asString();
        assertThat(created.at("/data/attributes/appEncryptionDeclarationState").asString()).isEqualTo("CREATED");
        assertThat(created.at("/data/attributes/exempt").asBoolean()).isFalse();
        assertError(client.post("/v1/appEncryptionDeclarations", declarationBody.formatted(" ", notes)), 409,
                "ENTITY_ERROR.ATTRIBUTE.INVALID");
        assertThat(ok(client.get("/v1/apps/" + notes + "/appEncryptionDeclarations?fields[appEncryptionDeclarations]="
                + "appDescription,appEncryptionDeclarationState&limit=200")).get("data")).hasSize(1);
        assertThat(ok(client.get("/v1/apps/" + notes + "/relationships/appEncryptionDeclarations")).get("data"))
                .hasSize(1);
        String build = json(client.get("/v1/builds?filter[app]=" + notes + "&filter[version]=11"), 200)
                .at("/data/0/id").asString();
        String exempt = json(client.get("/v1/builds?filter[app]=" + notes + "&filter[version]=12"), 200)
                .at("/data/0/id").asString();
        String link = "{\"data\":{\"type\":\"appEncryptionDeclarations\",\"id\":\"%s\"}}";
        assertThat(client.patch("/v1/builds/" + build + "/relationships/appEncryptionDeclaration",
                link.formatted(declaration)).status()).isEqualTo(204);
        assertThat(ok(client.get("/v1/builds?filter[app]=" + notes + "&filter[usesNonExemptEncryption]=true"
                + "&include=appEncryptionDeclaration&fields[builds]=version,appEncryptionDeclaration"))
                .at("/data/0/relationships/appEncryptionDeclaration/data/id").asString()).isEqualTo(declaration);
        assertThat(ok(client.get("/v1/builds/" + build + "/relationships/appEncryptionDeclaration"))
                .at("/data/id").asString()).isEqualTo(declaration);
        String atlas = appId("com.example.atlas");
        String other = json(client.post("/v1/appEncryptionDeclarations", declarationBody.formatted("Atlas.", atlas)),
                201).at("/data/id").asString();
        assertError(client.patch("/v1/builds/" + build + "/relationships/appEncryptionDeclaration",
                link.formatted(other)), 409, "ENTITY_ERROR.RELATIONSHIP.INVALID");
        assertError(client.patch("/v1/builds/" + exempt + "/relationships/appEncryptionDeclaration",
                link.formatted(declaration)), 409, "STATE_ERROR");
    }

    @Test
    void releaseWorkflowEndpoints() throws Exception {
        String notes = appId("com.example.notes");
        String version = versionOf(notes, "1.1");
        String build = json(client.get("/v1/builds?filter[app]=" + notes + "&filter[preReleaseVersion.platform]=IOS"
                + "&sort=-uploadedDate&include=preReleaseVersion&limit=200"), 200).at("/data/0/id").asString();
        assertThat(json(client.get("/v1/builds/" + build), 200).at("/data/attributes/processingState").asString())
                .isEqualTo("VALID");
        json(client.patch("/v1/appStoreVersions/" + version, "{\"data\":{\"type\":\"appStoreVersions\",\"id\":\""
                + version + "\",\"relationships\":{\"build\":{\"data\":{\"type\":\"builds\",\"id\":\"" + build
                + "\"}}}}}"), 200);
        String phased = json(client.post("/v1/appStoreVersionPhasedReleases", "{\"data\":{\"type\":"
                + "\"appStoreVersionPhasedReleases\",\"relationships\":{\"appStoreVersion\":{\"data\":{\"type\":"
                + "\"appStoreVersions\",\"id\":\"" + version + "\"}}}}}"), 201).at("/data/id").asString();
        assertThat(json(client.get("/v1/appStoreVersions/" + version + "/appStoreVersionPhasedRelease"), 200)
                .at("/data/attributes/phasedReleaseState").asString()).isEqualTo("INACTIVE");
        assertThat(json(client.get("/v1/appStoreVersions/" + version + "/relationships/appStoreVersionPhasedRelease"), 200)
                .at("/data/id").asString()).isEqualTo(phased);
        String localization = json(client.get("/v1/appStoreVersions/" + version + "/appStoreVersionLocalizations"
                + "?filter[locale]=en-US"), 200).at("/data/0/id").asString();
        assertThat(json(client.get("/v1/appStoreVersionLocalizations/" + localization + "/appScreenshotSets?limit=50"),
                200).at("/data/0/attributes/screenshotDisplayType").asString()).isEqualTo("APP_IPHONE_65");
        json(client.get("/v1/appStoreVersionLocalizations/" + localization + "/relationships/appScreenshotSets"), 200);
        String submission = json(client.post("/v1/reviewSubmissions", "{\"data\":{\"type\":\"reviewSubmissions\","
                + "\"attributes\":{\"platform\":\"IOS\"},\"relationships\":{\"app\":{\"data\":{\"type\":\"apps\","
                + "\"id\":\"" + notes + "\"}}}}}"), 201).at("/data/id").asString();
        json(client.post("/v1/reviewSubmissionItems", "{\"data\":{\"type\":\"reviewSubmissionItems\",\"relationships\":"
                + "{\"reviewSubmission\":{\"data\":{\"type\":\"reviewSubmissions\",\"id\":\"" + submission + "\"}},"
                + "\"appStoreVersion\":{\"data\":{\"type\":\"appStoreVersions\",\"id\":\"" + version + "\"}}}}}"), 201);
        JsonNode submitted = json(client.patch("/v1/reviewSubmissions/" + submission, "{\"data\":{\"type\":"
                + "\"reviewSubmissions\",\"id\":\"" + submission + "\",\"attributes\":{\"submitted\":true}}}"), 200);
        assertThat(submitted.at("/data/attributes/state").asString()).isEqualTo("WAITING_FOR_REVIEW");
        assertThat(submitted.at("/data/attributes").has("submitted")).as("an action, not state").isFalse();
        assertThat(json(client.get("/v1/reviewSubmissions?filter[app]=" + notes + "&filter[state]=WAITING_FOR_REVIEW"
                + "&include=items"), 200).get("data")).hasSize(1);
        json(client.get("/v1/reviewSubmissions/" + submission + "/items"), 200);
        JsonNode forReview = json(client.get("/v1/reviewSubmissions/" + submission
                + "?include=appStoreVersionForReview,items"), 200);
        assertThat(forReview.at("/data/relationships/appStoreVersionForReview/data/id").asString()).isEqualTo(version);
        assertThat(forReview.get("included").findValuesAsString("type"))
                .containsExactlyInAnyOrder("appStoreVersions", "reviewSubmissionItems");
        assertThat(client.delete("/v1/appStoreVersionPhasedReleases/" + phased).status())
                .as("an INACTIVE phased release can be switched off").isEqualTo(204);
        assertError(client.post("/v1/appStoreVersionReleaseRequests", "{\"data\":{\"type\":"
                + "\"appStoreVersionReleaseRequests\",\"relationships\":{\"appStoreVersion\":{\"data\":{\"type\":"
                + "\"appStoreVersions\",\"id\":\"" + version + "\"}}}}}"), 409, "STATE_ERROR");
    }

    /**
     * Analytics (issue 16 scope 3): one ONGOING request per app (a second is Apple's 409, even after the first was
     * made), whose reports, instances and segments appear as Apple produces the days, every list and linkage in shape.
     */
    @Test
    void analyticsReportEndpointsAnswerInAppleShape() throws Exception {
        java.time.LocalDate today = sandbox.reports().availableThrough().plusDays(1);
        String atlas = appId("com.example.atlas");
        String request = "{\"data\":{\"type\":\"analyticsReportRequests\",\"attributes\":{\"accessType\":\"ONGOING\"},"
                + "\"relationships\":{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\"" + atlas + "\"}}}}}";
        assertThat(ok(client.get("/v1/apps/" + atlas + "/analyticsReportRequests?filter[accessType]=ONGOING"))
                .get("data")).isEmpty();
        JsonNode created = json(client.post("/v1/analyticsReportRequests", request), 201);
        String id = created.at("/data/id").asString();
        assertThat(created.at("/data/attributes/stoppedDueToInactivity").asBoolean(true)).isFalse();
        assertError(client.post("/v1/analyticsReportRequests", request), 409, "STATE_ERROR");
        JsonNode listed = ok(client.get("/v1/apps/" + atlas + "/analyticsReportRequests?filter[accessType]=ONGOING"
                + "&include=reports&limit[reports]=50"));
        assertThat(listed.get("data")).hasSize(1);
        assertThat(listed.at("/data/0/id").asString()).isEqualTo(id);
        assertThat(ok(client.get("/v1/apps/" + atlas + "/relationships/analyticsReportRequests")).get("data")).hasSize(1);
        ok(client.get("/v1/analyticsReportRequests/" + id + "?include=reports"));
        JsonNode reports = ok(client.get("/v1/analyticsReportRequests/" + id + "/reports?filter[category]=COMMERCE"));
        assertThat(reports.get("data")).isNotEmpty().allSatisfy(r ->
                assertThat(r.at("/attributes/category").asString()).isEqualTo("COMMERCE"));
        assertThat(ok(client.get("/v1/analyticsReportRequests/" + id + "/relationships/reports")).get("data").size())
                .isGreaterThan(reports.get("data").size());
        String report = reports.at("/data/0/id").asString();
        ok(client.get("/v1/analyticsReports/" + report));
        assertThat(ok(client.get("/v1/analyticsReports/" + report + "/instances")).get("data"))
                .as("nothing produced on the day of the request").isEmpty();

        sandbox.reports().setAvailableThrough(today.plusDays(8)); // Apple produces the next eight days
        JsonNode daily = ok(client.get("/v1/analyticsReports/" + report + "/instances?filter[granularity]=DAILY"));
        assertThat(daily.get("data")).hasSize(8);
        assertThat(daily.at("/data/0/attributes/processingDate").asString()).isEqualTo(today.plusDays(1).toString());
        assertThat(ok(client.get("/v1/analyticsReports/" + report + "/instances?filter[granularity]=WEEKLY")).get("data"))
                .hasSize(1);
        assertThat(ok(client.get("/v1/analyticsReports/" + report + "/instances?filter[processingDate]="
                + today.plusDays(2))).get("data")).hasSize(1);
        ok(client.get("/v1/analyticsReports/" + report + "/relationships/instances?limit=200"));
        String instance = daily.at("/data/0/id").asString();
        ok(client.get("/v1/analyticsReportInstances/" + instance));
        JsonNode segments = ok(client.get("/v1/analyticsReportInstances/" + instance + "/segments"));
        ok(client.get("/v1/analyticsReportInstances/" + instance + "/relationships/segments"));
        JsonNode segment = segments.at("/data/0");
        ok(client.get("/v1/analyticsReportSegments/" + segment.get("id").asString()));
        java.net.http.HttpResponse<byte[]> file = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(segment.at("/attributes/url").asString())).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).as("the URL needs no token, as Apple's signed one").isEqualTo(200);
        assertThat(file.body()).hasSize(segment.at("/attributes/sizeInBytes").asInt());
        assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(file.body())))
                .isEqualTo(segment.at("/attributes/checksum").asString());
        String text = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(file.body()))
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("Date\tApp Name\tApp Apple Identifier\t");
        assertThat(text.lines().skip(1)).isNotEmpty().allSatisfy(line -> assertThat(line)
                .startsWith(today + "\t").contains("\t" + atlas + "\t"));

        assertThat(client.delete("/v1/analyticsReportRequests/" + id).status()).isEqualTo(204);
        assertThat(client.get("/v1/analyticsReports/" + report).status()).as("gone with its request").isEqualTo(404);
        json(client.post("/v1/analyticsReportRequests", request), 201);
    }

    /**
     * In-app events: an event with a schedule (one whose end precedes its start refused), its localizations (a second
     * one per locale refused), card and details images uploaded and committed without a checksum (Apple's commit of
     * event media has none) and a video clip, every list and linkage, the event READY_FOR_REVIEW once complete, then
     * submitted as a review submission item of its own.
     */
    @Test
    void appEventEndpointsAnswerInAppleShape() throws Exception {
        String notes = appId("com.example.notes");
        String schedule = "[{\"territories\":[\"USA\",\"GBR\"],\"publishStart\":\"2027-03-01T00:00:00Z\","
                + "\"eventStart\":\"2027-03-08T00:00:00Z\",\"eventEnd\":\"2027-03-15T00:00:00Z\"}]";
        String app = "{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\"" + notes + "\"}}}";
        assertError(client.post("/v1/appEvents", body("appEvents", null, "{\"referenceName\":\"Backwards\","
                + "\"territorySchedules\":" + schedule.replace("2027-03-15", "2027-03-07") + "}", app)), 409,
                "ENTITY_ERROR.ATTRIBUTE.INVALID");
        JsonNode created = json(client.post("/v1/appEvents", body("appEvents", null, "{\"referenceName\":\"Spring Sale\","
                + "\"badge\":\"SPECIAL_EVENT\",\"purpose\":\"ATTRACT_NEW_USERS\",\"priority\":\"NORMAL\","
                + "\"primaryLocale\":\"en-US\",\"deepLink\":\"https://example.com/spring\",\"territorySchedules\":"
                + schedule + "}", app)), 201);
        String event = created.at("/data/id").asString();
        assertThat(created.at("/data/attributes/eventState").asString()).isEqualTo("DRAFT");
        String parent = "{\"appEvent\":{\"data\":{\"type\":\"appEvents\",\"id\":\"" + event + "\"}}}";
        String localization = json(client.post("/v1/appEventLocalizations", body("appEventLocalizations", null,
                "{\"locale\":\"en-US\",\"name\":\"Spring Sale\",\"shortDescription\":\"Half off\","
                        + "\"longDescription\":\"Everything half off for a week.\"}", parent)), 201).at("/data/id").asString();
        assertError(client.post("/v1/appEventLocalizations", body("appEventLocalizations", null,
                "{\"locale\":\"en-US\"}", parent)), 409, "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE");
        String owner = "{\"appEventLocalization\":{\"data\":{\"type\":\"appEventLocalizations\",\"id\":\""
                + localization + "\"}}}";
        for (String[] m : List.of(new String[] {"appEventScreenshots", "EVENT_CARD", "assetDeliveryState"},
                new String[] {"appEventScreenshots", "EVENT_DETAILS_PAGE", "assetDeliveryState"},
                new String[] {"appEventVideoClips", "EVENT_CARD", "videoDeliveryState"})) {
            byte[] file = m[0].equals("appEventScreenshots") ? (m[1].equals("EVENT_CARD")
                    ? dev.ascctl.store.TestImages.png(1920, 1080, 1) : dev.ascctl.store.TestImages.png(1080, 1920, 2))
                    : dev.ascctl.store.TestImages.video(3_000_000, 1);
            JsonNode reserved = json(client.post("/v1/" + m[0], body(m[0], null, "{\"fileName\":\"card.bin\","
                    + "\"fileSize\":" + file.length + ",\"appEventAssetType\":\"" + m[1] + "\"}", owner)), 201);
            String id = reserved.at("/data/id").asString();
            for (JsonNode op : reserved.at("/data/attributes/uploadOperations")) {
                var put = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create(op.path("url").asString()))
                        .header("Content-Type", "application/octet-stream")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(file, op.path("offset").asInt(),
                                op.path("length").asInt())).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
                assertThat(put.statusCode()).isEqualTo(200);
            }
            json(client.patch("/v1/" + m[0] + "/" + id, body(m[0], id, "{\"uploaded\":true}", null)), 200);
            assertThat(ok(client.get("/v1/" + m[0] + "/" + id + "?fields[" + m[0] + "]=" + m[2]))
                    .at("/data/attributes/" + m[2] + "/state").asString()).isEqualTo("COMPLETE");
            assertError(client.post("/v1/" + m[0], body(m[0], null, "{\"fileName\":\"again.bin\",\"fileSize\":10,"
                    + "\"appEventAssetType\":\"" + m[1] + "\"}", owner)), 409, "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE");
            ok(client.get("/v1/appEventLocalizations/" + localization + "/" + m[0]));
            ok(client.get("/v1/appEventLocalizations/" + localization + "/relationships/" + m[0]));
        }
        JsonNode listed = ok(client.get("/v1/apps/" + notes + "/appEvents?include=localizations&limit[localizations]=50"
                + "&fields[appEvents]=referenceName,eventState,territorySchedules,localizations"));
        assertThat(listed.at("/data/0/attributes/eventState").asString()).isEqualTo("READY_FOR_REVIEW");
        ok(client.get("/v1/apps/" + notes + "/relationships/appEvents"));
        JsonNode localizations = ok(client.get("/v1/appEvents/" + event + "/localizations?include=appEventScreenshots,"
                + "appEventVideoClips&limit[appEventScreenshots]=50&limit[appEventVideoClips]=50"));
        assertThat(count(localizations.get("included"), "appEventScreenshots")).isEqualTo(2);
        ok(client.get("/v1/appEvents/" + event + "/relationships/localizations"));
        ok(client.get("/v1/appEvents/" + event + "?include=localizations"));
        ok(client.get("/v1/appEventLocalizations/" + localization));
        json(client.patch("/v1/appEventLocalizations/" + localization, body("appEventLocalizations", localization,
                "{\"shortDescription\":\"Half off, all week\"}", null)), 200);
        json(client.patch("/v1/appEvents/" + event, body("appEvents", event, "{\"priority\":\"HIGH\"}", null)), 200);

        String submission = json(client.post("/v1/reviewSubmissions", body("reviewSubmissions", null,
                "{\"platform\":\"IOS\"}", app)), 201).at("/data/id").asString();
        json(client.post("/v1/reviewSubmissionItems", body("reviewSubmissionItems", null, null,
                "{\"reviewSubmission\":{\"data\":{\"type\":\"reviewSubmissions\",\"id\":\"" + submission + "\"}},"
                        + "\"appEvent\":{\"data\":{\"type\":\"appEvents\",\"id\":\"" + event + "\"}}}")), 201);
        json(client.patch("/v1/reviewSubmissions/" + submission, body("reviewSubmissions", submission,
                "{\"submitted\":true}", null)), 200);
        assertThat(ok(client.get("/v1/appEvents/" + event)).at("/data/attributes/eventState").asString())
                .isEqualTo("WAITING_FOR_REVIEW");
        assertError(client.patch("/v1/appEvents/" + event, body("appEvents", event, "{\"priority\":\"NORMAL\"}", null)),
                409, "STATE_ERROR");
        assertError(client.delete("/v1/appEvents/" + event), 403, "FORBIDDEN_ERROR");
        sandbox.state().patchAttributes("appEvents", event, Map.of("eventState", "PUBLISHED"));
        assertError(client.patch("/v1/appEvents/" + event, body("appEvents", event, "{\"priority\":\"NORMAL\"}", null)),
                409, "STATE_ERROR");
        json(client.patch("/v1/appEvents/" + event, body("appEvents", event, "{\"territorySchedules\":"
                + schedule.replace("2027-03-15", "2027-03-20") + "}", null)), 200);

        String draft = json(client.post("/v1/appEvents", body("appEvents", null, "{\"referenceName\":\"Draft\"}", app)),
                201).at("/data/id").asString();
        String draftLocalization = json(client.post("/v1/appEventLocalizations", body("appEventLocalizations", null,
                "{\"locale\":\"de-DE\"}", "{\"appEvent\":{\"data\":{\"type\":\"appEvents\",\"id\":\"" + draft
                        + "\"}}}")), 201).at("/data/id").asString();
        String shot = json(client.post("/v1/appEventScreenshots", body("appEventScreenshots", null,
                "{\"fileName\":\"x.png\",\"fileSize\":10,\"appEventAssetType\":\"EVENT_CARD\"}",
                "{\"appEventLocalization\":{\"data\":{\"type\":\"appEventLocalizations\",\"id\":\""
                        + draftLocalization + "\"}}}")), 201).at("/data/id").asString();
        String clip = json(client.post("/v1/appEventVideoClips", body("appEventVideoClips", null,
                "{\"fileName\":\"x.mp4\",\"fileSize\":10,\"appEventAssetType\":\"EVENT_DETAILS_PAGE\"}",
                "{\"appEventLocalization\":{\"data\":{\"type\":\"appEventLocalizations\",\"id\":\""
                        + draftLocalization + "\"}}}")), 201).at("/data/id").asString();
        assertThat(client.delete("/v1/appEventScreenshots/" + shot).status()).isEqualTo(204);
        assertThat(client.delete("/v1/appEventVideoClips/" + clip).status()).isEqualTo(204);
        assertThat(client.delete("/v1/appEventLocalizations/" + draftLocalization).status()).isEqualTo(204);
        assertThat(client.delete("/v1/appEvents/" + draft).status()).isEqualTo(204);
    }

    private static String key(RecordedExchange e) {
        return e.method() + " " + e.path() + (e.rawQuery() == null ? "" : "?" + e.rawQuery());
    }

    /** POST /v1/apps and DELETE /v1/apps/{id}: operations Apple's API does not have at all. */
    private static boolean isOutsideApplesApi(RecordedExchange e) {
        return e.path().startsWith("/v1/apps") && (e.method().equals("POST")
                || e.method().equals("DELETE") && e.path().split("/").length == 4);
    }

    private static String body(String type, String id, String attributes, String relationships) {
        return "{\"data\":{\"type\":\"" + type + "\"" + (id == null ? "" : ",\"id\":\"" + id + "\"")
                + (attributes == null ? "" : ",\"attributes\":" + attributes)
                + (relationships == null ? "" : ",\"relationships\":" + relationships) + "}}";
    }

    private String relative(String absolute) throws URISyntaxException {
        assertThat(absolute).startsWith(sandbox.baseUri().toString());
        return absolute.substring(sandbox.baseUri().toString().length());
    }

    private static long count(JsonNode resources, String type) {
        List<String> types = new ArrayList<>();
        resources.forEach(r -> types.add(r.get("type").asString()));
        return types.stream().filter(type::equals).count();
    }

    private String appId(String bundleId) {
        return sandbox.state().find("apps", a -> bundleId.equals(a.get("bundleId"))).orElseThrow().id();
    }

    private String editableAppInfo(String appId) {
        return sandbox.state().referencing("appInfos", "app", appId).stream()
                .filter(i -> "PREPARE_FOR_SUBMISSION".equals(i.attribute("state"))).findFirst().orElseThrow().id();
    }

    private String versionOf(String appId, String versionString) {
        return sandbox.state().referencing("appStoreVersions", "app", appId).stream()
                .filter(v -> versionString.equals(v.attribute("versionString"))).findFirst().orElseThrow().id();
    }

    /** {@code /v1/apps/123/appInfos} → {@code /v1/apps/{id}/appInfos}: the id is always the fourth segment. */
    private static String template(String path) {
        String[] segments = path.split("/");
        if (segments.length > 3) {
            segments[3] = "{id}";
        }
        return String.join("/", segments);
    }

    /** The endpoints the catalog makes the sandbox serve, in the same notation as {@link #template}. */
    private static Set<String> servedEndpoints() {
        Set<String> served = new TreeSet<>();
        ResourceCatalog catalog = new ResourceCatalog();
        for (String type : List.of("apps", "appInfos", "appInfoLocalizations", "appCategories", "ageRatingDeclarations",
                "appStoreVersions", "appStoreVersionLocalizations", "appStoreReviewDetails", "inAppPurchases",
                "inAppPurchaseLocalizations", "subscriptionGroups", "subscriptionGroupLocalizations", "subscriptions",
                "subscriptionLocalizations", "appScreenshotSets", "appScreenshots", "appPreviewSets", "appPreviews",
                "inAppPurchaseAppStoreReviewScreenshots", "inAppPurchasePriceSchedules", "subscriptionPrices",
                "subscriptionPromotionalOffers", "endUserLicenseAgreements", "accessibilityDeclarations",
                "appPriceSchedules", "appPricePoints", "appAvailabilities", "territoryAvailabilities",
                "endAppAvailabilityPreOrders", "nominations", "analyticsReportRequests", "analyticsReports",
                "analyticsReportInstances", "analyticsReportSegments", "appEvents", "appEventLocalizations",
                "appEventScreenshots", "appEventVideoClips", "appStoreVersionExperiments",
                "appStoreVersionExperimentTreatments", "appStoreVersionExperimentTreatmentLocalizations",
                "appClips", "appClipDefaultExperiences",
                "appClipDefaultExperienceLocalizations", "appClipHeaderImages", "appClipAppStoreReviewDetails",
                "appClipAdvancedExperiences", "appClipAdvancedExperienceImages", "appCustomProductPages",
                "appCustomProductPageVersions", "appCustomProductPageLocalizations")) {
            ResourceSpec spec = catalog.get(type);
            String root = "/" + catalog.apiVersion(type) + "/" + type;
            if (spec.allows(Operation.GET_COLLECTION)) {
                served.add("GET " + root);
            }
            if (spec.allows(Operation.CREATE)) {
                served.add("POST " + root);
            }
            if (spec.allows(Operation.GET_INSTANCE)) {
                served.add("GET " + root + "/{id}");
            }
            if (spec.allows(Operation.UPDATE)) {
                served.add("PATCH " + root + "/{id}");
            }
            if (spec.allows(Operation.DELETE)) {
                served.add("DELETE " + root + "/{id}");
            }
            for (RelationshipSpec rel : spec.relationships().values()) {
                if (rel.hasLinks()) {
                    served.add("GET " + root + "/{id}/" + rel.name());
                    served.add("GET " + root + "/{id}/relationships/" + rel.name());
                }
                if (catalog.replacesLinkages(type, rel.name())) {
                    served.add("PATCH " + root + "/{id}/relationships/" + rel.name());
                }
            }
        }
        return served;
    }
}
