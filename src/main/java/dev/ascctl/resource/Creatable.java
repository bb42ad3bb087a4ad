package dev.ascctl.resource;

import dev.ascctl.asc.ApiCall;
import java.util.List;
import java.util.Optional;

/**
 * A kind whose objects Apple's API can create. The planner plans a create (and a {@code -/+} replacement, with
 * {@link Deletable}) only for kinds that implement this; any other kind's missing object is refused in the plan.
 */
public interface Creatable<K extends KindKey> extends ResourceHandler<K> {

    /** Calls that create the object. */
    List<ApiCall> create(DesiredObject<K> desired, LiveApp app);

    /**
     * The create's calls with the values they need that exist only after earlier writes of the same apply (e.g.
     * the price points of a product the apply creates), which the plan shows as {@code (known after apply)}. A
     * kind overrides this when a create may need such values; the planner asks this, not {@link #create}.
     */
    default Writes createWrites(DesiredObject<K> desired, LiveApp app) {
        return Writes.of(create(desired, app));
    }

    /** How to find the object after an ambiguous create (timeout, 5xx), so apply can adopt it instead of retrying. */
    default Optional<AdoptionCheck> adoptionCheck(DesiredObject<K> desired, LiveApp app) {
        return Optional.empty();
    }
}
