package dev.ascctl.workflow;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How to reach App Store Connect, as the user asked on the command line, plus where to look for config.
 *
 * @param debugLog where request logs go with {@code --debug}, or null
 */
public record ConnectionSettings(String profile, String endpoint, String keyId, String issuerId, Path privateKeyPath,
                                 Path apiKeyJson, Map<String, String> env, Path workDir, Path home,
                                 Consumer<String> debugLog) {
    public ConnectionSettings {
        env = Map.copyOf(env);
    }
}
