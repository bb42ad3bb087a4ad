package dev.ascctl.cli;

import dev.ascctl.apply.ChangeOutcome;
import dev.ascctl.apply.UploadEvent;
import dev.ascctl.build.BuildFile;
import dev.ascctl.plan.Plan;
import dev.ascctl.plan.render.PlanFormat;
import dev.ascctl.store.Store;
import dev.ascctl.workflow.Connections;
import dev.ascctl.workflow.Deploy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ascctl deploy --ipa FILE}: upload, wait for processing, plan with that build, apply, submit when the store
 * says {@code submitForReview: true}; exit 1 at the first failure with what is done and what is left.
 */
@Command(name = "deploy", description = "Archive (or take --ipa), upload, wait for processing, attach the build to the version,"
        + " apply the store and submit it (submitForReview: true), in one command.",
        footer = {"  ascctl deploy --ipa build/Notes.ipa --store examples/store",
                "  ascctl deploy --store appstore --app notes --workspace Notes.xcworkspace --scheme Notes"
                        + " --configuration Release",
                "  ascctl deploy --project Notes.xcodeproj --scheme Notes",
                "  ascctl deploy --scheme Notes --allow-provisioning-updates    # CI: Xcode signs in with the API key",
                "  ascctl deploy --ipa build/Notes.ipa --plan-only"})
final class DeployCommand extends StoreCommand {
    @Option(names = "--ipa", paramLabel = "FILE",
            description = "The archive to deploy, e.g. build/Notes.ipa; its Info.plist names the app, version and"
                    + " build number. Default: make one first with xcodebuild, as build archive does (macOS).")
    Path ipa;
    @Mixin
    BuildCommand.XcodeOptions xcode;
    @Option(names = "--plan-only", description = "Show the plan with this archive's build and stop: nothing is"
            + " uploaded or written (for a pull request). Default: off, deploy.")
    boolean planOnly;

    @Override
    public Integer call() {
        RootCommand root = root();
        CliContext context = context();
        var settings = root.connection().waitingUpTo(Duration.ofHours(1));
        PrintWriter out = context.out();
        Store store = loadStore(settings);
        Path archive = ipa == null ? null : context.resolve(ipa.toString());
        if (archive == null) {
            if (planOnly) {
                throw new IllegalArgumentException("--plan-only needs --ipa: the plan shows the archive's build number");
            }
            String failure;
            try {
                archive = BuildCommand.run(xcode.archive(store, context, Path.of("build"), settings), false, out).orElse(null);
                failure = "archive: xcodebuild was not found on the PATH (Xcode runs on macOS only); give --ipa";
            } catch (RuntimeException e) {
                failure = "archive: " + e.getMessage();
            }
            if (archive == null) {
                out.println();
                out.println("Failed: " + failure);
                for (String step : new String[] {"archive with xcodebuild", "upload", "apply the plan with the new build"}) {
                    out.println("Left: " + step);
                }
                return ExitCode.ERROR;
            }
        }
        BuildFile file = BuildFile.read(archive, null, null, null);
        Deploy.appOf(store, file);
        Deploy.Result result = new Deploy(Connections.open(settings), store, settings, new Shown(out, root.color()))
                .run(file, planOnly);
        out.println();
        if (planOnly) {
            out.println("Plan only: nothing was uploaded or changed. deploy without --plan-only would "
                    + String.join(", then ", result.left()) + ".");
            return ExitCode.OK;
        }
        result.done().forEach(step -> out.println("Done: " + step));
        if (!result.success()) {
            out.println("Failed: " + result.failure());
            result.left().forEach(step -> out.println("Left: " + step));
            out.println("Run the same deploy again once it is fixed: what is done is not done twice.");
            return ExitCode.ERROR;
        }
        out.println("Deployed " + file.describe() + ".");
        return ExitCode.OK;
    }

    /** Progress lines, the plan as plan prints it, each change's outcome as apply prints it. */
    private static final class Shown implements Deploy.Listener {
        private final PrintWriter out;
        private final boolean color;
        private final BuildCommand.Progress progress;

        Shown(PrintWriter out, boolean color) {
            this.out = out;
            this.color = color;
            this.progress = new BuildCommand.Progress(out);
        }

        @Override
        public void line(String text) {
            progress.line(text);
        }

        @Override
        public void bytes(long sent, long total) {
            progress.bytes(sent, total);
        }

        @Override
        public void plan(Plan plan) {
            out.print(PlanFormat.TEXT.renderer(color).render(plan));
            out.flush();
        }

        @Override
        public void outcome(ChangeOutcome outcome) {
            out.println(outcome.address() + ": " + outcome.outcome().name().toLowerCase(java.util.Locale.ROOT)
                    + (outcome.message() == null ? "" : " — " + outcome.message()));
            out.flush();
        }

        @Override
        public void accept(UploadEvent event) {
            out.println("  " + event.line());
            out.flush();
        }
    }
}
