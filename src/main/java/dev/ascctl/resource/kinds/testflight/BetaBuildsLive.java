package dev.ascctl.resource.kinds.testflight;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.testflight.BetaBuilds;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.StorePaths;
import dev.ascctl.resource.kinds.release.BuildHandler;
import dev.ascctl.store.AppSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The builds side of TestFlight as read: one {@link BetaBuilds#query} (every unexpired build with its groups, What
 * to Test and beta review submission included), only when testflight.yaml names a build. Which build a key names
 * ({@code latest} or a number) is decided by {@link BuildHandler#pick}, the same rule the release kinds use.
 */
final class BetaBuildsLive {
    private BetaBuildsLive() {
    }

    /** The beta reads plus the builds read, when the file names any build. */
    static List<ApiQuery> reads(LiveApp app, AppSpec spec) {
        List<ApiQuery> out = new ArrayList<>(BetaLive.reads(app, spec));
        if (!spec.testFlight().buildsNamed().isEmpty()) {
            out.add(query(app));
        }
        return out;
    }

    /** The builds read itself; plan and export both issue it. */
    static ApiQuery query(LiveApp app) {
        return BetaBuilds.query(app.app().id(), app.platform());
    }

    /** Where a build's entry sits in the store. */
    static String storePath(AppSpec app, String build) {
        return BetaLive.storePath(app) + ".builds." + StorePaths.segment(build);
    }

    private static Optional<Document> document(LiveApp app) {
        return app.read(query(app));
    }

    /** Every unexpired build read, newest first (empty when not read). */
    static List<Resource> builds(LiveApp app) {
        return document(app).map(Document::data).orElse(List.of());
    }

    /** The build a key names, among what was read. */
    static Optional<Resource> resolve(LiveApp app, String key) {
        return BuildHandler.pick(builds(app), key);
    }

    /** Why the build a key names cannot be tested now, if so. */
    static Optional<String> problem(LiveApp app, String key) {
        return BuildHandler.problem(app, key, resolve(app, key));
    }

    /** Why nothing can be added under the build a key names: it does not exist (a build Apple has is fine). */
    static Optional<String> missing(LiveApp app, String key) {
        return resolve(app, key).isEmpty() ? problem(app, key) : Optional.empty();
    }

    /** The resources included under a build's {@code relationship}. */
    static List<Resource> related(LiveApp app, Resource build, String relationship) {
        return LiveApp.included(document(app), build, relationship);
    }

    /** The resources included under {@code relationship} of the build a key names, when it was read. */
    static Optional<List<Resource>> related(LiveApp app, String key, String relationship) {
        return resolve(app, key).map(build -> related(app, build, relationship));
    }
}
