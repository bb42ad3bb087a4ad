package dev.ascctl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascctl.sandbox.server.Sandbox;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link Fault#afterProcessing}: the write happens, the answer is lost. */
class LostResponseTest {
    private Sandbox sandbox;
    private SandboxClient client;
    private String versionId;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults().withApps("com.example.notes"));
        client = new SandboxClient(sandbox);
        versionId = sandbox.state().find("appStoreVersions", a -> true).orElseThrow().id();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private String createGerman() {
        return "{\"data\":{\"type\":\"appStoreVersionLocalizations\",\"attributes\":{\"locale\":\"de-DE\"},"
                + "\"relationships\":{\"appStoreVersion\":{\"data\":{\"type\":\"appStoreVersions\",\"id\":\"" + versionId + "\"}}}}}";
    }

    private long germanLocalizations() {
        return sandbox.state().findAll("appStoreVersionLocalizations", a -> "de-DE".equals(a.get("locale"))).size();
    }

    @Test
    void a500AfterProcessingKeepsTheCreatedObjectSoABlindRetryIsRefused() {
        sandbox.faults().inject("POST", "/v1/appStoreVersionLocalizations", 1,
                Fault.afterProcessing(Fault.status(500, "UNEXPECTED_ERROR")));

        SandboxClient.Reply lost = client.post("/v1/appStoreVersionLocalizations", createGerman());

        assertThat(lost.status()).isEqualTo(500);
        assertThat(lost.json().at("/errors/0/code").asString()).isEqualTo("UNEXPECTED_ERROR");
        assertThat(germanLocalizations()).as("the object was created all the same").isEqualTo(1);
        assertThat(client.post("/v1/appStoreVersionLocalizations", createGerman()).status())
                .as("a blind retry collides with what the lost POST made").isEqualTo(409);
        RecordedExchange logged = sandbox.requestLog().list().get(0);
        assertThat(logged.status()).isEqualTo(500);
        assertThat(sandbox.requestLog().isInjected(logged)).isTrue();
        assertThat(sandbox.requestLog().withoutInjectedFaults()).hasSize(1);
    }

    @Test
    void aResetAfterProcessingDropsTheConnectionAfterTheWrite() {
        sandbox.faults().inject("POST", "/v1/appStoreVersionLocalizations", 1, Fault.afterProcessing(Fault.reset()));

        // java.net.http does not retry a POST, so the client sees the dropped connection once.
        assertThatThrownBy(() -> client.post("/v1/appStoreVersionLocalizations", createGerman()))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(germanLocalizations()).isEqualTo(1);
        assertThat(sandbox.requestLog().list()).extracting(RecordedExchange::status).containsExactly(0);
        assertThat(sandbox.faults().pending()).isZero();
    }

    @Test
    void aStatusBeforeProcessingChangesNothing() {
        sandbox.faults().inject("POST", "/v1/appStoreVersionLocalizations", 1, Fault.status(500, "UNEXPECTED_ERROR"));

        assertThat(client.post("/v1/appStoreVersionLocalizations", createGerman()).status()).isEqualTo(500);

        assertThat(germanLocalizations()).isZero();
    }

    @Test
    void onlyAStatusOrAResetCanReplaceAnAnswer() {
        assertThatThrownBy(() -> Fault.afterProcessing(Fault.malformedBody())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.afterProcessing(Fault.afterProcessing(Fault.reset())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
