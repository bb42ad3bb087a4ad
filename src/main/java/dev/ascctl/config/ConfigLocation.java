package dev.ascctl.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One place ascctl looks for profiles: an {@code ascctl.yaml} (committed, no secrets), the git-ignored
 * {@code credentials.local.yaml} beside it, and the folder that relative paths inside them (such as
 * {@code privateKeyPath}) start from.
 *
 * @param profilesFile the {@code ascctl.yaml}; it need not exist
 * @param secretsFile  the {@code credentials.local.yaml} beside it; it need not exist
 * @param baseDir      where relative paths in either file start
 */
public record ConfigLocation(Path profilesFile, Path secretsFile, Path baseDir) {
    public static final String PROFILES_FILE_NAME = "ascctl.yaml";
    public static final String SECRETS_FILE_NAME = "credentials.local.yaml";

    public ConfigLocation {
        Objects.requireNonNull(profilesFile, "profilesFile");
        Objects.requireNonNull(secretsFile, "secretsFile");
        Objects.requireNonNull(baseDir, "baseDir");
    }

    /**
     * A project folder (the working directory, or ascctl's installation): {@code DIR/config/ascctl.yaml}, with
     * paths relative to {@code DIR}, so a profile's {@code privateKeyPath: config/sandbox/...} works in both.
     */
    public static ConfigLocation projectDir(Path dir) {
        Path config = dir.resolve("config");
        return new ConfigLocation(config.resolve(PROFILES_FILE_NAME), config.resolve(SECRETS_FILE_NAME), dir);
    }

    /** A folder that holds the two files itself ({@code ~/.config/ascctl/}), with paths relative to it. */
    public static ConfigLocation folder(Path dir) {
        return new ConfigLocation(dir.resolve(PROFILES_FILE_NAME), dir.resolve(SECRETS_FILE_NAME), dir);
    }
}
