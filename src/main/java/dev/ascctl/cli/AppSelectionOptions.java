package dev.ascctl.cli;

import dev.ascctl.workflow.AppSelection;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --apps GLOB}, {@code --app LABEL} and {@code --shard I/N}: which of the store's apps plan and apply cover. */
final class AppSelectionOptions {
    @Option(names = "--apps", paramLabel = "GLOB", description = "Only apps whose bundle id or folder name matches;"
            + " repeatable, * and ? as in a shell, e.g. 'com.example.*'. Default: every app.")
    List<String> globs = new ArrayList<>();
    @Option(names = "--app", paramLabel = "LABEL", description = "Only this app (its folder under apps/); repeatable,"
            + " e.g. notes. Default: every app.")
    List<String> labels = new ArrayList<>();
    @Option(names = "--shard", paramLabel = "I/N", description = "This CI job's part of the apps when N jobs split"
            + " them, e.g. 2/4; each app always lands in the same part (by a hash of its bundle id). Default: all.")
    String shard;

    AppSelection selection() {
        return new AppSelection(globs, labels, shard == null ? null : AppSelection.Shard.parse(shard));
    }
}
