package dev.ascctl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascctl.sandbox.server.Sandbox;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@link SandboxState} hand edits, as someone clicking in the ASC web UI: seen by the API at once. */
class HandEditsTest {
    private Sandbox sandbox;
    private SandboxClient client;
    private String appInfoId;
    private String versionId;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults().withApps("com.example.notes"));
        client = new SandboxClient(sandbox);
        appInfoId = sandbox.state().find("appInfos", a -> true).orElseThrow().id();
        versionId = sandbox.state().find("appStoreVersions", a -> true).orElseThrow().id();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void anAddedLocalizationIsServedWithEveryAttributePresent() {
        StoredResource added = sandbox.state().addLocalization("appInfos", appInfoId, "fr-FR", Map.of("name", "Notes"));

        JsonNode list = client.get("/v1/appInfos/" + appInfoId + "/appInfoLocalizations?filter[locale]=fr-FR").json();
        assertThat(list.at("/data/0/id").asString()).isEqualTo(added.id());
        assertThat(list.at("/data/0/attributes/name").asString()).isEqualTo("Notes");
        assertThat(list.at("/data/0/attributes").has("subtitle")).isTrue();
        assertThat(list.at("/data/0/attributes/subtitle").isNull()).isTrue();

        sandbox.state().addLocalization("appStoreVersions", versionId, "fr-FR", Map.of("description", "Des notes."));
        JsonNode versionLocales = client.get("/v1/appStoreVersions/" + versionId + "/appStoreVersionLocalizations").json();
        assertThat(versionLocales.get("data")).hasSize(2);
    }

    @Test
    void addingALocalizationRefusesWhatTheWebUiRefuses() {
        assertThatThrownBy(() -> sandbox.state().addLocalization("appInfos", appInfoId, "en-US", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("en-US");
        assertThatThrownBy(() -> sandbox.state().addLocalization("apps", "1", "fr-FR", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sandbox.state().addLocalization("appStoreVersions", versionId, "fr-FR", Map.of("name", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'name'");
    }

    @Test
    void aDeletedLocalizationIsGoneFromTheApi() {
        StoredResource german = sandbox.state().addLocalization("appStoreVersions", versionId, "de-DE", Map.of());

        sandbox.state().delete("appStoreVersionLocalizations", german.id());

        assertThat(client.get("/v1/appStoreVersionLocalizations/" + german.id()).status()).isEqualTo(404);
        assertThat(client.get("/v1/appStoreVersions/" + versionId + "/appStoreVersionLocalizations").json()
                .get("data")).hasSize(1);
    }

    @Test
    void aDeletedVersionTakesItsLocalizationsAndReviewDetailAlong() {
        sandbox.state().delete("appStoreVersions", versionId);

        assertThat(client.get("/v1/appStoreVersions/" + versionId).status()).isEqualTo(404);
        assertThat(sandbox.state().referencing("appStoreVersionLocalizations", "appStoreVersion", versionId)).isEmpty();
        assertThat(sandbox.state().referencing("appStoreReviewDetails", "appStoreVersion", versionId)).isEmpty();
        assertThat(sandbox.state().all("appInfoLocalizations")).as("other objects stay").hasSize(1);
        assertThatThrownBy(() -> sandbox.state().delete("appStoreVersions", versionId))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDeletedBetaGroupKeepsItsTestersAndBuildsAndOnlyUnlinksThem() throws Exception {
        try (Sandbox seeded = Sandbox.start(SandboxOptions.defaults().withPort(0)
                .withSeedFile(java.nio.file.Path.of("examples/sandbox/adoption-seed.yaml")))) {
            SandboxState state = seeded.state();
            StoredResource publicBeta = state.find("betaGroups", a -> "Public Beta".equals(a.get("name"))).orElseThrow();
            StoredResource press = state.find("betaGroups", a -> "Press".equals(a.get("name"))).orElseThrow();
            assertThat(state.referencing("builds", "betaGroups", publicBeta.id())).hasSize(2);
            assertThat(state.referencing("betaTesters", "betaGroups", publicBeta.id())).hasSize(2);
            int testers = state.all("betaTesters").size();
            int builds = state.all("builds").size();

            state.delete("betaGroups", publicBeta.id());

            assertThat(state.get("betaGroups", publicBeta.id())).isEmpty();
            assertThat(state.all("betaTesters")).as("testers are the app's, not the group's").hasSize(testers);
            assertThat(state.all("builds")).as("builds are the app's, not the group's").hasSize(builds);
            assertThat(state.referencing("builds", "betaGroups", publicBeta.id())).as("unlinked").isEmpty();
            assertThat(state.referencing("betaTesters", "betaGroups", publicBeta.id())).as("unlinked").isEmpty();
            // Other links of the same testers and builds stay: Ada is still in Team, build 410 still in Press.
            StoredResource ada = state.find("betaTesters", a -> "ada@example.com".equals(a.get("email"))).orElseThrow();
            assertThat(ada.related("betaGroups")).hasSize(1);
            assertThat(state.referencing("builds", "betaGroups", press.id()))
                    .extracting(b -> b.attribute("version")).containsExactly("410");
            StoredResource jane = state.find("betaTesters", a -> "jane@example.com".equals(a.get("email"))).orElseThrow();
            assertThat(jane.related("betaGroups")).isEmpty();
        }
    }

    @Test
    void aDeletedBuildStillTakesItsWhatToTestAlong() throws Exception {
        try (Sandbox seeded = Sandbox.start(SandboxOptions.defaults().withPort(0)
                .withSeedFile(java.nio.file.Path.of("examples/sandbox/adoption-seed.yaml")))) {
            SandboxState state = seeded.state();
            StoredResource build = state.find("builds", a -> "410".equals(a.get("version"))).orElseThrow();
            assertThat(state.referencing("betaBuildLocalizations", "build", build.id())).hasSize(2);
            int groups = state.all("betaGroups").size();

            state.delete("builds", build.id());

            assertThat(state.referencing("betaBuildLocalizations", "build", build.id())).isEmpty();
            assertThat(state.referencing("betaAppReviewSubmissions", "build", build.id())).isEmpty();
            assertThat(state.all("betaGroups")).as("the groups it was in stay").hasSize(groups);
        }
    }
}
