package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.MediaUploads;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.StoredResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The App Review screenshot of an in-app purchase end to end: uploaded with the app screenshot flow (reserve, PUT
 * the parts, commit with the MD5, poll processing) in the same apply that creates the product, never uploaded
 * again while the bytes are the same (whatever the file is called), replaced when they differ, refused at
 * file:line:column when the file is missing, and imported back as a file the plan finds unchanged.
 */
@SandboxStore
public class ReviewScreenshotEndToEndIT {
    static final Path RADAR = Path.of("examples/sandbox/media/weather-radar.png");
    static final Path FORECAST = Path.of("examples/sandbox/media/weather-forecast.png");
    static final String TYPE = "inAppPurchaseAppStoreReviewScreenshots";
    @TempDir
    Path temp;
    SandboxFixture fixture;
    Path store;

    @BeforeEach
    void start(SandboxFixture fixture) throws IOException {
        this.fixture = fixture;
        store = fixture.store();
        Files.createDirectories(store.resolve("apps/notes/review"));
        Files.copy(RADAR, store.resolve("apps/notes/review/pro.png"));
        write("review/pro.png");
    }

    private void write(String screenshot) throws IOException {
        Files.writeString(store.resolve("apps/notes/purchases.yaml"), """
                inAppPurchases:
                  - productId: com.example.notes.pro
                    inAppPurchaseType: NON_CONSUMABLE
                    referenceName: Notes Pro
                    reviewScreenshot: %s
                """.formatted(screenshot));
    }

    private List<StoredResource> screenshots() {
        return fixture.sandbox.state().all(TYPE);
    }

    private void applyThenClean() {
        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        var plan = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
    }

    private static String md5(Path file) throws IOException {
        return MediaUploads.md5(Files.readAllBytes(file));
    }

    @Test
    void theProductAndItsScreenshotAreMadeInOneApplyWithTheUploadFlow() throws IOException {
        applyThenClean();
        assertThat(screenshots()).hasSize(1);
        StoredResource shot = screenshots().get(0);
        assertThat(shot.attribute("sourceFileChecksum")).isEqualTo(md5(RADAR));
        assertThat(shot.attribute("fileName")).isEqualTo("pro.png");
        assertThat(((Map<?, ?>) shot.attribute("assetDeliveryState")).get("state")).isEqualTo("COMPLETE");
        String iapId = fixture.sandbox.state().all("inAppPurchases").get(0).id();
        assertThat(shot.relatedId("inAppPurchaseV2")).isEqualTo(iapId);
        var log = fixture.sandbox.requestLog().list();
        assertThat(log).anySatisfy(e -> assertThat(e.method() + " " + e.path()).isEqualTo("POST /v1/" + TYPE));
        assertThat(log).anySatisfy(e -> assertThat(e.method() + " " + e.path()).startsWith("PATCH /v1/" + TYPE + "/"));
        OpenApiConformance.assertConforms(log);
    }

    @Test
    void theSameBytesUnderAnotherNameAreNoChangeAndAreNeverUploadedAgain() throws IOException {
        applyThenClean();
        Files.move(store.resolve("apps/notes/review/pro.png"), store.resolve("apps/notes/review/renamed.png"));
        write("review/renamed.png");
        fixture.sandbox.requestLog().clear();
        var plan = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        assertThat(fixture.sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite)).isEmpty();
    }

    @Test
    void otherBytesReplaceTheLiveScreenshot() throws IOException {
        applyThenClean();
        String old = screenshots().get(0).id();
        Files.copy(FORECAST, store.resolve("apps/notes/review/pro.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.out()).contains("reviewScreenshot").contains(md5(FORECAST))
                .contains("reviewScreenshot must be replaced").contains("-/+ inAppPurchaseReviewScreenshot")
                .contains("# forces replacement");
        fixture.sandbox.requestLog().clear();
        applyThenClean();
        assertThat(screenshots()).hasSize(1);
        assertThat(screenshots().get(0).id()).isNotEqualTo(old);
        assertThat(screenshots().get(0).attribute("sourceFileChecksum")).isEqualTo(md5(FORECAST));
        assertThat(fixture.sandbox.requestLog().list())
                .anySatisfy(e -> assertThat(e.method() + " " + e.path()).isEqualTo("DELETE /v1/" + TYPE + "/" + old));
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
    }

    @Test
    void aMissingFileIsAProblemAtItsLineAndNothingIsSent() throws IOException {
        write("review/missing.png");
        fixture.sandbox.requestLog().clear();
        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).isEqualTo(1);
        assertThat(apply.err()).contains("apps/notes/purchases.yaml:5:23").contains("not found in the app folder");
        assertThat(fixture.sandbox.requestLog().list()).isEmpty();
    }

    @Test
    void importDownloadsTheScreenshotAndThePlanOfTheImportedStoreIsClean() throws IOException {
        applyThenClean();
        Path imported = temp.resolve("imported");
        var result = fixture.run("import", "--bundle-id", "com.example.notes", "--out", imported.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        String purchases = Files.readString(imported.resolve("apps/notes/purchases.yaml"));
        assertThat(purchases).contains("reviewScreenshot: reviewScreenshots/com.example.notes.pro.png");
        assertThat(imported.resolve("apps/notes/reviewScreenshots/com.example.notes.pro.png")).hasSameBinaryContentAs(RADAR);
        var plan = fixture.run("plan", "--store", imported.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
    }
}
