package dev.ascctl.cli;

import dev.ascctl.workflow.StoreInput;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Option;

/**
 * Builds the command line and runs it: the one place where errors become messages and exit codes.
 * Tests call {@link #run} in-process with their own {@link CliContext}.
 */
public final class Cli {
    private Cli() {
    }

    public static int run(CliContext context, String... args) {
        RootCommand root = new RootCommand(context);
        Optional<Class<?>> invoked = invoked(args);
        if (invoked.filter(RootCommand.LOAD_STORE::contains).isPresent()) {
            // Start-up: the kinds and schema validators (about as much CPU as building the command line) are built on
            // the other core meanwhile; they depend on no argument.
            StoreInput.prepareAhead();
        }
        CommandLine commandLine = tree(root, invoked);
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

    /** The whole command tree, as help and completion show it (and tests walk it). */
    public static CommandLine tree(CliContext context) {
        return tree(new RootCommand(context), Optional.empty());
    }

    /**
     * The root command with {@code only} that subcommand, or with all of them. Building a command's model (options,
     * mixins, help sections) is most of picocli's start-up cost, and a run needs only the one it runs.
     */
    private static CommandLine tree(RootCommand root, Optional<Class<?>> only) {
        CommandLine commandLine = new CommandLine(root);
        for (Class<?> command : only.<List<Class<?>>>map(List::of).orElse(RootCommand.COMMANDS)) {
            commandLine.addSubcommand(command);
        }
        HelpLayout.applyBelow(commandLine);
        return commandLine;
    }

    /**
     * The command {@code args} invoke: the first word that is not a global option or its value, when it names a
     * command that does not need the others; empty otherwise (no command, an unknown one, {@code help}), and the
     * whole tree is built, so help lists every command and a typo gets its suggestions.
     */
    static Optional<Class<?>> invoked(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                return Optional.empty();
            }
            if (arg.startsWith("-")) {
                if (GLOBAL_OPTIONS_WITH_VALUE.contains(arg)) {
                    i++; // its value, which may look like a command ("--profile sandbox")
                }
                continue;
            }
            // Start-up: reading a command's annotation parses all of it (help texts included), so the class named
            // like the word (plan -> PlanCommand) is tried first and the others only when it is not the one.
            Optional<Class<?>> named = RootCommand.COMMANDS.stream()
                    .filter(c -> c.getSimpleName().equalsIgnoreCase(arg + "Command"))
                    .filter(c -> c.getAnnotation(Command.class).name().equals(arg)).findFirst();
            return named.or(() -> RootCommand.COMMANDS.stream()
                            .filter(c -> c.getAnnotation(Command.class).name().equals(arg)).findFirst())
                    .filter(c -> !RootCommand.WHOLE_TREE.contains(c));
        }
        return Optional.empty();
    }

    /** The global options that take a value as the next argument, read from RootCommand so none is missed. */
    private static final Set<String> GLOBAL_OPTIONS_WITH_VALUE = java.util.Arrays.stream(
                    RootCommand.class.getDeclaredFields())
            .filter(f -> f.isAnnotationPresent(Option.class) && f.getType() != boolean.class)
            .flatMap(f -> java.util.Arrays.stream(f.getAnnotation(Option.class).names()))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

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
