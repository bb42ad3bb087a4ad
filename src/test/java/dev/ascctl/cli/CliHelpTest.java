package dev.ascctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Help for every command of the picocli tree, found by walking it (a new command is covered without listing it
 * here): {@code --help}, {@code -h}, {@code help COMMAND}, usage hints that name a command that exists, and every
 * option documented with its default and used in an example.
 */
class CliHelpTest {
    private static final Pattern HINT = Pattern.compile("Run '(.+) --help' for usage\\.");

    final CliRunner cli = new CliRunner();

    /** The tree as Cli builds it: the root command with its subcommands, to any depth. */
    private static CommandLine tree() {
        CliContext context = new CliContext(Map.of(), CliRunner.REPO, CliRunner.REPO,
                new BufferedReader(new StringReader("")), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), false);
        return Cli.tree(context);
    }

    private static List<CommandLine> walk(CommandLine node) {
        List<CommandLine> all = new ArrayList<>(List.of(node));
        // getSubcommands() maps aliases too; each command once, by its own name.
        node.getSubcommands().forEach((name, sub) -> {
            if (name.equals(sub.getCommandName())) {
                all.addAll(walk(sub));
            }
        });
        return all;
    }

    /** Every command as the words typed after {@code ascctl}: [], [plan], [testflight, testers], ... */
    static Stream<List<String>> commandPaths() {
        return walk(tree()).stream().map(CliHelpTest::words);
    }

    private static List<String> words(CommandLine command) {
        List<String> words = new ArrayList<>();
        for (CommandLine c = command; c.getParent() != null; c = c.getParent()) {
            words.add(0, c.getCommandName());
        }
        return words;
    }

    private static Optional<CommandLine> find(List<String> words) {
        CommandLine node = tree();
        for (String word : words) {
            node = node.getSubcommands().get(word);
            if (node == null) {
                return Optional.empty();
            }
        }
        return Optional.of(node);
    }

    private static String[] args(List<String> path, String... more) {
        return Stream.concat(path.stream(), Stream.of(more)).toArray(String[]::new);
    }

    private static String qualified(List<String> path) {
        return String.join(" ", args(List.of("ascctl"), path.toArray(String[]::new)));
    }

    @Test
    void theWalkFindsNestedCommands() {
        List<String> all = commandPaths().map(CliHelpTest::qualified).toList();
        assertThat(all).contains("ascctl", "ascctl plan", "ascctl testflight testers", "ascctl version bump",
                "ascctl help");
        assertThat(all).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0} --help / -h")
    @MethodSource("commandPaths")
    void helpAndHExitZeroWithUsageOnStdout(List<String> path) {
        for (String flag : List.of("--help", "-h")) {
            var help = cli.run(args(path, flag));
            assertThat(help.exitCode()).as(help.toString()).isZero();
            // "null" is how picocli shows a ${VARIABLE} it cannot fill in.
            assertThat(help.out()).as(flag).startsWith("Usage: " + qualified(path))
                    .doesNotContain("\u001B[").doesNotContain("null");
            assertThat(help.err()).isEmpty();
            // Own options are described, global ones named: none is left out.
            for (OptionSpec option : find(path).orElseThrow().getCommandSpec().options()) {
                assertThat(help.out()).as(flag).contains(option.longestName());
            }
        }
    }

    @ParameterizedTest(name = "help {0}")
    @MethodSource("commandPaths")
    void helpCommandPrintsTheSameUsage(List<String> path) {
        var viaHelp = cli.run(args(List.of("help"), path.toArray(String[]::new)));
        assertThat(viaHelp.exitCode()).as(viaHelp.toString()).isZero();
        assertThat(viaHelp.out()).isEqualTo(cli.run(args(path, "--help")).out());
    }

    @ParameterizedTest(name = "{0} --no-such-option")
    @MethodSource("commandPaths")
    void aUsageErrorHintsAtTheHelpOfThatCommand(List<String> path) {
        var wrong = cli.run(args(path, "--no-such-option"));
        assertThat(wrong.exitCode()).as(wrong.toString()).isEqualTo(1);
        // A command with a required parameter may report that first; either way it is a usage error.
        assertThat(wrong.err()).startsWith("Error: ")
                .containsAnyOf("Unknown option: '--no-such-option'", "Missing required");
        assertThat(hintedCommand(wrong.err())).isEqualTo(qualified(path));
    }

    @Test
    void usageErrorsRaisedInsideACommandNameItsFullPath() {
        var release = cli.run("release", "sometime");
        assertThat(release.exitCode()).isEqualTo(1);
        assertThat(hintedCommand(release.err())).isEqualTo("ascctl release");
        var apply = cli.run("apply", "x.plan", "--wait-for-build", "5m");
        assertThat(apply.exitCode()).isEqualTo(1);
        assertThat(hintedCommand(apply.err())).isEqualTo("ascctl apply");
        var subcommand = cli.run("testflight", "tester");
        assertThat(subcommand.exitCode()).isEqualTo(1);
        assertThat(subcommand.err()).contains("testers");
        assertThat(hintedCommand(subcommand.err())).isEqualTo("ascctl testflight");
        var missing = cli.run("version", "bump");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(hintedCommand(missing.err())).isEqualTo("ascctl version bump");
    }

    /** The command a hint names, after checking it exists in the tree. */
    private static String hintedCommand(String err) {
        Matcher hint = HINT.matcher(err);
        assertThat(hint.find()).as("a usage hint in: " + err).isTrue();
        List<String> words = List.of(hint.group(1).split(" "));
        assertThat(words.get(0)).isEqualTo("ascctl");
        assertThat(find(words.subList(1, words.size()))).as(hint.group(1) + " is a command").isPresent();
        return hint.group(1);
    }

    @Test
    void versionFromEveryCommandExitsZero() {
        for (String flag : List.of("--version", "-V")) {
            var version = cli.run(flag);
            assertThat(version.exitCode()).isZero();
            // Run from classes there is no jar manifest; the jar's version is checked by the build (see report).
            assertThat(version.out()).isEqualTo("ascctl " + ManifestVersion.UNPACKAGED + "\n");
        }
        assertThat(cli.run("testflight", "testers", "--version").out()).startsWith("ascctl ");
    }

    @Test
    void helpAloneIsTheTopLevelUsage() {
        var help = cli.run("help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).isEqualTo(cli.run("--help").out()).contains("help", "testflight", "Examples:");
        var unknown = cli.run("help", "nope");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("Unknown command: 'ascctl nope'");
        assertThat(hintedCommand(unknown.err())).isEqualTo("ascctl");
        var unknownSub = cli.run("help", "testflight", "nope");
        assertThat(unknownSub.exitCode()).isEqualTo(1);
        assertThat(hintedCommand(unknownSub.err())).isEqualTo("ascctl testflight");
    }

    @ParameterizedTest(name = "{0}: options documented")
    @MethodSource("commandPaths")
    void everyOptionHasADefaultAndAnExample(List<String> path) {
        CommandSpec spec = find(path).orElseThrow().getCommandSpec();
        if (spec.userObject() instanceof HelpCommand) {
            return; // picocli's own command, documented by picocli
        }
        // An example is an indented footer line that runs this command; a trailing backslash continues it.
        String examples = String.join("\n", spec.usageMessage().footer()).replace("\\\n", " ");
        List<String> exampleLines = examples.lines()
                .filter(l -> l.startsWith("  ") && (l + " ").contains(qualified(path) + " ")).toList();
        assertThat(exampleLines).as(qualified(path) + " has example lines in its footer").isNotEmpty();
        for (OptionSpec option : spec.options()) {
            if (option.usageHelp() || option.versionHelp() || option.inherited()) {
                continue; // -h, -V; global options are checked on the root command, where they are declared
            }
            String description = String.join(" ", option.description());
            assertThat(description).as(qualified(path) + " " + option.longestName())
                    .contains(option.required() ? "Required" : "Default");
            if (option.arity().max() > 0) {
                assertThat(description).as(qualified(path) + " " + option.longestName()).contains("e.g.");
            }
            assertThat(exampleLines).as(qualified(path) + " example using " + option.longestName())
                    .anyMatch(line -> Stream.of(option.names()).anyMatch(line::contains));
        }
        for (PositionalParamSpec parameter : spec.positionalParameters()) {
            assertThat(String.join(" ", parameter.description())).as(qualified(path) + " " + parameter.paramLabel())
                    .contains("e.g.");
        }
    }
}
