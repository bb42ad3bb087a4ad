package dev.ascctl.cli;

import dev.ascctl.asc.ByteCount;
import dev.ascctl.build.BuildFile;
import dev.ascctl.build.BuildUploader;
import dev.ascctl.build.ExternalCommand;
import dev.ascctl.build.XcodeArchive;
import dev.ascctl.workflow.XcodeSettings;
import dev.ascctl.workflow.BuildDelivery;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ascctl build upload FILE}: delivers an .ipa or .pkg through App Store Connect's API (no Transporter, altool
 * or fastlane; any OS) and waits until Apple has processed the build.
 */
@Command(name = "build", description = "Builds: archive with Xcode; upload an .ipa or .pkg through the API and wait"
        + " for processing.",
        subcommands = {BuildCommand.Archive.class, BuildCommand.Upload.class},
        footer = {"  ascctl build archive --dry-run", "  ascctl build upload build/Notes.ipa",
                "  ascctl build upload Notes.pkg --app com.example.notes --app-version 2.5.0 --build-number 246"})
final class BuildCommand {
    @ParentCommand
    RootCommand root;

    /** {@code build upload}. */
    @Command(name = "upload", description = "Upload an .ipa (or .pkg) and wait until Apple has processed the build."
            + " A re-run for the same file adopts the earlier upload; an interrupted one resumes.",
            footer = {"  ascctl --profile sandbox build upload build/Notes.ipa",
                    "  ascctl build upload Notes.ipa --app com.example.notes",
                    "  ascctl build upload Notes.pkg --app com.example.notes --app-version 2.5.0 --build-number 246"})
    static final class Upload implements Callable<Integer> {
        @ParentCommand
        BuildCommand parent;
        @Parameters(paramLabel = "FILE", description = "The .ipa or .pkg, e.g. build/Notes.ipa.")
        Path file;
        @Option(names = "--app", paramLabel = "BUNDLE_ID", description = "The app, e.g. com.example.notes. Default:"
                + " CFBundleIdentifier of the .ipa's Info.plist (required for a .pkg).")
        String bundleId;
        @Option(names = "--app-version", paramLabel = "VERSION", description = "The marketing version, e.g. 2.5.0, for a"
                + " .pkg. Default: CFBundleShortVersionString of the .ipa's Info.plist.")
        String version;
        @Option(names = "--build-number", paramLabel = "NUMBER", description = "The build number, e.g. 246, for a"
                + " .pkg. Default: CFBundleVersion of the .ipa's Info.plist.")
        String buildNumber;

        @Override
        public Integer call() {
            RootCommand root = parent.root;
            CliContext context = root.context();
            BuildFile build = BuildFile.read(context.resolve(file.toString()), bundleId, version, buildNumber);
            BuildUploader.Result result = BuildDelivery.upload(root.connection().waitingUpTo(Duration.ofHours(1)),
                    build, new Progress(context.out()));
            context.out().println(summary(result));
            return ExitCode.OK;
        }
    }

    /** {@code build archive}. */
    @Command(name = "archive", description = "Archive and export the app with xcodebuild: writes ExportOptions.plist"
            + " from app.yaml's xcode key, runs xcodebuild archive then -exportArchive, keeps the full logs in files."
            + " Without xcodebuild (Linux), or with --dry-run, prints the commands.",
            footer = {"  ascctl build archive --store appstore --app notes --out build",
                    "  ascctl build archive --workspace Notes.xcworkspace --scheme Notes --configuration Release",
                    "  ascctl build archive --project Notes.xcodeproj --scheme Notes --dry-run",
                    "  ascctl build archive --allow-provisioning-updates    # CI: signs in with ASC_KEY_ID/ASC_ISSUER_ID/ASC_PRIVATE_KEY_PATH"})
    static final class Archive extends StoreCommand {
        @Mixin
        XcodeOptions xcode;
        @Option(names = "--out", paramLabel = "DIR", description = "Where the archive, ExportOptions.plist, logs and"
                + " the .ipa go, e.g. build. Default: build (in the working directory).")
        Path out = Path.of("build");
        @Option(names = "--dry-run", description = "Write ExportOptions.plist and print the commands; run nothing."
                + " Default: off.")
        boolean dryRun;

        @Override
        public Integer call() {
            CliContext context = context();
            var settings = root().connection();
            XcodeArchive archive = xcode.archive(loadStore(settings), context, out, settings);
            return run(archive, dryRun, context.out()).isPresent() || dryRun ? ExitCode.OK : ExitCode.ERROR;
        }
    }

