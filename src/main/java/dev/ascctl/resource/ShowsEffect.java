package dev.ascctl.resource;

import java.util.Optional;

/**
 * A kind whose planned create or update has an effect worth showing beyond its attributes (Apple equalizing a new base
 * price to every territory), shown by the plan as an {@link EffectTable} under the change. Computed only from what
 * the kind's reads already returned: the planner never reads for it, and apply never looks at it.
 */
public interface ShowsEffect<K extends KindKey> extends ResourceHandler<K> {

    /** The table of this planned change, or empty when there is nothing to show (or its reads were not made). */
    Optional<EffectTable> effect(DesiredObject<K> desired, LiveApp app);
}
