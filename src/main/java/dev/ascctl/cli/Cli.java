package dev.ascctl.cli;

import picocli.CommandLine;

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
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // "--profile sandbox" names a profile, although "sandbox" is also a command.
        commandLine.setAllowSubcommandsAsOptionParameters(true);
        commandLine.setParameterExceptionHandler((ex, a) -> {
            context.err().println("Error: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, context.err());
            context.err().println("Run 'ascctl " + ex.getCommandLine().getCommandName()
                    + " --help' for usage.");
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
}
