package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import java.util.Map;

/**
 * An app's accessibility declaration per device family. Apple's spec gives it the states DRAFT, PUBLISHED and
 * REPLACED and a {@code publish} flag on its update only; App Store Connect shows one draft per device family that
 * is published to replace the live answers. So, as the sandbox keeps it: a create starts a DRAFT (one per app and
 * family), only a draft changes, {@code publish: true} makes it PUBLISHED and the family's previous published one
 * REPLACED.
 */
public record AccessibilityDeclarationRules(SandboxState state) implements ResourceRules {
    public static final String TYPE = "accessibilityDeclarations";

    @Override
    public void beforeCreate(WriteRequest request) {
        String appId = request.relatedId("app");
        Object family = request.attributes().get("deviceFamily");
        if (inState(appId, family, "DRAFT") != null) {
            throw Errors.stateError("/data/attributes/deviceFamily", "The app already has a draft accessibility"
                    + " declaration for " + family + "; change or publish that one.");
        }
    }

    @Override
    public Map<String, Object> serverAttributes(WriteRequest request) {
        return Map.of("state", "DRAFT");
    }

    @Override
    public void beforeUpdate(StoredResource existing, WriteRequest request) {
        if (!"DRAFT".equals(existing.attribute("state"))) {
            throw Errors.stateError(null, "A " + existing.attribute("state") + " accessibility declaration cannot"
                    + " be changed; create a new draft for its device family and publish it.");
        }
    }

    @Override
    public Map<String, Object> serverAttributesOnUpdate(StoredResource existing, WriteRequest request) {
        return Boolean.TRUE.equals(request.attributes().get("publish")) ? Map.of("state", "PUBLISHED") : Map.of();
    }

    @Override
    public void afterUpdate(StoredResource updated) {
        if ("PUBLISHED".equals(updated.attribute("state"))) {
            family(updated.relatedId("app"), updated.attribute("deviceFamily"))
                    .filter(d -> !d.id().equals(updated.id()) && "PUBLISHED".equals(d.attribute("state")))
                    .forEach(d -> state.patchAttributes(TYPE, d.id(), Map.of("state", "REPLACED")));
        }
    }

    private StoredResource inState(String appId, Object family, String wanted) {
        return family(appId, family).filter(d -> wanted.equals(d.attribute("state"))).findFirst().orElse(null);
    }

    private java.util.stream.Stream<StoredResource> family(String appId, Object family) {
        return state.referencing(TYPE, "app", appId).stream()
                .filter(d -> family != null && family.equals(d.attribute("deviceFamily")));
    }
}
