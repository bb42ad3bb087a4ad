package dev.ascctl.resource.kinds.experiments;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.experiments.Experiments;
import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.OwnsStoreSection;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.StraightReads;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.kinds.AppKey;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.kinds.NamedKey;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.StoreSection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;

/**
 * A product page optimization test ({@code app[b].experiment[<name>]}, Apple's v2 experiment) from the app's
 * {@code experiments.yaml} ({@link ExperimentStore}): made with its name, platform and traffic proportion; the traffic
 * changes in place until the test is submitted for review (Apple locks it then, so a change is listed apart with the
 * reason). A live test the file does not list is deleted only with {@code policy.prune.experiments}, never while it
 * runs (stop it first: {@code state: stopped}). Its treatments, their localizations and media are kinds of their own;
 * its start and stop are {@link ExperimentStateHandler}.
 */
public final class ExperimentHandler extends Kind<NamedKey<AppKey>> implements OwnsStoreSection, StraightReads,
        StraightReads.ForExport, Creatable<NamedKey<AppKey>>, Updatable<NamedKey<AppKey>>, Deletable<NamedKey<AppKey>> {
    static final String TRAFFIC = "trafficProportion";
    static final String PLATFORM = "platform";
    private static final KindSpec SPEC = new KindSpec("experiment", 30, ExperimentStore.KEY);

    public ExperimentHandler() {
        super(SPEC, List.of(AttributeSpec.of(TRAFFIC),
                AttributeSpec.of(PLATFORM).immutable("Apple sets a test's platform when the test is made")));
    }

    @Override
    public StoreSection storeSection() {
        return ExperimentStore.section();
    }

    @Override
    public void read(LiveApp app, AppSpec spec, Reads reads) {
        LiveExperiments.read(app, spec, reads);
    }

    @Override
    public void readForExport(LiveApp app, Reads reads) {
        LiveExperiments.readAll(app, reads);
    }

    /**
     * Each live test as an item of {@code experiments.yaml}: traffic, the platform when not the app's, the state when
     * it runs or ran ({@code running}, {@code stopped}; a test not started stays {@code prepared}, so import never
     * starts one), and its treatments; their media are {@link TreatmentMediaHandler}'s.
     */
    @Override
    public List<dev.ascctl.resource.ExportedObject> export(LiveApp app, String label) {
        List<dev.ascctl.resource.ExportedObject> out = new ArrayList<>();
        for (Resource e : LiveExperiments.byName(app)) {
            Map<String, JsonNode> attributes = new LinkedHashMap<>();
            String platform = LiveApp.text(e, PLATFORM);
            if (platform != null && !platform.equals(app.platform())) {
                attributes.put(PLATFORM, StringNode.valueOf(platform));
            }
            attributes.put(TRAFFIC, e.attributes().path(TRAFFIC));
            String state = LiveExperiments.label(e);
            if (state.equals(ExperimentStore.RUNNING) || state.equals(ExperimentStore.STOPPED)) {
                attributes.put("state", StringNode.valueOf(state));
            }
            tools.jackson.databind.node.ArrayNode treatments = JsonNodeFactory.instance.arrayNode();
            for (Resource t : LiveExperiments.treatments(app, e)) {
                tools.jackson.databind.node.ObjectNode item = treatments.addObject().put("name", LiveApp.text(t, "name"));
                if (LiveApp.text(t, TreatmentHandler.ICON) != null) {
                    item.put(TreatmentHandler.ICON, LiveApp.text(t, TreatmentHandler.ICON));
                }
            }
            attributes.put("treatments", treatments);
            out.add(new dev.ascctl.resource.ExportedObject("apps." + label + "." + ExperimentStore.KEY + "."
                    + ExperimentStore.KEY + "[name=" + LiveApp.text(e, "name") + "]", attributes));
        }
        return out;
    }

    @Override
    public List<DesiredObject<NamedKey<AppKey>>> desired(AppSpec app) {
        List<DesiredObject<NamedKey<AppKey>>> out = new ArrayList<>();
        for (ExperimentStore.Experiment e : ExperimentStore.experiments(app)) {
            Map<String, JsonNode> attributes = new LinkedHashMap<>();
            attributes.put(TRAFFIC, IntNode.valueOf(e.trafficProportion()));
            attributes.put(PLATFORM, StringNode.valueOf(e.platform().isEmpty() ? app.platform() : e.platform()));
            out.add(new DesiredObject<>(ExperimentStore.key(app, e.name()), SPEC.name(),
                    ExperimentStore.storePath(app, e.name()), attributes, Set.of(), e.mark()));
        }
        return out;
    }

    @Override
    public List<LiveObject<NamedKey<AppKey>>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<NamedKey<AppKey>>> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Resource r : LiveExperiments.all(app)) {
            String name = LiveApp.text(r, "name");
            if (name == null || !seen.add(name)) {
                continue;
            }
            Resource chosen = LiveExperiments.find(app, name).orElse(r);
            Map<String, JsonNode> attributes = new LinkedHashMap<>();
            attributes.put(TRAFFIC, chosen.attributes().path(TRAFFIC));
            attributes.put(PLATFORM, chosen.attributes().path(PLATFORM));
            // Apple deletes neither a running test nor one App Review has [sandbox ExperimentRules]: stop it first.
            String blocked = LiveExperiments.isStarted(chosen) || LiveExperiments.WITH_REVIEW.contains(
                    LiveApp.text(chosen, "state")) ? "test '" + name + "' is " + LiveExperiments.label(chosen)
                    + "; stop it first (state: stopped)" : null;
            out.add(new LiveObject<>(ExperimentStore.key(spec, name), SPEC.name(), chosen.id(), attributes, blocked));
        }
        return out;
    }

    @Override
    public Optional<String> attributeRefusal(String attribute, DesiredObject<NamedKey<AppKey>> desired, LiveApp app) {
        if (!attribute.equals(TRAFFIC)) {
            return Optional.empty();
        }
        return LiveExperiments.find(app, desired.key().name()).filter(e -> !LiveExperiments.isEditable(e))
                .map(e -> "test '" + desired.key().name() + "' is " + LiveExperiments.label(e)
                        + "; Apple fixes its traffic proportion once it is submitted for review");
    }

    @Override
    public List<ApiCall> create(DesiredObject<NamedKey<AppKey>> desired, LiveApp app) {
        return List.of(Experiments.create(app.app().id(), desired.key().name(),
                desired.attributes().get(PLATFORM).asString(), desired.attributes().get(TRAFFIC).asInt()));
    }

    @Override
    public List<ApiCall> update(DesiredObject<NamedKey<AppKey>> desired, LiveObject<NamedKey<AppKey>> live,
                                Map<String, JsonNode> changed, LiveApp app) {
        if (!changed.containsKey(TRAFFIC)) {
            return List.of();
        }
        return List.of(Experiments.update(live.id(), JsonNodeFactory.instance.objectNode()
                .set(TRAFFIC, changed.get(TRAFFIC))));
    }

    @Override
    public List<ApiCall> delete(LiveObject<NamedKey<AppKey>> live, LiveApp app) {
        return List.of(Experiments.delete(live.id()));
    }
}
