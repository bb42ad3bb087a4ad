package dev.ascctl.cli;

import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.server.Sandbox;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code ascctl sandbox}: run the local App Store Connect simulator until stopped. */
@Command(name = "sandbox",
        description = "Run a local App Store Connect simulator until stopped (for trying ascctl and for tests);"
                + " use it with --profile sandbox.",
        footer = {"  ascctl sandbox --app com.example.notes --app com.example.todo",
                "  ascctl sandbox --port 8601 --seed examples/sandbox/notes-seed.yaml --latency-ms 150"
                        + " --state sandbox-state.json",
                "  ascctl sandbox --app com.example.notes --variants=7",
                "  ascctl sandbox --app com.example.notes --rate-limit 60"})
final class SandboxCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;
    @Option(names = "--port", paramLabel = "N", defaultValue = "8600",
            description = "Port on 127.0.0.1, e.g. 8601 (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port;
    @Option(names = "--app", paramLabel = "BUNDLE_ID", description = "Pre-create an app (the API cannot create"
            + " apps); repeatable, e.g. com.example.notes. Default: none.")
    List<String> apps = new ArrayList<>();
    @Option(names = "--seed", paramLabel = "FILE",
            description = "Seed apps, versions and locales from a file, e.g. examples/sandbox/notes-seed.yaml."
                    + " Default: none.")
    Path seed;
    @Option(names = "--latency-ms", paramLabel = "N", defaultValue = "0",
            description = "Latency added to every response, in ms, e.g. 150. Default: ${DEFAULT-VALUE}.")
    int latencyMs;
    @Option(names = "--state", paramLabel = "FILE", description = "Load state from and save it to this file, so"
            + " it survives a restart, e.g. sandbox-state.json. Default: none, state is lost on exit.")
    Path state;
    @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "3600",
            description = "Requests allowed per rolling hour per API key, shared by every client using the key"
                    + " (answered in X-Rate-Limit, 429 once spent), e.g. 60 to try budgets and pacing."
                    + " Default: ${DEFAULT-VALUE}, Apple's.")
    int rateLimit;
    @Option(names = "--variants", paramLabel = "SEED", arity = "0..1", fallbackValue = "1",
            description = "Answer in every form real App Store Connect varies between (lists with and without"
                    + " meta.paging, last pages with an empty or no links.next, errors with and without detail, four date"
                    + " spellings),"
                    + " chosen per response reproducibly from SEED, e.g. --variants=7. Default: off (one form);"
                    + " --variants alone uses seed ${FALLBACK-VALUE}.")
    Long variants;

    @Override
    public Integer call() throws Exception {
        CliContext context = root.context();
        SandboxOptions options = SandboxOptions.defaults()
                .withPort(port)
                .withApps(apps.toArray(String[]::new))
                .withSeedFile(seed == null ? null : context.workDir().resolve(seed))
                .withLatencyMs(latencyMs)
                .withHourlyRequestLimit(rateLimit)
                .withStateFile(state == null ? null : context.workDir().resolve(state))
                .withVariantsSeed(variants);
        Sandbox sandbox = Sandbox.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }));
        context.out().println("listening on " + sandbox.baseUri()
                + (variants == null ? "" : " (variant mode, seed " + variants + ")")
                + (rateLimit == SandboxOptions.defaults().hourlyRequestLimit() ? ""
                        : " (" + rateLimit + " requests per hour per key)"));
        context.out().flush();
        stopped.await();
        return ExitCode.OK;
    }
}
