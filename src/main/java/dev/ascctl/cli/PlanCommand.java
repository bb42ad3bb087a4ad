package dev.ascctl.cli;

import dev.ascctl.asc.AscClient;
import dev.ascctl.plan.Plan;
import dev.ascctl.plan.PlanContext;
import dev.ascctl.plan.PlanFile;
import dev.ascctl.plan.render.PlanFormat;
import dev.ascctl.plan.SavedPlan;
import dev.ascctl.resource.Address;
import dev.ascctl.store.Store;
import dev.ascctl.translate.StaleTranslations;
import dev.ascctl.workflow.AppSelection;
import dev.ascctl.workflow.Connections;
import dev.ascctl.workflow.Reconciler;
import dev.ascctl.workflow.StoreInput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ascctl plan}: what apply would change, read live and diffed; nothing is written. */
@Command(name = "plan", description = "Show what apply would change in App Store Connect; nothing is written.",
        footer = {"  ascctl plan --store examples/store",
                "  ascctl plan --out change.plan --format markdown --detailed-exitcode",
                "  ascctl plan --target 'app[com.example.notes].ageRating' --target 'app[a.b]'",
                "  ascctl plan --apps 'com.example.*' --shard 2/4 --format markdown",
                "  ascctl plan --app notes"})
final class PlanCommand extends StoreCommand {
    @Option(names = "--out", paramLabel = "FILE",
            description = "Also save the plan, for 'ascctl apply FILE', e.g. change.plan. Default: not saved.")
    String out;
    @Mixin
    PlanFormatOption format;
    @Option(names = "--detailed-exitcode",
            description = "Exit 2 when there are changes (0 when none). Default: off, exit 0 either way.")
    boolean detailedExitCode;
    @Option(names = "--target", paramLabel = "ADDR", description = "Plan only this object and what is inside it;"
            + " repeatable, e.g. 'app[com.example.notes].locale[de-DE].info'. Default: everything in the store.")
    List<String> targets = new ArrayList<>();
    @Mixin
    AppSelectionOptions appSelection;

    @Override
    public Integer call() {
        PlanFormat planFormat = format.parse();
        List<Address> addresses = targets.stream().map(Address::parse).toList();
        AppSelection selection = appSelection.selection();
        RootCommand root = root();
        var settings = root.connection();
        Path storeDir = storeDir();
        Supplier<AscClient> connecting = Connections.openAhead(settings);
        Store store = loadStore(settings);
        AscClient client = connecting.get();
        Reconciler reconciler = new Reconciler(client, store, StoreInput.secrets(store, settings));
        Plan plan = reconciler.plan(selection, addresses);
        root.context().out().print(planFormat.renderer(root.color()).render(plan));
        // Stale translations are text the pull request should refresh, not changes: after the plan, in its format
        // where a person reads it (JSON stays one document; its warnings go to stderr).
        for (String warning : StaleTranslations.of(store)) {
            switch (planFormat) {
                case TEXT -> root.context().out().println("Warning: " + warning);
                case MARKDOWN -> root.context().out().println("> **Warning:** " + warning);
                case JSON -> root.context().err().println("Warning: " + warning);
            }
        }
        if (out != null) {
            Path file = root.context().resolve(out);
            PlanFile.save(new SavedPlan(plan, PlanContext.of(storeDir, file, client.endpoint(), settings.profile())),
                    file);
            // The file remembers the store, endpoint and profile; key options are credentials and are not saved.
            List<String> command = new ArrayList<>(List.of("ascctl"));
            command.addAll(root.keyArguments());
            command.addAll(List.of("apply", out));
            root.context().err().println("Saved the plan to " + out + "; apply it with: "
                    + String.join(" ", command.stream().map(PlanCommand::shellWord).toList()));
        }
        if (!selection.isAll()) {
            // One line per CI job, on stderr beside the plan on stdout: what this part cost of the key's hour.
            root.context().err().println("ascctl plan, " + selection.describe(store) + ": "
                    + client.stats().summary());
        }
        return detailedExitCode && plan.hasChanges() ? ExitCode.CHANGES : ExitCode.OK;
    }

    /** A word as a POSIX shell reads it back: quoted only when it needs to be. */
    static String shellWord(String word) {
        return word.matches("[A-Za-z0-9_./:=@%+,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
