package dev.ascctl.plan;

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
 * @param bundleIds              the apps it covers (apply re-reads these for the stale check)
 * @param changes                the changes, in apply order
 * @param blocked                differences that cannot be applied now, with reasons
 * @param fingerprints           the live objects the changes touch, as read
 * @param requestsUsed           requests plan sent to App Store Connect
 * @param estimatedApplyRequests requests apply will send (writes plus its stale check)
 */
public record Plan(String formatVersion, Instant createdAt, String storeHash, List<String> bundleIds,
                   List<ResourceChange> changes, List<BlockedChange> blocked, List<Fingerprint> fingerprints,
                   int requestsUsed, int estimatedApplyRequests) {
    public static final String FORMAT_VERSION = "1";

    public Plan {
        Objects.requireNonNull(formatVersion, "formatVersion");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(storeHash, "storeHash");
        bundleIds = List.copyOf(bundleIds);
        changes = List.copyOf(changes);
        blocked = List.copyOf(blocked);
        fingerprints = List.copyOf(fingerprints);
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
