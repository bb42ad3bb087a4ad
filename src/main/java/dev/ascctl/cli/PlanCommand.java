package dev.ascctl.cli;

import dev.ascctl.plan.Plan;
import dev.ascctl.plan.PlanFile;
import dev.ascctl.plan.PlanOptions;
import dev.ascctl.plan.render.PlanFormat;
import dev.ascctl.resource.Address;
import dev.ascctl.store.Store;
import dev.ascctl.workflow.Connections;
import dev.ascctl.workflow.Reconciler;
import dev.ascctl.workflow.StoreInput;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code ascctl plan}: what apply would change, read live and diffed; nothing is written. */
@Command(name = "plan", description = "Show what apply would change in App Store Connect; nothing is written.",
        footerHeading = "%nExamples:%n",
        footer = {"  ascctl plan --store examples/store",
                "  ascctl plan --out change.plan --format markdown --detailed-exitcode",
                "  ascctl plan --target 'app[com.example.notes].ageRating' --target 'app[a.b]'"})
final class PlanCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;
    @Mixin
    StoreOption storeOption;
    @Option(names = "--out", paramLabel = "FILE",
            description = "Also save the plan, for 'ascctl apply FILE', e.g. change.plan. Default: not saved.")
    String out;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown (for a pull-request comment) or json, e.g. markdown."
                    + " Default: ${DEFAULT-VALUE}.")
    String format;
    @Option(names = "--detailed-exitcode",
            description = "Exit 2 when there are changes (0 when none). Default: off, exit 0 either way.")
    boolean detailedExitCode;
    @Option(names = "--target", paramLabel = "ADDR", description = "Plan only this object and what is inside it;"
            + " repeatable, e.g. 'app[com.example.notes].locale[de-DE].info'. Default: everything in the store.")
    List<String> targets = new ArrayList<>();

    @Override
    public Integer call() {
        PlanFormat planFormat = PlanFormat.parse(format);
        List<Address> addresses = targets.stream().map(Address::parse).toList();
        var settings = root.connection();
        Store store = StoreInput.load(storeOption.resolve(root.context()), settings);
        Reconciler reconciler = new Reconciler(Connections.open(settings), store, StoreInput.secrets(store, settings));
        Plan plan = reconciler.plan(new PlanOptions(addresses));
        root.context().out().print(planFormat.renderer(root.color()).render(plan));
        if (out != null) {
            PlanFile.save(plan, root.context().resolve(out));
            root.context().err().println("Saved the plan to " + out + "; apply it with: ascctl apply " + out);
        }
        return detailedExitCode && plan.hasChanges() ? ExitCode.CHANGES : ExitCode.OK;
    }
}
