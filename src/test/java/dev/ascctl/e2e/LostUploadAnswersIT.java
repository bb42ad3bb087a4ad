package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.sandbox.Fault;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.store.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 21 item 8: an upload whose commit answer is lost is re-read and adopted, never undone. Before, the client's
 * retry of the commit was answered 409 and ascctl deleted the good screenshot. A reservation whose answer is lost
 * is found again and uploaded; before, it was reported as "nothing was created" and left half-made.
 */
@SandboxStore
class LostUploadAnswersIT {
    SandboxFixture fixture;
    Path store;

    @BeforeEach
    void start(SandboxFixture fixture) {
        this.fixture = fixture;
        store = fixture.store();
        for (int i = 1; i <= 2; i++) {
            TestImages.writePng(store.resolve("apps/notes/screenshots/en-US/APP_IPHONE_67/0" + i + ".png"), 1290, 2796,
                    100 + i);
        }
    }

    private List<StoredResource> screenshots() {
        return fixture.sandbox.state().all("appScreenshots");
    }

    @Test
    void aLostCommitAnswerKeepsTheScreenshotAdoptsItAndTheNextPlanIsClean() {
        // The commit is processed, then the connection drops before the answer: the client retries the PATCH.
        fixture.sandbox.faults().inject("PATCH", "/v1/appScreenshots/.*", 1, Fault.afterProcessing(Fault.reset()));

        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");

        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        assertThat(fixture.sandbox.faults().pending()).isZero(); // the fault did fire
        // The retried commit was refused as Apple refuses it (the asset no longer awaits its upload): adopted anyway.
        assertThat(fixture.sandbox.requestLog().list()).anyMatch(e -> e.method().equals("PATCH")
                && e.path().startsWith("/v1/appScreenshots/") && e.status() == 409);
        assertThat(screenshots()).hasSize(2).allMatch(s ->
                "COMPLETE".equals(((Map<?, ?>) s.attribute("assetDeliveryState")).get("state")));
        assertThat(fixture.sandbox.requestLog().list())
                .noneMatch(e -> e.method().equals("DELETE") && e.path().startsWith("/v1/appScreenshots/"));
        assertThat(fixture.run("plan", "--store", store.toString(), "--detailed-exitcode").exitCode()).isZero();
    }

    @Test
    void aCommitRefusedForRealStillLeavesNoReservation() {
        fixture.sandbox.faults().inject("PATCH", "/v1/appScreenshots/.*", 20, Fault.status(409, "STATE_ERROR"));

        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");

        assertThat(apply.exitCode()).isEqualTo(1);
        assertThat(apply.out()).contains("nothing half-made is left");
        fixture.sandbox.faults().clear();
        assertThat(screenshots()).noneMatch(s ->
                "AWAITING_UPLOAD".equals(((Map<?, ?>) s.attribute("assetDeliveryState")).get("state")));
    }

    private long posts(String path) {
        return fixture.sandbox.requestLog().list().stream()
                .filter(e -> e.method().equals("POST") && e.path().equals(path)).count();
    }

    @ParameterizedTest
    @ValueSource(strings = {"reset", "500"})
    void aLostReservationAnswerIsFoundAgainAndUploadedWithNoSecondReservation(String how) {
        // The reservation is made, then its answer is lost (connection reset, or a 5xx after acting): the POST is
        // not sent again; the set is re-read and the reservation adopted and uploaded.
        Fault lost = how.equals("reset") ? Fault.reset() : Fault.status(500, "INTERNAL_ERROR");
        fixture.sandbox.faults().inject("POST", "/v1/appScreenshots", 1, Fault.afterProcessing(lost));

        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");

        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        assertThat(fixture.sandbox.faults().pending()).isZero();
        assertThat(apply.all()).doesNotContain("nothing was created").doesNotContain("FAILED");
        assertThat(posts("/v1/appScreenshots")).isEqualTo(2); // one per file: the lost one was not sent twice
        assertThat(screenshots()).hasSize(2).allMatch(s ->
                "COMPLETE".equals(((Map<?, ?>) s.attribute("assetDeliveryState")).get("state")));
        assertThat(fixture.run("plan", "--store", store.toString(), "--detailed-exitcode").exitCode()).isZero();
    }

    @Test
    void aLostReservationThatWasNotMadeSaysWhatMayBeLeftAndTheNextApplyFinishes() {
        // Reset before the server acts: nothing was reserved, and the re-read says so.
        fixture.sandbox.faults().inject("POST", "/v1/appScreenshots", 1, Fault.reset());

        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");

        assertThat(apply.exitCode()).isEqualTo(1);
        assertThat(apply.out()).contains("no reservation of '01.png' awaiting its upload was found")
                .contains("the next plan shows it and deletes it").doesNotContain("nothing was created");
        // The lost one once, never again; the set's change stops there, so the other file waits for the next apply.
        assertThat(posts("/v1/appScreenshots")).isEqualTo(1);
        assertThat(screenshots()).isEmpty();
        fixture.applyAndExpectNoChanges();
        assertThat(screenshots()).hasSize(2);
    }

    @Test
    void aLostReviewScreenshotReservationOfAnInAppPurchaseIsAdopted() throws IOException {
        Files.createDirectories(store.resolve("apps/notes/review"));
        Files.copy(ReviewScreenshotEndToEndIT.RADAR, store.resolve("apps/notes/review/pro.png"));
        Files.writeString(store.resolve("apps/notes/purchases.yaml"), """
                inAppPurchases:
                  - productId: com.example.notes.pro
                    inAppPurchaseType: NON_CONSUMABLE
                    referenceName: Notes Pro
                    reviewScreenshot: review/pro.png
                """);
        String type = "inAppPurchaseAppStoreReviewScreenshots";
        fixture.sandbox.faults().inject("POST", "/v1/" + type, 1, Fault.afterProcessing(Fault.reset()));

        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");

        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        assertThat(fixture.sandbox.faults().pending()).isZero();
        assertThat(posts("/v1/" + type)).isEqualTo(1);
        assertThat(fixture.sandbox.state().all(type)).singleElement().satisfies(s ->
                assertThat(((Map<?, ?>) s.attribute("assetDeliveryState")).get("state")).isEqualTo("COMPLETE"));
        assertThat(fixture.run("plan", "--store", store.toString(), "--detailed-exitcode").exitCode()).isZero();
    }
}
