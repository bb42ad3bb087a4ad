package dev.ascctl.cli;

import dev.ascctl.plan.PlanFile;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code ascctl show PLANFILE}: render a saved plan, offline. */
@Command(name = "show", description = "Show a saved plan, offline.",
        footer = {"  ascctl show change.plan", "  ascctl show change.plan --format json"})
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;
    @Parameters(paramLabel = "PLANFILE", description = "A plan saved with 'plan --out', e.g. change.plan.")
    String planFile;
    @Mixin
    PlanFormatOption format;

    @Override
    public Integer call() {
        var plan = PlanFile.load(root.context().resolve(planFile));
        root.context().out().print(format.parse().renderer(root.color()).render(plan));
        return ExitCode.OK;
    }
}
