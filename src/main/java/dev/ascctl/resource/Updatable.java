package dev.ascctl.resource;

import dev.ascctl.asc.ApiCall;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A kind whose objects Apple's API can change in place. A changed attribute of any other kind is refused in the
 * plan, unless the kind declares it {@code requiresReplace} and can be deleted and created.
 */
public interface Updatable<K extends KindKey> extends ResourceHandler<K> {

    /** Calls that change {@code changed} (attribute → desired value) on the live object. */
    List<ApiCall> update(DesiredObject<K> desired, LiveObject<K> live, Map<String, JsonNode> changed, LiveApp app);
}
