package dev.ascctl.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.store.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ascctl screenshots capture} against fake {@code xcrun} and {@code xcodebuild} on the PATH (issue 15 scope 5):
 * per simulator and locale the exact commands (boot, Apple's status bar, the UI tests in that language and region,
 * the attachments exported, the status bar cleared); images filed by pixel size under
 * screenshots/<locale>/<DISPLAY_TYPE>/ with the attachments' names; a second run with the same pixels leaves the files
 * byte for byte as they were, and a folder holds exactly what the last run took; a wrong size is refused; --dry-run
 * and a machine without xcodebuild print the commands.
 */
class SimulatorScreenshotsTest {
    @TempDir
    Path temp;
    Path store;
    Path app;
    Path calls;
    Path shots;
    CliRunner cli;

    @BeforeEach
    void setUp() throws Exception {
        store = temp.resolve("appstore");
        app = store.resolve("apps/notes");
        Files.createDirectories(app.resolve("locales"));
        Files.writeString(app.resolve("app.yaml"), """
                bundleId: com.example.notes
                primaryLocale: en-US
                xcode:
                  project: ../Notes.xcodeproj
                  scheme: Notes
                  uiTestScheme: NotesUITests
                  screenshotDevices: ["iPhone 16 Pro Max", "iPad Pro 13-inch (M4)"]
                """);
        Files.writeString(app.resolve("locales/en-US.yaml"), "{}\n");
        Files.writeString(app.resolve("locales/de-DE.yaml"), "{}\n");
        shots = temp.resolve("shots");
        shot("iPhone 16 Pro Max", "01-home", 1320, 2868, 1);
        shot("iPhone 16 Pro Max", "02-editor", 1320, 2868, 2);
        shot("iPad Pro 13-inch (M4)", "01-home", 2064, 2752, 3);
        Path bin = FakeXcode.install(temp.resolve("bin"));
        calls = temp.resolve("calls.log");
        cli = new CliRunner().workDir(temp).env("PATH", bin + ":" + System.getenv("PATH"))
                .env("FAKE_XCODE_LOG", calls.toString()).env("FAKE_XCODE_SHOTS", shots.toString());
    }

    private void shot(String device, String name, int width, int height, int seed) throws Exception {
        Files.createDirectories(shots.resolve(device));
        Files.write(shots.resolve(device).resolve(name + ".png"), TestImages.png(width, height, seed));
    }

    private List<String> files() throws Exception {
        try (Stream<Path> all = Files.walk(app.resolve("screenshots"))) {
            return all.filter(Files::isRegularFile).map(p -> app.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void capturesEachLocaleOnEachSimulatorAndFilesTheImagesByPixelSize() throws Exception {
        var result = cli.run("screenshots", "capture", "--store", "appstore");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        Path work = temp.resolve("build/screenshots");
        String bundle = work.resolve("xcresults/de-DE/iPhone 16 Pro Max.xcresult").toString();
        assertThat(FakeXcode.calls(calls)).hasSize(2 * 2 * 5).startsWith(
                "xcrun simctl bootstatus iPhone 16 Pro Max -b",
                "xcrun simctl status_bar iPhone 16 Pro Max override --time 9:41 --dataNetwork wifi --wifiMode active"
                        + " --wifiBars 3 --cellularMode active --cellularBars 4 --batteryState charged --batteryLevel 100",
                "xcodebuild test -project " + temp.resolve("Notes.xcodeproj") + " -scheme NotesUITests -destination"
                        + " platform=iOS Simulator,name=iPhone 16 Pro Max -testLanguage de -testRegion DE"
                        + " -resultBundlePath " + bundle,
                "xcrun xcresulttool export attachments --path " + bundle + " --output-path "
                        + work.resolve("attachments/de-DE/iPhone 16 Pro Max"),
                "xcrun simctl status_bar iPhone 16 Pro Max clear");
        assertThat(files()).containsExactly(
                "screenshots/de-DE/APP_IPAD_PRO_3GEN_129/01-home.png",
                "screenshots/de-DE/APP_IPHONE_67/01-home.png", "screenshots/de-DE/APP_IPHONE_67/02-editor.png",
                "screenshots/en-US/APP_IPAD_PRO_3GEN_129/01-home.png",
                "screenshots/en-US/APP_IPHONE_67/01-home.png", "screenshots/en-US/APP_IPHONE_67/02-editor.png");
        assertThat(result.out()).contains("Capturing de-DE on iPhone 16 Pro Max", "** TEST SUCCEEDED **",
                "Captured 6 screenshots in 4 folders; they pass the store's checks");
        assertThat(Files.readAllBytes(app.resolve("screenshots/en-US/APP_IPHONE_67/02-editor.png")))
                .isEqualTo(Files.readAllBytes(shots.resolve("iPhone 16 Pro Max/02-editor.png")));
    }

    @Test
    void aSecondRunWithTheSamePixelsChangesNoFileAndAFolderHoldsOnlyTheLastRun() throws Exception {
        assertThat(cli.run("screenshots", "capture", "--store", "appstore", "--locale", "en-US").exitCode()).isZero();
        Path home = app.resolve("screenshots/en-US/APP_IPHONE_67/01-home.png");
        byte[] before = Files.readAllBytes(home);
        Files.delete(shots.resolve("iPhone 16 Pro Max/02-editor.png"));
        var again = cli.run("screenshots", "capture", "--store", "appstore", "--locale", "en-US");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(Files.readAllBytes(home)).isEqualTo(before);
        assertThat(files()).containsExactly("screenshots/en-US/APP_IPAD_PRO_3GEN_129/01-home.png",
                "screenshots/en-US/APP_IPHONE_67/01-home.png");
    }

    @Test
    void anImageOfNoScreenshotSizeIsRefused() throws Exception {
        shot("iPhone 16 Pro Max", "03-odd", 1000, 1000, 4);
        var result = cli.run("screenshots", "capture", "--store", "appstore", "--locale", "en-US");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("03-odd from iPhone 16 Pro Max is 1000x1000, which is no screenshot size");
    }

    @Test
    void dryRunAndNoXcodebuildPrintTheCommandsAndRunNothing() throws Exception {
        var dry = cli.run("screenshots", "capture", "--store", "appstore", "--dry-run", "--device", "iPhone 16",
                "--locale", "en-US");
        assertThat(dry.exitCode()).as(dry.toString()).isZero();
        assertThat(dry.out()).contains("xcrun simctl bootstatus 'iPhone 16' -b",
                "-destination 'platform=iOS Simulator,name=iPhone 16' -testLanguage en -testRegion US");
        var none = cli.env("PATH", temp.resolve("nothing").toString()).run("screenshots", "capture", "--store",
                "appstore");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.out()).contains("xcodebuild was not found on the PATH", "xcrun simctl status_bar");
        assertThat(FakeXcode.calls(calls)).isEmpty();
    }
}
