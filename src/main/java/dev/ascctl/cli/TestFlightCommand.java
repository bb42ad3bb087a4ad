package dev.ascctl.cli;

import dev.ascctl.store.AppSpec;
import dev.ascctl.workflow.BetaTesters;
import dev.ascctl.workflow.Connections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ascctl testflight ...}: day-to-day TestFlight operations next to the declarative testflight.yaml. The app is
 * named with {@code --app BUNDLE_ID} (no store needed) or is the store's only app; either way one line on stderr says
 * which app the command acts on.
 */
@Command(name = "testflight", description = "TestFlight operations: list testers, invite one.",
        subcommands = {TestFlightCommand.Testers.class, TestFlightCommand.Invite.class},
        footer = {"  ascctl testflight testers --app com.example.notes",
                "  ascctl testflight invite jane@example.com --group QA --store examples/store"})
final class TestFlightCommand {

    /** {@code --app BUNDLE_ID}; {@code --bundle-id} is kept for scripts written before. */
    static final class AppOption {
        @Option(names = {"--app", "--bundle-id"}, paramLabel = "BUNDLE_ID", description = "The app, e.g."
                + " com.example.notes; no store is read then. Default: the only app of the store at --store.")
        String bundleId;
    }

    /** A testflight subcommand: it acts on one app, named with {@code --app} or the store's only app. */
    abstract static class AppCommand extends StoreCommand {
        @Mixin
        AppOption appOption;

        /** The app's TestFlight testers, through a connection opened now. */
        final BetaTesters betaTesters() {
            return new BetaTesters(Connections.open(root().connection()), bundleId());
        }

        /** The bundle id to act on, announced on stderr: {@code --app}, or the store's only app. */
        final String bundleId() {
            var err = context().err();
            if (appOption.bundleId != null) {
                err.println("App: " + appOption.bundleId + " (from --app)");
                return appOption.bundleId;
            }
            List<AppSpec> apps = loadStore(root().connection()).apps();
            if (apps.size() != 1) {
                throw new IllegalArgumentException(apps.isEmpty()
                        ? "the store at " + storeOption.store + " has no app; name one with --app BUNDLE_ID"
                        : "the store at " + storeOption.store + " has " + apps.size() + " apps; name one with"
                                + " --app: " + apps.stream().map(AppCommand::describe).collect(Collectors.joining(", ")));
            }
            err.println("App: " + describe(apps.get(0)));
            return apps.get(0).bundleId();
        }

        private static String describe(AppSpec app) {
            return app.bundleId() + " (apps/" + app.label() + ")";
        }
    }

    @Command(name = "testers", description = "List the app's beta testers and their groups.",
            footer = {"  ascctl testflight testers --app com.example.notes --group QA",
                    "  ascctl testflight testers --store examples/store --format csv > testers.csv"})
    static final class Testers extends AppCommand {
        @Option(names = "--group", paramLabel = "NAME",
                description = "Only the testers of this beta group, e.g. QA. Default: every tester of the app.")
        String group;
        @Mixin
        ListFormatOption formatOption;

        @Override
        public Integer call() {
            String format = formatOption.parse();
            var testers = betaTesters().list(Optional.ofNullable(group));
            context().out().print(switch (format) {
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

    @Command(name = "invite", description = "Invite one tester into a beta group (creates the tester if new).",
            footer = {"  ascctl testflight invite jane@example.com --group QA --app com.example.notes",
                    "  ascctl testflight invite bob@example.com --group QA --store examples/store"})
    static final class Invite extends AppCommand {
        @Parameters(paramLabel = "EMAIL", description = "The tester's email address, e.g. jane@example.com.")
        String email;
        @Option(names = "--group", paramLabel = "NAME", required = true,
                description = "The beta group, e.g. QA. Required; it must exist (testflight.yaml creates groups).")
        String group;

        @Override
        public Integer call() {
            if (!email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$")) {
                throw new IllegalArgumentException("'" + email + "' is not an email address");
            }
            context().out().println(betaTesters().invite(email, group));
            return ExitCode.OK;
        }
    }
}
