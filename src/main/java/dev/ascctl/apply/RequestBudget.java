package dev.ascctl.apply;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.RateLimit;
import dev.ascctl.plan.ResourceChange;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The requests an apply may spend, taken a whole change at a time before the change starts: a change that no longer
 * fits is not started, so an apply stopped by its budget never stops inside a change (never between a screenshot's
 * reservation and its commit), and what it leaves is whole changes the next run makes.
 *
 * <p>A change's cost is what the plan counts for it: one request per call, three per file upload (reserve, commit,
 * one processing poll; the upload itself goes to Apple's upload host, not the API), one per value it looks up after
 * earlier writes. Retries after 5xx or lost answers are not foreseen; if they spend what Apple has left, Apple's own
 * word ({@code user-hour-rem:0}) stops the apply at the next change instead.
 */
public final class RequestBudget {
    private static final long UNLIMITED = Long.MAX_VALUE;
    private final long allowed;
    private long taken;

    private RequestBudget(long allowed) {
        if (allowed < 0) {
            throw new IllegalArgumentException("a request budget must not be negative");
        }
        this.allowed = allowed;
    }

    /** No limit: every change starts (when nothing says what is left). */
    public static RequestBudget unlimited() {
        return new RequestBudget(UNLIMITED);
    }

    /** At most {@code requests} requests. */
    public static RequestBudget of(long requests) {
        return new RequestBudget(requests);
    }

    /**
     * The budget for applying {@code changes}: {@code --budget N} when given (the user's word over the header's),
     * else what the last {@code X-Rate-Limit} said is left this hour, else no limit.
     *
     * @throws OverBudgetException when the changes need more than that and a partial apply was not allowed: nothing
     *                             has been written
     */
    public static RequestBudget forApply(List<ResourceChange> changes, Optional<RateLimit> left, OptionalLong given,
                                         boolean allowPartial) {
        long estimate = estimate(changes);
        long allowed = given.isPresent() ? given.getAsLong()
                : left.filter(r -> r.limit() > 0).map(r -> (long) r.remaining()).orElse(UNLIMITED);
        if (estimate > allowed && !allowPartial) {
            String whatIsLeft = given.isPresent() ? "--budget allows " + allowed
                    : "only " + left.get().remaining() + " of " + left.get().limit()
                            + " are left this hour for this API key (X-Rate-Limit)";
            throw new OverBudgetException("Apply needs about " + estimate + " requests for " + changes.size()
                    + " changes, but " + whatIsLeft + ". Nothing was written. Wait for the rolling hour to free"
                    + " more, give --budget N to say how many it may use, or --allow-partial to apply the changes that"
                    + " fit and stop cleanly between changes (the next run applies the rest).");
        }
        return new RequestBudget(allowed);
    }

    /** Requests the changes need, by the plan's count (see the class comment). */
    public static long estimate(List<ResourceChange> changes) {
        return changes.stream().mapToLong(RequestBudget::cost).sum();
    }

    /** Requests one change needs. */
    public static int cost(ResourceChange change) {
        return change.calls().stream().mapToInt(ApiCall::requestCount).sum() + change.lookups().size();
    }

    /** Takes the change's requests; false, taking nothing, when they no longer fit. */
    synchronized boolean tryTake(ResourceChange change) {
        long cost = cost(change);
        if (taken + cost > allowed) {
            return false;
        }
        taken += cost;
        return true;
    }

    /** The most this apply may send; {@link Long#MAX_VALUE} when unlimited. */
    public long allowed() {
        return allowed;
    }

    public boolean isLimited() {
        return allowed != UNLIMITED;
    }
}
