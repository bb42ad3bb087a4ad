package dev.ascctl.cli;

import dev.ascctl.store.Store;
import dev.ascctl.workflow.ConnectionSettings;
import dev.ascctl.workflow.StoreInput;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that reads the store at {@code --store}. It reaches the global options through the root of the
 * command tree, so a subcommand at any depth ({@code testflight testers}, {@code version bump}) is written like a
 * top-level one.
 */
abstract class StoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption storeOption;

    /** The global options ({@code ascctl --profile ...}) of this run. */
    final RootCommand root() {
        return (RootCommand) spec.root().userObject();
    }

    final CliContext context() {
        return root().context();
    }

    /** The store folder, as given with {@code --store} (default: the working directory). */
    final Path storeDir() {
        return storeOption.resolve(context());
    }

    /** The store, validated offline; bad input ends here with file:line:column. */
    final Store loadStore(ConnectionSettings settings) {
        return StoreInput.load(storeDir(), settings);
    }
}
