package dev.ascctl.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/** The {@code ascctl} entry point: builds the real context and exits with the command's code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        String home = System.getProperty("ascctl.home");
        CliContext context = new CliContext(System.getenv(), Path.of("").toAbsolutePath(),
                home == null ? null : Path.of(home),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8),
                System.console() != null);
        int code = Cli.run(context, args);
        context.out().flush();
        context.err().flush();
        HttpSelectorThreads.stop(Duration.ofMillis(200)); // else exit waits 0.3 s for them (see there)
        System.exit(code);
    }
}
