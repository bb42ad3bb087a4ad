package dev.ascctl.cli;

import dev.ascctl.plan.PlanFile;
import dev.ascctl.plan.render.PlanFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code ascctl show PLANFILE}: render a saved plan, offline. */
@Command(name = "show", description = "Show a saved plan.")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;
    @Parameters(paramLabel = "PLANFILE")
    String planFile;
    @Option(names = "--format", defaultValue = "text", description = "text, markdown or json.")
    String format;

    @Override
    public Integer call() {
        var plan = PlanFile.load(root.context().resolve(planFile));
        root.context().out().print(PlanFormat.parse(format).renderer(root.color()).render(plan));
        return ExitCode.OK;
    }
}
