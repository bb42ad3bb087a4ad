package dev.ascctl.workflow;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How to reach App Store Connect, as the user asked on the command line, plus where to look for config.
 *
 * @param debugLog where request logs go with {@code --debug}, or null
 * @param deadline {@code --deadline}: the command's total network time, or null for the configured default
 * @param waitAllowance time the command means to wait on purpose (e.g. {@code --wait-for-build}), added to a
 *                      deadline the user did not give; null for none
 * @param warnings      where warnings about the user's set-up go (a key file others may read), or null
 * @param parallelism   {@code --parallelism}: requests in flight, or null for ASCCTL_PARALLELISM, else the default
 */
public record ConnectionSettings(String profile, String endpoint, String keyId, String issuerId, Path privateKeyPath,
                                 Path apiKeyJson, Map<String, String> env, Path workDir, Path home,
                                 Consumer<String> debugLog, Duration deadline, Duration waitAllowance,
                                 Consumer<String> warnings, Integer parallelism) {
    public ConnectionSettings {
        env = Map.copyOf(env);
    }

    /** Without {@code --parallelism} (ASCCTL_PARALLELISM, else the default, decides). */
    public ConnectionSettings(String profile, String endpoint, String keyId, String issuerId, Path privateKeyPath,
                              Path apiKeyJson, Map<String, String> env, Path workDir, Path home,
                              Consumer<String> debugLog, Duration deadline, Duration waitAllowance,
                              Consumer<String> warnings) {
        this(profile, endpoint, keyId, issuerId, privateKeyPath, apiKeyJson, env, workDir, home, debugLog, deadline,
                waitAllowance, warnings, null);
    }

    /** These settings for a command that will wait up to {@code wait} on purpose. */
    public ConnectionSettings waitingUpTo(Duration wait) {
        return new ConnectionSettings(profile, endpoint, keyId, issuerId, privateKeyPath, apiKeyJson, env, workDir,
                home, debugLog, deadline, wait, warnings, parallelism);
    }
}
