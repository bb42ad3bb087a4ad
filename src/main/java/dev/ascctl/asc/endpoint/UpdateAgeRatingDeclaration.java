package dev.ascctl.asc.endpoint;

import dev.ascctl.asc.ApiCall;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code PATCH /v1/ageRatingDeclarations/{id}} ({@code AgeRatingDeclarationUpdateRequest}), the only
 * operation on age ratings (Apple creates the declaration with the app info).
 */
public final class UpdateAgeRatingDeclaration {
    public static final String TYPE = "ageRatingDeclarations";
    public static final Set<String> ATTRIBUTES = RequestBodies.updatable(TYPE);

    private UpdateAgeRatingDeclaration() {
    }

    public static ApiCall of(String declarationId, ObjectNode attributes) {
        return RequestBodies.update("/v1/ageRatingDeclarations/" + RequestBodies.requireId(declarationId, TYPE), TYPE,
                declarationId, attributes, ATTRIBUTES, Map.of());
    }
}
