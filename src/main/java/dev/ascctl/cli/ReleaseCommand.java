package dev.ascctl.cli;

import dev.ascctl.store.Store;
import dev.ascctl.workflow.Connections;
import dev.ascctl.workflow.ReleaseOperations;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ascctl release pause|resume|complete|now}: the phased release of the live version of every app in the
 * store, or releasing a version that waits for the developer. Actions, not state, so they are commands.
 */
@Command(name = "release",
        description = "pause | resume | complete the live phased release; now: release a version pending developer"
                + " release. Acts on every app in the store.",
        footer = {"  ascctl release pause --store examples/store", "  ascctl release now"})
final class ReleaseCommand extends StoreCommand {
    @Parameters(index = "0", paramLabel = "ACTION", description = "pause, resume, complete or now, e.g. pause.")
    String action;

    @Override
    public Integer call() {
        // A mistyped action is a usage error, found before the store is read or a request is sent.
        if (!List.of("pause", "resume", "complete", "now").contains(action)) {
            throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(this), "unknown action '" + action + "': use pause, resume, complete or now");
        }
        var settings = root().connection();
        Store store = loadStore(settings);
        ReleaseOperations ops = new ReleaseOperations(Connections.open(settings), store);
        List<String> lines = switch (action) {
            case "pause" -> ops.phasedRelease("PAUSED");
            case "resume" -> ops.phasedRelease("ACTIVE");
            case "complete" -> ops.phasedRelease("COMPLETE");
            default -> ops.releaseNow();
        };
        lines.forEach(context().out()::println);
        return ExitCode.OK;
    }
}
