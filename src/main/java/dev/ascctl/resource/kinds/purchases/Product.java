package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.purchases.ProductEndpoints;
import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.StoreText;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.kinds.Handlers;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.TextLimits;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A product kind (an in-app purchase, a subscription): created under its parent, changed and deleted by id through
 * its {@link ProductEndpoints}, and deleted only in the states Apple allows ({@link Purchases#deleteBlock}).
 *
 * @param <K> the product's key
 */
interface Product<K extends PurchaseKeys.ProductKey> extends PurchaseParent<K>, Creatable<K>, Updatable<K>, Deletable<K>, StoreText {

    /** The product type's endpoints. */
    ProductEndpoints endpoints();

    /** The attributes the YAML manages, compared with the live product's (besides Apple's {@code state}). */
    default List<String> managedAttributes() {
        return AttributeSpec.names(attributes());
    }

    /** A product's text is limited where purchases.yaml writes it for the product. */
    @Override
    default Optional<TextLimits.Place> textPlace() {
        return Optional.of(TextLimits.Place.PRODUCT);
    }

    /** The YAML's {@code referenceName} is Apple's {@code name}. */
    @Override
    default String storeKey(String attribute) {
        return Purchases.productStoreKey(attribute);
    }

    /** The order {@code import} writes the attributes in. */
    default List<String> exportOrder() {
        return managedAttributes();
    }

    /** Whether the product the desired object names exists live (its type and Family Sharing are then fixed). */
    boolean existsLive(DesiredObject<K> desired, LiveApp app);

    /** The id of what the product is created under (the app, its group), or the placeholder of one made earlier. */
    String ownerId(DesiredObject<K> desired, LiveApp app);

    /** Apple refuses edits of a product in review. */
    @Override
    default Optional<String> blockedReason(Resource parent) {
        return Purchases.reviewBlock(parent);
    }

    /** One POST with the YAML's attributes and the product id, under its owner. */
    @Override
    default List<ApiCall> create(DesiredObject<K> desired, LiveApp app) {
        ObjectNode attributes = Handlers.object(desired.attributes());
        attributes.put("productId", desired.key().productId());
        return List.of(endpoints().create(ownerId(desired, app), attributes));
    }

    /** Every live product as an item of its list in purchases.yaml, Apple's name as {@code referenceName}. */
    @Override
    default List<ExportedObject> export(LiveApp app, String label) {
        return liveParents(app).stream()
                .map(p -> new ExportedObject(exportPath(p, app, label),
                        Purchases.exportedProduct(p.resource(), exportOrder()), Set.of()))
                .toList();
    }

    @Override
    default List<LiveObject<K>> live(LiveApp app, AppSpec spec) {
        return liveParents(app).stream()
                .map(p -> new LiveObject<>(p.key(), spec().name(), p.resource().id(),
                        Handlers.pick(p.resource(), Purchases.withState(managedAttributes())),
                        blockedReason(p.resource()).orElse(null)))
                .toList();
    }

    @Override
    default List<ApiCall> update(DesiredObject<K> desired, LiveObject<K> live, Map<String, JsonNode> changed,
                                 LiveApp app) {
        return List.of(endpoints().update(live.id(), Handlers.object(changed)));
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
