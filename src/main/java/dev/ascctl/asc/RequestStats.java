package dev.ascctl.asc;

import java.util.Optional;

/**
 * Counters of what the client sent, for plan's request report. {@code requests == reads + writes};
 * retries are included in all three and also counted on their own.
 *
 * @param requests      HTTP requests sent, including retries
 * @param reads         GET requests sent
 * @param writes        POST/PATCH/DELETE requests sent
 * @param retries       how many of the requests were retries
 * @param lastRateLimit the last {@code X-Rate-Limit} seen, if any
 * @param rateLimited   how many requests were answered 429 (each was retried after a back-off, or ended the command)
 */
public record RequestStats(long requests, long reads, long writes, long retries, Optional<RateLimit> lastRateLimit,
                           long rateLimited) {
    public RequestStats {
        if (requests != reads + writes) {
            throw new IllegalArgumentException("requests must equal reads + writes");
        }
        if (rateLimited < 0 || rateLimited > requests) {
            throw new IllegalArgumentException("rateLimited must be from 0 to requests");
        }
        lastRateLimit = lastRateLimit == null ? Optional.empty() : lastRateLimit;
    }

    /** Counters without 429s counted (as before they were). */
    public RequestStats(long requests, long reads, long writes, long retries, Optional<RateLimit> lastRateLimit) {
        this(requests, reads, writes, retries, lastRateLimit, 0);
    }

    /**
     * One line for logs and CI summaries, e.g. {@code 51 requests (51 reads, 0 writes), 0 answered 429, 3549/3600
     * requests left this hour}.
     */
    public String summary() {
        return requests + " requests (" + reads + " reads, " + writes + " writes), " + rateLimited + " answered 429"
                + lastRateLimit.map(r -> ", " + r).orElse("");
    }
}
