package dev.ascctl.asc.endpoint.release;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Linkage;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.Map;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An app's encryption declarations, the export compliance documentation of builds that use non-exempt encryption
 * (Apple's spec 4.4.1: {@code AppEncryptionDeclarationCreateRequest}, {@code BuildAppEncryptionDeclarationLinkageRequest}).
 * <pre>{@code
 * EncryptionDeclarations.of(appId)                 // GET /v1/apps/{id}/appEncryptionDeclarations?fields[..]=..&limit=200
 * EncryptionDeclarations.create(appId, attributes) // POST /v1/appEncryptionDeclarations
 * EncryptionDeclarations.nonExemptBuilds(appId)  // GET /v1/builds?..&filter[usesNonExemptEncryption]=true&include=appEncryptionDeclaration
 * EncryptionDeclarations.attach(buildId, declarationId)  // PATCH /v1/builds/{id}/relationships/appEncryptionDeclaration
 * }</pre>
 * A build gets its declaration through the build's own relationship: the declaration's {@code builds} relationship
 * endpoint ({@code POST /v1/appEncryptionDeclarations/{id}/relationships/builds}) is deprecated.
 */
public final class EncryptionDeclarations {
    static final String TYPE = "appEncryptionDeclarations";

    private EncryptionDeclarations() {
    }

    /** The app's declarations with what ascctl compares (one page: an app files a handful). */
    public static ApiQuery of(String appId) {
        return ApiQuery.of("/v1/apps/" + RequestBodies.requireId(appId, "apps") + "/" + TYPE)
                .fields(TYPE, "appDescription", "containsProprietaryCryptography", "containsThirdPartyCryptography",
                        "availableOnFrenchStore", "appEncryptionDeclarationState", "codeValue", "createdDate")
                .limit(200);
    }

    /**
     * The app's processed, unexpired builds answered as using non-exempt encryption, with their declaration's
     * linkage (one page: builds expire in 90 days).
     */
    public static ApiQuery nonExemptBuilds(String appId) {
        return ApiQuery.of("/v1/builds").filter("app", RequestBodies.requireId(appId, "apps"))
                .filter("expired", "false").filter("processingState", "VALID")
                .filter("usesNonExemptEncryption", "true").include("appEncryptionDeclaration")
                .fields("builds", "version", "usesNonExemptEncryption", "appEncryptionDeclaration")
                .fields(TYPE, "appEncryptionDeclarationState").limit(200);
    }

    /**
     * {@code POST /v1/appEncryptionDeclarations}; {@code attributes} holds the four Apple requires. The app
     * relationship is required by the create request, though the spec marks it deprecated.
     */
    public static ApiCall create(String appId, ObjectNode attributes) {
        RequestBodies.requireAttributes(attributes, TYPE, "appDescription");
        return RequestBodies.create("/v1/" + TYPE, TYPE, attributes, RequestBodies.creatable(TYPE),
                Map.of("app", new Linkage("apps", RequestBodies.requireId(appId, "apps"))));
    }

    /**
     * {@code PATCH /v1/builds/{id}/relationships/appEncryptionDeclaration}.
     *
     * @param declarationId an id, or the {@code {{id:ADDRESS}}} placeholder of a declaration the same apply creates
     */
    public static ApiCall attach(String buildId, String declarationId) {
        if (!(declarationId.startsWith("{{id:") && declarationId.endsWith("}}"))) {
            RequestBodies.requireId(declarationId, TYPE);
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("data", RequestBodies.linkage(TYPE, declarationId));
        return ApiCall.patch("/v1/builds/" + RequestBodies.requireId(buildId, "builds")
                + "/relationships/appEncryptionDeclaration", body);
    }
}
