package dev.ascctl.asc.endpoint.build;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Linkage;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A build upload, API 4.4.1's way to deliver a build without Transporter: {@code POST /v1/buildUploads}
 * ({@code BuildUploadCreateRequest}: {@code cfBundleShortVersionString*}, {@code cfBundleVersion*}, {@code platform*},
 * relationship {@code app*}), read back with {@code GET /v1/buildUploads/{id}} (its {@code state} and, once processed,
 * its {@code build}), found again with {@code GET /v1/apps/{id}/buildUploads} filtered by version and number, and
 * {@code DELETE /v1/buildUploads/{id}} (204) for one that will never finish.
 */
public final class BuildUploads {
    private BuildUploads() {
    }

    public static ApiCall create(String appId, String version, String buildNumber, String platform) {
        ObjectNode attributes = JsonNodeFactory.instance.objectNode();
        attributes.put("cfBundleShortVersionString", version);
        attributes.put("cfBundleVersion", buildNumber);
        attributes.put("platform", platform);
        return RequestBodies.create("/v1/buildUploads", "buildUploads", attributes,
                Set.of("cfBundleShortVersionString", "cfBundleVersion", "platform"),
                Map.of("app", new Linkage("apps", RequestBodies.requireId(appId, "apps"))));
    }

    /** The app's uploads of that version and number, with their app archive file and build. */
    public static ApiQuery of(String appId, String version, String buildNumber, String platform) {
        return ApiQuery.of("/v1/apps/" + RequestBodies.requireId(appId, "apps") + "/buildUploads")
                .filter("cfBundleShortVersionString", version).filter("cfBundleVersion", buildNumber)
                .filter("platform", platform).include("assetFile", "build").limit(200);
    }

    /** One upload with its archive file and build. */
    public static ApiQuery one(String uploadId) {
        return ApiQuery.of("/v1/buildUploads/" + RequestBodies.requireId(uploadId, "buildUploads"))
                .include("assetFile", "build");
    }

    public static ApiCall delete(String uploadId) {
        return ApiCall.delete("/v1/buildUploads/" + RequestBodies.requireId(uploadId, "buildUploads"));
    }
}
