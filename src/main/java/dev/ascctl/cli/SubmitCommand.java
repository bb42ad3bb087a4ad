package dev.ascctl.cli;

import dev.ascctl.store.Store;
import dev.ascctl.workflow.Connections;
import dev.ascctl.workflow.ReleaseOperations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ascctl submit [--cancel]}: submit the version being prepared for review (after the readiness check). */
@Command(name = "submit", description = "Submit the version being prepared for App Review, or --cancel the submission.",
        footer = {"  ascctl submit --store examples/store", "  ascctl submit --skip-readiness-check",
                "  ascctl submit --cancel"})
final class SubmitCommand extends StoreCommand {
    @Option(names = "--cancel", description = "Withdraw the open review submission. Default: off, submit.")
    boolean cancel;
    @Option(names = "--skip-readiness-check", description = "Submit even when ascctl's readiness check finds content"
            + " missing, and let App Review judge: Apple's refusal is then listed per object and field."
            + " Default: off, the check runs first and refuses with everything missing.")
    boolean skipReadinessCheck;

    @Override
    public Integer call() {
        var settings = root().connection();
        Store store = loadStore(settings);
        ReleaseOperations ops = new ReleaseOperations(Connections.open(settings), store);
        (cancel ? ops.cancelSubmission() : ops.submit(!skipReadinessCheck)).forEach(context().out()::println);
        return ExitCode.OK;
    }
}
