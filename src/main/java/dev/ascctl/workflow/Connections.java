package dev.ascctl.workflow;

import dev.ascctl.asc.AscClient;
import dev.ascctl.asc.ClientOptions;
import dev.ascctl.asc.NetworkBounds;
import dev.ascctl.config.ContactDefaults;
import dev.ascctl.config.ConfigException;
import dev.ascctl.config.ConfigLocations;
import dev.ascctl.config.CredentialOptions;
import dev.ascctl.config.Credentials;
import dev.ascctl.config.CredentialsResolver;
import dev.ascctl.config.NetworkSettings;
import dev.ascctl.plan.PlanContext;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/** Opens the API client from the user's settings, finding {@code config/} as ascctl users expect. */
public final class Connections {
    private Connections() {
    }

    public static AscClient open(ConnectionSettings settings) {
        CredentialsResolver resolver = resolver(settings);
        Credentials credentials = resolver.resolve(options(settings));
        warn(resolver, settings);
        return client(credentials, settings);
    }

    /**
     * The API key as every command resolves it, for a tool outside ascctl that signs in with it (xcodebuild's
     * {@code -authenticationKeyPath}); throws the resolver's message naming what is missing.
     */
    public static Credentials credentials(ConnectionSettings settings) {
        CredentialsResolver resolver = resolver(settings);
        Credentials credentials = resolver.resolve(options(settings));
        warn(resolver, settings);
        return credentials;
    }

    private static void warn(CredentialsResolver resolver, ConnectionSettings settings) {
        if (settings.warnings() != null) {
            resolver.warnings().forEach(settings.warnings());
        }
    }

    /**
     * Opens the client on another thread while the caller goes on, typically loading the store: reading the key,
     * building the HTTP client and signing the first token (a third of a plan's start-up, mostly class loading) then
     * overlap with reading and validating the YAML on a machine with two cores. {@code get()} waits for the client
     * and throws what {@link #open} threw, so a caller that loads the store first still reports a broken store before
     * missing credentials, as before.
     */
    public static Supplier<AscClient> openAhead(ConnectionSettings settings) {
        FutureTask<AscClient> opening = new FutureTask<>(() -> {
            AscClient client = open(settings);
            client.prepare();
            return client;
        });
        Thread thread = new Thread(opening, "ascctl-connect");
        thread.setDaemon(true); // a broken store ends the command before the client is needed
        thread.start();
        return () -> await(opening);
    }

    /** The task's result, or what it threw (unchecked as thrown, a checked one wrapped). */
    static <T> T await(Future<T> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }


    /**
     * The client to apply a saved plan with: the plan's endpoint and profile unless given again; refuses (before any
     * request) when the user now names another endpoint.
     */
    public static AscClient openForSavedPlan(ConnectionSettings settings, PlanContext plan) {
        CredentialsResolver resolver = resolver(settings);
        Credentials credentials = resolver.resolveForSavedPlan(options(settings), plan.endpoint(), plan.profile());
        warn(resolver, settings);
        return client(credentials, settings);
    }

    private static CredentialOptions options(ConnectionSettings settings) {
        return new CredentialOptions(settings.keyId(), settings.issuerId(), settings.privateKeyPath(),
                settings.endpoint() == null ? null : URI.create(settings.endpoint()), settings.apiKeyJson(),
                settings.profile());
    }

