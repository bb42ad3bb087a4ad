package dev.ascctl.cli;

import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/**
 * Builds the command line and runs it: the one place where errors become messages and exit codes.
 * Tests call {@link #run} in-process with their own {@link CliContext}.
 */
public final class Cli {
    private Cli() {
    }

    public static int run(CliContext context, String... args) {
        RootCommand root = new RootCommand(context);
        CommandLine commandLine = new CommandLine(root);
        HelpLayout.applyBelow(commandLine);
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // Help is plain text unless a person reads it on a terminal that wants colour.
        boolean ansi = context.terminal() && !context.env().containsKey("NO_COLOR");
        commandLine.setColorScheme(Help.defaultColorScheme(ansi ? Help.Ansi.AUTO : Help.Ansi.OFF));
        // "--profile sandbox" names a profile, although "sandbox" is also a command.
        commandLine.setAllowSubcommandsAsOptionParameters(true);
        commandLine.setParameterExceptionHandler((ex, a) -> {
            context.err().println("Error: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, context.err());
            context.err().println("Run '" + commandPath(commandLine, ex.getCommandLine()) + " --help' for usage.");
            return ExitCode.ERROR;
        });
        commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
            ErrorPrinter.print(ex, context.err(), root.debug());
            return ExitCode.ERROR;
        });
        commandLine.setExitCodeExceptionMapper(ex -> ExitCode.ERROR);
        int code = commandLine.execute(args);
        context.out().flush();
        context.err().flush();
        return code;
    }

    /**
     * What the user types to reach the command that failed, e.g. {@code ascctl testflight testers}. A command that
     * throws a usage error with a CommandLine of its own is found in the tree by its object, so the hint names its
     * full path; anything else falls back to {@code ascctl}, which always exists.
     */
    static String commandPath(CommandLine root, CommandLine failed) {
        Optional<CommandLine> inTree = failed == null ? Optional.empty() : find(root, failed.getCommand());
        return inTree.orElse(root).getCommandSpec().qualifiedName();
    }

    private static Optional<CommandLine> find(CommandLine node, Object command) {
        if (node.getCommand() == command) {
            return Optional.of(node);
        }
        return node.getSubcommands().values().stream().map(sub -> find(sub, command))
                .flatMap(Optional::stream).findFirst();
    }
}
