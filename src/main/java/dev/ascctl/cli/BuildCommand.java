package dev.ascctl.cli;

import dev.ascctl.asc.ByteCount;
import dev.ascctl.build.BuildFile;
import dev.ascctl.build.BuildUploader;
import dev.ascctl.workflow.BuildDelivery;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ascctl build upload FILE}: delivers an .ipa or .pkg through App Store Connect's API (no Transporter, altool
 * or fastlane; any OS) and waits until Apple has processed the build.
 */
@Command(name = "build", description = "Builds: upload an .ipa or .pkg through the API and wait for processing.",
        subcommands = {BuildCommand.Upload.class},
        footer = {"  ascctl build upload build/Notes.ipa", "  ascctl build upload Notes.pkg --app com.example.notes"
                + " --app-version 2.5.0 --build-number 246"})
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
