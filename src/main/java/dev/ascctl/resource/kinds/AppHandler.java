package dev.ascctl.resource.kinds;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.endpoint.UpdateApp;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.Capability;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.ResourceHandler;
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
 */
public final class AppHandler implements ResourceHandler {
    private static final KindSpec SPEC = new KindSpec("app", 0, Set.of(Capability.UPDATE), null);

    @Override
    public KindSpec spec() {
        return SPEC;
    }

    @Override
    public List<DesiredObject> desired(AppSpec app) {
        Map<String, JsonNode> attributes = new LinkedHashMap<>();
        attributes.put("primaryLocale", StringNode.valueOf(app.primaryLocale()));
        attributes.putAll(app.app().values());
        return List.of(new DesiredObject(Address.app(app.bundleId()), SPEC.name(), Handlers.storePath(app),
                attributes, Set.of(), app.mark()));
    }

    @Override
    public List<DesiredObject> export(LiveApp app, String label) {
        Map<String, JsonNode> attributes = new LinkedHashMap<>();
        attributes.put("bundleId", StringNode.valueOf(app.bundleId()));
        attributes.put("platform", StringNode.valueOf(app.platform()));
        attributes.putAll(Handlers.pickSet(app.app(), List.of("primaryLocale", "contentRightsDeclaration")));
        return List.of(Handlers.exported(Address.app(app.bundleId()), SPEC.name(), "apps." + label, attributes,
                Set.of()));
    }

    @Override
    public List<LiveObject> live(LiveApp app, AppSpec spec) {
        var names = desired(spec).get(0).attributes().keySet();
        return List.of(new LiveObject(Address.app(app.bundleId()), SPEC.name(), app.app().id(),
                Handlers.pick(app.app(), names), null));
    }

    @Override
    public List<ApiCall> update(DesiredObject desired, LiveObject live, Map<String, JsonNode> changed, LiveApp app) {
        return List.of(UpdateApp.of(live.id(), Handlers.object(changed)));
    }
}
