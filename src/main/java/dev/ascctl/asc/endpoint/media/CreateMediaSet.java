package dev.ascctl.asc.endpoint.media;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Linkage;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /v1/appScreenshotSets} ({@code AppScreenshotSetCreateRequest}) or {@code POST /v1/appPreviewSets}:
 * the set type and exactly one parent, here the version localization.
 */
public final class CreateMediaSet {
    private CreateMediaSet() {
    }

    /** @param localizationId an id or an {@code {{id:ADDRESS}}} placeholder of a localization created in the same apply */
    public static ApiCall of(MediaType media, String localizationId, String setType) {
        return of(media, "appStoreVersionLocalization", "appStoreVersionLocalizations", localizationId, setType);
    }

    /**
     * A set under another of the parents the spec allows, e.g. relationship {@code appCustomProductPageLocalization}
     * of type {@code appCustomProductPageLocalizations}.
     */
    public static ApiCall of(MediaType media, String parentRelationship, String parentType, String localizationId,
                             String setType) {
        ObjectNode attributes = JsonNodeFactory.instance.objectNode().put(media.setTypeAttribute(), setType);
        return RequestBodies.create("/v1/" + media.setType(), media.setType(), attributes,
                Set.of(media.setTypeAttribute()), Map.of(parentRelationship, new Linkage(parentType,
                        MediaType.idOrPlaceholder(localizationId, parentType))));
    }
}
