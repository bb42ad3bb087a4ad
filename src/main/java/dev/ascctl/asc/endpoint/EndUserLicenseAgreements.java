package dev.ascctl.asc.endpoint;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import java.util.Collection;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An app's custom end-user license agreement ({@code endUserLicenseAgreements}, Apple's spec 4.4.1). An app has at
 * most one; without it Apple's standard EULA applies everywhere.
 * <pre>{@code
 * EndUserLicenseAgreements.ofApp(appId)            // GET /v1/apps/{id}?include=endUserLicenseAgreement&fields[apps]=endUserLicenseAgreement
 * EndUserLicenseAgreements.territories(eulaId)     // GET /v1/endUserLicenseAgreements/{id}/territories?fields[territories]=currency&limit=200
 * EndUserLicenseAgreements.create(appId, text, territories)   // POST /v1/endUserLicenseAgreements
 * EndUserLicenseAgreements.update(eulaId, text, territories)  // PATCH /v1/endUserLicenseAgreements/{id}
 * EndUserLicenseAgreements.delete(eulaId)          // DELETE /v1/endUserLicenseAgreements/{id}
 * }</pre>
 * The agreement is read through the app with an include, not at {@code /v1/apps/{id}/endUserLicenseAgreement}:
 * that path answers 404 when the app has none, the include answers {@code data: null}. Its territories need their
 * own read: the to-one path and the include give only links for them.
 */
public final class EndUserLicenseAgreements {
    public static final String TYPE = "endUserLicenseAgreements";
    /** Apple has 175 territories, so one page of the spec's maximum holds them all. */
    public static final int TERRITORIES_LIMIT = 200;
    private static final Set<String> CREATABLE = RequestBodies.creatable(TYPE);
    private static final Set<String> UPDATABLE = RequestBodies.updatable(TYPE);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EndUserLicenseAgreements() {
    }

    /** The app with its agreement included ({@code relationships.endUserLicenseAgreement.data} null when none). */
    public static ApiQuery ofApp(String appId) {
        return ApiQuery.of("/v1/apps/" + RequestBodies.requireId(appId, "apps"))
                .include("endUserLicenseAgreement").fields("apps", "endUserLicenseAgreement");
    }

    /** The agreement's territories, only their ids ({@code fields[territories]=currency} is the smallest). */
    public static ApiQuery territories(String eulaId) {
        return ApiQuery.of("/v1/endUserLicenseAgreements/" + RequestBodies.requireId(eulaId, TYPE) + "/territories")
                .fields("territories", "currency").limit(TERRITORIES_LIMIT);
    }

    /** EndUserLicenseAgreementCreateRequest: text, app and territories are all required. */
    public static ApiCall create(String appId, String agreementText, Collection<String> territories) {
        ObjectNode data = NODES.objectNode().put("type", TYPE);
        data.set("attributes", attributes(agreementText, CREATABLE));
        ObjectNode relationships = data.putObject("relationships");
        relationships.putObject("app").putObject("data").put("type", "apps")
                .put("id", RequestBodies.requireId(appId, "apps"));
        relationships.set("territories", territoryList(territories));
        ObjectNode body = NODES.objectNode();
        body.set("data", data);
        return ApiCall.post("/v1/" + TYPE, body);
    }

    /**
     * EndUserLicenseAgreementUpdateRequest with what changed: the text, the complete territory list, or both (a
     * null argument is left out, never sent as null).
     */
    public static ApiCall update(String eulaId, String agreementText, Collection<String> territories) {
        if (agreementText == null && territories == null) {
            throw new IllegalArgumentException("an EULA update changes its text, its territories or both");
        }
        ObjectNode data = NODES.objectNode().put("type", TYPE).put("id", RequestBodies.requireId(eulaId, TYPE));
        if (agreementText != null) {
            data.set("attributes", attributes(agreementText, UPDATABLE));
        }
        if (territories != null) {
            data.putObject("relationships").set("territories", territoryList(territories));
        }
        ObjectNode body = NODES.objectNode();
        body.set("data", data);
        return ApiCall.patch("/v1/" + TYPE + "/" + eulaId, body);
    }

    /** {@code DELETE /v1/endUserLicenseAgreements/{id}} (204): Apple's standard EULA applies again. */
    public static ApiCall delete(String eulaId) {
        return ApiCall.delete("/v1/" + TYPE + "/" + RequestBodies.requireId(eulaId, TYPE));
    }

    private static ObjectNode attributes(String agreementText, Set<String> accepted) {
        if (!accepted.contains("agreementText") || agreementText == null || agreementText.isBlank()) {
            throw new IllegalArgumentException("an EULA needs its agreementText");
        }
        return NODES.objectNode().put("agreementText", agreementText);
    }

    private static ObjectNode territoryList(Collection<String> territories) {
        if (territories.isEmpty()) {
            throw new IllegalArgumentException("an EULA applies in at least one territory");
        }
        ObjectNode relationship = NODES.objectNode();
        ArrayNode list = relationship.putArray("data");
        territories.forEach(t -> list.addObject().put("type", "territories").put("id", t));
        return relationship;
    }
}
