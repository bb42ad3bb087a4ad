package dev.ascctl.cli;

import dev.ascctl.plan.Plan;
import dev.ascctl.plan.PlanOptions;
import dev.ascctl.plan.render.DriftReport;
import dev.ascctl.plan.render.PlanFormat;
import dev.ascctl.store.Store;
import dev.ascctl.workflow.Connections;
import dev.ascctl.workflow.Reconciler;
import dev.ascctl.workflow.StoreInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code ascctl drift}: does App Store Connect still match git? The same diff as plan, read-only, reported field by
 * field with live and desired values ({@link DriftReport}), exit 2 whenever live differs (including differences
 * apply cannot make now), for nightly jobs. {@code policy.ignore} applies.
 */
@Command(name = "drift",
        description = "Report where App Store Connect differs from the store (exit 2 on drift); read-only.",
        footer = {"  ascctl drift --store examples/store", "  ascctl drift --format markdown > drift.md"})
final class DriftCommand extends StoreCommand {
    @Mixin
    PlanFormatOption format;

    @Override
    public Integer call() {
        PlanFormat planFormat = format.parse();
        var settings = root().connection();
        var connecting = Connections.openAhead(settings);
        Store store = loadStore(settings);
        Plan plan = new Reconciler(connecting.get(), store, StoreInput.secrets(store, settings))
                .plan(PlanOptions.all());
        DriftReport report = new DriftReport(plan);
        context().out().print(report.render(planFormat));
        return report.hasDrift() ? ExitCode.CHANGES : ExitCode.OK;
    }
}
