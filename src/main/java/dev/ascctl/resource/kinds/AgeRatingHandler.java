package dev.ascctl.resource.kinds;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.endpoint.UpdateAgeRatingDeclaration;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.Capability;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.store.AppSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The age rating declaration of the editable appInfo. Apple creates it; it can only be PATCHed.
 * <pre>
 * ageRating: {violenceCartoonOrFantasy: NONE, gambling: false}
 * </pre>
 */
public final class AgeRatingHandler implements ResourceHandler {
    private static final KindSpec SPEC = new KindSpec("ageRating", 1, Set.of(Capability.UPDATE), null);

    @Override
    public KindSpec spec() {
        return SPEC;
    }

    private static Address address(String bundleId) {
        return Address.app(bundleId).child("ageRating");
    }

    @Override
    public List<DesiredObject> desired(AppSpec app) {
        if (app.ageRating().values().isEmpty()) {
            return List.of();
        }
        return List.of(new DesiredObject(address(app.bundleId()), SPEC.name(), Handlers.storePath(app) + ".ageRating",
                app.ageRating().values(), Set.of(), app.mark()));
    }

    @Override
    public List<DesiredObject> export(LiveApp app, String label) {
        var declaration = app.editableAppInfo()
                .flatMap(info -> app.related(info, "ageRatingDeclaration"))
                .filter(list -> !list.isEmpty())
                .map(list -> list.get(0));
        if (declaration.isEmpty()) {
            return List.of();
        }
        // Unanswered questions stay out of the YAML: unmanaged, which the plan treats like Apple's null.
        Map<String, JsonNode> answered = Handlers.pickSet(declaration.get(), declaration.get().attributes().propertyNames());
        if (answered.isEmpty()) {
            return List.of();
        }
        return List.of(Handlers.exported(address(app.bundleId()), SPEC.name(), "apps." + label + ".ageRating",
                answered, Set.of()));
    }

    @Override
    public List<LiveObject> live(LiveApp app, AppSpec spec) {
        var info = app.editableAppInfo();
        if (info.isEmpty()) {
            return List.of();
        }
        var declarations = app.related(info.get(), "ageRatingDeclaration").orElse(List.of());
        if (declarations.isEmpty()) {
            return List.of();
        }
        var declaration = declarations.get(0);
        String blocked = LiveApp.isEditableAppInfo(info.get()) ? null
                : "the app information is " + LiveApp.text(info.get(), "state") + " and takes no edits";
        return List.of(new LiveObject(address(app.bundleId()), SPEC.name(), declaration.id(),
                Handlers.pick(declaration, spec.ageRating().values().keySet()), blocked));
    }

    @Override
    public List<ApiCall> update(DesiredObject desired, LiveObject live, Map<String, JsonNode> changed, LiveApp app) {
        return List.of(UpdateAgeRatingDeclaration.of(live.id(), Handlers.object(changed)));
    }
}
