package dev.ascctl.cli;

import dev.ascctl.build.ExternalCommand;
import dev.ascctl.build.SimulatorScreenshots;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Store;
import dev.ascctl.workflow.XcodeSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ascctl screenshots capture}: store screenshots from the app's UI tests on simulators (macOS). */
@Command(name = "screenshots", description = "Screenshots: capture them from the app's UI tests on simulators.",
        subcommands = {ScreenshotsCommand.Capture.class},
        footer = {"  ascctl screenshots capture --store appstore", "  ascctl screenshots capture --dry-run"})
final class ScreenshotsCommand {
    /** {@code screenshots capture}. */
    @Command(name = "capture", description = "Run the UI-test scheme on each simulator in each locale (simulator"
            + " booted, status bar at 9:41 with full signal and battery, language and region set), and file the"
            + " screenshots the tests attached under screenshots/<locale>/<DISPLAY_TYPE>/ by pixel size. The store is"
            + " then checked as usual; plan shows only the screenshots that changed. Without xcodebuild (Linux), or"
            + " with --dry-run, prints the commands.",
            footer = {"  ascctl screenshots capture --store appstore --app notes --out build/screenshots",
                    "  ascctl screenshots capture --workspace Notes.xcworkspace --scheme NotesUITests"
                            + " --device 'iPhone 16 Pro Max' --locale en-US --locale de-DE",
                    "  ascctl screenshots capture --project Notes.xcodeproj --dry-run"})
    static final class Capture extends StoreCommand {
        @Mixin
        BuildCommand.ProjectOptions where;
        @Option(names = "--scheme", paramLabel = "NAME", description = "The UI-test scheme, e.g. NotesUITests."
                + " Default: xcode.uiTestScheme in app.yaml.")
        String scheme;
        @Option(names = "--device", paramLabel = "NAME", description = "A simulator, by name; repeatable, e.g."
                + " 'iPhone 16 Pro Max'. Default: xcode.screenshotDevices in app.yaml.")
        List<String> devices = new ArrayList<>();
        @Option(names = "--locale", paramLabel = "LOCALE", description = "A store locale; repeatable, e.g. de-DE."
                + " Default: every locale of the app.")
        List<String> locales = new ArrayList<>();
        @Option(names = "--out", paramLabel = "DIR", description = "Where result bundles, exported attachments and logs"
                + " go, e.g. build/screenshots. Default: build/screenshots.")
        Path out = Path.of("build", "screenshots");
        @Option(names = "--dry-run", description = "Print the commands; run nothing. Default: off.")
        boolean dryRun;

        @Override
        public Integer call() {
            CliContext context = context();
            PrintWriter printed = context.out();
            var connection = root().connection();
            Store store = loadStore(connection);
            AppSpec spec = XcodeSettings.app(store, where.app);
            var settings = where.settings(context, scheme, null);
            List<String> chosenLocales = locales.isEmpty() ? List.copyOf(spec.locales().keySet()) : locales;
            for (String locale : chosenLocales) {
                if (!spec.locales().containsKey(locale)) {
                    throw new IllegalArgumentException("the store has no locale " + locale + " for " + spec.label()
                            + " (locales/" + locale + ".yaml); it has " + spec.locales().keySet());
                }
            }
            var run = new SimulatorScreenshots.Run(settings.source(store, spec), settings.uiTestScheme(spec).orElse(null),
                    spec.platform(), devices.isEmpty() ? XcodeSettings.screenshotDevices(spec) : devices, chosenLocales,
                    spec.dir(), context.resolve(out.toString()));
            SimulatorScreenshots capture = new SimulatorScreenshots(run, new ExternalCommand(context.env()));
            if (dryRun || capture.tools().find("xcodebuild").isEmpty()) {
                printed.println(dryRun ? "Dry run: the commands:"
                        : "xcodebuild was not found on the PATH (Xcode runs on macOS only): the commands:");
                capture.commands().forEach(c -> printed.println("  " + ExternalCommand.shown(c)));
                return dryRun ? ExitCode.OK : ExitCode.ERROR;
            }
            var written = capture.capture(line -> {
                printed.println(line);
                printed.flush();
            });
            loadStore(connection); // the new images are checked like any store image (size, format, count)
            printed.println("Captured " + written.values().stream().mapToInt(List::size).sum() + " screenshots in "
                    + written.size() + " folders; they pass the store's checks. ascctl plan shows what changed.");
            return ExitCode.OK;
        }
    }
}
