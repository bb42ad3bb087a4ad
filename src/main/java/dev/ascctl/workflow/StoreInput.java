package dev.ascctl.workflow;

import dev.ascctl.resource.registry.AllKinds;
import dev.ascctl.config.ContactDefaults;
import dev.ascctl.store.ContactDefaultsInput;
import dev.ascctl.store.KindRules;
import dev.ascctl.store.LoadResult;
import dev.ascctl.store.SecretResolver;
import dev.ascctl.store.Store;
import dev.ascctl.store.StoreLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.FutureTask;

/** Loads and validates the store; any problem stops everything before the first request. */
public final class StoreInput {
    private StoreInput() {
    }

    /** The kinds' store rules with the schema validators built, once per process (they depend on no input). */
    private static FutureTask<KindRules> kinds;

    /**
     * Starts building the kinds' store rules and the schema validators on another thread, if not already started:
     * the CLI calls this as soon as it knows the command loads a store, so the work overlaps with building the
     * command line (start-up). {@link #load} starts it itself when nobody did.
     */
    public static void prepareAhead() {
        kinds();
    }

    private static synchronized FutureTask<KindRules> kinds() {
        if (kinds == null) {
            kinds = new FutureTask<>(() -> {
                KindRules built = AllKinds.registry().storeRules();
                StoreLoader.prepare(built);
                return built;
            });
            Thread thread = new Thread(kinds, "ascctl-kinds");
            thread.setDaemon(true);
            thread.start();
        }
        return kinds;
    }

    public static Store load(Path storeDir, ConnectionSettings settings) {
        // Start-up: the kinds and the schema validators are built on another thread while the configuration is read.
        FutureTask<KindRules> kinds = kinds();
        ContactDefaultsInput contacts = contactDefaults(settings);
        SecretResolver secrets = secrets(storeDir, settings);
        LoadResult result = StoreLoader.load(storeDir, contacts, secrets, Connections.await(kinds));
        if (!result.problems().isEmpty()) {
            throw new InvalidStoreException(result.problems());
        }
        return result.store();
    }

    public static SecretResolver secrets(Store store, ConnectionSettings settings) {
        return secrets(store.root(), settings);
    }

    /** References resolve against the store's repository and the folders config/ascctl.yaml allows. */
    public static SecretResolver secrets(Path storeDir, ConnectionSettings settings) {
        return new SecretResolver(storeDir, settings.env(), Connections.secretFileFolders(settings));
    }

    private static ContactDefaultsInput contactDefaults(ConnectionSettings settings) {
        ContactDefaults defaults = Connections.contactDefaults(settings);
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "company", defaults.company());
        put(values, "contactFirstName", defaults.contactFirstName());
        put(values, "contactLastName", defaults.contactLastName());
        put(values, "contactEmail", defaults.contactEmail());
        put(values, "contactPhone", defaults.contactPhone());
        put(values, "copyright", defaults.copyright());
        // The file is the mark of every defaulted value, so a problem with one names where it came from.
        return values.isEmpty() ? ContactDefaultsInput.none()
                : new ContactDefaultsInput(values, defaults.source());
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
    }
}
