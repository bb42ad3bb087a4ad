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
import picocli.CommandLine.Option;

/**
 * {@code ascctl deploy --ipa FILE}: upload, wait for processing, plan with that build, apply, submit when the store
 * says {@code submitForReview: true}; exit 1 at the first failure with what is done and what is left.
 */
@Command(name = "deploy", description = "Upload an .ipa, wait for processing, attach the build to the version,"
        + " apply the store and submit it (submitForReview: true), in one command.",
        footer = {"  ascctl deploy --ipa build/Notes.ipa --store examples/store",
                "  ascctl deploy --ipa build/Notes.ipa --plan-only"})
final class DeployCommand extends StoreCommand {
    @Option(names = "--ipa", paramLabel = "FILE", required = true,
            description = "Required. The archive to deploy, e.g. build/Notes.ipa; its Info.plist names the app, version and"
                    + " build number.")
    Path ipa;
    @Option(names = "--plan-only", description = "Show the plan with this archive's build and stop: nothing is"
            + " uploaded or written (for a pull request). Default: off, deploy.")
    boolean planOnly;

    @Override
    public Integer call() {
        RootCommand root = root();
        CliContext context = context();
        var settings = root.connection().waitingUpTo(Duration.ofHours(1));
        BuildFile file = BuildFile.read(context.resolve(ipa.toString()), null, null, null);
        Store store = loadStore(settings);
        Deploy.appOf(store, file);
        PrintWriter out = context.out();
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
