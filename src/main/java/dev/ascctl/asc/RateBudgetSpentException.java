package dev.ascctl.asc;

/**
 * Apple said this API key's hourly request budget is spent ({@code X-Rate-Limit: ...user-hour-rem:0}): every
 * further request would only be answered 429 until the rolling hour frees some, so ascctl stops sending (issue 21
 * saw 1,760 requests answered 429 in ten minutes).
 */
public class RateBudgetSpentException extends AscException {
    public RateBudgetSpentException(RateLimit limit, String notSent) {
        super("Stopped: Apple says this API key's hourly request budget is spent (" + limit.remaining() + " of "
                + limit.limit() + " left), so " + notSent + " was not sent. What was applied stays; the budget is a"
                + " rolling hour per key: run plan again later, or use another key for parallel jobs.");
    }
}
