package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.store.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's App Clip must-show against the sandbox: the demo app's App Clip gets a default experience in two
 * locales, each with its header image, and a review detail, in one apply; the next plan is clean; every exchange
 * conforms to Apple's spec. A later change of text uploads no image again (identity is the MD5); another file
 * replaces the image of its locale only.
 */
@SandboxStore(seed = "examples/sandbox/notes-seed.yaml")
public class AppClipEndToEndIT {
    static final String CLIP = "com.example.notes.Clip";
    SandboxFixture fixture;
    Path store;
    Path clipFile;

    @BeforeEach
    void start(SandboxFixture fixture) throws IOException {
        this.fixture = fixture;
        store = fixture.store();
        clipFile = store.resolve("apps/notes/app-clips/" + CLIP + ".yaml");
        Files.createDirectories(clipFile.getParent());
        Files.write(store.resolve("apps/notes/app-clips/card-en.png"), TestImages.png(1800, 1200, 1));
        Files.write(store.resolve("apps/notes/app-clips/card-de.png"), TestImages.png(1800, 1200, 2));
        Files.write(store.resolve("apps/notes/app-clips/card-en-2.png"), TestImages.png(1800, 1200, 3));
        // The example's other changes first, so each apply below writes the App Clip alone.
        var base = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(base.exitCode()).as(base.toString()).isZero();
    }

    private void writeClip(String action, String deSubtitle, String enImage) throws IOException {
        Files.writeString(clipFile, """
                defaultExperience:
                  action: %s
                  reviewDetail:
                    invocationUrls: ["https://example.com/clip", "https://example.com/clip/menu"]
                  localizations:
                    en-US: {subtitle: Order ahead and skip the line, headerImage: app-clips/%s}
                    de-DE: {subtitle: %s, headerImage: app-clips/card-de.png}
                """.formatted(action, enImage, deSubtitle));
    }

    /** Applies; returns the writes it sent (ids as {id}); checks conformance and that the next plan is clean. */
    private List<String> applyThenClean() {
        fixture.sandbox.requestLog().clear();
        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        List<RecordedExchange> log = fixture.sandbox.requestLog().list();
        OpenApiConformance.assertConforms(log);
        List<String> writes = log.stream().filter(RecordedExchange::isWrite)
                .map(w -> w.method() + " " + w.path().replaceFirst("^(/v1/\\w+)/[^/?]+", "$1/{id}")).toList();
        fixture.sandbox.requestLog().clear();
        var plan = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        assertThat(plan.out()).contains("No changes.");
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
        return writes;
    }

    private List<StoredResource> all(String type) {
        return fixture.sandbox.state().all(type);
    }

    @Test
    void aDefaultExperienceInTwoLocalesWithHeaderImagesConvergesInOneApply() throws IOException {
        writeClip("OPEN", "Vorbestellen", "card-en.png");
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        assertThat(plan.out())
                .contains("app[com.example.notes].version[2.4.0].appClip[" + CLIP + "].defaultExperience will be created")
                .contains(".defaultExperience.locale[de-DE] will be created")
                .contains(".defaultExperience.locale[en-US].headerImage will be created")
                .contains(".defaultExperience.reviewDetail will be created");

        List<String> writes = applyThenClean();
        assertThat(writes).filteredOn(w -> w.startsWith("POST /v1/appClipHeaderImages")).hasSize(2);
        assertThat(writes).contains("POST /v1/appClipDefaultExperiences", "POST /v1/appClipDefaultExperienceLocalizations",
                "POST /v1/appClipAppStoreReviewDetails");
        StoredResource experience = all("appClipDefaultExperiences").get(0);
        assertThat(experience.attribute("action")).isEqualTo("OPEN");
        String version = fixture.sandbox.state().all("appStoreVersions").stream()
                .filter(v -> "2.4.0".equals(v.attribute("versionString"))).findFirst().orElseThrow().id();
        assertThat(experience.relatedId("releaseWithAppStoreVersion")).isEqualTo(version);
        assertThat(all("appClipDefaultExperienceLocalizations")).extracting(l -> l.attribute("locale"))
                .containsExactlyInAnyOrder("en-US", "de-DE");
        assertThat(all("appClipHeaderImages")).hasSize(2).allSatisfy(i ->
                assertThat(i.attribute("assetDeliveryState").toString()).contains("COMPLETE"));
        assertThat(all("appClipAppStoreReviewDetails").get(0).attribute("invocationUrls"))
                .isEqualTo(List.of("https://example.com/clip", "https://example.com/clip/menu"));

        // Text only: the images are the same bytes, so none is uploaded again.
        writeClip("VIEW", "Vorbestellen ohne Warten", "card-en.png");
        assertThat(applyThenClean()).containsExactlyInAnyOrder("PATCH /v1/appClipDefaultExperiences/{id}",
                "PATCH /v1/appClipDefaultExperienceLocalizations/{id}");

        // Another file for en-US: its image alone is replaced (delete, reserve, commit).
        writeClip("VIEW", "Vorbestellen ohne Warten", "card-en-2.png");
        assertThat(applyThenClean()).containsExactly("DELETE /v1/appClipHeaderImages/{id}",
                "POST /v1/appClipHeaderImages", "PATCH /v1/appClipHeaderImages/{id}");
        assertThat(all("appClipHeaderImages")).hasSize(2);
    }
}
