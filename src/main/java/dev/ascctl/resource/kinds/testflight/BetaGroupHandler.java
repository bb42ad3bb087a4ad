package dev.ascctl.resource.kinds.testflight;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.ResourceEndpoint;
import dev.ascctl.resource.AdoptionCheck;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.StorePaths;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.Values;
import dev.ascctl.resource.kinds.Handlers;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.BetaGroupSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A beta group, keyed by name ({@code app[x].betaGroup[QA]}).
 * <pre>
 * groups:
 *   - {name: QA, isInternalGroup: false, publicLinkEnabled: true, publicLinkLimit: 100}
 * </pre>
 * {@code isInternalGroup} and {@code hasAccessToAllBuilds} are create-only at Apple (absent from
 * {@code BetaGroupUpdateRequest}): a change to them is listed apart with the reason, never sent.
 */
public final class BetaGroupHandler extends BetaAppHandler<BetaKeys.Group> implements Creatable<BetaKeys.Group>, Updatable<BetaKeys.Group>, Deletable<BetaKeys.Group> {
    private static final ResourceEndpoint GROUPS = ResourceEndpoint.of("betaGroups");
    private static final KindSpec SPEC = new KindSpec("betaGroup", 20,
            "betaGroups");
    static final List<String> ATTRIBUTES = List.of("isInternalGroup", "hasAccessToAllBuilds", "publicLinkEnabled",
            "publicLinkLimitEnabled", "publicLinkLimit", "feedbackEnabled");
    private static final Set<String> CREATE_ONLY = Set.of("isInternalGroup", "hasAccessToAllBuilds");

    public BetaGroupHandler() {
        super(SPEC);
    }

    @Override
    public List<DesiredObject<BetaKeys.Group>> desired(AppSpec app) {
        List<DesiredObject<BetaKeys.Group>> out = new ArrayList<>();
        for (BetaGroupSpec group : app.testFlight().groups()) {
            Map<String, JsonNode> attributes = Values.attributes("name", group.name());
            attributes.putAll(group.attributes().values());
            out.add(desiredObject(new BetaKeys.Group(app.bundleId(), group.name()),
                    BetaLive.storePath(app) + ".groups." + StorePaths.segment(group.name()), attributes, group.mark()));
        }
        return out;
    }

    /** Every live group as an item of {@code groups}, with the attributes Apple has set. */
    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        List<ExportedObject> out = new ArrayList<>();
        BetaLive.groupsByName(app).forEach((name, group) -> out.add(new ExportedObject(BetaLive.exportPath(label)
                + ".groups[name=" + name + "]", Handlers.pickSet(group, ATTRIBUTES))));
        return out;
    }

    @Override
    public List<LiveObject<BetaKeys.Group>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<BetaKeys.Group>> out = new ArrayList<>();
        BetaLive.groupsByName(app).forEach((name, group) -> {
            Map<String, JsonNode> attributes = Values.attributes("name", group.attributes().get("name"));
            attributes.putAll(Handlers.pick(group, ATTRIBUTES));
            out.add(liveObject(new BetaKeys.Group(app.bundleId(), name), group.id(), attributes, null));
        });
        return out;
    }

    @Override
    public Optional<String> attributeRefusal(String attribute, DesiredObject<BetaKeys.Group> desired, LiveApp app) {
        if (CREATE_ONLY.contains(attribute) && BetaLive.groupsByName(app).containsKey(nameOf(desired))) {
            return Optional.of("Apple sets '" + attribute + "' only when a group is created; to change it, create"
                    + " a group under a new name and move the testers (or delete this one with policy.prune.betaGroups)");
        }
        return Optional.empty();
    }

    @Override
    public List<ApiCall> create(DesiredObject<BetaKeys.Group> desired, LiveApp app) {
        return List.of(GROUPS.create(desired.attributes(), Map.of("app", app.app().id())));
    }

    @Override
    public List<ApiCall> update(DesiredObject<BetaKeys.Group> desired, LiveObject<BetaKeys.Group> live, Map<String, JsonNode> changed, LiveApp app) {
        return List.of(GROUPS.update(live.id(), changed));
    }

    @Override
    public List<ApiCall> delete(LiveObject<BetaKeys.Group> live, LiveApp app) {
        return List.of(GROUPS.delete(live.id()));
    }

    @Override
    public Optional<AdoptionCheck> adoptionCheck(DesiredObject<BetaKeys.Group> desired, LiveApp app) {
        return Optional.of(new AdoptionCheck("/v1/apps/" + app.app().id() + "/betaGroups", "name", nameOf(desired)));
    }

    static String nameOf(DesiredObject<BetaKeys.Group> desired) {
        return desired.attributes().get("name").asString();
    }

    /** The group's id, or the placeholder of a group the same apply creates. */
    static String groupId(LiveApp app, String bundleId, String name) {
        Resource live = BetaLive.groupsByName(app).get(name);
        return live != null ? live.id() : dev.ascctl.resource.IdReference.token(new BetaKeys.Group(bundleId, name).address());
    }
}
