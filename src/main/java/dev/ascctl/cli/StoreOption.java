package dev.ascctl.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --store DIR}, shared by the commands that read a store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = ".",
            description = "The store directory (holds store.yaml and apps/), e.g. examples/store. Default: the current"
                    + " directory.")
    String store;

    Path resolve(CliContext context) {
        return context.resolve(store);
    }
}
