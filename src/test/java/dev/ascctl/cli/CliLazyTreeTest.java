package dev.ascctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Start-up: a run builds only the command it invokes; help, completion, no command and an unknown one get the whole
 * tree (so help lists every command and a typo gets its suggestions). CliHelpTest walks the whole tree.
 */
class CliLazyTreeTest {
    @Test
    void theFirstWordAfterTheGlobalOptionsAndTheirValuesIsTheCommand() {
        assertThat(Cli.invoked(new String[] {"plan", "--store", "x"})).contains(PlanCommand.class);
        assertThat(Cli.invoked(new String[] {"--profile", "sandbox", "--no-color", "validate"}))
                .as("'sandbox' is the profile's value, not the sandbox command").contains(ValidateCommand.class);
        assertThat(Cli.invoked(new String[] {"--endpoint", "http://x", "--debug", "testflight", "testers"}))
                .contains(TestFlightCommand.class);
        assertThat(Cli.invoked(new String[] {"--private-key-path", "submit", "submit"})).contains(SubmitCommand.class);
    }

    @Test
    void everyCommandIsFoundByItsNameWhateverItsClassIsCalled() {
        for (Class<?> command : RootCommand.COMMANDS) {
            String name = command.getAnnotation(picocli.CommandLine.Command.class).name();
            if (!RootCommand.WHOLE_TREE.contains(command)) {
                assertThat(Cli.invoked(new String[] {name})).as(name).contains(command);
            }
        }
        assertThat(Cli.invoked(new String[] {"Plan"})).as("names are case-sensitive").isEmpty();
    }

    @Test
    void helpCompletionNoCommandAndUnknownWordsBuildTheWholeTree() {
        assertThat(Cli.invoked(new String[] {"help", "plan"})).isEmpty();
        assertThat(Cli.invoked(new String[] {"completion", "bash"})).isEmpty();
        assertThat(Cli.invoked(new String[] {"--help"})).isEmpty();
        assertThat(Cli.invoked(new String[] {"pln"})).isEmpty();
        assertThat(Cli.invoked(new String[] {"--", "plan"})).isEmpty();
    }

    @Test
    void aTypoStillGetsItsSuggestionAndHelpListsEveryCommand() {
        var typo = new CliRunner().run("pln");
        assertThat(typo.exitCode()).isEqualTo(1);
        assertThat(typo.err()).contains("plan");
        var help = new CliRunner().run("--help");
        for (Class<?> command : RootCommand.COMMANDS) {
            assertThat(help.out()).contains("  " + command.getAnnotation(picocli.CommandLine.Command.class).name());
        }
    }
}
