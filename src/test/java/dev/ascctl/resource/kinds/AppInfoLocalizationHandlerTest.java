package dev.ascctl.resource.kinds;

import dev.ascctl.resource.ResourceHandler;
import java.util.List;

/** App-level text per locale (locales/&lt;locale&gt;.yaml: name, subtitle, privacy): plan and import, by table. */
class AppInfoLocalizationHandlerTest extends KindTableTest {
    static final String EDITABLE = "6f264c61-08a6-4b20-ba6d-b50aef8e58ec";
    static final String DE = "a862157f-cf44-4386-9f7a-9a6696969ba6";
    static final String NO_INFO = "the app has no app information that takes edits";
    static final String LIVE_INFO = "the app information is READY_FOR_DISTRIBUTION and takes no edits";

    @Override
    protected ResourceHandler<?> kind() {
        return new AppInfoLocalizationHandler();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo: two updated, two created").expect(
                        "UPDATE app[com.example.notes].locale[de-DE].info",
                        "PATCH /v1/appInfoLocalizations/65367404-a50b-4436-8ecb-5257b491520e {'data':{'type':"
                                + "'appInfoLocalizations','id':'65367404-a50b-4436-8ecb-5257b491520e','attributes':"
                                + "{'subtitle':'Denken in Listen','privacyPolicyUrl':'https://example.com/de/privacy'}}}",
                        "UPDATE app[com.example.notes].locale[en-US].info",
                        "PATCH /v1/appInfoLocalizations/6b291f8a-43e2-451c-8775-e56dc935679f {'data':{'type':"
                                + "'appInfoLocalizations','id':'6b291f8a-43e2-451c-8775-e56dc935679f','attributes':"
                                + "{'subtitle':'Think in lists','privacyPolicyUrl':'https://example.com/privacy'}}}",
                        "CREATE app[com.example.notes].locale[fr-FR].info",
                        "POST /v1/appInfoLocalizations {'data':{'type':'appInfoLocalizations','attributes':{'locale':"
                                + "'fr-FR','name':'Notes Pro','subtitle':'Penser en listes','privacyPolicyUrl':"
                                + "'https://example.com/fr/privacy'},'relationships':{'appInfo':{'data':{'type':"
                                + "'appInfos','id':'c8998837-dece-4327-945d-afd374793969'}}}}}",
                        "CREATE app[com.example.notes].locale[ja].info",
                        "POST /v1/appInfoLocalizations {'data':{'type':'appInfoLocalizations','attributes':{'locale':"
                                + "'ja','name':'ノート Pro','subtitle':'リストで考える','privacyPolicyUrl':"
                                + "'https://example.com/ja/privacy'},'relationships':{'appInfo':{'data':{'type':"
                                + "'appInfos','id':'c8998837-dece-4327-945d-afd374793969'}}}}}"),
                KindCase.on("notes-after", "subtitle changed: PATCH of it alone")
                        .edit("apps/notes/locales/de-DE.yaml", "subtitle: Denken in Listen", "subtitle: Listen denken")
                        .expect("UPDATE app[com.example.notes].locale[de-DE].info",
                                "PATCH /v1/appInfoLocalizations/" + DE + " {'data':{'type':'appInfoLocalizations','id':'"
                                        + DE + "','attributes':{'subtitle':'Listen denken'}}}"),
                KindCase.on("notes-after", "privacyPolicyUrl: null clears it")
                        .edit("apps/notes/locales/de-DE.yaml", "privacyPolicyUrl: https://example.com/de/privacy",
                                "privacyPolicyUrl: null")
                        .expect("UPDATE app[com.example.notes].locale[de-DE].info",
                                "PATCH /v1/appInfoLocalizations/" + DE + " {'data':{'type':'appInfoLocalizations','id':'"
                                        + DE + "','attributes':{'privacyPolicyUrl':null}}}"),
                KindCase.on("notes-after", "a key left out is not managed")
                        .edit("apps/notes/locales/de-DE.yaml", "subtitle: Denken in Listen\n", "")
                        .live(f -> f.set("appInfoLocalizations", DE, "subtitle", "\"Anders\""))
                        .expect(),
                KindCase.on("notes-after", "a locale Apple lost is created again under the editable app info")
                        .live(f -> f.remove("appInfoLocalizations", DE))
                        .expect("CREATE app[com.example.notes].locale[de-DE].info",
                                "POST /v1/appInfoLocalizations {'data':{'type':'appInfoLocalizations','attributes':"
                                        + "{'locale':'de-DE','name':'Notizen Pro','subtitle':'Denken in Listen',"
                                        + "'privacyPolicyUrl':'https://example.com/de/privacy'},'relationships':{'appInfo':"
                                        + "{'data':{'type':'appInfos','id':'" + EDITABLE + "'}}}}}"),
                KindCase.on("notes-after", "a locale without a name cannot be created")
                        .live(f -> f.remove("appInfoLocalizations", DE))
                        .edit("apps/notes/locales/de-DE.yaml", "name: Notizen Pro\n", "")
                        .expect("BLOCKED app[com.example.notes].locale[de-DE].info: Apple requires a name to add a"
                                + " locale; set 'name' in this locale's file"),
                KindCase.on("notes-after", "a live locale the store lacks stays (no pruning)")
                        .file("apps/notes/locales/ja.yaml", null)
                        .expect(),
                KindCase.on("notes-after", "a live locale the store lacks is deleted with pruning on")
                        .file("apps/notes/locales/ja.yaml", null)
                        .edit("store.yaml", "locales: false", "locales: true")
                        .expect("DELETE app[com.example.notes].locale[ja].info (it is not in the store and pruning is on"
                                        + " for locales)",
                                "DELETE /v1/appInfoLocalizations/f568925e-1c2b-49c1-82a3-631ed4349904"),
                KindCase.on("notes-after", "app info in review, none takes edits: every locale blocked, nothing sent")
                        .live(f -> f.set("appInfos", EDITABLE, "state", "\"IN_REVIEW\""))
                        .edit("apps/notes/locales/de-DE.yaml", "subtitle: Denken in Listen", "subtitle: Listen denken")
                        .expect("BLOCKED app[com.example.notes].locale[de-DE].info: " + NO_INFO,
                                "BLOCKED app[com.example.notes].locale[en-US].info: " + NO_INFO,
                                "BLOCKED app[com.example.notes].locale[fr-FR].info: " + NO_INFO,
                                "BLOCKED app[com.example.notes].locale[ja].info: " + NO_INFO),
                KindCase.on("notes-after", "only a live app info: a new locale is refused, not planned")
                        .live(f -> f.remove("appInfos", EDITABLE))
                        .expect("BLOCKED app[com.example.notes].locale[de-DE].info: " + LIVE_INFO,
                                "BLOCKED app[com.example.notes].locale[en-US].info: " + LIVE_INFO,
                                "BLOCKED app[com.example.notes].locale[fr-FR].info: " + LIVE_INFO,
                                "BLOCKED app[com.example.notes].locale[ja].info: " + LIVE_INFO),
                KindCase.on("notes-after", "only a live app info, and the store's version created by this apply: the"
                                + " copies Apple makes are patched, new locales created under the copy")
                        .live(f -> f.remove("appInfos", EDITABLE)
                                .remove("appStoreVersions", CategoriesHandlerTest.VERSION_2_4))
                        .expect("UPDATE app[com.example.notes].locale[de-DE].info",
                                "PATCH /v1/appInfoLocalizations/{{after:id}} {'data':{'type':'appInfoLocalizations','id':"
                                        + "'{{after:id}}','attributes':{'subtitle':'Denken in Listen','privacyPolicyUrl':"
                                        + "'https://example.com/de/privacy'}}}",
                                "UPDATE app[com.example.notes].locale[en-US].info",
                                "PATCH /v1/appInfoLocalizations/{{after:id}} {'data':{'type':'appInfoLocalizations','id':"
                                        + "'{{after:id}}','attributes':{'subtitle':'Think in lists','privacyPolicyUrl':"
                                        + "'https://example.com/privacy'}}}",
                                "CREATE app[com.example.notes].locale[fr-FR].info",
                                "POST /v1/appInfoLocalizations {'data':{'type':'appInfoLocalizations','attributes':{'locale':"
                                        + "'fr-FR','name':'Notes Pro','subtitle':'Penser en listes','privacyPolicyUrl':"
                                        + "'https://example.com/fr/privacy'},'relationships':{'appInfo':{'data':{'type':"
                                        + "'appInfos','id':'{{after:appInfo.id}}'}}}}}",
                                "CREATE app[com.example.notes].locale[ja].info",
                                "POST /v1/appInfoLocalizations {'data':{'type':'appInfoLocalizations','attributes':{'locale':"
                                        + "'ja','name':'ノート Pro','subtitle':'リストで考える','privacyPolicyUrl':"
                                        + "'https://example.com/ja/privacy'},'relationships':{'appInfo':{'data':{'type':"
                                        + "'appInfos','id':'{{after:appInfo.id}}'}}}}}"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(
                ExportCase.on("notes-after", "every locale of the editable app info, set keys only").expect(
                        "apps.notes.locales.en-US {'name':'Notes Pro','subtitle':'Think in lists','privacyPolicyUrl':"
                                + "'https://example.com/privacy'}",
                        "apps.notes.locales.de-DE {'name':'Notizen Pro','subtitle':'Denken in Listen',"
                                + "'privacyPolicyUrl':'https://example.com/de/privacy'}",
                        "apps.notes.locales.fr-FR {'name':'Notes Pro','subtitle':'Penser en listes','privacyPolicyUrl':"
                                + "'https://example.com/fr/privacy'}",
                        "apps.notes.locales.ja {'name':'ノート Pro','subtitle':'リストで考える','privacyPolicyUrl':"
                                + "'https://example.com/ja/privacy'}"),
                ExportCase.on("weather", "the adoption seed: the editable app info's, not the live one's").expect(
                        "apps.notes.locales.en-US {'name':'Weather Now','subtitle':'Forecasts by the minute',"
                                + "'privacyPolicyUrl':'https://example.com/weather/privacy'}",
                        "apps.notes.locales.de-DE {'name':'Wetter Jetzt','subtitle':'Vorhersagen minutengenau',"
                                + "'privacyPolicyUrl':'https://example.com/weather/de/privacy'}"),
                ExportCase.on("notes-after", "a locale removed live is not written")
                        .live(f -> f.remove("appInfoLocalizations", DE)).expect(
                        "apps.notes.locales.en-US {'name':'Notes Pro','subtitle':'Think in lists','privacyPolicyUrl':"
                                + "'https://example.com/privacy'}",
                        "apps.notes.locales.fr-FR {'name':'Notes Pro','subtitle':'Penser en listes','privacyPolicyUrl':"
                                + "'https://example.com/fr/privacy'}",
                        "apps.notes.locales.ja {'name':'ノート Pro','subtitle':'リストで考える','privacyPolicyUrl':"
                                + "'https://example.com/ja/privacy'}"));
    }
}
