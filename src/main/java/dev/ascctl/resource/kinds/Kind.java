package dev.ascctl.resource.kinds;

import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.KindKey;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.ResourceHandler;
import java.util.List;
import java.util.Objects;

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
}
