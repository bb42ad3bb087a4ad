package dev.ascctl.resource.kinds.testflight;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Linkage;
import dev.ascctl.asc.Resource;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.StorePaths;
import dev.ascctl.store.AppSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The beta side of one app as read, with the fewest requests Apple's spec allows:
 * <ol>
 *   <li>{@code GET /v1/apps/{id}?include=betaGroups,betaAppLocalizations,betaAppReviewDetail} (one request for
 *       the groups, the beta localizations and the review detail; {@code limit[...]=50} each);</li>
 *   <li>{@code GET /v1/betaTesters?filter[apps]={id}&include=betaGroups&limit=200&limit[betaGroups]=50}: every
 *       tester of the app with the groups it is in, 200 per page (2,000 testers = 10 pages). Reading per group
 *       ({@code /v1/betaGroups/{id}/betaTesters}) would read a tester once per group.</li>
 * </ol>
 */
final class BetaLive {
    private BetaLive() {
    }

    static ApiQuery appQuery(String appId) {
        return ApiQuery.of("/v1/apps/" + appId)
                .include("betaGroups", "betaAppLocalizations", "betaAppReviewDetail")
                .limit("betaGroups", 50)
                .limit("betaAppLocalizations", 50);
    }

    static ApiQuery testersQuery(String appId) {
        return ApiQuery.of("/v1/betaTesters")
                .filter("apps", appId)
                .include("betaGroups")
                .fields("betaTesters", "email", "firstName", "lastName", "inviteType", "state", "betaGroups")
                .limit(200)
                .limit("betaGroups", 50);
    }

    /** The reads the TestFlight kinds need for this app (none when testflight.yaml declares nothing). */
    static List<ApiQuery> reads(LiveApp app, AppSpec spec) {
        if (spec.testFlight().isEmpty()) {
            return List.of();
        }
        List<ApiQuery> out = new ArrayList<>();
        out.add(appQuery(app.app().id()));
        if (!spec.testFlight().groups().isEmpty() || !spec.testFlight().testers().isEmpty()) {
            out.add(testersQuery(app.app().id()));
        }
        return out;
    }

    /** The reads {@code import} needs: the whole beta side of the app, nothing being declared yet. */
    static List<ApiQuery> exportReads(LiveApp app) {
        return List.of(appQuery(app.app().id()), testersQuery(app.app().id()));
    }

    /** Where {@code import} writes the beta side of the app: testflight.yaml of the app folder {@code label}. */
    static String exportPath(String label) {
        return "apps." + label + ".testflight";
    }

    /** The app's resources included under {@code relationship} (empty when not read). */
    static List<Resource> appRelated(LiveApp app, String relationship) {
        Optional<Document> doc = app.read(appQuery(app.app().id()));
        return doc.flatMap(Document::single).map(a -> LiveApp.included(doc, a, relationship)).orElse(List.of());
    }

    /** Live beta groups by name. */
    static Map<String, Resource> groupsByName(LiveApp app) {
        Map<String, Resource> out = new LinkedHashMap<>();
        for (Resource g : appRelated(app, "betaGroups")) {
            out.put(LiveApp.text(g, "name"), g);
        }
        return out;
    }

    /** Live testers of the app by lower-cased email. */
    static Map<String, Resource> testersByEmail(LiveApp app) {
        Map<String, Resource> out = new LinkedHashMap<>();
        app.read(testersQuery(app.app().id())).ifPresent(doc -> {
            for (Resource t : doc.data()) {
                String email = LiveApp.text(t, "email");
                if (email != null) {
                    out.put(email.toLowerCase(Locale.ROOT), t);
                }
            }
        });
        return out;
    }

    /** The ids of the groups a tester (as the testers read includes them) or a build (the builds read) is in. */
    static List<String> groupIdsOf(Resource tester) {
        return tester.relationship("betaGroups").flatMap(r -> r.data()).orElse(List.of()).stream()
                .map(Linkage::id).toList();
    }

    static String storePath(AppSpec app) {
        return "apps." + StorePaths.segment(app.label()) + ".testflight";
    }
}
