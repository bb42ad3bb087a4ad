package dev.ascctl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.sandbox.server.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * App Review's content check on review submissions, in the two shapes recorded from Apple: adding an incomplete
 * version as an item (409 {@code STATE_ERROR.ENTITY_STATE_INVALID}), and submitting one whose content was emptied
 * after it was added (409 {@code STATE_ERROR}, "Submit for review errors found."), both with
 * {@code meta.associatedErrors} keyed by the path of each object.
 */
class ReviewRequirementsTest {
    private static final String SEED = """
            apps:
              - bundleId: com.example.notes
                builds:
                  - {version: "250", versionString: "1.1", processingState: VALID%s}
                versions:
                  - {versionString: "1.0", state: READY_FOR_DISTRIBUTION}
                  - versionString: "1.1"
                    build: "250"
                    locales:
                      en-US: {description: Notes., keywords: notes, supportUrl: "https://example.com/help", whatsNew: Fixes.}
                      de-DE: {description: Notizen.}
                    %s
            """;

    @TempDir
    Path temp;
    Sandbox sandbox;
    SandboxClient client;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private void start(String buildExtra, String versionExtra) throws Exception {
        Path seed = temp.resolve("seed.yaml");
        Files.writeString(seed, SEED.formatted(buildExtra, versionExtra));
        sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withSeedFile(seed));
        client = new SandboxClient(sandbox);
    }

    @Test
    void anIncompleteVersionIsRefusedAsAnItemWithAppleAssociatedErrors() throws Exception {
        start(", usesNonExemptEncryption: null", "");
        String submission = createSubmission();

        SandboxClient.Reply reply = addItem(submission);

        assertThat(reply.status()).as(reply.body()).isEqualTo(409);
        JsonNode error = reply.json().at("/errors/0");
        assertThat(error.get("code").asString()).isEqualTo("STATE_ERROR.ENTITY_STATE_INVALID");
        assertThat(error.get("title").asString()).isEqualTo("appStoreVersions with id '" + version() + "' is not in valid state.");
        JsonNode associated = error.at("/meta/associatedErrors");
        JsonNode de = associated.get("/v1/appStoreVersionLocalizations/" + localization("de-DE"));
        assertThat(de.valueStream().map(e -> e.at("/source/pointer").asString()))
                .containsExactly("/data/attributes/keywords", "/data/attributes/supportUrl", "/data/attributes/whatsNew");
        assertThat(de.valueStream().map(e -> e.get("code").asString())).containsOnly("ENTITY_ERROR.ATTRIBUTE.REQUIRED");
        assertThat(de.get(0).get("detail").asString())
                .isEqualTo("You must provide a value for the attribute 'keywords' with this request");
        assertThat(associated.has("/v1/appStoreVersionLocalizations/" + localization("en-US"))).as("complete").isFalse();
        JsonNode screenshots = associated.get("/v1/appScreenshots/").get(0);
        assertThat(screenshots.get("code").asString()).isEqualTo("STATE_ERROR.SCREENSHOT_REQUIRED.APP_IPHONE_67");
        assertThat(screenshots.has("detail")).as("Apple sends none here").isFalse();
        assertThat(associated.get("/v1/builds/" + build()).get(0).at("/source/pointer").asString())
                .isEqualTo("/data/attributes/usesNonExemptEncryption");
        assertThat(sandbox.state().all("reviewSubmissionItems")).isEmpty();
    }

    @Test
    void contentEmptiedAfterTheVersionWasAddedIsRefusedAtSubmit() throws Exception {
        start("", "screenshotSets: {en-US: [APP_IPHONE_67]}");
        fill("de-DE", "keywords", "notizen", "supportUrl", "https://example.com/de/help", "whatsNew", "Fehler.");
        String submission = createSubmission();
        assertThat(addItem(submission).status()).isEqualTo(201);
        fill("de-DE", "keywords", null, "supportUrl", "https://example.com/de/help", "whatsNew", "Fehler.");

        SandboxClient.Reply reply = submit(submission);

        assertThat(reply.status()).as(reply.body()).isEqualTo(409);
        JsonNode error = reply.json().at("/errors/0");
        assertThat(error.get("code").asString()).isEqualTo("STATE_ERROR");
        assertThat(error.get("detail").asString()).isEqualTo("Submit for review errors found.");
        assertThat(error.at("/meta/associatedErrors").propertyNames())
                .containsExactly("/v1/appStoreVersionLocalizations/" + localization("de-DE"));
        assertThat(sandbox.state().require("reviewSubmissions", submission).attribute("state"))
                .isEqualTo("READY_FOR_REVIEW");
    }

    @Test
    void aCompleteVersionIsAcceptedAndSubmitted() throws Exception {
        start("", "screenshotSets: {en-US: [APP_IPHONE_65]}");
        fill("de-DE", "keywords", "notizen", "supportUrl", "https://example.com/de/help", "whatsNew", "Fehler.");
        String submission = createSubmission();

        assertThat(addItem(submission).status()).isEqualTo(201);
        SandboxClient.Reply reply = submit(submission);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().at("/data/attributes/state").asString()).isEqualTo("WAITING_FOR_REVIEW");
    }

    /** Apple will not submit an app that has no price or is sold nowhere (a new app, seeded with neither). */
    @Test
    void anAppWithoutPriceAndAvailabilityIsRefusedAtSubmit() throws Exception {
        Path seed = temp.resolve("new-app.yaml");
        Files.writeString(seed, SEED.formatted("", "screenshotSets: {en-US: [APP_IPHONE_65]}")
                .replace("  - bundleId: com.example.notes\n", "  - bundleId: com.example.notes\n    price: null\n"
                        + "    availability: {territories: [USA]}\n"));
        sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withSeedFile(seed));
        client = new SandboxClient(sandbox);
        fill("de-DE", "keywords", "notizen", "supportUrl", "https://example.com/de/help", "whatsNew", "Fehler.");
        String submission = createSubmission();
        String app = sandbox.state().all("apps").get(0).id();
        sandbox.state().all("territoryAvailabilities").forEach(t -> sandbox.state()
                .patchAttributes("territoryAvailabilities", t.id(), Map.of("available", false)));

        SandboxClient.Reply reply = addItem(submission);

        assertThat(reply.status()).as(reply.body()).isEqualTo(409);
        JsonNode associated = reply.json().at("/errors/0/meta/associatedErrors");
        assertThat(associated.propertyNames()).containsExactly("/v1/appPriceSchedules/", "/v2/appAvailabilities/");
        assertThat(associated.at("/~1v1~1appPriceSchedules~1/0/code").asString()).isEqualTo("STATE_ERROR.APP_PRICE_REQUIRED");
        assertThat(sandbox.state().get("appPriceSchedules", app).orElseThrow().related("manualPrices")).isEmpty();
    }

    private String createSubmission() {
        String app = sandbox.state().find("apps", a -> true).orElseThrow().id();
        SandboxClient.Reply reply = client.post("/v1/reviewSubmissions", "{\"data\":{\"type\":\"reviewSubmissions\","
                + "\"attributes\":{\"platform\":\"IOS\"},\"relationships\":{\"app\":{\"data\":{\"type\":\"apps\","
                + "\"id\":\"" + app + "\"}}}}}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().at("/data/id").asString();
    }

    private SandboxClient.Reply addItem(String submission) {
        return client.post("/v1/reviewSubmissionItems", "{\"data\":{\"type\":\"reviewSubmissionItems\",\"relationships\":"
                + "{\"reviewSubmission\":{\"data\":{\"type\":\"reviewSubmissions\",\"id\":\"" + submission + "\"}},"
                + "\"appStoreVersion\":{\"data\":{\"type\":\"appStoreVersions\",\"id\":\"" + version() + "\"}}}}}");
    }

    private SandboxClient.Reply submit(String submission) {
        return client.patch("/v1/reviewSubmissions/" + submission, "{\"data\":{\"type\":\"reviewSubmissions\",\"id\":\""
                + submission + "\",\"attributes\":{\"submitted\":true}}}");
    }

    /** A hand edit in App Store Connect (bypasses the rules); a null value empties the field. */
    private void fill(String locale, Object... fieldsAndValues) {
        Map<String, Object> changes = new HashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            changes.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        sandbox.state().patchAttributes("appStoreVersionLocalizations", localization(locale), changes);
    }

    private String version() {
        return sandbox.state().find("appStoreVersions", a -> "1.1".equals(a.get("versionString"))).orElseThrow().id();
    }

    private String build() {
        return sandbox.state().all("builds").get(0).id();
    }

    private String localization(String locale) {
        return sandbox.state().referencing("appStoreVersionLocalizations", "appStoreVersion", version()).stream()
                .filter(l -> locale.equals(l.attribute("locale"))).findFirst().orElseThrow().id();
    }
}
