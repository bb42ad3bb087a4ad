package dev.ascctl.sandbox.server;

import com.sun.net.httpserver.HttpServer;
import dev.ascctl.sandbox.FaultInjector;
import dev.ascctl.sandbox.RequestLog;
import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.auth.JwtVerifier;
import dev.ascctl.sandbox.http.ApiRouter;
import dev.ascctl.sandbox.http.RateLimiter;
import dev.ascctl.sandbox.http.SandboxAdmin;
import dev.ascctl.sandbox.http.SandboxHandler;
import dev.ascctl.sandbox.reports.SalesReports;
import dev.ascctl.sandbox.jsonapi.AppleVariants;
import dev.ascctl.sandbox.model.ResourceCatalog;
import dev.ascctl.sandbox.seed.Seeder;
import dev.ascctl.sandbox.seed.StateFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local App Store Connect simulator on 127.0.0.1: Apple's JSON:API shapes, real ES256 auth with the
 * sandbox demo key, Apple's rules for app metadata, rate limiting, fault injection and a request log.
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withApps("com.example.notes"))) {
 *     URI endpoint = sandbox.baseUri();   // http://127.0.0.1:PORT
 * }
 * }</pre>
 */
public final class Sandbox implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final SandboxOptions options;
    private final SandboxState state;
    private final RequestLog requestLog = new RequestLog();
    private final FaultInjector faults = new FaultInjector();
    private final RateLimiter rateLimiter;
    private final ObjectMapper json = JsonMapper.builder().build();
    private final SalesReports reports = SalesReports.withDefaults();

    private Sandbox(SandboxOptions options) throws IOException {
        this.options = options;
        this.state = new SandboxState();
        ResourceCatalog catalog = new ResourceCatalog();
        Seeder seeder = new Seeder(state);
        seeder.seedCategories();
        if (options.stateFile() != null && Files.exists(options.stateFile())) {
            StateFile.load(options.stateFile(), state, json);
        } else {
            options.appBundleIds().forEach(seeder::seedApp);
            if (options.seedFile() != null) {
                seeder.seedFile(options.seedFile());
            }
        }
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 0);
        String baseUri = "http://127.0.0.1:" + server.getAddress().getPort();
        Clock clock = Clock.systemUTC();
        ApiRouter router = new ApiRouter(catalog, state, json, baseUri, reports);
        this.rateLimiter = new RateLimiter(options.hourlyRequestLimit(), clock);
        server.createContext("/", new SandboxHandler(router, new SandboxAdmin(state, reports), state, JwtVerifier.forSandboxKey(clock, json),
                rateLimiter, faults, requestLog, options.latencyMs(), json,
                options.variantsSeed() == null ? AppleVariants.off() : AppleVariants.seeded(options.variantsSeed())));
        server.createContext("/upload/", new dev.ascctl.sandbox.http.UploadHandler(state, faults, options.latencyMs()));
        server.createContext("/assets/", new dev.ascctl.sandbox.http.AssetDownloadHandler(state, faults));
        server.createContext(dev.ascctl.sandbox.reports.AnalyticsReports.SEGMENT_PATH,
                new dev.ascctl.sandbox.http.SegmentDownloadHandler(router.analytics(), faults));
        // Several threads so an injected delay on one request does not stall the others, and more than the client's
        // most requests in flight (ClientOptions.MAX_PARALLELISM), so the client, not the sandbox, bounds a run.
        this.executor = Executors.newFixedThreadPool(32);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts a sandbox bound to 127.0.0.1 (port 0 picks a free port). */
    public static Sandbox start(SandboxOptions options) throws IOException {
        return new Sandbox(options);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** Lets the rolling hour pass: every key's request budget is whole again. */
    public void passHour() {
        rateLimiter.passHour();
    }

    public RequestLog requestLog() {
        return requestLog;
    }

    public FaultInjector faults() {
        return faults;
    }

    /** The sales and finance reports served, and the day through which they exist (tests move it). */
    public SalesReports reports() {
        return reports;
    }

    public SandboxState state() {
        return state;
    }

    /** Stops the server and writes the state file when one is configured. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        if (options.stateFile() != null) {
            try {
                StateFile.save(options.stateFile(), state, json);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write sandbox state to " + options.stateFile(), e);
            }
        }
    }
}
