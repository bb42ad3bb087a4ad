package dev.ascctl.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where profiles are looked up, first match first (DESIGN §2):
 * <ol>
 *   <li>{@code config/ascctl.yaml} in the working directory (the team's repository);</li>
 *   <li>{@code $XDG_CONFIG_HOME/ascctl/ascctl.yaml}, by default {@code ~/.config/ascctl/ascctl.yaml} (the user's own
 *       profiles and keys, for every repository);</li>
 *   <li>{@code config/ascctl.yaml} of the ascctl installation ({@code ascctl.home}), which carries the
 *       {@code sandbox} profile and its demo key.</li>
 * </ol>
 * Each {@code ascctl.yaml} has its {@code credentials.local.yaml} beside it. Only the environment given is read
 * (never the JVM's own), so tests see exactly the locations they set up.
 */
public final class ConfigLocations {
    private ConfigLocations() {
    }

    /**
     * @param workDir the working directory
     * @param env     the environment: {@code XDG_CONFIG_HOME}, else {@code HOME}
     * @param home    the ascctl installation, or null when unknown (in-process use without the launcher)
     */
    public static List<ConfigLocation> standard(Path workDir, Map<String, String> env, Path home) {
        List<ConfigLocation> locations = new ArrayList<>();
        add(locations, ConfigLocation.projectDir(workDir.toAbsolutePath().normalize()));
        Path userConfig = userConfigDir(env);
        if (userConfig != null) {
            add(locations, ConfigLocation.folder(userConfig.resolve("ascctl")));
        }
        if (home != null) {
            add(locations, ConfigLocation.projectDir(home.toAbsolutePath().normalize()));
        }
        return List.copyOf(locations);
    }

    /**
     * {@code $XDG_CONFIG_HOME}, or {@code $HOME/.config} when it is unset, blank or relative (the XDG Base Directory
     * rule); null without either.
     */
    static Path userConfigDir(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg.strip()).isAbsolute()) {
            return Path.of(xdg.strip()).normalize();
        }
        String home = env.get("HOME");
        if (home != null && !home.isBlank() && Path.of(home.strip()).isAbsolute()) {
            return Path.of(home.strip(), ".config").normalize();
        }
        return null;
    }

    /** The same folder twice (running inside ascctl's own source tree) is looked at once. */
    private static void add(List<ConfigLocation> locations, ConfigLocation location) {
        if (locations.stream().noneMatch(l -> l.profilesFile().equals(location.profilesFile()))) {
            locations.add(location);
        }
    }
}
