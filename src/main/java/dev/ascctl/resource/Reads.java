package dev.ascctl.resource;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import java.util.List;
import java.util.Optional;

/**
 * The read context a kind reads live data through, in straight code ({@code get} a list, then {@code get} something
 * per item of it). The engine, not the kind, de-duplicates and parallelises: a query is sent once however many kinds
 * (or threads) ask for it, different queries run in parallel within the client's parallelism, and every answer is
 * also kept in the app, so {@link LiveApp#read(ApiQuery)} finds it later (in {@code live}, {@code create}, ...).
 */
public interface Reads {

    /** The answer to a query, all pages. An error answer (a 404 of a list's parent included) is thrown. */
    Document get(ApiQuery query);

    /**
     * The first page of a list only (one request), e.g. the newest 200 of a list sorted newest first, where a kind
     * expects what it looks for and reads the rest one by one. Kept in the app under the query as read. By default
     * every page, which is never wrong, only dearer.
     */
    default Document firstPage(ApiQuery query) {
        return get(query);
    }

    /** The answers to several queries, in their order, read in parallel. */
    List<Document> getAll(List<ApiQuery> queries);

    /**
     * A to-one related resource ({@code /v1/things/{id}/relationship}): empty when Apple answers {@code data: null}
     * or 404 (the spec's answer on some to-one paths when the related object does not exist yet, e.g. the price
     * schedule of a product never priced). Kept in the app as a document with no data, so both read the same later.
     */
    Optional<Resource> one(ApiQuery query);

    /** {@link #one} for several queries, in their order, read in parallel. */
    List<Optional<Resource>> oneEach(List<ApiQuery> queries);
}
