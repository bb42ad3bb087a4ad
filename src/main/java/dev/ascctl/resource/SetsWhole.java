package dev.ascctl.resource;

import dev.ascctl.asc.ApiCall;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A kind whose one write sets the whole object whether it exists yet or not (a POST that replaces the product's
 * price schedule or availability, a relationship PATCH): creating and changing it are the same calls, declared once.
 */
public interface SetsWhole<K extends KindKey> extends Creatable<K>, Updatable<K> {

    /** The writes that make the live object what {@code desired} says, with any values known only after apply. */
    Writes set(DesiredObject<K> desired, LiveApp app);

    @Override
    default List<ApiCall> create(DesiredObject<K> desired, LiveApp app) {
        return set(desired, app).calls();
    }

    @Override
    default Writes createWrites(DesiredObject<K> desired, LiveApp app) {
        return set(desired, app);
    }

    @Override
    default List<ApiCall> update(DesiredObject<K> desired, LiveObject<K> live, Map<String, JsonNode> changed,
                                 LiveApp app) {
        return set(desired, app).calls();
    }
}
