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

    /** Why this live object must not be deleted even with pruning on (e.g. the primary locale), if so. */
    default Optional<String> deleteRefusal(LiveObject<K> live, AppSpec spec) {
        return Optional.empty();
    }
}
