package dev.ascctl.resource.kinds.experiments;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.experiments.Experiments;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.IdReference;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.kinds.AppKey;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.kinds.NamedKey;
import dev.ascctl.store.AppSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * A treatment of a test ({@code app[b].experiment[<test>].treatment[<name>]}) with its {@code appIconName} when the
 * YAML writes it. Made, changed and deleted only while the test may change ({@link LiveExperiments#isEditable});
 * otherwise listed apart with the reason. Only the treatments of tests the YAML declares are compared; a live one the
 * YAML does not list is deleted only with {@code policy.prune.experiments}.
 */
public final class TreatmentHandler extends Kind<NamedKey<NamedKey<AppKey>>> implements
        Creatable<NamedKey<NamedKey<AppKey>>>, Updatable<NamedKey<NamedKey<AppKey>>>,
        Deletable<NamedKey<NamedKey<AppKey>>> {
    static final String ICON = "appIconName";
    /** Its key, also an attribute: a treatment is made with its name. */
    static final String NAME = "name";
    private static final KindSpec SPEC = new KindSpec("experimentTreatment", 31, ExperimentStore.KEY);

    public TreatmentHandler() {
        super(SPEC, List.of(dev.ascctl.resource.AttributeSpec.of(NAME).immutable("the name is the treatment's key"),
                dev.ascctl.resource.AttributeSpec.of(ICON)));
    }

    @Override
    public List<DesiredObject<NamedKey<NamedKey<AppKey>>>> desired(AppSpec app) {
        List<DesiredObject<NamedKey<NamedKey<AppKey>>>> out = new ArrayList<>();
        for (ExperimentStore.Experiment e : ExperimentStore.experiments(app)) {
            NamedKey<AppKey> experiment = ExperimentStore.key(app, e.name());
            for (ExperimentStore.Treatment t : e.treatments()) {
                Map<String, JsonNode> attributes = new LinkedHashMap<>();
                attributes.put(NAME, StringNode.valueOf(t.name()));
                if (t.appIconName() != null) {
                    attributes.put(ICON, t.appIconName());
                }
                out.add(new DesiredObject<>(ExperimentStore.treatmentKey(experiment, t.name()), SPEC.name(),
                        ExperimentStore.storePath(app, e.name()) + ".treatments." + t.name(), attributes, Set.of(),
                        t.mark()));
            }
        }
        return out;
    }

    @Override
    public List<LiveObject<NamedKey<NamedKey<AppKey>>>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<NamedKey<NamedKey<AppKey>>>> out = new ArrayList<>();
        for (ExperimentStore.Experiment e : ExperimentStore.experiments(spec)) {
            Optional<Resource> experiment = LiveExperiments.find(app, e.name());
            if (experiment.isEmpty()) {
                continue;
            }
            String locked = LiveExperiments.lockedReason(experiment.get());
            for (Resource t : LiveExperiments.treatments(app, experiment.get())) {
                Map<String, JsonNode> attributes = new LinkedHashMap<>();
                attributes.put(NAME, t.attributes().path(NAME));
                attributes.put(ICON, t.attributes().path(ICON).isMissingNode()
                        ? JsonNodeFactory.instance.nullNode() : t.attributes().path(ICON));
                out.add(new LiveObject<>(ExperimentStore.treatmentKey(ExperimentStore.key(spec, e.name()),
                        LiveApp.text(t, "name")), SPEC.name(), t.id(), attributes, locked));
            }
        }
        return out;
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<NamedKey<NamedKey<AppKey>>> desired, LiveApp app) {
        return LiveExperiments.find(app, desired.key().parent().name()).map(LiveExperiments::lockedReason);
    }

    @Override
    public List<ApiCall> create(DesiredObject<NamedKey<NamedKey<AppKey>>> desired, LiveApp app) {
        String experiment = LiveExperiments.find(app, desired.key().parent().name()).map(Resource::id)
                .orElse(IdReference.token(desired.key().parent().address()));
        ObjectNode attributes = JsonNodeFactory.instance.objectNode();
        desired.attributes().forEach(attributes::set);
        return List.of(Experiments.createTreatment(experiment, attributes));
    }

    @Override
    public List<ApiCall> update(DesiredObject<NamedKey<NamedKey<AppKey>>> desired,
                                LiveObject<NamedKey<NamedKey<AppKey>>> live, Map<String, JsonNode> changed,
                                LiveApp app) {
        ObjectNode attributes = JsonNodeFactory.instance.objectNode();
        changed.forEach(attributes::set);
        return List.of(Experiments.updateTreatment(live.id(), attributes));
    }

    @Override
    public List<ApiCall> delete(LiveObject<NamedKey<NamedKey<AppKey>>> live, LiveApp app) {
        return List.of(Experiments.deleteTreatment(live.id()));
    }
}
