package dev.ascctl.plan;

import dev.ascctl.asc.RateLimit;
import dev.ascctl.resource.ManualStep;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An immutable plan: the closed set of changes apply will make, the differences it cannot make, and what the
 * live objects looked like. Holds no secrets and no tokens, so it can be saved and attached to a pull request.
 *
 * @param formatVersion          the plan file format
 * @param createdAt              when it was made
 * @param storeHash              SHA-256 of the desired state it was made from
 * @param bundleIds              the apps it covers (all the store's, or those {@code --target} selects)
 * @param changes                the changes, in apply order
 * @param blocked                differences that cannot be applied now, with reasons
 * @param fingerprints           the live objects the changes touch, as read
 * @param requestsUsed           requests plan sent to App Store Connect
 * @param estimatedApplyRequests requests apply will send (writes plus its stale check)
 * @param manualSteps            what a person must still do in App Store Connect, as far as plan could see it;
 *                               shown at the end, never applied; empty for plan files written before it existed
 * @param rereads                the apps (and kinds in them) apply reads again for its stale check, one per app the
 *                               changes touch; null in plan files written before it existed, which re-read every
 *                               app in {@code bundleIds}
 * @param hourlyBudget           what Apple's last {@code X-Rate-Limit} said was left this hour when the plan was made;
 *                               null when no answer carried it
 */
public record Plan(String formatVersion, Instant createdAt, String storeHash, List<String> bundleIds,
                   List<ResourceChange> changes, List<BlockedChange> blocked, List<Fingerprint> fingerprints,
                   int requestsUsed, int estimatedApplyRequests, List<ManualStep> manualSteps, List<Reread> rereads,
                   RateLimit hourlyBudget) {
    public static final String FORMAT_VERSION = "1";

    /** A plan made without word of the hourly budget. */
    public Plan(String formatVersion, Instant createdAt, String storeHash, List<String> bundleIds,
                List<ResourceChange> changes, List<BlockedChange> blocked, List<Fingerprint> fingerprints,
                int requestsUsed, int estimatedApplyRequests, List<ManualStep> manualSteps, List<Reread> rereads) {
        this(formatVersion, createdAt, storeHash, bundleIds, changes, blocked, fingerprints, requestsUsed,
                estimatedApplyRequests, manualSteps, rereads, null);
    }

    /** A plan that does not say what to re-read: apply re-reads every app in {@code bundleIds}. */
    public Plan(String formatVersion, Instant createdAt, String storeHash, List<String> bundleIds,
                List<ResourceChange> changes, List<BlockedChange> blocked, List<Fingerprint> fingerprints,
                int requestsUsed, int estimatedApplyRequests, List<ManualStep> manualSteps) {
        this(formatVersion, createdAt, storeHash, bundleIds, changes, blocked, fingerprints, requestsUsed,
                estimatedApplyRequests, manualSteps, null);
    }

    /** A plan with no manual steps. */
    public Plan(String formatVersion, Instant createdAt, String storeHash, List<String> bundleIds,
                List<ResourceChange> changes, List<BlockedChange> blocked, List<Fingerprint> fingerprints,
                int requestsUsed, int estimatedApplyRequests) {
        this(formatVersion, createdAt, storeHash, bundleIds, changes, blocked, fingerprints, requestsUsed,
                estimatedApplyRequests, List.of());
    }

    public Plan {
        Objects.requireNonNull(formatVersion, "formatVersion");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(storeHash, "storeHash");
        bundleIds = List.copyOf(bundleIds);
        changes = List.copyOf(changes);
        blocked = List.copyOf(blocked);
        fingerprints = List.copyOf(fingerprints);
        // Absent in plan files saved before manual steps existed: they read as none, and the plan stays valid.
        manualSteps = manualSteps == null ? List.of() : List.copyOf(manualSteps);
        rereads = rereads == null ? null : List.copyOf(rereads);
    }

    /** This plan with what Apple said was left of the hour when it was made (null: unknown). */
    public Plan withHourlyBudget(RateLimit budget) {
        return new Plan(formatVersion, createdAt, storeHash, bundleIds, changes, blocked, fingerprints, requestsUsed,
                estimatedApplyRequests, manualSteps, rereads, budget);
    }

    /** Apply will need more requests than were left this hour when the plan was made. */
    public boolean exceedsHourlyBudget() {
        return hourlyBudget != null && hourlyBudget.limit() > 0 && estimatedApplyRequests > hourlyBudget.remaining();
    }

    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    public long count(Action action) {
        return changes.stream().filter(c -> c.action() == action).count();
    }

    /** Terraform's counting: a replace adds one and destroys one. */
    public long toAdd() {
        return count(Action.CREATE) + count(Action.REPLACE);
    }

    public long toChange() {
        return count(Action.UPDATE);
    }

    public long toDestroy() {
        return count(Action.DELETE) + count(Action.REPLACE);
    }

    /** The number of write requests apply will send. */
    public int writeCount() {
        return changes.stream().mapToInt(c -> c.calls().size()).sum();
    }
}
