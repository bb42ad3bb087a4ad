package dev.ascctl.resource.kinds;

import dev.ascctl.resource.ResourceHandler;
import java.util.List;

/** The age rating declaration (app.yaml ageRating:): plan and import, by table. */
class AgeRatingHandlerTest extends KindTableTest {
    static final String EDITABLE = "6f264c61-08a6-4b20-ba6d-b50aef8e58ec";

    @Override
    protected ResourceHandler<?> kind() {
        return new AgeRatingHandler();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo: every answer is set").expect(
                        "UPDATE app[com.example.notes].ageRating",
                        "PATCH /v1/ageRatingDeclarations/50884216-0c17-4559-baab-1ad94b9d7111 {'data':{'type':'ageRatingDeclarations','id':'50884216-0c17-4559-baab-1ad94b9d7111','attributes':{'alcoholTobaccoOrDrugUseOrReferences':'NONE','contests':'NONE','gamblingSimulated':'NONE','medicalOrTreatmentInformation':'NONE','sexualContentGraphicAndNudity':'NONE','sexualContentOrNudity':'NONE','horrorOrFearThemes':'NONE','matureOrSuggestiveThemes':'NONE','violenceRealisticProlongedGraphicOrSadistic':'NONE','violenceCartoonOrFantasy':'NONE','violenceRealistic':'NONE','profanityOrCrudeHumor':'NONE','gambling':false,'lootBox':false,'messagingAndChat':false,'userGeneratedContent':false,'unrestrictedWebAccess':false,'advertising':false}}}"),
                KindCase.on("notes-after", "one answer changed: PATCH of it alone")
                        .edit("apps/notes/app.yaml", "contests: NONE", "contests: FREQUENT_OR_INTENSE").expect(
                        "UPDATE app[com.example.notes].ageRating",
                        "PATCH /v1/ageRatingDeclarations/7e9d3001-b76c-4c08-9095-cb2a24f31dbc {'data':{'type':'ageRatingDeclarations','id':'7e9d3001-b76c-4c08-9095-cb2a24f31dbc','attributes':{'contests':'FREQUENT_OR_INTENSE'}}}"),
                KindCase.on("notes-after", "an answer left out is not managed")
                        .edit("apps/notes/app.yaml", "  lootBox: false\n", "")
                        .live(f -> f.set("ageRatingDeclarations", "7e9d3001-b76c-4c08-9095-cb2a24f31dbc", "lootBox",
                                "true")).expect(),
                KindCase.on("notes-after", "only a live app info: the change is blocked")
                        .live(f -> f.remove("appInfos", EDITABLE))
                        .edit("apps/notes/app.yaml", "contests: NONE", "contests: FREQUENT_OR_INTENSE").expect(
                        "BLOCKED app[com.example.notes].ageRating: the app information is READY_FOR_DISTRIBUTION and takes no edits"),
                KindCase.on("notes-after", "only a live app info and the store's version created by this apply: the"
                                + " answers go to the declaration of the editable copy Apple makes, found after apply")
                        .live(f -> f.remove("appInfos", EDITABLE).remove("appStoreVersions",
                                CategoriesHandlerTest.VERSION_2_4))
                        .edit("apps/notes/app.yaml", "contests: NONE", "contests: FREQUENT_OR_INTENSE").expect(
                        "UPDATE app[com.example.notes].ageRating",
                        // The live declaration (copied) has no answers yet: every answer is sent.
                        "PATCH /v1/ageRatingDeclarations/{{after:id}} {'data':{'type':'ageRatingDeclarations','id':"
                                + "'{{after:id}}','attributes':{'alcoholTobaccoOrDrugUseOrReferences':'NONE','contests':"
                                + "'FREQUENT_OR_INTENSE','gamblingSimulated':'NONE','medicalOrTreatmentInformation':'NONE',"
                                + "'sexualContentGraphicAndNudity':'NONE','sexualContentOrNudity':'NONE','horrorOrFearThemes':"
                                + "'NONE','matureOrSuggestiveThemes':'NONE','violenceRealisticProlongedGraphicOrSadistic':"
                                + "'NONE','violenceCartoonOrFantasy':'NONE','violenceRealistic':'NONE','profanityOrCrudeHumor':"
                                + "'NONE','gambling':false,'lootBox':false,'messagingAndChat':false,'userGeneratedContent':"
                                + "false,'unrestrictedWebAccess':false,'advertising':false}}}"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(
                ExportCase.on("notes-after", "every answer").expect(
                        "apps.notes.ageRating {'advertising':false,'alcoholTobaccoOrDrugUseOrReferences':'NONE','contests':'NONE','gambling':false,'gamblingSimulated':'NONE','lootBox':false,'medicalOrTreatmentInformation':'NONE','messagingAndChat':false,'profanityOrCrudeHumor':'NONE','sexualContentGraphicAndNudity':'NONE','sexualContentOrNudity':'NONE','horrorOrFearThemes':'NONE','matureOrSuggestiveThemes':'NONE','unrestrictedWebAccess':false,'userGeneratedContent':false,'violenceCartoonOrFantasy':'NONE','violenceRealisticProlongedGraphicOrSadistic':'NONE','violenceRealistic':'NONE'}"),
                ExportCase.on("weather", "the adoption seed").expect(
                        "apps.notes.ageRating {'advertising':true,'gambling':false,'lootBox':false,'messagingAndChat':false,'profanityOrCrudeHumor':'INFREQUENT_OR_MILD','unrestrictedWebAccess':true,'userGeneratedContent':false,'violenceCartoonOrFantasy':'NONE','violenceRealistic':'NONE'}"));
    }
}
