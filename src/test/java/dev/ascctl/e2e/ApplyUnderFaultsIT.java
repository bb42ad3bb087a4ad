package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.sandbox.Fault;
import dev.ascctl.sandbox.RecordedExchange;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DESIGN 1.6 against the sandbox's fault injection: 429 and 5xx are retried, a POST is never blindly retried,
 * a partial apply reports per change and the next plan shows exactly what is left.
 */
@SandboxStore
class ApplyUnderFaultsIT {
    SandboxFixture fixture;
    Path store;

    @BeforeEach
    void start(SandboxFixture fixture) {
        this.fixture = fixture;
        store = fixture.store();
    }

    private long posts(String pathPart) {
        return fixture.sandbox.requestLog().list().stream()
                .filter(e -> e.method().equals("POST") && e.path().contains(pathPart)).count();
    }

    @Test
    void rateLimitAndServerErrorsAreRetried() {
        fixture.sandbox.faults().inject("GET", "/v1/apps", 1, Fault.status(429, "RATE_LIMIT_EXCEEDED", 1));
        fixture.sandbox.faults().inject("PATCH", "/v1/appInfoLocalizations/.*", 1, Fault.status(503, "UNAVAILABLE"));

        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");

        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        assertThat(fixture.sandbox.requestLog().list()).anyMatch(e -> e.status() == 429)
                .anyMatch(e -> e.status() == 503);
        assertThat(fixture.run("plan", "--store", store.toString(), "--detailed-exitcode").exitCode()).isZero();
    }

    @Test
    void aFailedCreateIsReportedOthersAreAppliedAndTheNextPlanShowsWhatIsLeft() {
        // A POST refused with 500 is not retried blindly: re-read shows nothing was made, so it failed cleanly.
        fixture.sandbox.faults().inject("POST", "/v1/appStoreVersionLocalizations", 1,
                Fault.status(500, "INTERNAL_ERROR"));

        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");

        assertThat(apply.exitCode()).isEqualTo(1);
        assertThat(apply.out()).contains(": FAILED").contains("Apply incomplete: ").contains("1 failed")
                .contains("Run 'ascctl plan' to see exactly what is left.");
        var next = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(next.exitCode()).as(next.toString()).isEqualTo(2);
        assertThat(next.out()).contains("Plan: 1 to add, 0 to change, 0 to destroy.");
        assertThat(fixture.run("apply", "--store", store.toString(), "--auto-approve").exitCode()).isZero();
        assertThat(fixture.run("plan", "--store", store.toString(), "--detailed-exitcode").exitCode()).isZero();
    }

    @Test
    void aCreateWhoseAnswerIsLostIsAdoptedNotSentTwice() {
        // The sandbox makes the object, then the answer arrives broken: the client cannot know it worked.
        fixture.sandbox.faults().inject("POST", "/v1/appInfoLocalizations", 1, Fault.malformedBody());

        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");

        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        assertThat(apply.out()).contains(": adopted");
        // Three locales to create, each POSTed exactly once: no duplicate, no 409.
        assertThat(posts("/v1/appInfoLocalizations")).isEqualTo(3);
        assertThat(fixture.sandbox.requestLog().list()).noneMatch(e -> e.status() == 409);
        assertThat(fixture.run("plan", "--store", store.toString(), "--detailed-exitcode").exitCode()).isZero();
    }

    @Test
    void aPlanThatCannotReadLiveStateSendsNoWrite() {
        fixture.sandbox.faults().inject("GET", "/v1/apps/.*/appInfos", 100, Fault.status(500, "INTERNAL_ERROR"));

        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");

        assertThat(apply.exitCode()).isEqualTo(1);
        assertThat(apply.err()).contains("Error:");
        assertThat(fixture.sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite)).isEmpty();
    }
}
