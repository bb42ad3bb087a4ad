package dev.ascctl.resource.kinds.testflight;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.testflight.GroupBuilds;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.StorePaths;
import dev.ascctl.resource.StraightReads;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.Values;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.kinds.PartKey;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.BetaGroupSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The builds a beta group gets ({@code app[x].betaGroup[QA].builds}): the sorted keys of testflight.yaml (build
 * numbers or {@code latest}), changed through {@code POST}/{@code DELETE /v1/betaGroups/{id}/relationships/builds}
 * in batches.
 * <pre>
 * groups:
 *   - {name: QA, builds: ["245", latest]}
 * </pre>
 * <ul>
 *   <li>A key is shown as live when the build it names is in the group; so when a newer build becomes
 *       {@code latest}, the plan adds it.</li>
 *   <li>Builds the list does not name stay in the group, and are not shown, unless
 *       {@code policy.prune.betaGroupBuilds} is on: then they are shown by number and removed.</li>
 *   <li>A key naming no testable build (missing, processing, expired) is listed apart with the reason.</li>
 * </ul>
 */
public final class BetaGroupBuildsHandler extends Kind<PartKey<BetaKeys.Group>> implements StraightReads,
        StraightReads.ForExport, Updatable<PartKey<BetaKeys.Group>> {
    private static final KindSpec SPEC = new KindSpec("betaGroupBuilds", 25, null);
    static final String ATTRIBUTE = "builds";

    public BetaGroupBuildsHandler() {
        super(SPEC);
    }

    private static PartKey<BetaKeys.Group> key(String bundleId, String group) {
        return new PartKey<>(new BetaKeys.Group(bundleId, group), "builds");
    }

    @Override
    public List<DesiredObject<PartKey<BetaKeys.Group>>> desired(AppSpec app) {
        List<DesiredObject<PartKey<BetaKeys.Group>>> out = new ArrayList<>();
        for (BetaGroupSpec group : app.testFlight().groups()) {
            if (!group.builds().isEmpty()) {
                out.add(desiredObject(key(app.bundleId(), group.name()), BetaLive.storePath(app) + ".groups."
                        + StorePaths.segment(group.name()), Values.attributes(ATTRIBUTE, new TreeSet<>(group.builds())),
                        group.mark()));
            }
        }
        return out;
    }

    @Override
    public void read(LiveApp app, AppSpec spec, Reads reads) {
        reads.getAll(BetaBuildsLive.reads(app, spec));
    }

    @Override
    public List<LiveObject<PartKey<BetaKeys.Group>>> live(LiveApp app, AppSpec spec) {
        Map<String, Resource> groups = BetaLive.groupsByName(app);
        List<LiveObject<PartKey<BetaKeys.Group>>> out = new ArrayList<>();
        for (BetaGroupSpec group : spec.testFlight().groups()) {
            if (group.builds().isEmpty()) {
                continue;
            }
            Resource live = groups.get(group.name());
            TreeSet<String> shown = new TreeSet<>();
            if (live != null) {
                List<Resource> inGroup = buildsIn(app, live.id());
                for (String key : group.builds()) {
                    BetaBuildsLive.resolve(app, key).filter(inGroup::contains).ifPresent(b -> shown.add(key));
                }
                if (spec.testFlight().pruneGroupBuilds()) {
                    Set<String> wantedIds = wantedIds(app, group);
                    inGroup.stream().filter(b -> !wantedIds.contains(b.id()))
                            .forEach(b -> shown.add(LiveApp.text(b, "version")));
                }
            }
            out.add(liveObject(key(app.bundleId(), group.name()), BetaGroupHandler.groupId(app, app.bundleId(),
                    group.name()), Values.attributes(ATTRIBUTE, shown), null));
        }
        return out;
    }

    @Override
    public Optional<String> attributeRefusal(String attribute, DesiredObject<PartKey<BetaKeys.Group>> desired, LiveApp app) {
        List<String> problems = new ArrayList<>();
        desired.attributes().get(ATTRIBUTE).valueStream()
                .forEach(key -> BetaBuildsLive.problem(app, key.asString()).ifPresent(problems::add));
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    @Override
    public List<ApiCall> update(DesiredObject<PartKey<BetaKeys.Group>> desired, LiveObject<PartKey<BetaKeys.Group>> live, Map<String, JsonNode> changed, LiveApp app) {
        List<String> keys = changed.get(ATTRIBUTE).valueStream().map(JsonNode::asString).toList();
        Set<String> wanted = new LinkedHashSet<>();
        keys.forEach(k -> BetaBuildsLive.resolve(app, k).ifPresent(b -> wanted.add(b.id())));
        Resource group = BetaLive.groupsByName(app).get(live.key().parent().name());
        List<String> current = group == null ? List.of() : buildsIn(app, group.id()).stream().map(Resource::id).toList();
        List<String> add = wanted.stream().filter(id -> !current.contains(id)).toList();
        List<ApiCall> calls = new ArrayList<>(GroupBuilds.add(live.id(), add));
        // Only keys shown as live can be missing from the desired list: numbers shown because pruning is on.
        Set<String> shownNumbers = Values.stringSet(live.attributes().get(ATTRIBUTE));
        List<String> remove = group == null ? List.of() : buildsIn(app, group.id()).stream()
                .filter(b -> !wanted.contains(b.id()) && shownNumbers.contains(LiveApp.text(b, "version")))
                .map(Resource::id).toList();
        calls.addAll(GroupBuilds.remove(live.id(), remove));
        return calls;
    }

    /**
     * Exported: each group's unexpired builds, by number, as the {@code builds} list of the group's item in
     * {@code groups} ({@code groups[name=QA]}), next to what {@link BetaGroupHandler} writes there. Never
     * {@code latest}: the number is what is in the group now, and {@code latest} would move with the next upload.
     */
    @Override
    public void readForExport(LiveApp app, Reads reads) {
        reads.getAll(List.of(BetaLive.appQuery(app.app().id()), BetaBuildsLive.query(app)));
    }

    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        List<ExportedObject> out = new ArrayList<>();
        BetaLive.groupsByName(app).forEach((name, group) -> {
            TreeSet<String> numbers = new TreeSet<>();
            buildsIn(app, group.id()).forEach(b -> numbers.add(LiveApp.text(b, "version")));
            if (!numbers.isEmpty()) {
                out.add(new ExportedObject(BetaLive.exportPath(label) + ".groups[name=" + name + "]",
                        Values.attributes(ATTRIBUTE, numbers)));
            }
        });
        return out;
    }

    private static List<Resource> buildsIn(LiveApp app, String groupId) {
        return BetaBuildsLive.builds(app).stream().filter(b -> BetaLive.groupIdsOf(b).contains(groupId)).toList();
    }

    private static Set<String> wantedIds(LiveApp app, BetaGroupSpec group) {
        Set<String> out = new LinkedHashSet<>();
        group.builds().forEach(k -> BetaBuildsLive.resolve(app, k).ifPresent(b -> out.add(b.id())));
        return out;
    }
}
