package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.build.FakeXcode;
import dev.ascctl.cli.CliRunner;
import dev.ascctl.store.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ascctl screenshots capture} then plan and apply against the sandbox (issue 15 scope 5), with fake xcrun and
 * xcodebuild on the PATH: the captured screenshots are uploaded once; a second capture of the same pixels plans no
 * screenshot change; a capture where one screen changed in one locale plans that one set and uploads that one file.
 */
@SandboxStore
class ScreenshotsCaptureIT {
    private static final String DEVICE = "iPhone 16 Pro Max"; // examples/store's xcode.screenshotDevices
    @TempDir
    Path temp;
    SandboxFixture fixture;
    Path store;
    Path shots;
    CliRunner xcode;

    @BeforeEach
    void start(SandboxFixture fixture) throws Exception {
        this.fixture = fixture;
        store = fixture.store();
        shots = temp.resolve("shots");
        shot("01-lists", 1);
        shot("02-search", 2);
        Path bin = FakeXcode.install(temp.resolve("bin"));
        xcode = new CliRunner().workDir(temp).env("PATH", bin + ":" + System.getenv("PATH"))
                .env("FAKE_XCODE_LOG", temp.resolve("calls.log").toString()).env("FAKE_XCODE_SHOTS", shots.toString());
    }

    private void shot(String name, int seed) throws Exception {
        Files.createDirectories(shots.resolve(DEVICE));
        Files.write(shots.resolve(DEVICE).resolve(name + ".png"), TestImages.png(1320, 2868, seed));
    }

    private CliRunner.Result capture(String... locales) {
        String[] args = new String[4 + 2 * locales.length];
        args[0] = "screenshots";
        args[1] = "capture";
        args[2] = "--store";
        args[3] = store.toString();
        for (int i = 0; i < locales.length; i++) {
            args[4 + 2 * i] = "--locale";
            args[5 + 2 * i] = locales[i];
        }
        return xcode.run(args);
    }

    @Test
    void capturedScreenshotsUploadOnceAndARecaptureShowsOnlyWhatChanged() throws Exception {
        var captured = capture("en-US", "de-DE");
        assertThat(captured.exitCode()).as(captured.toString()).isZero();
        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        long bytes = fixture.sandbox.state().uploads().bytesReceived();

        var same = capture("en-US", "de-DE");
        assertThat(same.exitCode()).as(same.toString()).isZero();
        var clean = fixture.run("plan", "--store", store.toString());
        assertThat(clean.exitCode()).as(clean.toString()).isZero();
        // examples/store has whatsNew on a first version, blocked by Apple: nothing else may be planned.
        assertThat(clean.out()).contains("No changes can be applied now").doesNotContain("screenshots[", "to upload");

        shot("02-search", 9);
        assertThat(capture("en-US").exitCode()).isZero();
        var changed = fixture.run("plan", "--store", store.toString());
        assertThat(changed.out()).contains("screenshots[en-US/APP_IPHONE_67]", "1 file to upload")
                .doesNotContain("screenshots[de-DE/APP_IPHONE_67]");
        assertThat(fixture.run("apply", "--store", store.toString(), "--auto-approve").exitCode()).isZero();
        assertThat(fixture.sandbox.state().uploads().bytesReceived() - bytes)
                .isEqualTo(Files.size(shots.resolve(DEVICE).resolve("02-search.png")));
    }
}
