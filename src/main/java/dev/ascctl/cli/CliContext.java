package dev.ascctl.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a command may touch of the outside world, so the whole CLI runs in-process in tests.
 *
 * @param env      the environment (credentials, secret references)
 * @param workDir  the directory relative paths start from
 * @param home     the ascctl installation (holds config/ with the sandbox profile), or null
 * @param in       standard input (the typed "yes")
 * @param out      standard output
 * @param err      standard error
 * @param terminal whether output goes to a terminal (colour, progress)
 */
public record CliContext(Map<String, String> env, Path workDir, Path home, BufferedReader in, PrintWriter out,
                         PrintWriter err, boolean terminal) {
    public CliContext {
        env = Map.copyOf(env);
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    public Path resolve(String path) {
        return workDir.resolve(path).normalize();
    }
}
