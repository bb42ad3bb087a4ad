package dev.ascctl.cli;

import dev.ascctl.apply.AlreadyApplied;
import dev.ascctl.apply.ApplyReport;
import dev.ascctl.apply.ChangeOutcome;
import dev.ascctl.apply.Outcome;
import dev.ascctl.plan.Plan;
import dev.ascctl.plan.PlanFile;
import dev.ascctl.plan.SavedPlan;
import dev.ascctl.plan.render.PlanFormat;
import dev.ascctl.store.Store;
import dev.ascctl.asc.AscClient;
import dev.ascctl.asc.RequestStats;
import dev.ascctl.asc.Sleeper;
import dev.ascctl.apply.RequestBudget;
import java.util.OptionalLong;
import dev.ascctl.workflow.AppSelection;
import dev.ascctl.workflow.BuildWait;
import dev.ascctl.workflow.Connections;
import dev.ascctl.workflow.Reconciler;
import dev.ascctl.workflow.StoreInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ascctl apply [PLANFILE]}: with a saved plan, re-read what it touches and apply it unless stale (the
 * plan brings its store folder, endpoint and profile; another endpoint is refused before any request);
 * without, plan first and ask for a typed {@code yes} unless {@code --auto-approve}; {@code --wait-for-build}
 * first waits for a build the store names to finish processing.
 */
@Command(name = "apply",
        description = "Make App Store Connect match the store: plan, ask for 'yes', apply; or apply a saved plan.",
        footer = {"  ascctl apply --store examples/store",
                "  ascctl apply change.plan",
                "  ascctl apply --auto-approve --wait-for-build 30m",
                "  ascctl apply --auto-approve --allow-partial --budget 900",
                "  ascctl apply --auto-approve --app notes",
                "  ascctl apply --auto-approve --apps 'com.example.*' --shard 1/4"})
final class ApplyCommand extends StoreCommand {
    @Parameters(paramLabel = "PLANFILE", arity = "0..1", description = "A plan saved with 'plan --out', e.g."
            + " change.plan; it brings its store folder and endpoint. Default: none; plan now and ask before"
            + " applying.")
    String planFile;
    @Option(names = "--auto-approve", description = "Apply without asking for 'yes' (CI). Default: off, ask.")
    boolean autoApprove;
    @Option(names = "--wait-for-build", paramLabel = "DURATION", converter = WaitDuration.class,
            description = "If a build the store names is still processing, wait for it (e.g. 30m, 90s, 1h) before"
                    + " planning; give up with exit 1 after DURATION. Default: do not wait.")
    java.time.Duration waitForBuild;
    @Option(names = "--budget", paramLabel = "N", description = "Requests this apply may send, instead of what"
            + " App Store Connect says is left this hour (X-Rate-Limit); e.g. 900 for one of four jobs sharing a key."
            + " Default: what is left.")
    Long budget;
    @Option(names = "--allow-partial", description = "When the changes need more requests than the budget, apply"
            + " those that fit and stop cleanly between changes; the next run applies the rest. Default: off,"
            + " refuse before writing anything.")
    boolean allowPartial;
    @picocli.CommandLine.Mixin
    AppSelectionOptions appSelection;

