package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.endpoint.purchases.ProductEndpoints;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.KindKey;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.Updatable;
import dev.ascctl.store.AppSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A product kind (an in-app purchase, a subscription): created under its parent, changed and deleted by id through
 * its {@link ProductEndpoints}, and deleted only in the states Apple allows ({@link Purchases#deleteBlock}).
 *
 * @param <K> the product's key
 */
interface Product<K extends KindKey> extends PurchaseParent<K>, Creatable<K>, Updatable<K>, Deletable<K> {

    /** The product type's endpoints. */
    ProductEndpoints endpoints();

    /** Whether the product the desired object names exists live (its type and Family Sharing are then fixed). */
    boolean existsLive(DesiredObject<K> desired, LiveApp app);

    @Override
    default List<ApiCall> update(DesiredObject<K> desired, LiveObject<K> live, Map<String, JsonNode> changed,
                                 LiveApp app) {
        return List.of(endpoints().update(live.id(), Purchases.object(changed)));
    }

    @Override
    default List<ApiCall> delete(LiveObject<K> live, LiveApp app) {
        return List.of(endpoints().delete(live.id()));
    }

    @Override
    default Optional<String> deleteRefusal(LiveObject<K> live, AppSpec spec) {
        return Purchases.deleteBlock(live);
    }

    @Override
    default Optional<String> attributeRefusal(String attribute, DesiredObject<K> desired, LiveApp app) {
        if (attribute.equals("familySharable") && !desired.attributes().get(attribute).asBoolean(true)
                && existsLive(desired, app)) {
            return Optional.of("Apple does not turn Family Sharing off once it is on");
        }
        return Optional.empty();
    }
}
