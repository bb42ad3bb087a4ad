package dev.ascctl.sandbox.seed;

import dev.ascctl.sandbox.SandboxState;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The custom product pages of a seeded app, each with its versions (oldest first), their localizations and media:
 * <pre>{@code
 * customProductPages:
 *   - name: Spring
 *     visible: true
 *     versions:                                   # default: one PREPARE_FOR_SUBMISSION version
 *       - state: APPROVED
 *         deepLink: https://example.com/spring
 *         locales: {en-US: {promotionalText: Rain or shine.}}
 *         screenshots: {en-US: {APP_IPHONE_67: [media/weather-1.png]}}   # files next to the seed
 * }</pre>
 */
record PageSeeder(SandboxState state, MediaSeeder.Put put, MediaSeeder media) {
    private static final String PAGES = "appCustomProductPages";
    private static final String VERSIONS = "appCustomProductPageVersions";
    private static final String LOCALIZATIONS = "appCustomProductPageLocalizations";

    @SuppressWarnings("unchecked")
    void seed(String appId, List<Object> pages, Path baseDir) {
        for (Object p : pages) {
            Map<String, Object> page = (Map<String, Object>) p;
            String pageId = state.newId(PAGES);
            put.put(PAGES, pageId, Map.of("name", String.valueOf(page.get("name")),
                    "visible", page.getOrDefault("visible", false),
                    "url", "https://apps.apple.com/app/id" + appId + "?ppid=" + pageId), Map.of("app", List.of(appId)));
            List<Object> versions = (List<Object>) page.getOrDefault("versions",
                    List.of(Map.of("state", "PREPARE_FOR_SUBMISSION")));
            int number = 0;
            for (Object v : versions) {
                Map<String, Object> version = (Map<String, Object>) v;
                String versionId = state.newId(VERSIONS);
                Map<String, Object> attributes = new LinkedHashMap<>();
                attributes.put("version", String.valueOf(++number));
                attributes.put("state", version.getOrDefault("state", "PREPARE_FOR_SUBMISSION"));
                attributes.put("deepLink", version.get("deepLink"));
                put.put(VERSIONS, versionId, attributes, Map.of("appCustomProductPage", List.of(pageId)));
                Map<String, String> byLocale = new LinkedHashMap<>();
                ((Map<String, Object>) version.getOrDefault("locales", Map.of())).forEach((locale, text) -> {
                    String id = state.newId(LOCALIZATIONS);
                    Map<String, Object> a = new LinkedHashMap<>((Map<String, Object>) (text == null ? Map.of() : text));
                    a.put("locale", locale);
                    put.put(LOCALIZATIONS, id, a, Map.of("appCustomProductPageVersion", List.of(versionId)));
                    byLocale.put(locale, id);
                });
                media.seed("appCustomProductPageLocalization", (locale, kind) -> {
                    String id = byLocale.get(locale);
                    if (id == null) {
                        throw new IllegalArgumentException("seed: " + kind + " of page " + page.get("name")
                                + " names locale " + locale + ", which its version has no localization of");
                    }
                    return id;
                }, version, baseDir);
            }
        }
    }
}
