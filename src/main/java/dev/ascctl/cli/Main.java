package dev.ascctl.cli;

import dev.ascctl.workflow.StoreInput;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The {@code ascctl} entry point: builds the real context and exits with the command's code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (mayLoadStore(args)) {
            // Start-up: from the first millisecond rather than once Cli has read the command line's annotations
            // (~40 ms of CPU); Cli.run decides exactly, so a word that merely looks like such a command
            // ("show plan") costs CPU on another thread and nothing else.
            StoreInput.prepareAhead();
        }
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

    /** Whether any argument names a command that loads the store (PlanCommand answers to "plan"). */
    private static boolean mayLoadStore(String[] args) {
        Set<String> names = RootCommand.LOAD_STORE.stream()
                .map(c -> c.getSimpleName().replace("Command", "").toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return Arrays.stream(args).anyMatch(names::contains);
    }
}
