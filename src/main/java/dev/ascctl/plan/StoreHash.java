package dev.ascctl.plan;

import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.ResourceKinds;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Store;

/**
 * A hash of the desired state (every desired object's address and attributes as written; secret references
 * are hashed as their reference text, never as values), so apply can tell that a saved plan was made from
 * this store.
 */
public final class StoreHash {
    private StoreHash() {
    }

    public static String of(Store store, ResourceKinds kinds) {
        StringBuilder text = new StringBuilder();
        text.append(store.policy()).append('\n');
        for (ResourceHandler<?> handler : kinds.handlers()) {
            for (AppSpec app : store.apps()) {
                for (DesiredObject<?> d : handler.desired(app)) {
                    text.append(d.address()).append(' ').append(d.attributes()).append('\n');
                }
            }
        }
        return Fingerprints.sha256(text.toString());
    }
}
