package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.sandbox.Fault;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.store.TestImages;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 item 8: an upload whose commit answer is lost is re-read and adopted, never undone. Before, the client's
 * retry of the commit was answered 409 and ascctl deleted the good screenshot.
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
}
