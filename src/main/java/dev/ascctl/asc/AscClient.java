package dev.ascctl.asc;

import dev.ascctl.config.Credentials;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The App Store Connect API client: signs requests with a reused ES256 JWT, retries what is safe to
 * retry, follows pagination, counts requests and turns error documents into actionable exceptions.
 *
 * <p>Retry rules: 429, 5xx, connection resets, timeouts and malformed bodies are retried with
 * exponential back-off and full jitter, waiting at least {@code Retry-After}, for GET, PATCH and
 * DELETE (all idempotent in ASC). A POST is never retried after an ambiguous failure (5xx, reset,
 * timeout, unreadable 201 body): that throws {@link AmbiguousWriteException} and the caller re-reads.
 * A POST answered with 429 <em>is</em> retried: Apple documents 429 RATE_LIMIT_EXCEEDED as a refusal
 * before processing ("Identifying Rate Limits"), so no object was created. A refused connection is
 * not retried (nothing was sent, and it almost always means a wrong endpoint or a stopped sandbox).
 *
 * <p>Secrets: the Authorization header and request bodies are never logged; the debug log has method,
 * URL, status, duration and X-Rate-Limit only.
 */
public final class AscClient {
    /** Pages read when Apple gives no {@code meta.paging.total}: 200 pages of 200 is 40,000 objects. */
    static final int PAGES_WITHOUT_TOTAL = 200;
    /** Pages read at most, whatever the total says (200,000 objects at 200 a page). */
    static final int MAX_PAGES = 1000;
    /** Pages beyond total/limit tolerated: objects created while paging shift the cursor a little. */
    static final int PAGE_SLACK = 2;

    private final URI endpoint;
    private final JwtSigner signer;
    private final ClientOptions options;
    private final HttpClient http;

    private final AtomicLong reads = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicReference<RateLimit> lastRateLimit = new AtomicReference<>();
    /** Requests numbered as sent, to tell a newer X-Rate-Limit from an older one that arrived late. */
    private final AtomicLong sendOrder = new AtomicLong();
    /** How many requests had been sent when the last rate limit's answer arrived; guarded by lastRateLimit. */
    private long lastRateLimitSeenAt;
    /** Set once Apple says the hour's budget is spent; no request is sent after that. */
    private final AtomicReference<RateLimit> budgetSpent = new AtomicReference<>();
    private final CommandDeadline deadline;
    private final RequestPacer pacer;

    public AscClient(Credentials credentials, ClientOptions options) {
        Objects.requireNonNull(credentials, "credentials");
        this.options = Objects.requireNonNull(options, "options");
        this.endpoint = URI.create(credentials.endpoint().toString().replaceAll("/+$", ""));
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || endpoint.getHost() == null
                || endpoint.getRawUserInfo() != null) {
            throw new AscException("The endpoint " + ServerText.clean(endpoint.toString(), 200)
                    + " is not an https URL with a host name (and no user name in it)");
        }
        boolean plainHttp = scheme.equals("http");
        if (plainHttp && !isLoopback(endpoint.getHost())) {
            throw new AscException("Refusing to send the API token over plain http to " + endpoint.getHost()
                    + ": anyone on the way could read it. Use https; plain http is only for a sandbox on this computer"
                    + " (localhost, 127.0.0.1 or [::1]).");
        }
        this.signer = JwtSigner.of(credentials, options.clock());
        this.deadline = new CommandDeadline(options.network().deadline());
        this.pacer = new RequestPacer(options.pacing() != null,
                options.pacing() == null ? Duration.ZERO : options.pacing());
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(options.network().connect())
                // Plain http is only the local sandbox or a test server: skip the h2c upgrade dance there.
                .version(plainHttp ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
                // A redirect could carry the bearer token to another host; ASC does not redirect API calls.
                .followRedirects(HttpClient.Redirect.NEVER);
        if (plainHttp) {
            // Start-up: spares loading the trust store and working out cipher suites for a connection without TLS.
            builder.sslContext(NoTrustTls.context()).sslParameters(NoTrustTls.parameters());
        }
        this.http = builder.build();
    }

    /**
     * Does now what the first request would otherwise do first: signs the token (loading the JWT and EC classes).
     * Lets {@code Connections.openAhead} do it on another thread while the store is loaded.
     */
    public void prepare() {
        signer.token();
    }

    /** The API base URL requests go to, without a trailing slash (recorded in saved plans). */
    public URI endpoint() {
        return endpoint;
    }

