package dev.ascctl.cli;

import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Store;
import dev.ascctl.workflow.BetaTesters;
import dev.ascctl.workflow.Connections;
import dev.ascctl.workflow.StoreInput;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;

/** {@code ascctl testflight ...}: day-to-day TestFlight operations next to the declarative testflight.yaml. */
@Command(name = "testflight", description = "TestFlight operations: list testers, invite one.",
        subcommands = {TestFlightCommand.Testers.class, TestFlightCommand.Invite.class})
final class TestFlightCommand {
    @ParentCommand
    RootCommand root;

    /** The app of the store (the one app, or the one named by --bundle-id). */
    static String bundleId(RootCommand root, StoreOption storeOption, String bundleId) {
        if (bundleId != null) {
            return bundleId;
        }
        Store store = StoreInput.load(storeOption.resolve(root.context()), root.connection());
        List<String> ids = store.apps().stream().map(AppSpec::bundleId).toList();
        if (ids.size() != 1) {
            throw new IllegalArgumentException("the store has " + ids.size() + " apps; name one with --bundle-id");
        }
        return ids.get(0);
    }

    @Command(name = "testers", description = "List the app's beta testers and their groups.")
    static final class Testers implements Callable<Integer> {
        @ParentCommand
        TestFlightCommand parent;
        @Mixin
        StoreOption storeOption;
        @Option(names = "--bundle-id", description = "The app (default: the store's only app).")
        String bundleId;
        @Option(names = "--group", description = "Only the testers of this group.")
        String group;
        @Option(names = "--format", defaultValue = "table", description = "table, json or csv.")
        String format;

        @Override
        public Integer call() {
            if (!List.of("table", "json", "csv").contains(format)) {
                throw new IllegalArgumentException("--format must be table, json or csv, not '" + format + "'");
            }
            RootCommand root = parent.root;
            var testers = new BetaTesters(Connections.open(root.connection()), bundleId(root, storeOption, bundleId))
                    .list(Optional.ofNullable(group));
            root.context().out().print(switch (format) {
                case "json" -> JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(testers) + "\n";
                case "csv" -> csv(testers);
                default -> table(testers);
            });
            return ExitCode.OK;
        }

        private static String csv(List<BetaTesters.Row> rows) {
            StringBuilder out = new StringBuilder("email,firstName,lastName,state,groups\n");
            for (var r : rows) {
                out.append(String.join(",", cell(r.email()), cell(r.firstName()), cell(r.lastName()), cell(r.state()),
                        cell(String.join(";", r.groups())))).append('\n');
            }
            return out.toString();
        }

        private static String cell(String v) {
            if (v == null) {
                return "";
            }
            return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
        }

        private static String table(List<BetaTesters.Row> rows) {
            StringBuilder out = new StringBuilder(String.format("%-36s %-24s %-10s %s%n", "EMAIL", "NAME", "STATE", "GROUPS"));
            for (var r : rows) {
                String name = ((r.firstName() == null ? "" : r.firstName()) + " " + (r.lastName() == null ? "" : r.lastName())).trim();
                out.append(String.format("%-36s %-24s %-10s %s%n", r.email(), name, r.state(), String.join(", ", r.groups())));
            }
            out.append(rows.size()).append(rows.size() == 1 ? " tester\n" : " testers\n");
            return out.toString();
        }
    }

    @Command(name = "invite", description = "Invite one tester into a beta group (creates the tester if new).")
    static final class Invite implements Callable<Integer> {
        @ParentCommand
        TestFlightCommand parent;
        @Mixin
        StoreOption storeOption;
        @Option(names = "--bundle-id", description = "The app (default: the store's only app).")
        String bundleId;
        @Parameters(paramLabel = "EMAIL")
        String email;
        @Option(names = "--group", required = true, description = "The beta group.")
        String group;

        @Override
        public Integer call() {
            if (!email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$")) {
                throw new IllegalArgumentException("'" + email + "' is not an email address");
            }
            RootCommand root = parent.root;
            String done = new BetaTesters(Connections.open(root.connection()), bundleId(root, storeOption, bundleId))
                    .invite(email, group);
            root.context().out().println(done);
            return ExitCode.OK;
        }
    }
}
