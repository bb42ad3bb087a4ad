package dev.ascctl.cli;

import dev.ascctl.store.Store;
import dev.ascctl.workflow.StoreInput;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code ascctl validate}: every offline check, all problems at once, no request sent. */
@Command(name = "validate",
        description = "Check the store offline: schema, limits, locales, URLs, secrets. Sends no request.",
        footerHeading = "%nExamples:%n",
        footer = {"  ascctl validate", "  ascctl validate --store examples/store"})
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;
    @Mixin
    StoreOption storeOption;

    @Override
    public Integer call() {
        Store store = StoreInput.load(storeOption.resolve(root.context()), root.connection());
        int locales = store.apps().stream().mapToInt(a -> a.locales().size()).sum();
        root.context().out().println("The store is valid: " + store.apps().size()
                + (store.apps().size() == 1 ? " app, " : " apps, ") + locales
                + (locales == 1 ? " locale." : " locales."));
        return ExitCode.OK;
    }
}