    /** One GET. */
    public Document get(ApiQuery query) {
        return exchange("GET", apiUri(query.toPathAndQuery()), null);
    }

    /**
     * One GET answered with a file rather than a JSON document (Apple's sales and finance reports, gzip): its bytes,
     * as sent, under the same retries, request budget, deadline and size bound as every other request. Error answers
     * are JSON and throw as usual ({@link AscApiException}).
     */
    public byte[] getFile(ApiQuery query) {
        return exchange("GET", apiUri(query.toPathAndQuery()), null, true).file;
    }

    /**
     * GET with every page: follows {@code links.next} (resolved as a URL, only to the endpoint) and returns one document
     * with all {@code data} and the {@code included} resources de-duplicated by (type, id).
     */
    public Document getAll(ApiQuery query) {
        return getAllWhile(query, page -> true);
    }

    /**
     * {@link #getAll}, but the next page is read only while {@code more} says so of the page just read: a list
     * sorted newest first stops at the first page that reaches back far enough (customer reviews since a date).
     */
    public Document getAllWhile(ApiQuery query, java.util.function.Predicate<Document> more) {
        Document page = get(query);
        if (page.nextUrl().isEmpty() || !more.test(page)) {
            return page;
        }
        ArrayNode data = JsonNodeFactory.instance.arrayNode();
        Map<Linkage, JsonNode> included = new LinkedHashMap<>();
        ObjectNode links = JsonNodeFactory.instance.objectNode();
        links.set("self", page.raw().path("links").path("self"));
        Set<String> seen = new HashSet<>();
        int cap = pageCap(page.raw().path("meta").path("paging"));
        for (int pages = 1; ; pages++) {
            JsonNode raw = page.raw();
            addAll(raw.path("data"), data);
            raw.path("included").forEach(r -> included.putIfAbsent(
                    new Linkage(r.path("type").asString(""), r.path("id").asString("")), r));
            Optional<String> next = page.nextUrl();
            if (next.isEmpty() || pages > 1 && !more.test(page)) {
                break;
            }
            if (!seen.add(next.get())) {
                throw new AscException("Pagination of " + query.path() + " does not end (links.next repeats a page"
                        + " already read); stopped after " + pages + " pages");
            }
            if (pages >= cap) {
                throw new AscException("Pagination of " + query.path() + " did not end after " + pages + " pages,"
                        + " more than the server's own count allows (meta.paging); stopped rather than read forever");
            }
            page = exchange("GET", nextPage(next.get()), null);
        }
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        merged.set("data", data);
        merged.set("included", JsonNodeFactory.instance.arrayNode().addAll(included.values()));
        merged.set("links", links);
        return Document.of(merged);
    }

    /** total/limit pages and a little slack; without a total a fixed number; never more than {@link #MAX_PAGES}. */
    static int pageCap(JsonNode paging) {
        long total = paging.path("total").asLong(-1);
        long limit = paging.path("limit").asLong(0);
        if (total < 0 || limit <= 0 || !paging.path("total").isNumber()) {
            return PAGES_WITHOUT_TOTAL;
        }
        return (int) Math.min(MAX_PAGES, (total + limit - 1) / limit + PAGE_SLACK);
    }

