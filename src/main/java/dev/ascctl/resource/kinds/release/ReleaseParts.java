package dev.ascctl.resource.kinds.release;

import dev.ascctl.resource.kinds.Handlers;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.IdReference;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.kinds.PartKey;
import dev.ascctl.resource.kinds.VersionHandler;
import dev.ascctl.resource.kinds.VersionKey;
import dev.ascctl.store.AppSpec;
import dev.ascctl.asc.Resource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** What the release kinds share: the version block's keys and the version they belong to. */
final class ReleaseParts {
    private ReleaseParts() {
    }

    /** The version block's value of {@code key}, when the YAML declares it (not null). */
    static Optional<JsonNode> declared(AppSpec app, String key) {
        if (!VersionHandler.hasVersion(app)) {
            return Optional.empty();
        }
        JsonNode value = app.version().values().get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /**
     * The desired object at {@code version[...].name} with the one attribute {@code key}, when there is a value
     * (from {@link #declared}); none otherwise.
     */
    static List<DesiredObject<PartKey<VersionKey>>> desired(AppSpec app, String name, String kind, String key,
                                                            Optional<JsonNode> value) {
        return value.map(v -> List.of(new DesiredObject<>(new PartKey<>(VersionHandler.key(app), name), kind,
                Handlers.storePath(app) + ".version", Map.of(key, v), Set.of(),
                app.version().marks().getOrDefault(key, app.mark())))).orElse(List.of());
    }

    /**
     * What {@code import} writes into app.yaml's version block for the version being prepared: {@code key: value},
     * nothing when the app has no such version.
     */
    static List<ExportedObject> exported(LiveApp app, String label, String key,
                                        java.util.function.Function<Resource, Optional<JsonNode>> value) {
        Optional<Resource> version = app.currentVersion();
        if (version.isEmpty()) {
            return List.of();
        }
        return value.apply(version.get())
                .map(v -> List.of(new ExportedObject("apps." + label + ".version", Map.of(key, v))))
                .orElse(List.of());
    }

    /** The id of the version being prepared, or the placeholder for the version this apply creates. */
    static String versionId(PartKey<VersionKey> object, LiveApp app) {
        return app.currentVersion().map(dev.ascctl.asc.Resource::id)
                .orElse(IdReference.token(object.parent().address()));
    }
}
