package dev.ascctl.live;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.AscClient;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveState;
import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.ResourceKinds;
import dev.ascctl.store.AppSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * Reads the live state of the store's apps with the fewest requests Apple's spec allows (DESIGN 1.5):
 * one request for all apps ({@code /v1/apps?filter[bundleId]=a,b,c}, which also includes every version's
 * state), then per app, in parallel, its appInfos and its not-yet-live versions, each with everything the
 * handlers need included. That is 1 + 2N requests for N apps; kinds that need more (e.g. screenshot sets per
 * localization) ask for it through {@link ResourceHandler#reads}.
 */
public final class LiveReader {
    /** Version states that are live or replaced: never edited, so not read in full. */
    private static final List<String> NOT_LIVE_STATES = List.of(
            "ACCEPTED", "DEVELOPER_REJECTED", "IN_REVIEW", "INVALID_BINARY", "METADATA_REJECTED",
            "PENDING_APPLE_RELEASE", "PENDING_DEVELOPER_RELEASE", "PREPARE_FOR_SUBMISSION",
            "PROCESSING_FOR_DISTRIBUTION", "READY_FOR_REVIEW", "REJECTED", "WAITING_FOR_EXPORT_COMPLIANCE",
            "WAITING_FOR_REVIEW");
    private static final List<String> APP_INFO_INCLUDES = List.of("appInfoLocalizations", "ageRatingDeclaration",
            "primaryCategory", "primarySubcategoryOne", "primarySubcategoryTwo", "secondaryCategory",
            "secondarySubcategoryOne", "secondarySubcategoryTwo");
    private static final List<String> VERSION_INCLUDES = List.of("appStoreVersionLocalizations",
            "appStoreReviewDetail", "build", "appStoreVersionPhasedRelease");

    /** Rounds of extra reads a handler may chain (e.g. sets, then something per set). */
    private static final int MAX_EXTRA_ROUNDS = 5;

    private final AscClient client;
    private final ResourceKinds kinds;

    public LiveReader(AscClient client, ResourceKinds kinds) {
        this.client = client;
        this.kinds = kinds;
    }

    /** Reads the apps; throws {@link MissingAppsException} naming every app that does not exist. */
    public LiveState read(List<AppSpec> specs) {
        long before = client.stats().requests();
        if (specs.isEmpty()) {
            return new LiveState(Map.of(), 0);
        }
        List<String> bundleIds = specs.stream().map(AppSpec::bundleId).toList();
        Document apps = client.getAll(appsQuery(bundleIds));
        Map<String, Resource> appsByBundleId = new HashMap<>();
        for (Resource app : apps.data()) {
            // Match exactly: the filter is applied by Apple, the identity check is ours.
            String bundleId = LiveApp.text(app, "bundleId");
            if (bundleId != null) {
                appsByBundleId.put(bundleId, app);
            }
        }
        List<String> missing = bundleIds.stream().filter(b -> !appsByBundleId.containsKey(b)).toList();
        if (!missing.isEmpty()) {
            throw new MissingAppsException(missing);
        }
        List<Callable<LiveApp>> reads = new ArrayList<>();
        for (AppSpec spec : specs) {
            Resource app = appsByBundleId.get(spec.bundleId());
            List<Resource> allVersions = related(app, "appStoreVersions", apps.included());
            reads.add(() -> readApp(spec.bundleId(), spec.platform(), app, allVersions));
        }
        Map<String, LiveApp> out = new LinkedHashMap<>();
        for (LiveApp liveApp : client.parallel(reads)) {
            out.put(liveApp.bundleId(), liveApp);
        }
        Map<String, AppSpec> specOf = new HashMap<>();
        specs.forEach(spec -> specOf.put(spec.bundleId(), spec));
        readExtras(out.values(), app -> kinds.handlers().stream()
                .flatMap(h -> h.reads(app, specOf.get(app.bundleId())).stream()).toList());
        return new LiveState(out, Math.toIntExact(client.stats().requests() - before));
    }

    /**
     * Reads more into apps already read: {@code queries} says per app what (e.g. what a check that is not a kind
     * needs, like the readiness check of {@code ascctl submit}); what an app has read already is not read again.
     */
    public void readMore(LiveState live, Function<LiveApp, List<ApiQuery>> queries) {
        readExtras(live.apps().values(), queries);
    }

    /**
     * Reads one app that has no store yet, for {@code import}: the same base reads as {@link #read}, then the
     * handlers' {@link ResourceHandler#exportReads}.
     *
     * @param platform the platform whose version to read, or null for the app's own: IOS when it has an iOS
     *                 version, else the platform of its newest version
     */
    public LiveApp readForExport(String bundleId, String platform) {
        Document apps = client.getAll(appsQuery(List.of(bundleId)));
        Resource app = apps.data().stream().filter(a -> bundleId.equals(LiveApp.text(a, "bundleId"))).findFirst()
                .orElseThrow(() -> new MissingAppsException(List.of(bundleId)));
        List<Resource> allVersions = related(app, "appStoreVersions", apps.included());
        String chosen = platform != null ? platform : platformOf(allVersions);
        LiveApp live = readApp(bundleId, chosen, app, allVersions);
        readExtras(List.of(live), a -> kinds.handlers().stream().flatMap(h -> h.exportReads(a).stream()).toList());
        return live;
    }

    private static String platformOf(List<Resource> versions) {
        if (versions.stream().anyMatch(v -> "IOS".equals(LiveApp.text(v, "platform")))) {
            return "IOS";
        }
        return versions.stream()
                .max(Comparator.comparing((Resource v) -> String.valueOf(LiveApp.text(v, "createdDate"))))
                .map(v -> LiveApp.text(v, "platform"))
                .orElse("IOS");
    }

    /** The handlers' own reads, in rounds, all of a round in parallel. */
    private void readExtras(Collection<LiveApp> apps, Function<LiveApp, List<ApiQuery>> queries) {
        for (int round = 0; round < MAX_EXTRA_ROUNDS; round++) {
            Map<String, Callable<Void>> pending = new LinkedHashMap<>();
            for (LiveApp app : apps) {
                for (ApiQuery query : queries.apply(app)) {
                    if (!app.hasRead(query)) {
                        pending.putIfAbsent(app.bundleId() + " " + query.toPathAndQuery(), () -> {
                            app.recordRead(query, client.getAll(query));
                            return null;
                        });
                    }
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            client.parallel(new ArrayList<>(pending.values()));
        }
    }

    static ApiQuery appsQuery(List<String> bundleIds) {
        return ApiQuery.of("/v1/apps")
                .filter("bundleId", bundleIds)
                .include("appStoreVersions")
                .fields("appStoreVersions", "platform", "versionString", "appVersionState", "createdDate")
                .limit(200)
                .limit("appStoreVersions", 50);
    }

    static ApiQuery appInfosQuery(String appId) {
        return ApiQuery.of("/v1/apps/" + appId + "/appInfos")
                .include(APP_INFO_INCLUDES.toArray(String[]::new))
                .limit(200)
                .limit("appInfoLocalizations", 50);
    }

    static ApiQuery versionsQuery(String appId, String platform) {
        return ApiQuery.of("/v1/apps/" + appId + "/appStoreVersions")
                .filter("platform", List.of(platform))
                .filter("appVersionState", NOT_LIVE_STATES)
                .include(VERSION_INCLUDES.toArray(String[]::new))
                .limit(200)
                .limit("appStoreVersionLocalizations", 50);
    }

    private LiveApp readApp(String bundleId, String platform, Resource app, List<Resource> allVersions) {
        Document appInfos = client.getAll(appInfosQuery(app.id()));
        Document versions = client.getAll(versionsQuery(app.id(), platform));
        List<Resource> included = new ArrayList<>(appInfos.included());
        included.addAll(versions.included());
        return new LiveApp(bundleId, platform, app, appInfos.data(), versions.data(), allVersions,
                included);
    }

    private static List<Resource> related(Resource from, String relationship, List<Resource> included) {
        var rel = from.relationships().get(relationship);
        if (rel == null || rel.data().isEmpty()) {
            return List.of();
        }
        List<Resource> out = new ArrayList<>();
        for (var linkage : rel.data().get()) {
            included.stream().filter(r -> r.type().equals(linkage.type()) && r.id().equals(linkage.id()))
                    .findFirst().ifPresent(out::add);
        }
        return out;
    }
}
