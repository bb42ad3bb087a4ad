package dev.ascctl.resource.kinds.testflight;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.testflight.CreateBetaTester;
import dev.ascctl.asc.endpoint.testflight.RemoveTesterFromApp;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.StorePaths;
import dev.ascctl.resource.Values;
import dev.ascctl.resource.kinds.Handlers;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.BetaTesterSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A beta tester of the app, keyed by email ({@code app[x].betaTester[jane@example.com]}).
 * <pre>
 * testers:
 *   - {email: jane@example.com, firstName: Jane, lastName: Doe, groups: [QA]}
 * </pre>
 * Created in its groups with one {@code POST /v1/betaTesters}; removed from the app only with
 * {@code policy.prune.betaTesters}. Apple has no PATCH for testers, so a changed name is listed in the plan as a
 * change Apple's API cannot make (the kind is not Updatable), never silently ignored.
 */
public final class BetaTesterHandler extends BetaAppHandler<BetaKeys.Tester> implements Creatable<BetaKeys.Tester>, Deletable<BetaKeys.Tester> {
    private static final KindSpec SPEC = new KindSpec("betaTester", 21,
            "betaTesters");
    private static final List<String> ATTRIBUTES = List.of("firstName", "lastName");

    public BetaTesterHandler() {
        super(SPEC);
    }

    @Override
    public List<DesiredObject<BetaKeys.Tester>> desired(AppSpec app) {
        List<DesiredObject<BetaKeys.Tester>> out = new ArrayList<>();
        for (BetaTesterSpec tester : app.testFlight().testers()) {
            Map<String, JsonNode> attributes = new LinkedHashMap<>(tester.attributes().values());
            attributes.put(GROUPS, Values.strings(tester.groups()));
            out.add(desiredObject(new BetaKeys.Tester(app.bundleId(), tester.email()),
                    BetaLive.storePath(app) + ".testers." + StorePaths.segment(tester.email()), attributes, tester.mark()));
        }
        return out;
    }

    /**
     * Every tester of the app as an item of {@code testers}, with the app's groups it is in: the one place the
     * YAML states membership ({@link BetaGroupTestersHandler} derives each group's list from it). A tester in no
     * group of this app (invited through a public link or to single builds) is written without {@code groups}.
     */
    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        List<ExportedObject> out = new ArrayList<>();
        BetaLive.testersByEmail(app).forEach((email, tester) -> {
            Map<String, JsonNode> attributes = Handlers.pickSet(tester, ATTRIBUTES);
            List<String> groups = groupNames(app, tester);
            if (!groups.isEmpty()) {
                attributes.put(GROUPS, Values.strings(groups));
            }
            out.add(new ExportedObject(BetaLive.exportPath(label) + ".testers[email=" + email + "]", attributes));
        });
        return out;
    }

    @Override
    public List<LiveObject<BetaKeys.Tester>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<BetaKeys.Tester>> out = new ArrayList<>();
        BetaLive.testersByEmail(app).forEach((email, tester) -> {
            Map<String, JsonNode> attributes = Values.attributes(GROUPS, groupNames(app, tester));
            attributes.putAll(Handlers.pick(tester, ATTRIBUTES));
            out.add(liveObject(new BetaKeys.Tester(app.bundleId(), email), tester.id(), attributes, null));
        });
        return out;
    }

    /**
     * Group membership is diffed by {@link BetaGroupTestersHandler} in batches; on a tester it is shown for
     * reading only (and sent once, with the tester's creation).
     */
    @Override
    public boolean sameValue(String attribute, JsonNode desired, JsonNode live) {
        return attribute.equals(GROUPS) || super.sameValue(attribute, desired, live);
    }

    /** One request creates the tester and puts it in its groups (ids of groups this apply creates are placeholders). */
    @Override
    public List<ApiCall> create(DesiredObject<BetaKeys.Tester> desired, LiveApp app) {
        ObjectNode attributes = JsonNodeFactory.instance.objectNode();
        attributes.put("email", desired.key().email());
        desired.attributes().forEach((name, value) -> {
            if (!name.equals(GROUPS)) {
                attributes.set(name, value);
            }
        });
        List<String> groupIds = groupsIn(desired).stream()
                .map(name -> BetaGroupHandler.groupId(app, app.bundleId(), name)).toList();
        return List.of(CreateBetaTester.of(attributes, groupIds));
    }

    @Override
    public List<ApiCall> delete(LiveObject<BetaKeys.Tester> live, LiveApp app) {
        return List.of(RemoveTesterFromApp.of(live.id(), app.app().id()));
    }

    /** The names of the app's groups the live tester is in, in the order Apple links them. */
    private static List<String> groupNames(LiveApp app, Resource tester) {
        Map<String, String> names = new LinkedHashMap<>();
        BetaLive.groupsByName(app).forEach((name, group) -> names.put(group.id(), name));
        return BetaLive.groupIdsOf(tester).stream().map(names::get).filter(Objects::nonNull).toList();
    }

    private static List<String> groupsIn(DesiredObject<BetaKeys.Tester> desired) {
        JsonNode groups = desired.attributes().get(GROUPS);
        return groups == null ? List.of() : groups.valueStream().map(JsonNode::asString).toList();
    }

    static final String GROUPS = "groups";
}
