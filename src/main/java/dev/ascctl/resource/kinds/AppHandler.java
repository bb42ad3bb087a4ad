package dev.ascctl.resource.kinds;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.endpoint.UpdateApp;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.ManualStep;
import dev.ascctl.store.AppSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * The app record itself: {@code primaryLocale} and {@code contentRightsDeclaration} from app.yaml.
 * Apple creates apps only in the web UI, so this kind is update-only.
 * <pre>
 * contentRightsDeclaration: DOES_NOT_USE_THIRD_PARTY_CONTENT
 * </pre>
 */
public final class AppHandler extends Kind<AppKey> implements Updatable<AppKey> {
    private static final KindSpec SPEC = new KindSpec("app", 0, null);
    private static final String CONTENT_RIGHTS = "contentRightsDeclaration";

    public AppHandler() {
        super(SPEC);
    }

    @Override
    public List<DesiredObject<AppKey>> desired(AppSpec app) {
        Map<String, JsonNode> attributes = new LinkedHashMap<>();
        attributes.put("primaryLocale", StringNode.valueOf(app.primaryLocale()));
        attributes.putAll(app.app().values());
        return List.of(desiredObject(new AppKey(app.bundleId()), Handlers.storePath(app), attributes, app.mark()));
    }

    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        Map<String, JsonNode> attributes = new LinkedHashMap<>();
        attributes.put("bundleId", StringNode.valueOf(app.bundleId()));
        attributes.put("platform", StringNode.valueOf(app.platform()));
        attributes.putAll(Handlers.pickSet(app.app(), List.of("primaryLocale", "contentRightsDeclaration")));
        return List.of(new ExportedObject("apps." + label, attributes,
                Set.of()));
    }

    @Override
    public List<LiveObject<AppKey>> live(LiveApp app, AppSpec spec) {
        var names = desired(spec).get(0).attributes().keySet();
        return List.of(liveObject(new AppKey(app.bundleId()), app.app().id(), Handlers.pick(app.app(), names), null));
    }

    /**
     * App Review requires the content rights declaration (App Store Connect Help, "Required, localizable and
     * editable properties"). The apps read asks for every attribute, so a null or absent value is unset.
     */
    @Override
    public List<ManualStep> manualSteps(LiveApp app, AppSpec spec) {
        if (!Handlers.unsetAfterApply(spec.app(), CONTENT_RIGHTS, app.app().attributes().get(CONTENT_RIGHTS))) {
            return List.of();
        }
        return List.of(new ManualStep(Address.app(app.bundleId()),
                "declare whether the app uses third-party content, or set " + CONTENT_RIGHTS + " in app.yaml",
                "App Store Connect → App Information → Content Rights"));
    }

    @Override
    public List<ApiCall> update(DesiredObject<AppKey> desired, LiveObject<AppKey> live, Map<String, JsonNode> changed, LiveApp app) {
        return List.of(UpdateApp.of(live.id(), Handlers.object(changed)));
    }
}
