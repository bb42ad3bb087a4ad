package dev.ascctl.resource;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.store.AppSpec;
import java.util.List;
import java.util.Optional;

/**
 * A kind whose objects Apple's API can delete: pruned when {@link KindSpec#pruneKey} is on in the store's policy,
 * and deleted first in a {@code -/+} replacement.
 */
public interface Deletable<K extends KindKey> extends ResourceHandler<K> {

    /** Calls that delete the live object. */
    List<ApiCall> delete(LiveObject<K> live, LiveApp app);

    /**
     * Why the YAML itself asks for this live object to be gone, whatever {@code policy.prune} says, if it does: for
     * a kind whose absence is a value the user can write (e.g. {@code eula: null}, "Apple's standard agreement").
     * The plan shows the delete with this reason.
     */
    default Optional<String> removalAsked(LiveObject<K> live, AppSpec spec) {
        return Optional.empty();
    }

    /** Why this live object must not be deleted even with pruning on (e.g. the primary locale), if so. */
    default Optional<String> deleteRefusal(LiveObject<K> live, AppSpec spec) {
        return Optional.empty();
    }
}
