package dev.ascctl.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The optional {@code network:} block of {@code ascctl.yaml}: how long ascctl waits for servers and how much it
 * reads. Every field may be left out (null here), and the built-in bounds apply.
 *
 * <pre>
 * network:
 *   deadline: 45m        # one command, retries and waits included
 *   connectTimeout: 10s
 *   headerTimeout: 60s   # waiting for an answer to begin
 *   idleTimeout: 30s     # an answer that stops arriving
 *   maxBodyMiB: 16       # the largest answer read
 * </pre>
 *
 * @param source where the block was read, or null when none was found
 */
public record NetworkSettings(Duration deadline, Duration connectTimeout, Duration headerTimeout,
                              Duration idleTimeout, Integer maxBodyMiB, Path source) {
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Set<String> KEYS = Set.of("deadline", "connectTimeout", "headerTimeout", "idleTimeout",
            "maxBodyMiB");

    public NetworkSettings {
        if (maxBodyMiB != null && (maxBodyMiB < 1 || maxBodyMiB > 1024)) {
            throw new ConfigException("network.maxBodyMiB in " + source + " must be between 1 and 1024");
        }
    }

    public static NetworkSettings none() {
        return new NetworkSettings(null, null, null, null, null, null);
    }

    /** The block of the first {@code ascctl.yaml} that has one, taken whole (like contactDefaults). */
    public static NetworkSettings find(List<ConfigLocation> locations) {
        for (ConfigLocation location : locations) {
            Path file = location.profilesFile();
            if (!Files.isRegularFile(file)) {
                continue;
            }
            JsonNode node;
            try {
                node = YAML.readTree(Files.readString(file));
            } catch (IOException e) {
                throw new ConfigException("Cannot read " + file + ": " + e.getClass().getSimpleName());
            } catch (JacksonException e) {
                throw new ConfigException(file + " is not valid YAML (line " + e.getLocation().getLineNr() + ")");
            }
            JsonNode network = node == null ? null : node.get("network");
            if (network == null || network.isNull()) {
                continue;
            }
            if (!network.isObject()) {
                throw new ConfigException("network in " + file + " must be a mapping (deadline, connectTimeout, ...)");
            }
            for (String key : network.propertyNames()) {
                if (!KEYS.contains(key)) {
                    throw new ConfigException("network." + key + " in " + file + " is not a setting; known: "
                            + String.join(", ", KEYS.stream().sorted().toList()));
                }
            }
            JsonNode mib = network.get("maxBodyMiB");
            if (mib != null && !mib.isIntegralNumber()) {
                throw new ConfigException("network.maxBodyMiB in " + file + " must be a whole number of MiB");
            }
            return new NetworkSettings(duration(network, "deadline", file), duration(network, "connectTimeout", file),
                    duration(network, "headerTimeout", file), duration(network, "idleTimeout", file),
                    mib == null ? null : mib.asInt(), file);
        }
        return none();
    }

    /** A duration as people type it: {@code 30m}, {@code 90s}, {@code 1h30m}, or ISO-8601 {@code PT30M}. */
    public static Duration parseDuration(String value) {
        String text = value.strip().toUpperCase(Locale.ROOT);
        try {
            Duration d = Duration.parse(text.startsWith("PT") ? text : "PT" + text);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("'" + value + "' must be more than zero");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a duration; write e.g. 30m, 90s or 1h30m");
        }
    }

    private static Duration duration(JsonNode network, String key, Path file) {
        JsonNode value = network.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return parseDuration(value.asString());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("network." + key + " in " + file + ": " + e.getMessage());
        }
    }
}
