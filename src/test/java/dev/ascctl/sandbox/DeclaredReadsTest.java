package dev.ascctl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.model.ResourceCatalog;
import dev.ascctl.sandbox.server.Sandbox;
import dev.ascctl.vocabulary.Vocabulary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11 scope 7: every GET Apple's spec declares on a resource type the sandbox serves (every GET of the
 * generated vocabulary whose path starts with a served type) answers as Apple would: 200 with the data the sandbox
 * has, an empty list, or {@code "data": null}; never the 404 "path does not match" a client reads as "nothing
 * exists". Each exchange is checked against Apple's spec by {@link OpenApiConformance}.
 */
class DeclaredReadsTest {
    private static final Path SEED = Path.of("examples/sandbox/adoption-seed.yaml");

    private Sandbox sandbox;
    private SandboxClient client;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults().withSeedFile(SEED));
        client = new SandboxClient(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void everyDeclaredGetOnAServedTypeAnswersAndConforms() {
        ResourceCatalog catalog = new ResourceCatalog();
        String app = sandbox.state().all("apps").get(0).id();
        assertThat(client.post("/v1/reviewSubmissions", "{\"data\":{\"type\":\"reviewSubmissions\",\"attributes\":"
                + "{\"platform\":\"IOS\"},\"relationships\":{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\"" + app
                + "\"}}}}}").status()).isEqualTo(201);
        // A build upload with its file, so the build upload reads are walked too (the seed has none: they come from uploads).
        String upload = client.post("/v1/buildUploads", "{\"data\":{\"type\":\"buildUploads\",\"attributes\":"
                + "{\"cfBundleShortVersionString\":\"9.0\",\"cfBundleVersion\":\"900\",\"platform\":\"IOS\"},"
                + "\"relationships\":{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\"" + app + "\"}}}}}").json()
                .at("/data/id").asString();
        assertThat(client.post("/v1/buildUploadFiles", "{\"data\":{\"type\":\"buildUploadFiles\",\"attributes\":"
                + "{\"assetType\":\"ASSET\",\"fileName\":\"A.ipa\",\"fileSize\":10,\"uti\":\"com.apple.ipa\"},"
                + "\"relationships\":{\"buildUpload\":{\"data\":{\"type\":\"buildUploads\",\"id\":\"" + upload
                + "\"}}}}}").status()).isEqualTo(201);
        // An analytics report request, and two days Apple has produced since, so its reports' reads are walked too.
        assertThat(client.post("/v1/analyticsReportRequests", "{\"data\":{\"type\":\"analyticsReportRequests\","
                + "\"attributes\":{\"accessType\":\"ONGOING\"},\"relationships\":{\"app\":{\"data\":{\"type\":"
                + "\"apps\",\"id\":\"" + app + "\"}}}}}").status()).isEqualTo(201);
        sandbox.reports().setAvailableThrough(sandbox.reports().availableThrough().plusDays(2));
        // A subscription with its availability, so the subscriptionPlanAvailabilities reads are walked too.
        String group = client.post("/v1/subscriptionGroups", "{\"data\":{\"type\":\"subscriptionGroups\",\"attributes\":"
                + "{\"referenceName\":\"Plus\"},\"relationships\":{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\""
                + app + "\"}}}}}").json().at("/data/id").asString();
        String subscription = client.post("/v1/subscriptions", "{\"data\":{\"type\":\"subscriptions\",\"attributes\":"
                + "{\"name\":\"Monthly\",\"productId\":\"com.example.declared.monthly\",\"subscriptionPeriod\":"
                + "\"ONE_MONTH\"},\"relationships\":{\"group\":{\"data\":{\"type\":\"subscriptionGroups\",\"id\":\""
                + group + "\"}}}}}").json().at("/data/id").asString();
        assertThat(client.post("/v1/subscriptionPlanAvailabilities", "{\"data\":{\"type\":"
                + "\"subscriptionPlanAvailabilities\",\"attributes\":{\"availableInNewTerritories\":true,\"planType\":"
                + "\"UPFRONT\"},\"relationships\":{\"subscription\":{\"data\":{\"type\":\"subscriptions\",\"id\":\""
                + subscription + "\"}},\"availableTerritories\":{\"data\":[{\"type\":\"territories\",\"id\":\"USA\"}]}}}}")
                .status()).isEqualTo(201);
        // An in-app event with a localization, an image and a video clip, so the event reads are walked too.
        String event = client.post("/v1/appEvents", "{\"data\":{\"type\":\"appEvents\",\"attributes\":{\"referenceName\":"
                + "\"Declared\"},\"relationships\":{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\"" + app + "\"}}}}}")
                .json().at("/data/id").asString();
        String eventLocalization = client.post("/v1/appEventLocalizations", "{\"data\":{\"type\":"
                + "\"appEventLocalizations\",\"attributes\":{\"locale\":\"en-US\"},\"relationships\":{\"appEvent\":"
                + "{\"data\":{\"type\":\"appEvents\",\"id\":\"" + event + "\"}}}}}").json().at("/data/id").asString();
        for (String media : List.of("appEventScreenshots", "appEventVideoClips")) {
            assertThat(client.post("/v1/" + media, "{\"data\":{\"type\":\"" + media + "\",\"attributes\":"
                    + "{\"fileName\":\"card\",\"fileSize\":10,\"appEventAssetType\":\"EVENT_CARD\"},\"relationships\":"
                    + "{\"appEventLocalization\":{\"data\":{\"type\":\"appEventLocalizations\",\"id\":\""
                    + eventLocalization + "\"}}}}}").status()).isEqualTo(201);
        }
        // A product page optimization test with a treatment in a locale of the live version, so their reads are walked.
        String experiment = client.post("/v2/appStoreVersionExperiments", "{\"data\":{\"type\":"
                + "\"appStoreVersionExperiments\",\"attributes\":{\"name\":\"Icons\",\"platform\":\"IOS\","
                + "\"trafficProportion\":20},\"relationships\":{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\""
                + app + "\"}}}}}").json().at("/data/id").asString();
        String treatment = client.post("/v1/appStoreVersionExperimentTreatments", "{\"data\":{\"type\":"
                + "\"appStoreVersionExperimentTreatments\",\"attributes\":{\"name\":\"Bold\"},\"relationships\":"
                + "{\"appStoreVersionExperimentV2\":{\"data\":{\"type\":\"appStoreVersionExperiments\",\"id\":\""
                + experiment + "\"}}}}}").json().at("/data/id").asString();
        assertThat(client.post("/v1/appStoreVersionExperimentTreatmentLocalizations", "{\"data\":{\"type\":"
                + "\"appStoreVersionExperimentTreatmentLocalizations\",\"attributes\":{\"locale\":\"en-US\"},"
                + "\"relationships\":{\"appStoreVersionExperimentTreatment\":{\"data\":{\"type\":"
                + "\"appStoreVersionExperimentTreatments\",\"id\":\"" + treatment + "\"}}}}}").status()).isEqualTo(201);
        appClipExperiences(app);
        // An encryption declaration, so its reads are walked too.
        assertThat(client.post("/v1/appEncryptionDeclarations", "{\"data\":{\"type\":\"appEncryptionDeclarations\","
                + "\"attributes\":{\"appDescription\":\"AES for sync.\",\"containsProprietaryCryptography\":false,"
                + "\"containsThirdPartyCryptography\":true,\"availableOnFrenchStore\":false},\"relationships\":{\"app\":"
                + "{\"data\":{\"type\":\"apps\",\"id\":\"" + app + "\"}}}}}").status()).isEqualTo(201);
        Map<String, String> answers = new TreeMap<>();
        List<String> noInstance = new ArrayList<>();
        int walked = 0;
        for (Vocabulary.Operation op : Vocabulary.get().operations().values()) {
            String[] seg = op.path().split("/");
            if (!op.method().equals("GET") || catalog.find(seg[2]).isEmpty()
                    || !catalog.apiVersion(seg[2]).equals(seg[1])) {
                continue;
            }
            String path = op.path();
            if (path.contains("{id}")) {
                List<StoredResource> owners = instances(seg[2]);
                if (owners.isEmpty()) {
                    noInstance.add(path);
                    continue;
                }
                path = path.replace("{id}", owners.get(0).id());
            }
            walked++;
            SandboxClient.Reply reply = client.get(path + requiredQuery(op));
            String verdict = reply.status() + (reply.status() == 200 ? " " + shape(reply.json()) : " " + reply.body());
            answers.put(op.path(), verdict);
        }
        // Not one answers anything but 200 (with data, an empty list or data: null), or, for a to-one the sandbox
        // keeps and that points at nothing, the 404 live ASC answers then (Errors.relatedNotFound, observed).
        assertThat(answers).allSatisfy((template, verdict) -> assertThat(verdict).as(template)
                .matches("200 .*|404 .*There is no resource of type '\\w+' with id 'null'.*"));
        // Spot checks of what a client reads, on paths issue 11 names.
        assertThat(answers.get("/v1/apps/{id}/customerReviews")).isEqualTo("200 list of 4"); // the seed's reviews
        assertThat(answers.get("/v1/apps/{id}/appCustomProductPages")).isEqualTo("200 list of 1"); // the seed's page
        assertThat(answers.get("/v1/apps/{id}/gameCenterDetail")).isEqualTo("200 data: null");
        // A seeded app is on sale: free, in every territory (Seeder), as App Review requires.
        assertThat(answers.get("/v1/apps/{id}/appPriceSchedule")).isEqualTo("200 one appPriceSchedules");
        assertThat(answers.get("/v1/apps/{id}/appAvailabilityV2")).isEqualTo("200 one appAvailabilities");
        assertThat(answers.get("/v1/apps/{id}/accessibilityDeclarations")).isEqualTo("200 list of 1");
        assertThat(answers.get("/v1/apps/{id}/builds")).isEqualTo("200 list of 2"); // stored builds refer to the app
        assertThat(answers.get("/v1/territories")).isEqualTo("200 list of 50"); // of 175, one page
        // The equalizations link each price point carries: the same tier in the other territories the sandbox prices.
        assertThat(answers.get("/v1/inAppPurchasePricePoints/{id}/equalizations")).startsWith("200 list of ")
                .isNotEqualTo("200 list of 0");
        // Every served type with paths under {id} has an instance in the seed, so every such path was walked.
        assertThat(noInstance).as("declared GETs not walked: no instance of the owner in the seed").isEmpty();
        assertThat(walked).isGreaterThan(300);
        OpenApiConformance.assertConforms(sandbox.requestLog().withoutInjectedFaults());
    }

    @Test
    void aDeclaredWriteTheSandboxDoesNotSimulateSaysSo() {
        ResourceCatalog catalog = new ResourceCatalog();
        Map<String, String> answers = new TreeMap<>();
        for (Vocabulary.Operation op : Vocabulary.get().operations().values()) {
            String[] seg = op.path().split("/");
            if (op.method().equals("GET") || catalog.find(seg[2]).isEmpty()) {
                continue;
            }
            // An id nothing has: a served write refuses it (404 of that id) or the empty body (409) untouched.
            String path = op.path().replace("{id}", "zzzNoSuchId");
            SandboxClient.Reply reply = switch (op.method()) {
                case "POST" -> client.post(path, "{}");
                case "PATCH" -> client.patch(path, "{}");
                default -> client.delete(path);
            };
            answers.put(op.method() + " " + op.path(), reply.status() + " " + reply.json().at("/errors/0/code").asString()
                    + " " + reply.json().at("/errors/0/detail").asString());
        }
        assertThat(answers).allSatisfy((operation, verdict) -> assertThat(verdict).as(operation)
                .doesNotContain("The path provided does not match").doesNotContain("does not allow"));
        // Resolving or removing a review submission item (its PATCH) is not simulated; a build's PATCH (export
        // compliance) is, so it answers for the id like any served write.
        assertThat(answers.get("PATCH /v1/reviewSubmissionItems/{id}")).isEqualTo("422 NOT_SIMULATED App Store Connect"
                + " accepts PATCH /v1/reviewSubmissionItems/{id}; the ascctl sandbox does not simulate it, so nothing"
                + " was changed. Try it against App Store Connect.");
        assertThat(answers.get("PATCH /v1/builds/{id}")).startsWith("404 NOT_FOUND");
        assertThat(answers).containsKey("PATCH /v1/reviewSubmissionItems/{id}");
        assertThat(answers.get("PATCH /v1/reviewSubmissionItems/{id}")).startsWith("422 NOT_SIMULATED");
        // What Apple does not offer at all is still Apple's 403.
        SandboxClient.Reply noSuchOperation = client.delete("/v1/apps/" + sandbox.state().all("apps").get(0).id());
        assertThat(noSuchOperation.status()).isEqualTo(403);
        assertThat(noSuchOperation.json().at("/errors/0/code").asString()).isEqualTo("FORBIDDEN_ERROR");
    }

    /** Stored resources of a type; for computed price points, those of the first product of their kind. */
    /**
     * The seed's App Clip gets a default experience with a localization, a header image (reserved) and a review
     * detail, and an advanced experience with its image, so the App Clip reads are walked too.
     */
    private void appClipExperiences(String app) {
        String clip = sandbox.state().referencing("appClips", "app", app).get(0).id();
        String experience = created("/v1/appClipDefaultExperiences", "{\"data\":{\"type\":\"appClipDefaultExperiences\","
                + "\"attributes\":{\"action\":\"OPEN\"},\"relationships\":{\"appClip\":{\"data\":{\"type\":"
                + "\"appClips\",\"id\":\"" + clip + "\"}}}}}");
        String localization = created("/v1/appClipDefaultExperienceLocalizations", "{\"data\":{\"type\":"
                + "\"appClipDefaultExperienceLocalizations\",\"attributes\":{\"locale\":\"en-US\",\"subtitle\":"
                + "\"Rain alerts\"},\"relationships\":{\"appClipDefaultExperience\":{\"data\":{\"type\":"
                + "\"appClipDefaultExperiences\",\"id\":\"" + experience + "\"}}}}}");
        created("/v1/appClipHeaderImages", "{\"data\":{\"type\":\"appClipHeaderImages\",\"attributes\":"
                + "{\"fileName\":\"card.png\",\"fileSize\":10},\"relationships\":{\"appClipDefaultExperienceLocalization\":"
                + "{\"data\":{\"type\":\"appClipDefaultExperienceLocalizations\",\"id\":\"" + localization + "\"}}}}}");
        created("/v1/appClipAppStoreReviewDetails", "{\"data\":{\"type\":\"appClipAppStoreReviewDetails\","
                + "\"attributes\":{\"invocationUrls\":[\"https://example.com/clip\"]},\"relationships\":"
                + "{\"appClipDefaultExperience\":{\"data\":{\"type\":\"appClipDefaultExperiences\",\"id\":\""
                + experience + "\"}}}}}");
        String image = created("/v1/appClipAdvancedExperienceImages", "{\"data\":{\"type\":"
                + "\"appClipAdvancedExperienceImages\",\"attributes\":{\"fileName\":\"card.png\",\"fileSize\":10}}}");
        created("/v1/appClipAdvancedExperiences", "{\"data\":{\"type\":\"appClipAdvancedExperiences\",\"attributes\":"
                + "{\"link\":\"https://example.com/clip/1\",\"isPoweredBy\":false,\"defaultLanguage\":\"EN\"},"
                + "\"relationships\":{\"appClip\":{\"data\":{\"type\":\"appClips\",\"id\":\"" + clip + "\"}},"
                + "\"headerImage\":{\"data\":{\"type\":\"appClipAdvancedExperienceImages\",\"id\":\"" + image
                + "\"}},\"localizations\":{\"data\":[]}}}}");
    }

    private String created(String path, String body) {
        SandboxClient.Reply reply = client.post(path, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().at("/data/id").asString();
    }

    private List<StoredResource> instances(String type) {
        return switch (type) {
            case "inAppPurchasePricePoints" -> sandbox.state().computedRelated(sandbox.state().all("inAppPurchases")
                    .get(0), "pricePoints").orElseThrow();
            case "subscriptionPricePoints" -> sandbox.state().computedRelated(sandbox.state().all("subscriptions")
                    .get(0), "pricePoints").orElseThrow();
            case "appPricePoints" -> sandbox.state().computedRelated(sandbox.state().all("apps").get(0),
                    "appPricePoints").orElseThrow();
            case "analyticsReports" -> related("analyticsReportRequests", "reports");
            case "analyticsReportInstances" -> sandbox.state().computedRelated(related("analyticsReportRequests",
                    "reports").get(0), "instances").orElseThrow();
            case "analyticsReportSegments" -> sandbox.state().computedRelated(instances("analyticsReportInstances")
                    .get(0), "segments").orElseThrow();
            default -> sandbox.state().all(type);
        };
    }

    private List<StoredResource> related(String type, String relationship) {
        return sandbox.state().computedRelated(sandbox.state().all(type).get(0), relationship).orElseThrow();
    }

    /** The parameters the operation requires ({@code filter[app]} on /v1/reviewSubmissions), with stored ids. */
    private String requiredQuery(Vocabulary.Operation op) {
        StringBuilder q = new StringBuilder();
        for (String p : op.required()) {
            String name = p.substring(p.indexOf('[') + 1, p.length() - 1);
            String type = switch (name) {
                case "app" -> "apps";
                case "build" -> "builds";
                default -> name.endsWith("s") ? name : name + "s";
            };
            List<String> values = op.filters().getOrDefault(name, List.of());
            String value = !values.isEmpty() ? values.get(0)
                    : sandbox.state().all(type).stream().findFirst().map(StoredResource::id)
                    .orElse("none");
            q.append(q.isEmpty() ? "?" : "&").append(p).append('=').append(value);
        }
        return q.toString();
    }

    private static String shape(JsonNode doc) {
        JsonNode data = doc.get("data");
        if (data == null) {
            return "no data: " + doc.propertyNames();
        }
        return data.isArray() ? "list of " + data.size() : data.isNull() ? "data: null" : "one " + data.get("type").asString();
    }
}