    /**
     * Runs the archive, or with {@code dryRun} or no xcodebuild on the PATH prints the commands instead; the .ipa when
     * one was made.
     */
    static java.util.Optional<Path> run(XcodeArchive archive, boolean dryRun, PrintWriter out) {
        boolean present = archive.tools().find("xcodebuild").isPresent();
        if (dryRun || !present) {
            archive.writeOptions();
            out.println((dryRun ? "Dry run" : "xcodebuild was not found on the PATH (Xcode runs on macOS only)")
                    + ": the commands, with " + archive.optionsPlist() + " written:");
            archive.commands().forEach(c -> out.println("  " + ExternalCommand.shown(c)));
            out.flush();
            return java.util.Optional.empty();
        }
        Path ipa = archive.run(line -> {
            out.println(line);
            out.flush();
        });
        out.println("Archived: " + ipa);
        return java.util.Optional.of(ipa);
    }

    /** Which app and where its Xcode project is; each option overrides app.yaml's xcode key. */
    static final class ProjectOptions {
        @Option(names = "--app", paramLabel = "APP", description = "The store's app: folder name or bundle id, e.g. notes."
                + " Default: the store's only app.")
        String app;
        @Option(names = "--workspace", paramLabel = "PATH", description = "The .xcworkspace, e.g. Notes.xcworkspace. Default:"
                + " xcode.workspace in app.yaml.")
        String workspace;
        @Option(names = "--project", paramLabel = "PATH", description = "The .xcodeproj, e.g. Notes.xcodeproj. Default:"
                + " xcode.project in app.yaml.")
        String project;

        /** Paths given as options are relative to the working directory, app.yaml's to the store folder. */
        XcodeSettings settings(CliContext context, String scheme, String configuration) {
            return new XcodeSettings(workspace == null ? null : context.resolve(workspace).toString(),
                    project == null ? null : context.resolve(project).toString(), scheme, configuration);
        }
    }

    /** The project options with the scheme and configuration to archive. */
    static final class XcodeOptions {
        @Mixin
        ProjectOptions where;
        @Option(names = "--scheme", paramLabel = "NAME", description = "The scheme, e.g. Notes. Default: xcode.scheme in"
                + " app.yaml.")
        String scheme;
        @Option(names = "--configuration", paramLabel = "NAME", description = "The build configuration, e.g. Release."
                + " Default: xcode.configuration in app.yaml, else Release.")
        String configuration;
        @Option(names = "--allow-provisioning-updates", description = "For CI without a logged-in Xcode: xcodebuild"
                + " -allowProvisioningUpdates, signed in to Apple with the App Store Connect API key ascctl uses"
                + " (-authenticationKeyPath/-authenticationKeyID/-authenticationKeyIssuerID; the key is written to a"
                + " private file for the run and deleted after). Default: off, signing as Xcode is set up.")
        boolean allowProvisioningUpdates;

        XcodeArchive archive(dev.ascctl.store.Store store, CliContext context, Path out,
                             dev.ascctl.workflow.ConnectionSettings connection) {
            var app = XcodeSettings.app(store, where.app);
            return new XcodeArchive(where.settings(context, scheme, configuration).project(store, app),
                    context.resolve(out.toString()), new ExternalCommand(context.env()),
                    XcodeSettings.signing(allowProvisioningUpdates, connection));
        }
    }

    static String summary(BuildUploader.Result r) {
        return String.format(Locale.ROOT, "Build %s (%s) is processed and VALID: build id %s, %s in %.1f s.",
                r.buildNumber(), r.version(), r.buildId(), r.adopted() ? "uploaded by an earlier run, nothing sent"
                        : ByteCount.format(r.bytesSent()) + " sent", r.seconds());
    }

    /** One line per step; the parts' progress as a line at each quarter (CI logs stay short). */
    static final class Progress implements BuildUploader.Listener {
        private final PrintWriter out;
        private int quarter;

        Progress(PrintWriter out) {
            this.out = out;
        }

        @Override
        public synchronized void line(String text) {
            out.println(text);
            out.flush();
        }

        @Override
        public synchronized void bytes(long sent, long total) {
            int q = (int) (sent * 4 / total);
            if (q > quarter) {
                quarter = q;
                out.println("  " + (q * 25) + "% (" + ByteCount.format(sent) + " of " + ByteCount.format(total) + ")");
                out.flush();
            }
        }
    }
}
