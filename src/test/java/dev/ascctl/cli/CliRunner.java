package dev.ascctl.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the whole CLI in-process and captures what it prints, for tests of output and exit codes. */
public final class CliRunner {
    /** The repository root (tests run from it): holds config/ with the sandbox profile and demo key. */
    public static final Path REPO = Path.of("").toAbsolutePath();

    private final Map<String, String> env = new HashMap<>();
    private Path workDir = REPO;
    private String stdin = "";

    public CliRunner env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public CliRunner workDir(Path dir) {
        this.workDir = dir;
        return this;
    }

    public CliRunner stdin(String text) {
        this.stdin = text;
        return this;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(env, workDir, REPO, new BufferedReader(new StringReader(stdin)),
                new PrintWriter(out, true), new PrintWriter(err, true), false);
        int code = Cli.run(context, args);
        return new Result(code, out.toString(), err.toString());
    }

    /** The sandbox profile at the given endpoint, then the arguments. */
    public Result sandbox(String endpoint, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--profile";
        all[1] = "sandbox";
        all[2] = "--endpoint";
        all[3] = endpoint;
        System.arraycopy(args, 0, all, 4, args.length);
        return run(all);
    }

    /** What one run printed and returned. */
    public record Result(int exitCode, String out, String err) {
        public String all() {
            return out + err;
        }

        public List<String> outLines() {
            return out.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
