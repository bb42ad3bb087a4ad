package dev.ascctl.resource.kinds.testflight;

import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.StorePaths;
import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.testflight.GroupTesters;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.kinds.PartKey;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.BetaGroupSpec;
import dev.ascctl.store.TestFlightSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import dev.ascctl.resource.Values;

/**
 * The testers of one beta group ({@code app[x].betaGroup[QA].testers}), one sorted list of emails, changed
 * through {@code POST}/{@code DELETE /v1/betaGroups/{id}/relationships/betaTesters} in batches, never one
 * request per tester.
 * <ul>
 *   <li>Testers this apply creates join their groups in their own create request, so they count as members.</li>
 *   <li>Without {@code policy.prune.betaTesters}, members missing from testflight.yaml are not managed: the live
 *       list shows only the declared ones, so nothing is removed. With it, the live list is the whole group.</li>
 *   <li>A group this apply creates is written to through the placeholder of its id.</li>
 * </ul>
 */
public final class BetaGroupTestersHandler extends Kind<PartKey<BetaKeys.Group>> implements Updatable<PartKey<BetaKeys.Group>> {
    private static final KindSpec SPEC = new KindSpec("betaGroupTesters", 22, null);
    static final String ATTRIBUTE = "betaTesters";

    public BetaGroupTestersHandler() {
        super(SPEC);
    }

    private static PartKey<BetaKeys.Group> key(String bundleId, String group) {
        return new PartKey<>(new BetaKeys.Group(bundleId, group), "testers");
    }

    @Override
    public List<DesiredObject<PartKey<BetaKeys.Group>>> desired(AppSpec app) {
        List<DesiredObject<PartKey<BetaKeys.Group>>> out = new ArrayList<>();
        for (BetaGroupSpec group : app.testFlight().groups()) {
            out.add(desiredObject(key(app.bundleId(), group.name()), BetaLive.storePath(app) + ".groups."
                    + StorePaths.segment(group.name()), Values.attributes(ATTRIBUTE,
                    new TreeSet<>(app.testFlight().membersOf(group.name()))), group.mark()));
        }
        return out;
    }

    /**
     * Nothing of its own: membership is exported on each tester ({@code groups: [QA]}, see
     * {@link BetaTesterHandler#export}), from which {@link #desired} derives every group's list again.
     */
    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        return List.of();
    }

    @Override
    public List<LiveObject<PartKey<BetaKeys.Group>>> live(LiveApp app, AppSpec spec) {
        TestFlightSpec tf = spec.testFlight();
        Map<String, Resource> groups = BetaLive.groupsByName(app);
        Map<String, Resource> testers = BetaLive.testersByEmail(app);
        List<LiveObject<PartKey<BetaKeys.Group>>> out = new ArrayList<>();
        for (BetaGroupSpec group : tf.groups()) {
            Resource live = groups.get(group.name());
            List<String> declared = tf.membersOf(group.name());
            TreeSet<String> shown = new TreeSet<>();
            if (live != null) {
                testers.forEach((email, tester) -> {
                    if (BetaLive.groupIdsOf(tester).contains(live.id()) && (tf.pruneBetaTesters() || declared.contains(email))) {
                        shown.add(email);
                    }
                });
            }
            declared.stream().filter(email -> !testers.containsKey(email)).forEach(shown::add);
            String id = BetaGroupHandler.groupId(app, app.bundleId(), group.name());
            out.add(liveObject(key(app.bundleId(), group.name()), id, Values.attributes(ATTRIBUTE, shown), null));
        }
        return out;
    }

    @Override
    public List<ApiCall> update(DesiredObject<PartKey<BetaKeys.Group>> desired, LiveObject<PartKey<BetaKeys.Group>> live, Map<String, JsonNode> changed, LiveApp app) {
        Set<String> wanted = Values.stringSet(changed.get(ATTRIBUTE));
        Set<String> current = Values.stringSet(live.attributes().get(ATTRIBUTE));
        Map<String, Resource> testers = BetaLive.testersByEmail(app);
        // New testers are in "current": they join with their create.
        List<ApiCall> calls = new ArrayList<>(GroupTesters.add(live.id(), wanted.stream()
                .filter(email -> !current.contains(email)).map(email -> testers.get(email).id()).toList()));
        calls.addAll(GroupTesters.remove(live.id(), current.stream().filter(email -> !wanted.contains(email))
                .map(email -> testers.get(email).id()).toList()));
        return calls;
    }
}
