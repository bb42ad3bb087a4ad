package dev.ascctl.live;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.AscApiException;
import dev.ascctl.asc.AscClient;
import dev.ascctl.asc.AscException;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.Workers;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.Reads;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * One live read's memo: every query's answer as a future, so a query is sent once however many kinds ask for it,
 * even at the same time (they share the future). Requests run on a pool of the client's parallelism; the kinds'
 * straight-code reads run on a pool of their own, because they wait on answers (a request never waits on anything,
 * so the two pools cannot deadlock).
 */
final class ReadContext implements AutoCloseable {
    private final AscClient client;
    private final ExecutorService requests;
    private final ExecutorService readers;
    private final Map<String, CompletableFuture<Document>> answers = new ConcurrentHashMap<>();

    ReadContext(AscClient client) {
        this.client = client;
        this.requests = Workers.pool(client.parallelism(), "asc-read");
        this.readers = Workers.pool(client.parallelism(), "asc-kind-read");
    }

    /** The answer to a query (all pages), sent now unless it was sent already. */
    CompletableFuture<Document> answer(ApiQuery query) {
        return answers.computeIfAbsent(query.toPathAndQuery(),
                key -> CompletableFuture.supplyAsync(() -> client.getAll(query), requests));
    }

    /** Runs a kind's reads on the readers' pool. */
    CompletableFuture<Void> run(Runnable read) {
        return CompletableFuture.runAsync(read, readers);
    }

    /** The read context one app's kinds see: answers are also kept in the app. */
    Reads forApp(LiveApp app) {
        return new Reads() {
            @Override
            public Document get(ApiQuery query) {
                Document document = join(answer(query));
                app.recordRead(query, document);
                return document;
            }

            @Override
            public Document firstPage(ApiQuery query) {
                // Memoised apart from the whole list: a kind that asks for every page gets every page.
                Document document = join(answers.computeIfAbsent("first page of " + query.toPathAndQuery(),
                        key -> CompletableFuture.supplyAsync(() -> client.getAllWhile(query, page -> false),
                                requests)));
                app.recordRead(query, document);
                return document;
            }

            @Override
            public List<Document> getAll(List<ApiQuery> queries) {
                queries.forEach(ReadContext.this::answer); // all sent before waiting on the first
                return queries.stream().map(this::get).toList();
            }

            @Override
            public Optional<Resource> one(ApiQuery query) {
                try {
                    return get(query).single();
                } catch (AscApiException e) {
                    if (e.status() != 404) {
                        throw e;
                    }
                    app.recordRead(query, Document.empty());
                    return Optional.empty();
                }
            }

            @Override
            public List<Optional<Resource>> oneEach(List<ApiQuery> queries) {
                queries.forEach(ReadContext.this::answer);
                return queries.stream().map(this::one).toList();
            }
        };
    }

    /** Waits for a future and rethrows what failed it as it was thrown. */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AscException("A read failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        readers.shutdownNow();
        requests.shutdownNow();
    }
}
