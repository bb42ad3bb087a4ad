package dev.ascctl.build;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs Apple's command-line tools ({@code xcodebuild}, {@code xcrun}) for {@code build archive} and
 * {@code screenshots capture}: the program is looked up on the PATH of the given environment (so tests put fakes
 * first), its output goes line by line to a log file and to a listener that prints short progress, and it is never
 * given a shell (arguments are passed as they are, so a scheme with spaces needs no quoting).
 * <pre>{@code
 * ExternalCommand tools = new ExternalCommand(env);
 * int exit = tools.run(List.of("xcodebuild", "-scheme", "Notes", "archive"), workDir, log, line -> ...);
 * }</pre>
 */
public final class ExternalCommand {
    private final Map<String, String> env;

    /** @param env the environment the tools run with; its PATH (else the process's) finds them */
    public ExternalCommand(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    private String path() {
        return Optional.ofNullable(env.get("PATH")).orElseGet(() -> Optional.ofNullable(System.getenv("PATH"))
                .orElse(""));
    }

    /** The program on the PATH, if there is one (xcodebuild exists only on macOS, or as a fake in tests). */
    public Optional<Path> find(String program) {
        for (String dir : path().split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The command as a shell would need it typed, for --dry-run and for messages. */
    public static String shown(List<String> command) {
        return command.stream().map(ExternalCommand::quoted).collect(Collectors.joining(" "));
    }

    private static String quoted(String word) {
        return word.matches("[A-Za-z0-9_./=:,+@%-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    /**
     * Runs {@code command} in {@code workDir} and waits; every line of its output (stdout and stderr together) is
     * appended to {@code log} and handed to {@code lines}.
     *
     * @return the program's exit code
     * @throws IllegalStateException when the program is not on the PATH or cannot be started
     */
    public int run(List<String> command, Path workDir, Path log, Consumer<String> lines) {
        Path program = find(command.get(0)).orElseThrow(() -> new IllegalStateException(command.get(0)
                + " was not found on the PATH" + (isMac() ? "" : " (Xcode runs on macOS only)")));
        List<String> argv = new java.util.ArrayList<>(command);
        argv.set(0, program.toString());
        ProcessBuilder builder = new ProcessBuilder(argv).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env); // as a shell would hand it on (in production env is the process's own)
        builder.environment().put("PATH", path());
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Process process = builder.start();
            process.getOutputStream().close();
            try (Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8);
                 BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                         StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    out.write(line);
                    out.write('\n');
                    lines.accept(line);
                }
            }
            return process.waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(command.get(0) + " was interrupted", e);
        }
    }

    /** Whether this machine is a Mac (where Xcode runs). */
    public static boolean isMac() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("mac");
    }
}
