package dev.ascctl.resource.kinds;

import dev.ascctl.resource.ResourceHandler;
import java.util.List;

/** Version text per locale (locales/&lt;locale&gt;.yaml: description, keywords, ...): plan and import, by table. */
class VersionLocalizationHandlerTest extends KindTableTest {
    static final String PREPARED = "ba1faad4-d686-44d2-83a0-6c377a222ce2";
    static final String RELEASED = "9c3f7064-8b4f-4066-8f4d-e787daafb2c1";
    static final String DE = "6d381259-f039-486b-b1f9-cd781ead6757";
    static final String EN = "cc60aa5a-1b50-4a33-8c82-8cf4318b4ca4";
    static final String FR = "3eb9dab6-e543-4c57-84e9-fad2c54c453d";

    @Override
    protected ResourceHandler<?> kind() {
        return new VersionLocalizationHandler();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo").expect(
                        "UPDATE app[com.example.notes].version[2.4.0].locale[de-DE]",
                        "PATCH /v1/appStoreVersionLocalizations/6ca5402e-b5a9-49ee-b5d1-583d90c922ae {'data':{'type':'appStoreVersionLocalizations','id':'6ca5402e-b5a9-49ee-b5d1-583d90c922ae','attributes':{'description':'Notizen Pro ordnet deine Gedanken.\\n\\nSchreib eine kurze Notiz, mach daraus eine Checkliste und finde sie mit der Volltextsuche\\nin Sekunden wieder. Alles wird über iCloud synchronisiert und bleibt privat: kein Konto, kein Tracking.\\n\\n- Listen mit Unterpunkten und Häkchen\\n- Widgets für Home- und Sperrbildschirm\\n- Schlagwörter, Anheften und ein tägliches Tagebuch\\n','keywords':'notizen,listen,tagebuch,checkliste,aufgaben,notizbuch,schreiben','whatsNew':'- Widgets für den Home-Bildschirm\\n- Schnellere Suche in langen Notizen\\n- Fehlerbehebungen\\n','supportUrl':'https://example.com/de/support','marketingUrl':'https://example.com/de'}}}",
                        "UPDATE app[com.example.notes].version[2.4.0].locale[en-US]",
                        "PATCH /v1/appStoreVersionLocalizations/adc20d0d-2946-4071-a05a-4e90305b27d9 {'data':{'type':'appStoreVersionLocalizations','id':'adc20d0d-2946-4071-a05a-4e90305b27d9','attributes':{'description':'Notes Pro keeps your thoughts in order.\\n\\nWrite a quick note, turn it into a checklist, and find it again in a second with full-text search.\\nEverything syncs through iCloud and stays private: no account, no tracking.\\n\\n- Lists with nested items and checkboxes\\n- Widgets for your home screen and lock screen\\n- Tags, pins and a daily journal\\n','keywords':'notes,lists,journal,checklist,todo,memo,notebook,writing','whatsNew':'- Home screen widgets\\n- Faster search in long notes\\n- Bug fixes\\n','supportUrl':'https://example.com/support','marketingUrl':'https://example.com'}}}",
                        "CREATE app[com.example.notes].version[2.4.0].locale[fr-FR]",
                        "POST /v1/appStoreVersionLocalizations {'data':{'type':'appStoreVersionLocalizations','attributes':{'locale':'fr-FR','description':'Notes Pro met de l'ordre dans vos idées.\\n\\nÉcrivez une note rapide, transformez-la en liste de contrôle et retrouvez-la en une seconde grâce à\\nla recherche plein texte. Tout se synchronise via iCloud et reste privé : ni compte, ni pistage.\\n\\n- Listes avec sous-éléments et cases à cocher\\n- Widgets pour l'écran d'accueil et l'écran verrouillé\\n- Étiquettes, épingles et un journal quotidien\\n','keywords':'notes,listes,journal,tâches,mémo,carnet,écriture','whatsNew':'- Widgets pour l'écran d'accueil\\n- Recherche plus rapide dans les longues notes\\n- Corrections de bugs\\n','supportUrl':'https://example.com/fr/support','marketingUrl':'https://example.com/fr'},'relationships':{'appStoreVersion':{'data':{'type':'appStoreVersions','id':'27dc3110-90c6-4ddb-a77c-5b8dcaff0cc1'}}}}}",
                        "CREATE app[com.example.notes].version[2.4.0].locale[ja]",
                        "POST /v1/appStoreVersionLocalizations {'data':{'type':'appStoreVersionLocalizations','attributes':{'locale':'ja','description':'ノート Pro は、あなたの考えを整理します。\\n\\nすばやくメモを書き、チェックリストに変え、全文検索で一瞬で見つけられます。\\nすべて iCloud で同期され、アカウントもトラッキングもなく、プライバシーは守られます。\\n\\n- サブ項目とチェックボックス付きのリスト\\n- ホーム画面とロック画面のウィジェット\\n- タグ、ピン留め、毎日の日記\\n','keywords':'メモ,ノート,リスト,日記,チェックリスト,やること,手帳','whatsNew':'- ホーム画面のウィジェット\\n- 長いノートの検索を高速化\\n- 不具合の修正\\n','supportUrl':'https://example.com/ja/support','marketingUrl':'https://example.com/ja'},'relationships':{'appStoreVersion':{'data':{'type':'appStoreVersions','id':'27dc3110-90c6-4ddb-a77c-5b8dcaff0cc1'}}}}}"),
                KindCase.on("notes-after", "keywords changed: PATCH of them alone, comma-joined")
                        .edit("apps/notes/locales/de-DE.yaml", "keywords: [notizen, listen,", "keywords: [notiz, listen,")
                        .expect(
                        "UPDATE app[com.example.notes].version[2.4.0].locale[de-DE]",
                        "PATCH /v1/appStoreVersionLocalizations/6d381259-f039-486b-b1f9-cd781ead6757 {'data':{'type':'appStoreVersionLocalizations','id':'6d381259-f039-486b-b1f9-cd781ead6757','attributes':{'keywords':'notiz,listen,tagebuch,checkliste,aufgaben,notizbuch,schreiben'}}}"),
                KindCase.on("notes-after", "promotionalText is ignored by store.yaml's policy")
                        .edit("apps/notes/locales/de-DE.yaml", "promotionalText: Jetzt", "promotionalText: Nun")
                        .expect(),
                KindCase.on("notes-after", "marketingUrl: null clears it")
                        .edit("apps/notes/locales/de-DE.yaml", "marketingUrl: https://example.com/de", "marketingUrl: null")
                        .expect(
                        "UPDATE app[com.example.notes].version[2.4.0].locale[de-DE]",
                        "PATCH /v1/appStoreVersionLocalizations/6d381259-f039-486b-b1f9-cd781ead6757 {'data':{'type':'appStoreVersionLocalizations','id':'6d381259-f039-486b-b1f9-cd781ead6757','attributes':{'marketingUrl':null}}}"),
                KindCase.on("notes-after", "whatsNew on the app's first version is refused, the rest goes")
                        .live(f -> f.remove("appStoreVersions", RELEASED))
                        .live(f -> f.set("appStoreVersionLocalizations", DE, "whatsNew", "null"))
                        .live(f -> f.set("appStoreVersionLocalizations", DE, "supportUrl", "null"))
                        .expect(
                        "UPDATE app[com.example.notes].version[2.4.0].locale[de-DE]",
                        "PATCH /v1/appStoreVersionLocalizations/6d381259-f039-486b-b1f9-cd781ead6757 {'data':{'type':'appStoreVersionLocalizations','id':'6d381259-f039-486b-b1f9-cd781ead6757','attributes':{'supportUrl':'https://example.com/de/support'}}}",
                        "BLOCKED app[com.example.notes].version[2.4.0].locale[de-DE]: Apple refuses whatsNew on an app's first version; it will be sent with the next version"),
                KindCase.on("notes-after", "a locale Apple lost is created")
                        .live(f -> f.remove("appStoreVersionLocalizations", DE)).expect(
                        "CREATE app[com.example.notes].version[2.4.0].locale[de-DE]",
                        "POST /v1/appStoreVersionLocalizations {'data':{'type':'appStoreVersionLocalizations','attributes':{'locale':'de-DE','description':'Notizen Pro ordnet deine Gedanken.\\n\\nSchreib eine kurze Notiz, mach daraus eine Checkliste und finde sie mit der Volltextsuche\\nin Sekunden wieder. Alles wird über iCloud synchronisiert und bleibt privat: kein Konto, kein Tracking.\\n\\n- Listen mit Unterpunkten und Häkchen\\n- Widgets für Home- und Sperrbildschirm\\n- Schlagwörter, Anheften und ein tägliches Tagebuch\\n','keywords':'notizen,listen,tagebuch,checkliste,aufgaben,notizbuch,schreiben','whatsNew':'- Widgets für den Home-Bildschirm\\n- Schnellere Suche in langen Notizen\\n- Fehlerbehebungen\\n','supportUrl':'https://example.com/de/support','marketingUrl':'https://example.com/de'},'relationships':{'appStoreVersion':{'data':{'type':'appStoreVersions','id':'ba1faad4-d686-44d2-83a0-6c377a222ce2'}}}}}"),
                KindCase.on("notes-after", "pruning on: a live locale the store lacks is deleted")
                        .file("apps/notes/locales/ja.yaml", null)
                        .edit("store.yaml", "locales: false", "locales: true").expect(
                        "DELETE app[com.example.notes].version[2.4.0].locale[ja] (it is not in the store and pruning is on for locales)",
                        "DELETE /v1/appStoreVersionLocalizations/41efbe7f-f88e-469e-b9c9-f1bcc1473aa9"),
                KindCase.on("notes-after", "the version is in review: changes are blocked")
                        .live(f -> f.set("appStoreVersions", PREPARED, "appVersionState", "\"IN_REVIEW\""))
                        .edit("apps/notes/locales/de-DE.yaml", "marketingUrl: https://example.com/de", "marketingUrl: null")
                        .expect(
                        "BLOCKED app[com.example.notes].version[2.4.0].locale[de-DE]: version 2.4.0 is IN_REVIEW; Apple takes no edits until it is rejected or removed from review"),
                KindCase.on("notes-after", "the store's version is created by this apply: each locale Apple copies from"
                                + " the released version gets what it does not copy (whatsNew) by PATCH of the copy,"
                                + " found after apply; ja, which it does not copy, is created under the new version")
                        .live(f -> f.remove("appStoreVersions", PREPARED).answerWith("/v1/appStoreVersions/" + RELEASED
                                + "/appStoreVersionLocalizations?limit=200", "appStoreVersionLocalizations/" + EN,
                                "appStoreVersionLocalizations/" + DE, "appStoreVersionLocalizations/" + FR))
                        .expect("UPDATE app[com.example.notes].version[2.4.0].locale[de-DE]",
                                "PATCH /v1/appStoreVersionLocalizations/{{after:id}} {'data':{'type':"
                                        + "'appStoreVersionLocalizations','id':'{{after:id}}','attributes':{'whatsNew':"
                                        + "'- Widgets für den Home-Bildschirm\\n- Schnellere Suche in langen Notizen\\n"
                                        + "- Fehlerbehebungen\\n'}}}",
                                "UPDATE app[com.example.notes].version[2.4.0].locale[en-US]",
                                "PATCH /v1/appStoreVersionLocalizations/{{after:id}} {'data':{'type':"
                                        + "'appStoreVersionLocalizations','id':'{{after:id}}','attributes':{'whatsNew':"
                                        + "'- Home screen widgets\\n- Faster search in long notes\\n- Bug fixes\\n'}}}",
                                "UPDATE app[com.example.notes].version[2.4.0].locale[fr-FR]",
                                "PATCH /v1/appStoreVersionLocalizations/{{after:id}} {'data':{'type':"
                                        + "'appStoreVersionLocalizations','id':'{{after:id}}','attributes':{'whatsNew':"
                                        + "'- Widgets pour l'écran d'accueil\\n- Recherche plus rapide dans les longues"
                                        + " notes\\n- Corrections de bugs\\n'}}}",
                                "CREATE app[com.example.notes].version[2.4.0].locale[ja]",
                                "POST /v1/appStoreVersionLocalizations {'data':{'type':'appStoreVersionLocalizations',"
                                        + "'attributes':{'locale':'ja','description':'ノート Pro は、あなたの考えを整理します。\\n\\n"
                                        + "すばやくメモを書き、チェックリストに変え、全文検索で一瞬で見つけられます。\\n"
                                        + "すべて iCloud で同期され、アカウントもトラッキングもなく、プライバシーは守られます。\\n\\n"
                                        + "- サブ項目とチェックボックス付きのリスト\\n- ホーム画面とロック画面のウィジェット\\n"
                                        + "- タグ、ピン留め、毎日の日記\\n','keywords':'メモ,ノート,リスト,日記,チェックリスト,やること,手帳',"
                                        + "'whatsNew':'- ホーム画面のウィジェット\\n- 長いノートの検索を高速化\\n- 不具合の修正\\n',"
                                        + "'supportUrl':'https://example.com/ja/support','marketingUrl':"
                                        + "'https://example.com/ja'},'relationships':{'appStoreVersion':{'data':{'type':"
                                        + "'appStoreVersions','id':'{{id:app[com.example.notes].version[2.4.0]}}'}}}}}"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(
                ExportCase.on("notes-after", "every locale of the prepared version").expect(
                        "apps.notes.locales.en-US {'description':'Notes Pro keeps your thoughts in order.\\n\\nWrite a quick note, turn it into a checklist, and find it again in a second with full-text search.\\nEverything syncs through iCloud and stays private: no account, no tracking.\\n\\n- Lists with nested items and checkboxes\\n- Widgets for your home screen and lock screen\\n- Tags, pins and a daily journal\\n','keywords':['notes','lists','journal','checklist','todo','memo','notebook','writing'],'whatsNew':'- Home screen widgets\\n- Faster search in long notes\\n- Bug fixes\\n','marketingUrl':'https://example.com','supportUrl':'https://example.com/support'}",
                        "apps.notes.locales.de-DE {'description':'Notizen Pro ordnet deine Gedanken.\\n\\nSchreib eine kurze Notiz, mach daraus eine Checkliste und finde sie mit der Volltextsuche\\nin Sekunden wieder. Alles wird über iCloud synchronisiert und bleibt privat: kein Konto, kein Tracking.\\n\\n- Listen mit Unterpunkten und Häkchen\\n- Widgets für Home- und Sperrbildschirm\\n- Schlagwörter, Anheften und ein tägliches Tagebuch\\n','keywords':['notizen','listen','tagebuch','checkliste','aufgaben','notizbuch','schreiben'],'whatsNew':'- Widgets für den Home-Bildschirm\\n- Schnellere Suche in langen Notizen\\n- Fehlerbehebungen\\n','marketingUrl':'https://example.com/de','supportUrl':'https://example.com/de/support'}",
                        "apps.notes.locales.ja {'description':'ノート Pro は、あなたの考えを整理します。\\n\\nすばやくメモを書き、チェックリストに変え、全文検索で一瞬で見つけられます。\\nすべて iCloud で同期され、アカウントもトラッキングもなく、プライバシーは守られます。\\n\\n- サブ項目とチェックボックス付きのリスト\\n- ホーム画面とロック画面のウィジェット\\n- タグ、ピン留め、毎日の日記\\n','keywords':['メモ','ノート','リスト','日記','チェックリスト','やること','手帳'],'whatsNew':'- ホーム画面のウィジェット\\n- 長いノートの検索を高速化\\n- 不具合の修正\\n','marketingUrl':'https://example.com/ja','supportUrl':'https://example.com/ja/support'}",
                        "apps.notes.locales.fr-FR {'description':'Notes Pro met de l'ordre dans vos idées.\\n\\nÉcrivez une note rapide, transformez-la en liste de contrôle et retrouvez-la en une seconde grâce à\\nla recherche plein texte. Tout se synchronise via iCloud et reste privé : ni compte, ni pistage.\\n\\n- Listes avec sous-éléments et cases à cocher\\n- Widgets pour l'écran d'accueil et l'écran verrouillé\\n- Étiquettes, épingles et un journal quotidien\\n','keywords':['notes','listes','journal','tâches','mémo','carnet','écriture'],'whatsNew':'- Widgets pour l'écran d'accueil\\n- Recherche plus rapide dans les longues notes\\n- Corrections de bugs\\n','marketingUrl':'https://example.com/fr','supportUrl':'https://example.com/fr/support'}"),
                ExportCase.on("weather", "the adoption seed").expect(
                        "apps.notes.locales.en-US {'description':'Weather Now shows the weather where you are.\\n\\n- Rain radar\\n- Minute forecasts','keywords':['weather','rain','radar','forecast'],'promotionalText':'Now with a rain radar.','whatsNew':'- Rain radar\\n- Faster start','marketingUrl':'https://example.com/weather','supportUrl':'https://example.com/weather/support'}",
                        "apps.notes.locales.de-DE {'description':'Wetter Jetzt zeigt das Wetter, wo du bist.','keywords':['wetter','regen','radar'],'whatsNew':'Regenradar.','supportUrl':'https://example.com/weather/de/support'}"));
    }
}
