package dev.ascctl.workflow;

import dev.ascctl.asc.AscClient;
import dev.ascctl.asc.ClientOptions;
import dev.ascctl.config.ContactDefaults;
import dev.ascctl.config.CredentialOptions;
import dev.ascctl.config.CredentialsResolver;
import java.net.URI;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the API client from the user's settings, finding {@code config/} as ascctl users expect. */
public final class Connections {
    private Connections() {
    }

    public static AscClient open(ConnectionSettings settings) {
        var credentials = resolver(settings).resolve(new CredentialOptions(settings.keyId(), settings.issuerId(),
                settings.privateKeyPath(), settings.endpoint() == null ? null : URI.create(settings.endpoint()),
                settings.apiKeyJson(), settings.profile()));
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
        if (settings.debugLog() != null) {
            options = options.withDebugLog(settings.debugLog());
        }
        return new AscClient(credentials, options);
    }

    /** Contact defaults from {@code config/credentials.local.yaml}, or none. */
    public static ContactDefaults contactDefaults(ConnectionSettings settings) {
        return resolver(settings).contactDefaults();
    }

    private static CredentialsResolver resolver(ConnectionSettings settings) {
        return new CredentialsResolver(projectDir(settings), settings.env());
    }

    /**
     * The directory whose {@code config/} holds profiles: the working directory or the nearest parent with a
     * {@code config/ascctl.yaml}, else the ascctl installation (which carries the sandbox profile).
     */
    static Path projectDir(ConnectionSettings settings) {
        for (Path dir = settings.workDir().toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("config/ascctl.yaml"))) {
                return dir;
            }
        }
        return settings.home() != null ? settings.home() : settings.workDir();
    }
}
