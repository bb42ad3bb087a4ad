package dev.ascctl.cli;

import dev.ascctl.store.Store;
import dev.ascctl.workflow.ConnectionSettings;
import dev.ascctl.workflow.StoreInput;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;

/** A command that reads the store at {@code --store}, at any depth of the command tree ({@code version bump}). */
abstract class StoreCommand extends RootedCommand {
    @Mixin
    StoreOption storeOption;

    /** The store folder, as given with {@code --store} (default: the working directory). */
    final Path storeDir() {
        return storeOption.resolve(context());
    }

    /** The store, validated offline; bad input ends here with file:line:column. */
    final Store loadStore(ConnectionSettings settings) {
        return StoreInput.load(storeDir(), settings);
    }
}
