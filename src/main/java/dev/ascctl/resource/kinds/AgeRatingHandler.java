package dev.ascctl.resource.kinds;

import dev.ascctl.asc.Resource;
import dev.ascctl.resource.BaseInclude;
import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.endpoint.ResourceEndpoint;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.IdAfterApply;
import dev.ascctl.resource.KnownAfterApply;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.ManualStep;
import dev.ascctl.store.AppSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The age rating declaration of the editable appInfo. Apple creates it; it can only be PATCHed.
 * <pre>
 * ageRating: {violenceCartoonOrFantasy: NONE, gambling: false}
 * </pre>
 */
public final class AgeRatingHandler extends Kind<PartKey<AppKey>> implements BaseInclude.Contributor, Updatable<PartKey<AppKey>> {
    private static final KindSpec SPEC = new KindSpec("ageRating", 1, null);
    /**
     * The questions every age rating declaration must answer before review: the pre-2025 core. Apple's 2025
     * questions (advertising, messagingAndChat, ...) are optional so far, so they are not required here.
     * Source: App Store Connect Help, "Age ratings" and "Required, localizable and editable properties".
     */
    public static final List<String> REQUIRED_QUESTIONS = List.of("alcoholTobaccoOrDrugUseOrReferences", "contests",
            "gamblingSimulated", "medicalOrTreatmentInformation", "profanityOrCrudeHumor", "sexualContentGraphicAndNudity",
            "sexualContentOrNudity", "horrorOrFearThemes", "matureOrSuggestiveThemes", "violenceCartoonOrFantasy",
            "violenceRealisticProlongedGraphicOrSadistic", "violenceRealistic", "unrestrictedWebAccess", "gambling");

    public AgeRatingHandler() {
        super(SPEC);
    }

    private static PartKey<AppKey> key(String bundleId) {
        return new PartKey<>(new AppKey(bundleId), "ageRating");
    }

    @Override
    public List<DesiredObject<PartKey<AppKey>>> desired(AppSpec app) {
        if (app.ageRating().values().isEmpty()) {
            return List.of();
        }
        return List.of(desiredObject(key(app.bundleId()), Handlers.storePath(app) + ".ageRating",
                app.ageRating().values(), app.mark()));
    }

    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        // Unanswered questions stay out of the YAML: unmanaged, which the plan treats like Apple's null.
        Map<String, JsonNode> answered = declaration(app).map(d -> Handlers.pickSet(d, d.attributes().propertyNames()))
                .orElse(Map.of());
        return answered.isEmpty() ? List.of() : List.of(new ExportedObject("apps." + label + ".ageRating", answered));
    }

    @Override
    public List<LiveObject<PartKey<AppKey>>> live(LiveApp app, AppSpec spec) {
        var info = app.editableAppInfo();
        if (declaration(app).isEmpty()) {
            return List.of();
        }
        var declaration = declaration(app).get();
        Optional<VersionKey> created = NewVersionCopies.created(spec, app);
        if (NewVersionCopies.copiedAppInfo(created, app).isPresent()) {
            // Apple makes an editable copy of the live app info, with its own copy of the declaration, with the
            // version this apply creates: the answers are compared with the live ones and sent to the copy.
            var copiedInfo = NewVersionCopies.editableAppInfo(created.get(), app);
            var copied = KnownAfterApply.idOfOnly("id", "the age rating declaration of " + copiedInfo.description(),
                    ApiQuery.of("/v1/appInfos/" + copiedInfo.token() + "/ageRatingDeclaration"));
            return List.of(LiveObject.copy(key(app.bundleId()), SPEC.name(), Handlers.pick(declaration,
                    spec.ageRating().values().keySet()), new IdAfterApply(List.of(copiedInfo, copied),
                    List.of(created.get().address()))));
        }
        String blocked = LiveApp.isEditableAppInfo(info.get()) ? null
                : "the app information is " + LiveApp.text(info.get(), "state") + " and takes no edits";
        return List.of(liveObject(key(app.bundleId()), declaration.id(), Handlers.pick(declaration,
                spec.ageRating().values().keySet()), blocked));
    }

    /**
     * The required questions still unanswered after this apply (live answer, or the YAML's where it gives one).
     * Nothing when the declaration was not read: unknown is not unanswered. The read includes it without a
     * sparse fieldset, so an absent attribute is unanswered.
     */
    @Override
    public List<ManualStep> manualSteps(LiveApp app, AppSpec spec) {
        var declaration = declaration(app);
        if (declaration.isEmpty()) {
            return List.of();
        }
        List<String> unanswered = REQUIRED_QUESTIONS.stream()
                .filter(q -> Handlers.unsetAfterApply(spec.ageRating(), q, declaration.get().attributes().get(q)))
                .toList();
        if (unanswered.isEmpty()) {
            return List.of();
        }
        return List.of(new ManualStep(key(app.bundleId()).address(),
                "answer " + unanswered.size() + " of " + REQUIRED_QUESTIONS.size() + " age rating questions ("
                        + String.join(", ", unanswered) + "), or set them under ageRating in app.yaml",
                "App Store Connect → App Information → Age Rating"));
    }

    @Override
    public List<ApiCall> update(DesiredObject<PartKey<AppKey>> desired, LiveObject<PartKey<AppKey>> live, Map<String, JsonNode> changed, LiveApp app) {
        return List.of(ResourceEndpoint.of("ageRatingDeclarations").update(live.id(), changed));
    }

    /** The editable app info's declaration, as the base read included it. */
    private static Optional<Resource> declaration(LiveApp app) {
        return app.editableAppInfo().flatMap(info -> app.relatedOne(info, "ageRatingDeclaration"));
    }

    /** Comes with the base read: the app info's age rating declaration. */
    @Override
    public List<BaseInclude> baseIncludes() {
        return List.of(BaseInclude.toOne(BaseInclude.BaseRead.APP_INFOS, "ageRatingDeclaration"));
    }

}
