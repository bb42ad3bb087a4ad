package dev.ascctl.sandbox;

import java.nio.file.Path;
import java.util.List;

/**
 * How to start a {@link Sandbox}.
 *
 * @param port               TCP port on 127.0.0.1; 0 picks a free one
 * @param appBundleIds       apps to pre-create with an editable first version (see {@code Seeder})
 * @param seedFile           a YAML or JSON seed file (see {@code SeedFile}), or null
 * @param latencyMs          delay added to every request
 * @param stateFile          JSON file loaded at start when present and written on close, or null
 * @param hourlyRequestLimit requests allowed per rolling hour before 429
 * @param variantsSeed       variant mode: answer in Apple's varying forms, chosen reproducibly from this seed
 *                           (see {@code AppleVariants}); null for the sandbox's one form
 */
public record SandboxOptions(int port, List<String> appBundleIds, Path seedFile, int latencyMs, Path stateFile,
                             int hourlyRequestLimit, Long variantsSeed) {
    public SandboxOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (latencyMs < 0) {
            throw new IllegalArgumentException("latencyMs must not be negative");
        }
        if (hourlyRequestLimit < 1) {
            throw new IllegalArgumentException("hourlyRequestLimit must be positive");
        }
        appBundleIds = List.copyOf(appBundleIds);
    }

    /** Random port, no apps, no seed or state file, no latency, Apple's 3600 requests per hour. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(0, List.of(), null, 0, null, 3600, null);
    }

    public SandboxOptions withPort(int p) {
        return new SandboxOptions(p, appBundleIds, seedFile, latencyMs, stateFile, hourlyRequestLimit, variantsSeed);
    }

    public SandboxOptions withApps(String... bundleIds) {
        return new SandboxOptions(port, List.of(bundleIds), seedFile, latencyMs, stateFile, hourlyRequestLimit, variantsSeed);
    }

    public SandboxOptions withSeedFile(Path file) {
        return new SandboxOptions(port, appBundleIds, file, latencyMs, stateFile, hourlyRequestLimit, variantsSeed);
    }

    public SandboxOptions withLatencyMs(int ms) {
        return new SandboxOptions(port, appBundleIds, seedFile, ms, stateFile, hourlyRequestLimit, variantsSeed);
    }

    public SandboxOptions withStateFile(Path file) {
        return new SandboxOptions(port, appBundleIds, seedFile, latencyMs, file, hourlyRequestLimit, variantsSeed);
    }

    public SandboxOptions withHourlyRequestLimit(int limit) {
        return new SandboxOptions(port, appBundleIds, seedFile, latencyMs, stateFile, limit, variantsSeed);
    }

    /** Variant mode with this seed, or the sandbox's one form when {@code seed} is null. */
    public SandboxOptions withVariantsSeed(Long seed) {
        return new SandboxOptions(port, appBundleIds, seedFile, latencyMs, stateFile, hourlyRequestLimit, seed);
    }
}