    /**
     * Runs independent calls (usually reads) with at most {@code parallelism} at a time and returns
     * their results in order. The first failure cancels what has not finished and is rethrown.
     */
    public <T> List<T> parallel(List<Callable<T>> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Workers.pool(Math.min(options.parallelism(), tasks.size()), "asc-read");
        try {
            List<Future<T>> futures = new ArrayList<>();
            tasks.forEach(task -> futures.add(pool.submit(task)));
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AscException("A parallel read failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AscException("Interrupted while reading from App Store Connect", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Sends one write. Secret references in the body are resolved with {@code secretResolver} here,
     * just before sending, and the resolved body is never kept or logged. Returns the response document
     * ({@link Document#empty()} for 204).
     */
    public Document execute(ApiCall call, Function<String, String> secretResolver) {
        JsonNode body = call.resolvedBody(secretResolver);
        String json = body == null ? null : Document.JSON.writeValueAsString(body);
        return exchange(call.method(), apiUri(call.path()), json);
    }

    /** How many independent reads may run at once (the bound of {@link #parallel}, for other read pools too). */
    public int parallelism() {
        return options.parallelism();
    }

    /** A snapshot of the request counters. */
    public RequestStats stats() {
        long r = reads.get();
        long w = writes.get();
        return new RequestStats(r + w, r, w, retries.get(), Optional.ofNullable(lastRateLimit.get()),
                rateLimited.get());
    }

    private URI apiUri(String pathAndQuery) {
        return URI.create(endpoint + withEncodedBrackets(pathAndQuery));
    }

    /**
     * java.net.URI rejects raw brackets in a query; Apple (and the sandbox) accept both forms, and
     * Apple's own next links already encode them, so encoding them changes nothing on the wire.
     */
    private static String withEncodedBrackets(String text) {
        return text.replace("[", "%5B").replace("]", "%5D");
    }

    /**
     * The next page's URL, resolved as a URL (never joined as text: "@evil.example/..." joined to the endpoint
     * names another host) and then checked like every URL the token goes to.
     */
    private URI nextPage(String next) {
        String text = withEncodedBrackets(next.strip());
        URI uri;
        try {
            // A path-only link keeps the endpoint's base path, as before; anything else resolves as a URL would.
            uri = text.startsWith("/") && !text.startsWith("//") ? apiUri(text)
                    : URI.create(endpoint + "/").resolve(new URI(text));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new AscException("Refusing to follow links.next: it is not a URL (" + ServerText.clean(next, 120) + ")");
        }
        if (!isOwnEndpoint(uri)) {
            throw new AscException("Refusing to follow links.next to " + ServerText.clean(describe(uri), 120)
                    + ": the API token is only sent to " + endpoint);
        }
        return uri;
    }

    /** Same scheme, host and port as the endpoint, no user info, below its path: the only place the token goes. */
    private boolean isOwnEndpoint(URI uri) {
        return uri.isAbsolute() && uri.getRawUserInfo() == null && uri.getHost() != null
                && endpoint.getScheme().equalsIgnoreCase(uri.getScheme())
                && endpoint.getHost().equalsIgnoreCase(uri.getHost())
                && effectivePort(uri) == effectivePort(endpoint)
                && (uri.getRawPath() == null ? "" : uri.getRawPath()).startsWith(endpointPath());
    }

    private String endpointPath() {
        return endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
    }

    private static String describe(URI uri) {
        return uri.getScheme() + "://" + (uri.getRawUserInfo() == null ? "" : "(user info)@")
                + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    /** Plain http goes only to this computer (see {@link Credentials#isLoopback}). */
    static boolean isLoopback(String host) {
        return Credentials.isLoopback(host);
    }

    private Document exchange(String method, URI uri, String json) {
        return exchange(method, uri, json, false).document;
    }

    private Attempt exchange(String method, URI uri, String json, boolean file) {
        String display = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String lastFailure = null;
        for (int attempt = 0; ; attempt++) {
            RateLimit spent = budgetSpent.get();
            if (spent != null) {
                throw new RateBudgetSpentException(spent, method + " " + display);
            }
            deadline.check(method + " " + display + (lastFailure == null ? " was not sent" : ": " + lastFailure));
            pace(method + " " + display);
            Attempt result;
            AtomicReference<RateLimit> seen = new AtomicReference<>();
            try {
                result = attempt(method, uri, json, attempt, file, seen);
            } catch (AscApiException e) {
                if ("DELETE".equals(method) && e.status() == 404 && lastFailure != null) {
                    // The first DELETE was processed but its answer was lost: the object is gone, as asked.
                    debug("DELETE " + display + " -> 404 after a lost answer: already deleted");
                    return Attempt.done(Document.empty());
                }
                throw e;
            } finally {
                pacer.done(Optional.ofNullable(seen.get()));
            }
            if (result.retry == null) {
                return result;
            }
            Retry retry = result.retry;
            lastFailure = retry.reason;
            boolean ambiguousCreate = "POST".equals(method) && retry.ambiguous;
            if (ambiguousCreate) {
                throw new AmbiguousWriteException(method, display, retry.reason, retry.cause);
            }
            Duration wait = backoff(attempt, retry.retryAfter);
            boolean exhausted = attempt >= options.maxRetries();
            boolean waitTooLong = retry.retryAfter != null && retry.retryAfter.compareTo(options.maxBackoff()) > 0;
            if (exhausted || waitTooLong) {
                String note = waitTooLong
                        ? "(Apple asked to wait " + retry.retryAfter.toSeconds() + " s before retrying)"
                        : "after " + attempt + " retries";
                if (retry.status > 0) {
                    throw new AscApiException(retry.status, retry.errors, method, display, note);
                }
                throw new AscException(method + " " + display + " failed " + note + ": " + retry.reason, retry.cause);
            }
            if (wait.compareTo(deadline.remaining()) >= 0) {
                throw new DeadlineExceededException(deadline.total(), method + " " + display + ": " + retry.reason
                        + ", and no time was left to retry");
            }
            debug("retry " + (attempt + 1) + "/" + options.maxRetries() + " of " + method + " " + uri + " in "
                    + wait.toMillis() + " ms (" + retry.reason + ")");
            retries.incrementAndGet();
            try {
                options.sleeper().sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AscException("Interrupted while waiting to retry " + method + " " + display, e);
            }
        }
    }

    /**
     * Waits until the hourly budget allows one more request ({@link RequestPacer}); throws if it is spent meanwhile,
     * so a request Apple would refuse is never sent.
     */
    private void pace(String doing) {
        try {
            pacer.acquire(deadline, doing);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AscException("Interrupted while waiting for the hourly request budget before " + doing, e);
        }
        RateLimit spent = budgetSpent.get();
        if (spent != null) {
            pacer.done(Optional.empty());
            throw new RateBudgetSpentException(spent, doing);
        }
    }

    /**
     * Keeps {@code limit} as the last rate limit when it is news: its request was sent after the current one's answer
     * arrived, or it counts fewer left. Requests in flight together are counted by Apple in any order and answered in
     * any other, so among them the smallest count is the newest; a request sent later may count more (the rolling
     * hour freed some).
     */
    private boolean isNewest(long order, RateLimit limit) {
        synchronized (lastRateLimit) {
            RateLimit current = lastRateLimit.get();
            if (current != null && order <= lastRateLimitSeenAt && limit.remaining() >= current.remaining()) {
                return false;
            }
            lastRateLimitSeenAt = sendOrder.get();
            lastRateLimit.set(limit);
            return true;
        }
    }

    /** One HTTP round trip: a document, a retryable failure, or an exception for final failures. */
    private Attempt attempt(String method, URI uri, String json, int attempt, boolean file,
                            AtomicReference<RateLimit> seen) {
        HttpRequest request = request(method, uri, json, deadline.bound(options.network().headers()), file);
        ("GET".equals(method) ? reads : writes).incrementAndGet();
        long order = sendOrder.incrementAndGet();
        long started = System.nanoTime();
        String display = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, BodyHandlers.ofInputStream());
        } catch (ConnectException | HttpConnectTimeoutException e) {
            debug(method + " " + uri + " -> cannot connect (" + e.getClass().getSimpleName() + ")");
            throw new AscException("Cannot connect to " + endpoint + ": is the endpoint right, and is it running"
                    + " (for the sandbox: ascctl sandbox)?", e);
        } catch (HttpTimeoutException e) {
            debug(method + " " + uri + " -> no answer after " + millisSince(started) + " ms");
            return Attempt.retry(new Retry(0, List.of(), null, true, "no answer within "
                    + DeadlineExceededException.human(Duration.ofMillis(millisSince(started))), e));
        } catch (IOException e) {
            debug(method + " " + uri + " -> " + e.getClass().getSimpleName() + " after " + millisSince(started) + " ms");
            return Attempt.retry(new Retry(0, List.of(), null, true, "connection failed: " + e.getClass().getSimpleName(), e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AscException("Interrupted during " + method + " " + uri.getRawPath(), e);
        }
        int status = response.statusCode();
        Optional<RateLimit> rateLimit = RateLimit.parse(response.headers().firstValue("X-Rate-Limit").orElse(null));
        rateLimit.filter(r -> isNewest(order, r)).ifPresent(seen::set);
        if (status == 429) {
            rateLimited.incrementAndGet();
        }
        debug(method + " " + uri + " -> " + status + " in " + millisSince(started) + " ms"
                + rateLimit.map(r -> " (X-Rate-Limit " + r.remaining() + "/" + r.limit() + ")").orElse(""));
        // Apple's word that the hour's budget is spent: this answer still counts, nothing more is sent.
        rateLimit.filter(r -> r.remaining() == 0 && r.limit() > 0).ifPresent(budgetSpent::set);
        boolean success = status >= 200 && status < 300;
        String body;
        try {
            if (file && success) {
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                BoundedBody.copy(response.body(), bytes, response.headers().firstValueAsLong("Content-Length").orElse(-1),
                        options.network().maxBodyBytes(), options.network().idle(), deadline);
                return Attempt.file(bytes.toByteArray());
            }
            body = BoundedBody.read(response.body(), response.headers().firstValueAsLong("Content-Length").orElse(-1),
                    options.network().maxBodyBytes(), options.network().idle(), deadline);
        } catch (BoundedBody.TooLargeException e) {
            debug(method + " " + uri + " -> body refused: " + e.getMessage());
            if ("POST".equals(method) && success) {
                throw new AmbiguousWriteException(method, display, e.getMessage(), e);
            }
            throw new AscException(method + " " + display + " (HTTP " + status + "): " + e.getMessage()
                    + "; not read. App Store Connect's answers are far smaller: the endpoint is not App Store Connect"
                    + " or something on the way is broken.", e);
        } catch (IOException e) {
            debug(method + " " + uri + " -> body failed after " + millisSince(started) + " ms: " + e.getMessage());
            return Attempt.retry(new Retry(0, List.of(), null, true, e.getMessage(), e));
        }
        if (status == 429 && rateLimit.isPresent() && budgetSpent.get() != null) {
            throw new RateBudgetSpentException(budgetSpent.get(), "the retry of " + method + " " + display);
        }
        if (success) {
            if (body == null || body.isBlank()) {
                return Attempt.done(Document.empty());
            }
            try {
                return Attempt.done(Document.parse(body));
            } catch (AscException malformed) {
                return Attempt.retry(new Retry(0, List.of(), null, true, malformed.getMessage(), malformed));
            }
        }
        List<ApiError> errors = errorsOf(body);
        Duration retryAfter = retryAfter(response);
        if (status == 429) {
            return Attempt.retry(new Retry(status, errors, retryAfter, false, "HTTP 429 rate limited", null));
        }
        if (status >= 500) {
            return Attempt.retry(new Retry(status, errors, retryAfter, true, "HTTP " + status, null));
        }
        throw new AscApiException(status, errors, method, display);
    }

    private HttpRequest request(String method, URI uri, String json, Duration headerTimeout, boolean file) {
        if (!isOwnEndpoint(uri)) { // every path here is built from the endpoint; this holds that as a rule
            throw new AscException("Refusing to send the API token to " + ServerText.clean(describe(uri), 120));
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(headerTimeout)
                .header("Authorization", "Bearer " + signer.token().reveal())
                // Reports are files (application/a-gzip); their errors are JSON like every other answer.
                .header("Accept", file ? "application/a-gzip, application/json" : "application/json")
                .header("User-Agent", "ascctl");
        if (json != null) {
            builder.header("Content-Type", "application/json");
            // DELETE may carry a linkages body (relationship removals), hence method(...) for all.
            builder.method(method, BodyPublishers.ofString(json));
        } else {
            builder.method(method, BodyPublishers.noBody());
        }
        return builder.build();
    }

    /** Full jitter below an exponential ceiling, but never shorter than Retry-After. */
    private Duration backoff(int attempt, Duration retryAfter) {
        long ceiling = Math.min(options.maxBackoff().toMillis(),
                options.backoffBase().toMillis() * (1L << Math.min(attempt, 30)));
        long jittered = (long) (options.jitter().getAsDouble() * ceiling);
        long wait = retryAfter == null ? jittered : Math.max(jittered, retryAfter.toMillis());
        return Duration.ofMillis(wait);
    }

    private Duration retryAfter(HttpResponse<?> response) {
        Optional<String> header = response.headers().firstValue("Retry-After").map(String::strip);
        if (header.isEmpty()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.get())));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(header.get(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(options.clock().instant(), at.toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    private static List<ApiError> errorsOf(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        try {
            return ApiError.listFrom(Document.JSON.readTree(body));
        } catch (RuntimeException notJson) {
            return List.of(); // a proxy's HTML error page, for example
        }
    }

    private void debug(String line) {
        if (options.debugLog() != null) {
            options.debugLog().accept(line);
        }
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static void addAll(JsonNode source, ArrayNode target) {
        if (source.isArray()) {
            source.forEach(target::add);
        } else if (source.isObject()) {
            target.add(source);
        }
    }

    /** Why an attempt should be retried; status 0 when no HTTP response arrived. */
    private record Retry(int status, List<ApiError> errors, Duration retryAfter, boolean ambiguous, String reason,
                         Throwable cause) {
    }

    /** A document, a file's bytes, or why to retry. */
    private record Attempt(Document document, byte[] file, Retry retry) {
        static Attempt done(Document d) {
            return new Attempt(d, null, null);
        }

        static Attempt file(byte[] bytes) {
            return new Attempt(null, bytes, null);
        }

        static Attempt retry(Retry r) {
            return new Attempt(null, null, r);
        }
    }

    /** The bounds this client reads answers under; uploads and downloads use the same ones. */
    public NetworkBounds network() {
        return options.network();
    }
}
