package dev.ascctl.cli;

import dev.ascctl.store.Store;
import dev.ascctl.translate.StaleTranslations;
import picocli.CommandLine.Command;

/** {@code ascctl validate}: every offline check, all problems at once, no request sent. */
@Command(name = "validate",
        description = "Check the store offline: schema, limits, locales, URLs, secrets. Sends no request.",
        footer = {"  ascctl validate", "  ascctl validate --store examples/store"})
final class ValidateCommand extends StoreCommand {
    @Override
    public Integer call() {
        Store store = loadStore(root().connection());
        int locales = store.apps().stream().mapToInt(a -> a.locales().size()).sum();
        context().out().println("The store is valid: " + store.apps().size()
                + (store.apps().size() == 1 ? " app, " : " apps, ") + locales
                + (locales == 1 ? " locale." : " locales."));
        StaleTranslations.of(store).forEach(w -> context().out().println("Warning: " + w));
        return ExitCode.OK;
    }
}
