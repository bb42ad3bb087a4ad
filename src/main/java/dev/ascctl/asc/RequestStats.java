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
 */
public record RequestStats(long requests, long reads, long writes, long retries, Optional<RateLimit> lastRateLimit) {
    public RequestStats {
        if (requests != reads + writes) {
            throw new IllegalArgumentException("requests must equal reads + writes");
        }
        lastRateLimit = lastRateLimit == null ? Optional.empty() : lastRateLimit;
    }
}