    private static AscClient client(Credentials credentials, ConnectionSettings settings) {
        ClientOptions options = ClientOptions.defaults();
        // Tuning knobs for CI and tests: how often and how patiently 429/5xx are retried.
        String retries = settings.env().get("ASCCTL_MAX_RETRIES");
        if (retries != null) {
            options = options.withMaxRetries(Integer.parseInt(retries.strip()));
        }
        String backoff = settings.env().get("ASCCTL_BACKOFF_MS");
        if (backoff != null) {
            options = options.withBackoff(Duration.ofMillis(Long.parseLong(backoff.strip())), Duration.ofSeconds(30));
        }
        // The longest wait between requests when little of the hour's budget is left; "off" sends without pacing.
        String pacing = settings.env().get("ASCCTL_PACING_MS");
        if (pacing != null) {
            options = options.withPacing(pacing.strip().equalsIgnoreCase("off") ? null
                    : Duration.ofMillis(Long.parseLong(pacing.strip())));
        }
        if (settings.debugLog() != null) {
            options = options.withDebugLog(settings.debugLog());
        }
        return new AscClient(credentials, options.withNetwork(network(settings))
                .withParallelism(parallelism(settings)));
    }

    /** {@code --parallelism}, else ASCCTL_PARALLELISM, else {@link ClientOptions#DEFAULT_PARALLELISM}. */
    static int parallelism(ConnectionSettings settings) {
        if (settings.parallelism() != null) {
            return parallelismIn(String.valueOf(settings.parallelism()), "--parallelism");
        }
        String env = settings.env().get("ASCCTL_PARALLELISM");
        return env == null || env.isBlank() ? ClientOptions.DEFAULT_PARALLELISM
                : parallelismIn(env.strip(), "ASCCTL_PARALLELISM");
    }

    private static int parallelismIn(String text, String where) {
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= ClientOptions.MAX_PARALLELISM) {
                return value;
            }
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        throw new ConfigException(where + " must be a whole number from 1 to " + ClientOptions.MAX_PARALLELISM
                + " (requests in flight; default " + ClientOptions.DEFAULT_PARALLELISM + "), not '" + text + "'");
    }

    /** The built-in bounds, changed by {@code network:} in ascctl.yaml, the deadline by {@code --deadline}. */
    static NetworkBounds network(ConnectionSettings settings) {
        NetworkSettings configured = NetworkSettings.find(
                ConfigLocations.standard(settings.workDir(), settings.env(), settings.home()));
        NetworkBounds bounds = NetworkBounds.defaults();
        if (configured.connectTimeout() != null) {
            bounds = bounds.withConnect(configured.connectTimeout());
        }
        if (configured.headerTimeout() != null) {
            bounds = bounds.withHeaders(configured.headerTimeout());
        }
        if (configured.idleTimeout() != null) {
            bounds = bounds.withIdle(configured.idleTimeout());
        }
        if (configured.maxBodyMiB() != null) {
            bounds = bounds.withMaxBodyBytes(configured.maxBodyMiB() * NetworkBounds.MIB);
        }
        if (settings.deadline() != null) {
            bounds = bounds.withDeadline(settings.deadline());
        } else {
            // A deadline the user did not give must not cut short a wait they asked for (--wait-for-build 2h).
            Duration base = configured.deadline() != null ? configured.deadline() : bounds.deadline();
            bounds = bounds.withDeadline(settings.waitAllowance() == null ? base : base.plus(settings.waitAllowance()));
        }
        return bounds;
    }

    /** The vendor number of sales and finance reports from the environment or the profile, if set there. */
    public static java.util.Optional<String> vendorNumber(ConnectionSettings settings) {
        return resolver(settings).vendorNumber(settings.profile());
    }

    /** Contact defaults from {@code config/credentials.local.yaml}, or none. */
    public static ContactDefaults contactDefaults(ConnectionSettings settings) {
        return resolver(settings).contactDefaults();
    }

    /** Folders outside the repository that {@code ${file:}} references may read ({@code secretFileFolders}). */
    public static java.util.List<java.nio.file.Path> secretFileFolders(ConnectionSettings settings) {
        return resolver(settings).secretFileFolders();
    }

    /** Profiles come from the working directory's config/, then ~/.config/ascctl/, then the installation's. */
    private static CredentialsResolver resolver(ConnectionSettings settings) {
        return new CredentialsResolver(ConfigLocations.standard(settings.workDir(), settings.env(), settings.home()),
                settings.env());
    }
}
