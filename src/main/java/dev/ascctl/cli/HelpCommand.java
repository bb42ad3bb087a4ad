package dev.ascctl.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ascctl help [COMMAND [SUBCOMMAND]]}: the same usage as {@code COMMAND SUBCOMMAND --help}. picocli's own
 * help command takes one word, so it cannot reach {@code testflight testers}.
 */
// Not picocli's helpCommand: that would let "help --no-such-option" pass without a usage error.
@Command(name = "help", description = "Show the usage of ascctl or of one of its commands, as --help does.",
        footer = {"  ascctl help", "  ascctl help testflight testers"})
final class HelpCommand implements Runnable {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "COMMAND", arity = "0..*",
            description = "A command and subcommand, e.g. testflight testers. Default: ascctl itself.")
    List<String> command = new ArrayList<>();

    @Override
    public void run() {
        CommandLine target = spec.commandLine().getParent();
        for (String word : command) {
            CommandLine sub = target.getSubcommands().get(word);
            if (sub == null) {
                throw new CommandLine.ParameterException(target, "Unknown command: '"
                        + target.getCommandSpec().qualifiedName() + " " + word + "'");
            }
            target = sub;
        }
        target.usage(spec.commandLine().getOut());
    }
}
