package dev.ascctl.cli;

import dev.ascctl.store.AppSpec;
import dev.ascctl.workflow.Connections;
import dev.ascctl.workflow.ExperimentStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code ascctl experiments ...}: product page optimization tests next to the declarative experiments.yaml. */
@Command(name = "experiments", description = "Product page optimization tests: show their status.",
        subcommands = {ExperimentsCommand.Status.class},
        footer = {"  ascctl experiments status --app com.example.notes"})
final class ExperimentsCommand {

    @Command(name = "status", description = "Show each test's state, traffic, dates and treatments (read only).",
            footer = {"  ascctl experiments status --app com.example.notes",
                    "  ascctl experiments status --store examples/store --format json"})
    static final class Status extends StoreCommand {
        @Option(names = "--app", paramLabel = "BUNDLE_ID", description = "An app, e.g. com.example.notes; repeat for"
                + " more. No store is read then. Default: every app of the store at --store.")
        List<String> apps = new ArrayList<>();
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
                description = "table or json, e.g. json. Default: ${DEFAULT-VALUE}.")
        String format;

        @Override
        public Integer call() {
            if (!List.of("table", "json").contains(format)) {
                throw new IllegalArgumentException("--format must be table or json, not '" + format + "'");
            }
            List<String> bundleIds = apps.isEmpty()
                    ? loadStore(root().connection()).apps().stream().map(AppSpec::bundleId).toList() : apps;
            ExperimentStatus status = new ExperimentStatus(Connections.open(root().connection()));
            Map<String, List<ExperimentStatus.Test>> byApp = new java.util.LinkedHashMap<>();
            bundleIds.forEach(b -> byApp.put(b, status.of(b)));
            context().out().print(format.equals("json")
                    ? JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(byApp) + "\n"
                    : table(byApp));
            return ExitCode.OK;
        }

        static String table(Map<String, List<ExperimentStatus.Test>> byApp) {
            StringBuilder out = new StringBuilder();
            byApp.forEach((app, tests) -> {
                out.append(app).append(tests.isEmpty() ? ": no product page optimization tests\n" : "\n");
                for (ExperimentStatus.Test t : tests) {
                    out.append(String.format("  %s  %s (%s), %s%% of visitors, %s%n", t.name(), t.status(), t.state(),
                            t.trafficProportion() == null ? "-" : t.trafficProportion(), t.platform()));
                    if (t.startDate() != null || t.endDate() != null) {
                        out.append(String.format("    started %s%s%n", t.startDate() == null ? "-" : t.startDate(),
                                t.endDate() == null ? "" : ", ended " + t.endDate()));
                    }
                    for (ExperimentStatus.Treatment tr : t.treatments()) {
                        out.append(String.format("    treatment %s%s: %s%n", tr.name(),
                                tr.appIconName() == null ? "" : " (icon " + tr.appIconName() + ")",
                                tr.locales().isEmpty() ? "no localizations" : String.join(", ", tr.locales())));
                    }
                }
            });
            out.append(ExperimentStatus.RESULTS).append('\n');
            return out.toString();
        }
    }
}
