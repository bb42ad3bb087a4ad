package dev.ascctl.asc.endpoint.pages;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Linkage;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Custom product pages, their versions and localizations (Apple's spec 4.4.1, asc-api-notes 8).
 * <pre>{@code
 * CustomProductPages.ofApp(appId)              // GET /v1/apps/{id}/appCustomProductPages?include=appCustomProductPageVersions
 * CustomProductPages.localizations(versionId)  // GET /v1/appCustomProductPageVersions/{id}/appCustomProductPageLocalizations
 * CustomProductPages.create(appId, "Spring")   // POST /v1/appCustomProductPages
 * CustomProductPages.update(pageId, attrs)     // PATCH /v1/appCustomProductPages/{id} (name, visible)
 * CustomProductPages.delete(pageId)            // DELETE /v1/appCustomProductPages/{id}
 * CustomProductPages.createVersion(pageId, attrs)       // POST /v1/appCustomProductPageVersions (deepLink)
 * CustomProductPages.updateVersion(versionId, attrs)    // PATCH /v1/appCustomProductPageVersions/{id}
 * CustomProductPages.createLocalization(versionId, attrs) // POST /v1/appCustomProductPageLocalizations
 * CustomProductPages.updateLocalization(id, attrs)      // PATCH (promotionalText)
 * CustomProductPages.deleteLocalization(id)             // DELETE
 * }</pre>
 * The attributes each write accepts come from the generated vocabulary, so a read-only one (a version's
 * {@code state}, a page's {@code url}) fails before the first write.
 */
public final class CustomProductPages {
    public static final String PAGES = "appCustomProductPages";
    public static final String VERSIONS = "appCustomProductPageVersions";
    public static final String LOCALIZATIONS = "appCustomProductPageLocalizations";
    /** The spec's maximum page size, and its maximum for an included relationship. */
    private static final int PAGE = 200;
    private static final int INCLUDED = 50;

    private CustomProductPages() {
    }

    /** Every page of the app with its versions (all of them: 50 is the spec's most, above any page's count). */
    public static ApiQuery ofApp(String appId) {
        return ApiQuery.of("/v1/apps/" + RequestBodies.requireId(appId, "apps") + "/" + PAGES).include(VERSIONS)
                .limit(PAGE).limit(VERSIONS, INCLUDED);
    }

    /** A version's localizations (promotional text), one page: a page has one per App Store locale at most. */
    public static ApiQuery localizations(String versionId) {
        return ApiQuery.of("/v1/" + VERSIONS + "/" + RequestBodies.requireId(versionId, VERSIONS) + "/"
                + LOCALIZATIONS).limit(PAGE);
    }

    /** {@code POST /v1/appCustomProductPages}: a page with its name only (its version is a POST of its own). */
    public static ApiCall create(String appId, String name) {
        ObjectNode attributes = JsonNodeFactory.instance.objectNode().put("name", name);
        return RequestBodies.create("/v1/" + PAGES, PAGES, attributes, RequestBodies.creatable(PAGES),
                Map.of("app", new Linkage("apps", idOrPlaceholder(appId, "apps"))));
    }

    public static ApiCall update(String pageId, ObjectNode attributes) {
        return RequestBodies.update("/v1/" + PAGES + "/" + idOrPlaceholder(pageId, PAGES), PAGES, pageId, attributes,
                RequestBodies.updatable(PAGES), Map.of());
    }

    public static ApiCall delete(String pageId) {
        return ApiCall.delete("/v1/" + PAGES + "/" + RequestBodies.requireId(pageId, PAGES));
    }

    /** @param pageId an id, or the placeholder of a page the same apply creates */
    public static ApiCall createVersion(String pageId, ObjectNode attributes) {
        return RequestBodies.create("/v1/" + VERSIONS, VERSIONS, attributes, RequestBodies.creatable(VERSIONS),
                Map.of("appCustomProductPage", new Linkage(PAGES, idOrPlaceholder(pageId, PAGES))));
    }

    public static ApiCall updateVersion(String versionId, ObjectNode attributes) {
        return RequestBodies.update("/v1/" + VERSIONS + "/" + RequestBodies.requireId(versionId, VERSIONS), VERSIONS,
                versionId, attributes, RequestBodies.updatable(VERSIONS), Map.of());
    }

    /** @param versionId an id, or the placeholder of a version the same apply creates */
    public static ApiCall createLocalization(String versionId, ObjectNode attributes) {
        RequestBodies.requireAttributes(attributes, LOCALIZATIONS, "locale");
        return RequestBodies.create("/v1/" + LOCALIZATIONS, LOCALIZATIONS, attributes,
                RequestBodies.creatable(LOCALIZATIONS), Map.of("appCustomProductPageVersion",
                        new Linkage(VERSIONS, idOrPlaceholder(versionId, VERSIONS))));
    }

    public static ApiCall updateLocalization(String localizationId, ObjectNode attributes) {
        return RequestBodies.update("/v1/" + LOCALIZATIONS + "/" + RequestBodies.requireId(localizationId,
                LOCALIZATIONS), LOCALIZATIONS, localizationId, attributes, RequestBodies.updatable(LOCALIZATIONS),
                Map.of());
    }

    public static ApiCall deleteLocalization(String localizationId) {
        return ApiCall.delete("/v1/" + LOCALIZATIONS + "/" + RequestBodies.requireId(localizationId, LOCALIZATIONS));
    }

    /** An id, or an {@code {{id:ADDRESS}}} placeholder apply fills in. */
    private static String idOrPlaceholder(String id, String what) {
        if (id != null && id.startsWith("{{id:") && id.endsWith("}}")) {
            return id;
        }
        return RequestBodies.requireId(id, what);
    }

    /** Attributes as a request's attributes object. */
    public static ObjectNode attributes(Map<String, JsonNode> values) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        values.forEach(out::set);
        return out;
    }

    /** The attributes a version's create takes ({@code deepLink}). */
    public static Set<String> versionCreatable() {
        return RequestBodies.creatable(VERSIONS);
    }
}