    @Override
    public Integer call() throws IOException {
        RootCommand root = root();
        CliContext context = context();
        var settings = waitForBuild == null ? root.connection() : root.connection().waitingUpTo(waitForBuild);
        if (budget != null && budget < 0) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--budget must be a"
                    + " number of requests, 0 or more, not " + budget);
        }
        AppSelection selection = appSelection.selection();
        if (planFile != null && !selection.isAll()) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--apps, --app and --shard"
                    + " choose the apps to plan; a saved plan already holds its apps: give them to 'plan --out'");
        }
        if (waitForBuild != null && planFile != null) {
            // A saved plan was made while the build was processing, so it does not attach it.
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--wait-for-build cannot"
                    + " be used with a saved plan, which was made without the build; wait and plan again, or apply"
                    + " without PLANFILE");
        }
        Plan saved = null;
        Store store;
        AscClient client;
        if (planFile != null) {
            Path file = context.resolve(planFile);
            SavedPlan savedPlan = PlanFile.loadSaved(file);
            saved = savedPlan.plan();
            // An explicit --store still wins (a checkout elsewhere); the stale check catches different content.
            Path storeDir = storeGiven() ? storeDir() : savedPlan.context().storeDir(file);
            if (!storeGiven() && !java.nio.file.Files.isDirectory(storeDir)) {
                throw new IllegalArgumentException(planFile + " records its store folder as '"
                        + savedPlan.context().store() + "' (from the plan file's folder), but " + storeDir
                        + " is not a folder. Give the store with --store DIR.");
            }
            client = Connections.openForSavedPlan(settings, savedPlan.context());
            store = StoreInput.load(storeDir, settings);
        } else {
            var connecting = Connections.openAhead(settings);
            store = loadStore(settings);
            client = connecting.get();
        }
        Reconciler reconciler = new Reconciler(client, store, StoreInput.secrets(store, settings));
        Plan plan;
        AlreadyApplied done = AlreadyApplied.NONE;
        RequestBudget requestBudget = null;
        if (saved != null) {
            done = reconciler.verifyFresh(saved);
            plan = saved;
        } else {
            if (waitForBuild != null) {
                new BuildWait(reconciler.client(), store, line -> {
                    context.out().println(line);
                    context.out().flush();
                }, Sleeper.REAL, System::nanoTime, firstPause(context)).until(waitForBuild);
            }
            plan = reconciler.plan(selection, java.util.List.of());
            context.out().print(PlanFormat.TEXT.renderer(root.color()).render(plan));
            if (!plan.hasChanges()) {
                return ExitCode.OK;
            }
            // Before asking: an apply that cannot fit is refused while nothing is written.
            requestBudget = reconciler.budget(plan, done, budgetGiven(), allowPartial);
            if (!autoApprove && !confirmed(context)) {
                context.out().println("Apply cancelled; nothing was changed.");
                return ExitCode.ERROR;
            }
        }
        if (!plan.hasChanges()) {
            context.out().println("No changes to apply.");
            return ExitCode.OK;
        }
        if (requestBudget == null) {
            requestBudget = reconciler.budget(plan, done, budgetGiven(), allowPartial);
        }
        ApplyReport report;
        try (UploadDisplay uploads = UploadDisplay.forPlan(plan, context.out(), context.terminal())) {
            report = reconciler.apply(plan, done, requestBudget, outcome -> printOutcome(context.out(), outcome),
                    uploads);
        }
        printSummary(context.out(), report, reconciler.client().stats());
        if (!selection.isAll()) {
            context.err().println("ascctl apply, " + selection.describe(store) + ": "
                    + reconciler.client().stats().summary());
        }
        // Changes left by the budget are not done: the job says so, and the next run applies them.
        return report.success() && report.complete() ? ExitCode.OK : ExitCode.ERROR;
    }

    private OptionalLong budgetGiven() {
        return budget == null ? OptionalLong.empty() : OptionalLong.of(budget);
    }

    private boolean storeGiven() {
        return spec.commandLine().getParseResult().hasMatchedOption("--store");
    }

    /** {@code ASCCTL_BUILD_POLL_MS} shortens the first pause between build checks (tests, impatient CI). */
    private static java.time.Duration firstPause(CliContext context) {
        String ms = context.env().get("ASCCTL_BUILD_POLL_MS");
        return ms == null ? BuildWait.FIRST_PAUSE : java.time.Duration.ofMillis(Long.parseLong(ms));
    }

    private static boolean confirmed(CliContext context) {
        context.out().println();
        context.out().println("Do you want to perform these actions? Only 'yes' will be accepted.");
        context.out().print("  Enter a value: ");
        context.out().flush();
        try {
            String answer = context.in().readLine();
            return answer != null && answer.strip().equals("yes");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void printOutcome(PrintWriter out, ChangeOutcome outcome) {
        String verb = switch (outcome.outcome()) {
            case APPLIED -> switch (outcome.action()) {
                case CREATE -> "created";
                case UPDATE -> "updated";
                case DELETE -> "destroyed";
                case REPLACE -> "replaced";
            };
            case ADOPTED -> "adopted";
            case FAILED -> "FAILED";
            case SKIPPED -> "skipped";
        };
        out.println(outcome.address() + ": " + verb + (outcome.message() == null ? "" : " — " + outcome.message()));
        out.flush();
    }

    /**
     * The outcome counts and every request the command sent: its plan's reads (or a saved plan's stale check), any
     * build wait, and the apply's own, so the count matches what Apple's hourly budget was charged.
     */
    private static void printSummary(PrintWriter out, ApplyReport report, RequestStats stats) {
        long done = report.count(Outcome.APPLIED) + report.count(Outcome.ADOPTED);
        long sent = stats.requests();
        out.println();
        if (!report.complete()) {
            out.println(report.stoppedBy());
            out.println("Left for the next run (" + report.left().size() + "):");
            report.left().forEach(address -> out.println("  " + address));
        }
        out.println((report.success() && report.complete() ? "Apply complete! "
                : report.complete() ? "Apply incomplete: " : "Apply stopped at the request budget: ") + done
                + " applied, " + report.count(Outcome.FAILED) + " failed, " + report.count(Outcome.SKIPPED)
                + " skipped" + (report.complete() ? "" : ", " + report.left().size() + " left") + ". "
                + report.writes() + " writes, " + sent + " requests in all (" + (sent - report.requests())
                + " to plan or verify, " + report.requests() + " to apply)" + budgetNote(stats) + ".");
        if (!report.success()) {
            out.println("Run 'ascctl plan' to see exactly what is left.");
        } else if (!report.complete()) {
            out.println("Run the same apply again once the budget allows (ascctl plan shows what is left): it"
                    + " starts where this one stopped.");
        }
    }

    /** What is left of the hour and how many answers were 429, when there is something to say. */
    private static String budgetNote(RequestStats stats) {
        return stats.lastRateLimit().map(r -> "; " + r.remaining() + " of " + r.limit() + " left this hour")
                .orElse("") + (stats.rateLimited() == 0 ? "" : "; " + stats.rateLimited() + " answered 429");
    }
}
