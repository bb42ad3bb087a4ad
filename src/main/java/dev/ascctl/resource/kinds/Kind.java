package dev.ascctl.resource.kinds;

import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.KindKey;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.store.Mark;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The base of a kind's handler: what the kind is ({@link KindSpec}) and its attributes with their rules, each given
 * once to the constructor.
 *
 * @param <K> the kind's key
 */
public abstract class Kind<K extends KindKey> implements ResourceHandler<K> {
    private final KindSpec spec;
    private final List<AttributeSpec> attributes;

    /** A kind that declares no attribute rules (its attributes compare with {@code Values.same}). */
    protected Kind(KindSpec spec) {
        this(spec, List.of());
    }

    protected Kind(KindSpec spec, List<AttributeSpec> attributes) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.attributes = List.copyOf(attributes);
    }

    @Override
    public final KindSpec spec() {
        return spec;
    }

    @Override
    public final List<AttributeSpec> attributes() {
        return attributes;
    }

    /** One object of this kind as the YAML declares it, with no secret among its attributes. */
    protected final DesiredObject<K> desiredObject(K key, String storePath, Map<String, JsonNode> attributes,
                                                   Mark origin) {
        return new DesiredObject<>(key, spec.name(), storePath, attributes, Set.of(), origin);
    }

    /** One object of this kind as Apple has it now ({@code blockedReason} null when it takes edits). */
    protected final LiveObject<K> liveObject(K key, String id, Map<String, JsonNode> attributes, String blockedReason) {
        return new LiveObject<>(key, spec.name(), id, attributes, blockedReason);
    }
}
