package dev.ascctl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that reaches the global options ({@code ascctl --profile ...}) through the root of the command tree, so a
 * subcommand at any depth ({@code testflight testers}, {@code reports sales}) is written like a top-level one.
 */
abstract class RootedCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** The global options of this run. */
    final RootCommand root() {
        return (RootCommand) spec.root().userObject();
    }

    final CliContext context() {
        return root().context();
    }
}
