package dev.ascctl.live;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.AppleDates;
import dev.ascctl.asc.AscClient;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import dev.ascctl.resource.BaseInclude;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveState;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.StraightReads;
import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.ResourceKinds;
import dev.ascctl.store.AppSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads the live state of the store's apps with the fewest requests Apple's spec allows (DESIGN 1.5):
 * one request for all apps ({@code /v1/apps?filter[bundleId]=a,b,c}, which also includes every version's
 * state), then, all at once within the client's parallelism, every app's appInfos and not-yet-live versions, each with what the kinds
 * need included ({@link BaseInclude}: the kinds name the relationships, not the reader). That is 1 + 2N requests for N apps; kinds that need more (e.g. screenshot sets per
 * localization) ask for it through {@link ResourceHandler#reads}.
 */
public final class LiveReader {
    /** Version states that are live or replaced: never edited, so not read in full. */
    private static final List<String> NOT_LIVE_STATES = List.of(
            "ACCEPTED", "DEVELOPER_REJECTED", "IN_REVIEW", "INVALID_BINARY", "METADATA_REJECTED",
            "PENDING_APPLE_RELEASE", "PENDING_DEVELOPER_RELEASE", "PREPARE_FOR_SUBMISSION",
            "PROCESSING_FOR_DISTRIBUTION", "READY_FOR_REVIEW", "REJECTED", "WAITING_FOR_EXPORT_COMPLIANCE",
            "WAITING_FOR_REVIEW");
    /**
     * Not a cap on legitimate chains (the deepest real one, promotional offers, is 5): a guard against a kind whose
     * reads never stop asking for something new, which fails loudly instead of stopping silently.
     */
    static final int RUNAWAY_ROUNDS = 100;

    private final AscClient client;
    private final ResourceKinds kinds;

    public LiveReader(AscClient client, ResourceKinds kinds) {
        this.client = client;
        this.kinds = kinds;
    }

    /** Reads the apps; throws {@link MissingAppsException} naming every app that does not exist. */
    public LiveState read(List<AppSpec> specs) {
        return read(specs, true);
    }

    /**
     * Reads the apps' base reads and then exactly {@code queries} per app (the reads a saved plan's stale check needs,
     * recorded when it was planned), instead of every kind's reads.
     */
    public LiveState readRecorded(List<AppSpec> specs, Map<String, List<ApiQuery>> queries) {
        LiveState live = read(specs, false);
        readMore(live, "the saved plan's reads", app -> queries.getOrDefault(app.bundleId(), List.of()));
        return live;
    }

    private LiveState read(List<AppSpec> specs, boolean kindReads) {
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
        // Both reads of every app at once, each a task of its own: at the client's parallelism, N apps take about
        // 2N / parallelism round trips instead of an app's two reads one after the other.
        List<Callable<Document>> reads = new ArrayList<>();
        for (AppSpec spec : specs) {
            Resource app = appsByBundleId.get(spec.bundleId());
            reads.add(() -> client.getAll(appInfosQuery(app.id())));
            reads.add(() -> client.getAll(versionsQuery(app.id(), spec.platform())));
        }
        List<Document> answers = client.parallel(reads);
        Map<String, LiveApp> out = new LinkedHashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            AppSpec spec = specs.get(i);
            Resource app = appsByBundleId.get(spec.bundleId());
            out.put(spec.bundleId(), liveApp(spec.bundleId(), spec.platform(), app,
                    related(app, "appStoreVersions", apps.included()), answers.get(2 * i), answers.get(2 * i + 1)));
        }
        if (!kindReads) {
            return new LiveState(out, Math.toIntExact(client.stats().requests() - before));
        }
        Map<String, AppSpec> specOf = new HashMap<>();
        specs.forEach(spec -> specOf.put(spec.bundleId(), spec));
        List<Asker> askers = kinds.handlers().stream().filter(h -> !(h instanceof StraightReads))
                .map(h -> new Asker(h.spec().name(), app -> h.reads(app, specOf.get(app.bundleId())))).toList();
        List<StraightReader> straight = kinds.handlers().stream().filter(h -> h instanceof StraightReads)
                .map(h -> new StraightReader(h.spec().name(),
                        (app, context) -> ((StraightReads) h).read(app, specOf.get(app.bundleId()), context))).toList();
        readExtras(out.values(), askers, straight);
        return new LiveState(out, Math.toIntExact(client.stats().requests() - before));
    }

    /**
     * Reads more into apps already read: {@code queries} says per app what (e.g. what a check that is not a kind
     * needs, like the readiness check of {@code ascctl submit}); what an app has read already is not read again.
     */
    public void readMore(LiveState live, String name, Function<LiveApp, List<ApiQuery>> queries) {
        readExtras(live.apps().values(), List.of(new Asker(name, queries)), List.of());
    }

    /**
     * Reads one app that has no store yet, for {@code import}: the same base reads as {@link #read}, then the
     * handlers' {@link ResourceHandler#exportReads}, or {@link StraightReads.ForExport} for kinds that read straight.
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
        List<Asker> askers = kinds.handlers().stream().filter(h -> !(h instanceof StraightReads.ForExport))
                .map(h -> new Asker(h.spec().name(), h::exportReads)).toList();
        List<StraightReader> straight = kinds.handlers().stream().filter(h -> h instanceof StraightReads.ForExport)
                .map(h -> new StraightReader(h.spec().name(), ((StraightReads.ForExport) h)::readForExport)).toList();
        readExtras(List.of(live), askers, straight);
        return live;
    }

    private static String platformOf(List<Resource> versions) {
        if (versions.stream().anyMatch(v -> "IOS".equals(LiveApp.text(v, "platform")))) {
            return "IOS";
        }
        return versions.stream()
                .max(AppleDates.byInstant((Resource v) -> LiveApp.text(v, "createdDate")))
                .map(v -> LiveApp.text(v, "platform"))
                .orElse("IOS");
    }

    /** Who asks for extra reads (a kind, or a check like submit's readiness) and what it asks for, per app. */
    record Asker(String name, Function<LiveApp, List<ApiQuery>> queries) {
    }

    /** A kind that reads in straight code through the read context ({@link StraightReads}). */
    record StraightReader(String name, BiConsumer<LiveApp, Reads> read) {
    }

    /**
     * The kinds' own reads. Straight readers run at once, all kinds and apps at the same time; askers are asked again
     * with what is known so far until no one asks for a query not read yet (once more after the straight readers
     * finish, since an asker may look at what they read). All share one memo: a query is sent once.
     */
    private void readExtras(Collection<LiveApp> apps, List<Asker> askers, List<StraightReader> straightReaders) {
        try (ReadContext context = new ReadContext(client)) {
            List<CompletableFuture<Void>> straight = new ArrayList<>();
            for (LiveApp app : apps) {
                Reads reads = context.forApp(app);
                straightReaders.forEach(r -> straight.add(context.run(() -> r.read().accept(app, reads))));
            }
            boolean straightDone = straight.isEmpty();
            for (int round = 1; ; round++) {
                Map<String, CompletableFuture<Void>> pending = new LinkedHashMap<>();
                String lastAsker = null;
                for (LiveApp app : apps) {
                    for (Asker asker : askers) {
                        for (ApiQuery query : asker.queries().apply(app)) {
                            String key = app.bundleId() + " " + query.toPathAndQuery();
                            if (!app.hasRead(query) && !pending.containsKey(key)) {
                                pending.put(key, context.answer(query).thenAccept(doc -> app.recordRead(query, doc)));
                                lastAsker = asker.name() + " asks for " + query.toPathAndQuery() + " (app "
                                        + app.bundleId() + ")";
                            }
                        }
                    }
                }
                if (pending.isEmpty()) {
                    if (straightDone) {
                        return;
                    }
                    straight.forEach(ReadContext::join);
                    straightDone = true;
                    continue;
                }
                if (round > RUNAWAY_ROUNDS) {
                    throw new IllegalStateException("Live reads do not end: after " + RUNAWAY_ROUNDS + " steps, each"
                            + " depending on the one before, " + lastAsker + ", a query it never asked before");
                }
                pending.values().forEach(ReadContext::join);
            }
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

    /** What the kinds need included in one base read, in the order of the kinds, each relationship once. */
    List<BaseInclude> includes(BaseInclude.BaseRead read) {
        return kinds.handlers().stream()
                .flatMap(h -> h instanceof BaseInclude.Contributor c ? c.baseIncludes().stream() : Stream.empty())
                .filter(include -> include.read() == read)
                .distinct()
                .toList();
    }

    /** The base read's query with the kinds' includes, and their limits for the to-many ones. */
    private static ApiQuery withIncludes(ApiQuery query, List<BaseInclude> includes) {
        if (includes.isEmpty()) {
            return query;
        }
        ApiQuery out = query.include(includes.stream().map(BaseInclude::relationship).toArray(String[]::new));
        for (BaseInclude include : includes) {
            if (include.limit() > 0) {
                out = out.limit(include.relationship(), include.limit());
            }
        }
        return out;
    }

    ApiQuery appInfosQuery(String appId) {
        return withIncludes(ApiQuery.of("/v1/apps/" + appId + "/appInfos").limit(200),
                includes(BaseInclude.BaseRead.APP_INFOS));
    }

    ApiQuery versionsQuery(String appId, String platform) {
        return withIncludes(ApiQuery.of("/v1/apps/" + appId + "/appStoreVersions")
                .filter("platform", List.of(platform))
                .filter("appVersionState", NOT_LIVE_STATES)
                .limit(200), includes(BaseInclude.BaseRead.VERSIONS));
    }

    private LiveApp readApp(String bundleId, String platform, Resource app, List<Resource> allVersions) {
        List<Document> both = client.parallel(List.of(() -> client.getAll(appInfosQuery(app.id())),
                () -> client.getAll(versionsQuery(app.id(), platform))));
        return liveApp(bundleId, platform, app, allVersions, both.get(0), both.get(1));
    }

    private static LiveApp liveApp(String bundleId, String platform, Resource app, List<Resource> allVersions,
                                   Document appInfos, Document versions) {
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
