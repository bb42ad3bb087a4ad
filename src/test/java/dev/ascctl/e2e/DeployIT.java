package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.plist.TestArchives;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.server.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ascctl deploy --ipa} against the sandbox (issue 15 scope 4): a generated .ipa is uploaded, processed,
 * attached to version 2.5.0 and the version submitted for review in one command; a second run uploads nothing and
 * changes nothing; {@code --plan-only} writes nothing; a failure stops with what is done and left, and the next run
 * finishes. Every /v1 exchange conforms to the spec.
 */
@SandboxModes
class DeployIT {

    @TempDir
    Path temp;
    Sandbox sandbox;
    Path store;
    Path ipa;
    final CliRunner cli = new CliRunner().env("ASCCTL_BUILD_POLL_MS", "20");

    @BeforeEach
    void start() throws Exception {
        sandbox = NotesRelease.startSandbox(temp);
        store = NotesRelease.writeStore(temp);
        // ITSAppUsesNonExemptEncryption in the plist: the build needs no export compliance answer.
        ipa = TestArchives.ipa(temp.resolve("Notes.ipa"), "com.example.notes", "2.5.0", "246", false, 3_000_000);
    }

    @AfterEach
    void stop() {
        NotesRelease.checkConformanceAndClose(sandbox);
    }

    private CliRunner.Result deploy(String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "deploy";
        args[1] = "--ipa";
        args[2] = ipa.toString();
        args[3] = "--store=" + store;
        System.arraycopy(more, 0, args, 4, more.length);
        return cli.sandbox(sandbox.baseUri().toString(), args);
    }

    private StoredResource version() {
        return sandbox.state().find("appStoreVersions", a -> "2.5.0".equals(a.get("versionString"))).orElseThrow();
    }

    private StoredResource build246() {
        return sandbox.state().find("builds", a -> "246".equals(a.get("version"))).orElseThrow();
    }

    @Test
    void uploadsAttachesAndSubmitsInOneCommandAndASecondRunDoesNothing() {
        var first = deploy();
        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(first.out()).contains("Uploading Notes.ipa (2.5.0, build 246)", "version[2.5.0].build",
                "Done: upload: build 246 (2.5.0) is VALID", "version submitted for review",
                "Deployed Notes.ipa (2.5.0, build 246).");
        assertThat(first.out().indexOf("Uploading")).isLessThan(first.out().indexOf("will be"));
        assertThat(version().related("build")).containsExactly(build246().id());
        assertThat(version().attribute("appVersionState")).isEqualTo("WAITING_FOR_REVIEW");
        long received = sandbox.state().buildArchives().bytesReceived();
        int log = sandbox.requestLog().list().size();

        var second = deploy();
        assertThat(second.exitCode()).as(second.all()).isZero();
        assertThat(second.out()).contains("Already uploaded", "No changes.", "apply: nothing to change");
        assertThat(sandbox.state().buildArchives().bytesReceived()).as("nothing uploaded").isEqualTo(received);
        assertThat(sandbox.requestLog().list().stream().skip(log).filter(RecordedExchange::isWrite)).isEmpty();
    }

    @Test
    void planOnlyShowsThePlanWithTheArchivesBuildAndWritesNothing() {
        var result = deploy("--plan-only");
        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("version[2.5.0]", "246", "Plan only: nothing was uploaded or changed",
                "upload Notes.ipa (2.5.0, build 246), then apply the plan with build 246, then submit version 2.5.0");
        assertThat(sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite)).isEmpty();
        assertThat(sandbox.state().buildArchives().bytesReceived()).isZero();
    }

    @Test
    void aFailedProcessingStopsWithWhatIsLeftAndTheNextRunFinishes() {
        sandbox.state().buildArchives().failProcessing(1);
        var failed = deploy();
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.out()).contains("Failed: upload: Apple could not process Notes.ipa",
                "Left: upload Notes.ipa (2.5.0, build 246)", "Left: apply the plan with build 246",
                "Left: submit version 2.5.0 for review");
        assertThat(sandbox.state().all("buildUploads")).as("no orphan").isEmpty();
        assertThat(version().related("build")).isEmpty();

        var again = deploy();
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(version().attribute("appVersionState")).isEqualTo("WAITING_FOR_REVIEW");
    }

    @Test
    void anArchiveOfAnotherVersionIsRefusedBeforeAnyRequest() throws Exception {
        ipa = TestArchives.ipa(temp.resolve("Old.ipa"), "com.example.notes", "2.4.1", "241", false, 0);
        var result = deploy();
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("Old.ipa is version 2.4.1 but notes's app.yaml declares version 2.5.0");
        assertThat(sandbox.requestLog().list()).isEmpty();
    }

    @Test
    void withoutIpaItArchivesWithXcodebuildFirst() throws Exception {
        Path bin = dev.ascctl.build.FakeXcode.install(temp.resolve("bin"));
        Path calls = temp.resolve("calls.log");
        Files.writeString(store.resolve("apps/notes/app.yaml"), NotesRelease.APP + "xcode: {workspace: ../Notes.xcworkspace, scheme: Notes}\n");
        var result = cli.workDir(temp).env("PATH", bin + ":" + System.getenv("PATH"))
                .env("FAKE_XCODE_LOG", calls.toString()).env("FAKE_XCODE_IPA", ipa.toString())
                .sandbox(sandbox.baseUri().toString(), "deploy", "--store=" + store);
        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("Archiving Notes (Release)", "Archived: " + temp.resolve("build/export/Notes.ipa"),
                "Deployed Notes.ipa (2.5.0, build 246).");
        assertThat(dev.ascctl.build.FakeXcode.calls(calls)).hasSize(2);
        assertThat(version().attribute("appVersionState")).isEqualTo("WAITING_FOR_REVIEW");
    }

    @Test
    void withoutIpaOrXcodebuildItSaysWhatIsLeft() throws Exception {
        Files.writeString(store.resolve("apps/notes/app.yaml"), NotesRelease.APP + "xcode: {workspace: ../Notes.xcworkspace, scheme: Notes}\n");
        var result = cli.workDir(temp).env("PATH", temp.resolve("nothing").toString())
                .sandbox(sandbox.baseUri().toString(), "deploy", "--store=" + store);
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("xcodebuild archive -workspace", "Failed: archive: xcodebuild was not found",
                "Left: upload");
        assertThat(sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite)).isEmpty();
    }
}
