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
import dev.ascctl.resource.kinds.AppKey;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.kinds.NamedKey;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Mark;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.StringNode;

/**
 * A treatment's localization ({@code ...treatment[<name>].locale[<locale>]}): one per locale the treatment has media
 * for, in its folder {@code experiments/<test>/<treatment>/screenshots/<locale>/} (or {@code previews/}). It carries
 * no text (Apple's has only its locale); its screenshot and preview sets are {@link TreatmentMediaHandler}. A live one
 * without media in the store is deleted only with {@code policy.prune.experiments}.
 */
public final class TreatmentLocalizationHandler extends Kind<NamedKey<NamedKey<NamedKey<AppKey>>>> implements
        Creatable<NamedKey<NamedKey<NamedKey<AppKey>>>>, Deletable<NamedKey<NamedKey<NamedKey<AppKey>>>> {
    private static final KindSpec SPEC = new KindSpec("experimentTreatmentLocalization", 32, ExperimentStore.KEY);

    public TreatmentLocalizationHandler() {
        super(SPEC);
    }

    @Override
    public List<DesiredObject<NamedKey<NamedKey<NamedKey<AppKey>>>>> desired(AppSpec app) {
        List<DesiredObject<NamedKey<NamedKey<NamedKey<AppKey>>>>> out = new ArrayList<>();
        for (ExperimentStore.Experiment e : ExperimentStore.experiments(app)) {
            for (ExperimentStore.Treatment t : e.treatments()) {
                NamedKey<NamedKey<AppKey>> treatment = ExperimentStore.treatmentKey(ExperimentStore.key(app, e.name()),
                        t.name());
                for (String locale : t.locales()) {
                    Mark origin = t.media().stream().filter(m -> m.locale().equals(locale)).findFirst()
                            .map(m -> Mark.startOf(m.folder().getParent())).orElse(t.mark());
                    out.add(new DesiredObject<>(ExperimentStore.localizationKey(treatment, locale), SPEC.name(),
                            ExperimentStore.storePath(app, e.name()) + ".treatments." + t.name() + ".locales." + locale,
                            Map.of("locale", StringNode.valueOf(locale)), Set.of(), origin));
                }
            }
        }
        return out;
    }

    @Override
    public List<LiveObject<NamedKey<NamedKey<NamedKey<AppKey>>>>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<NamedKey<NamedKey<NamedKey<AppKey>>>>> out = new ArrayList<>();
        for (ExperimentStore.Experiment e : ExperimentStore.experiments(spec)) {
            Optional<Resource> experiment = LiveExperiments.find(app, e.name());
            if (experiment.isEmpty()) {
                continue;
            }
            String locked = LiveExperiments.lockedReason(experiment.get());
            for (Resource t : LiveExperiments.treatments(app, experiment.get())) {
                NamedKey<NamedKey<AppKey>> treatment = ExperimentStore.treatmentKey(ExperimentStore.key(spec, e.name()),
                        LiveApp.text(t, "name"));
                for (Resource l : LiveExperiments.localizations(app, t)) {
                    out.add(new LiveObject<>(ExperimentStore.localizationKey(treatment, LiveApp.text(l, "locale")),
                            SPEC.name(), l.id(), Map.of("locale", StringNode.valueOf(LiveApp.text(l, "locale"))), locked));
                }
            }
        }
        return out;
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<NamedKey<NamedKey<NamedKey<AppKey>>>> desired, LiveApp app) {
        return LiveExperiments.find(app, desired.key().parent().parent().name()).map(LiveExperiments::lockedReason);
    }

    @Override
    public List<ApiCall> create(DesiredObject<NamedKey<NamedKey<NamedKey<AppKey>>>> desired, LiveApp app) {
        NamedKey<NamedKey<AppKey>> treatment = desired.key().parent();
        String treatmentId = LiveExperiments.find(app, treatment.parent().name()).stream()
                .flatMap(e -> LiveExperiments.treatments(app, e).stream())
                .filter(t -> treatment.name().equals(LiveApp.text(t, "name"))).map(Resource::id).findFirst()
                .orElse(IdReference.token(treatment.address()));
        return List.of(Experiments.createLocalization(treatmentId, desired.key().name()));
    }

    @Override
    public List<ApiCall> delete(LiveObject<NamedKey<NamedKey<NamedKey<AppKey>>>> live, LiveApp app) {
        return List.of(Experiments.deleteLocalization(live.id()));
    }
}
