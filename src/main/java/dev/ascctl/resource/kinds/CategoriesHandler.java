package dev.ascctl.resource.kinds;

import dev.ascctl.resource.BaseInclude;
import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.UpdateAppInfoCategories;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.IdAfterApply;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.ManualStep;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Mark;
import dev.ascctl.store.PlanTimeProblemException;
import dev.ascctl.store.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.StringNode;

/**
 * The app's categories: relationships of the editable appInfo to appCategories, by Apple's category ids.
 * <pre>
 * categories: {primary: PRODUCTIVITY, secondary: UTILITIES}
 * </pre>
 */
public final class CategoriesHandler extends Kind<PartKey<AppKey>> implements BaseInclude.Contributor, Updatable<PartKey<AppKey>> {
    private static final KindSpec SPEC = new KindSpec("categories", 1, null);
    /** The YAML's keys in Apple's order of the slots, so the YAML reads primary, its subcategories, then secondary. */
    static final List<String> SLOTS = List.of("primary", "primarySubcategoryOne", "primarySubcategoryTwo", "secondary",
            "secondarySubcategoryOne", "secondarySubcategoryTwo");

    public CategoriesHandler() {
        super(SPEC);
    }

    private static PartKey<AppKey> key(String bundleId) {
        return new PartKey<>(new AppKey(bundleId), "categories");
    }

    @Override
    public List<DesiredObject<PartKey<AppKey>>> desired(AppSpec app) {
        if (app.categories().values().isEmpty()) {
            return List.of();
        }
        // Marked at the first category cleared with null, the one value a plan may have to refuse (see update).
        Mark origin = app.categories().values().entrySet().stream().filter(e -> e.getValue().isNull())
                .map(e -> app.categories().marks().get(e.getKey())).filter(Objects::nonNull).findFirst()
                .orElse(app.mark());
        return List.of(desiredObject(key(app.bundleId()), Handlers.storePath(app) + ".categories",
                app.categories().values(), origin));
    }

    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        var info = app.editableAppInfo();
        if (info.isEmpty()) {
            return List.of();
        }
        Map<String, JsonNode> attributes = new LinkedHashMap<>();
        for (String key : SLOTS) {
            app.relatedIds(info.get(), relationship(key))
                    .filter(ids -> !ids.isEmpty())
                    .ifPresent(ids -> attributes.put(key, StringNode.valueOf(ids.get(0))));
        }
        if (attributes.isEmpty()) {
            return List.of();
        }
        return List.of(new ExportedObject("apps." + label + ".categories",
                attributes, Set.of()));
    }

    @Override
    public List<LiveObject<PartKey<AppKey>>> live(LiveApp app, AppSpec spec) {
        var info = app.editableAppInfo();
        if (info.isEmpty()) {
            return List.of();
        }
        Resource appInfo = info.get();
        Map<String, JsonNode> attributes = new LinkedHashMap<>();
        for (String key : SLOTS) {
            var ids = app.relatedIds(appInfo, relationship(key));
            // Not included means unknown, which must not read as "no category"; the reader always includes them.
            ids.ifPresent(list -> attributes.put(key,
                    list.isEmpty() ? NullNode.getInstance() : StringNode.valueOf(list.get(0))));
        }
        Optional<VersionKey> created = NewVersionCopies.created(spec, app);
        if (NewVersionCopies.copiedAppInfo(created, app).isPresent()) {
            // Apple makes an editable copy of the live app info with the version this apply creates: set them there.
            return List.of(LiveObject.copy(key(app.bundleId()), SPEC.name(), attributes, new IdAfterApply(
                    List.of(NewVersionCopies.editableAppInfo(created.get(), app)), List.of(created.get().address()))));
        }
        String blocked = LiveApp.isEditableAppInfo(appInfo) ? null
                : "the app information is " + LiveApp.text(appInfo, "state") + " and takes no edits until a new version is prepared";
        return List.of(liveObject(key(app.bundleId()), appInfo.id(), attributes, blocked));
    }

    /**
     * Every app needs a primary category before review (App Store Connect Help, "Required, localizable and
     * editable properties"). Only when the read included the relationship and it is empty: not included is unknown.
     */
    @Override
    public List<ManualStep> manualSteps(LiveApp app, AppSpec spec) {
        var info = app.editableAppInfo();
        if (info.isEmpty()) {
            return List.of();
        }
        var primary = app.relatedIds(info.get(), relationship("primary"));
        if (primary.isEmpty()) {
            return List.of();
        }
        JsonNode live = primary.get().isEmpty() ? NullNode.getInstance() : StringNode.valueOf(primary.get().get(0));
        if (!Handlers.unsetAfterApply(spec.categories(), "primary", live)) {
            return List.of();
        }
        return List.of(new ManualStep(key(app.bundleId()).address(),
                "choose the app's primary category, or set categories.primary in app.yaml",
                "App Store Connect → App Information → Category"));
    }

    /**
     * Sets the changed categories. A category cannot be cleared: the spec's {@code AppInfoUpdateRequest} takes an
     * {@code appCategories} linkage with an id, never null, and no other endpoint removes one. So {@code null} for a
     * category Apple has stops the plan at its line (a category Apple does not have is no change).
     */
    @Override
    public List<ApiCall> update(DesiredObject<PartKey<AppKey>> desired, LiveObject<PartKey<AppKey>> live, Map<String, JsonNode> changed, LiveApp app) {
        changed.entrySet().stream().filter(e -> e.getValue().isNull()).findFirst().ifPresent(e -> {
            throw new PlanTimeProblemException(new Problem(desired.origin(), "categories." + e.getKey()
                    + ": null would clear the category " + live.attributes().get(e.getKey()).asString()
                    + ", which Apple's API cannot do (it only sets a category to another one); remove it in App Store"
                    + " Connect (App Information → Category), or set another category here"));
        });
        Map<String, String> relationships = new LinkedHashMap<>();
        changed.forEach((key, value) -> relationships.put(relationship(key), value.asString()));
        return List.of(UpdateAppInfoCategories.of(live.id(), relationships));
    }

    /** Comes with the base read: the app info's category relationships. */
    @Override
    public List<BaseInclude> baseIncludes() {
        return SLOTS.stream().map(key -> BaseInclude.toOne(BaseInclude.BaseRead.APP_INFOS, relationship(key))).toList();
    }

    /** Apple's appInfo relationship of a YAML key: {@code primaryCategory} for {@code primary}, a subcategory's own name. */
    static String relationship(String key) {
        return key.equals("primary") || key.equals("secondary") ? key + "Category" : key;
    }

}
