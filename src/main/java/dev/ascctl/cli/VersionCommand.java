package dev.ascctl.cli;

import dev.ascctl.store.VersionBump;
import dev.ascctl.workflow.VersionBumps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ascctl version bump major|minor|patch}: edits app.yaml's versionString in place; no request. */
@Command(name = "version", description = "Edit the version being prepared in app.yaml.",
        subcommands = VersionCommand.Bump.class, footer = "  ascctl version bump minor")
final class VersionCommand {
    /** {@code ascctl version bump major|minor|patch [--store DIR] [--app LABEL]}. */
    @Command(name = "bump",
            description = "Raise version.versionString in app.yaml, keeping comments and formatting; no request.",
            footer = {"  ascctl version bump patch", "  ascctl version bump minor --store . --app notes"})
    static final class Bump extends StoreCommand {
        @Parameters(index = "0", paramLabel = "PART",
                description = "major, minor or patch, e.g. minor (2.4.1 -> 2.5.0).")
        String part;
        @Option(names = "--app", paramLabel = "LABEL", description = "The app's folder under apps/, e.g. notes."
                + " Default: the store's only app (needed when it has more).")
        String app;

        @Override
        public Integer call() {
            VersionBump.Bumped bumped = VersionBumps.bump(storeDir(), app, VersionBump.Part.parse(part));
            context().out().println(bumped.at() + ": version.versionString " + bumped.from() + " -> " + bumped.to());
            return ExitCode.OK;
        }
    }
}
