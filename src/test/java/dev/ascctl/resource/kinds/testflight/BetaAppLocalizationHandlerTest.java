package dev.ascctl.resource.kinds.testflight;

import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.ExportCase;
import dev.ascctl.resource.kinds.KindCase;
import dev.ascctl.resource.kinds.KindTableTest;
import java.util.List;

/** What testers read about the beta, per locale (testflight.yaml localizations:): plan and import, by table. */
class BetaAppLocalizationHandlerTest extends KindTableTest {
    static final String DE = "7da30770-d08c-4736-97f9-2eb1c2da6dd6";

    @Override
    protected ResourceHandler<?> kind() {
        return new BetaAppLocalizationHandler();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo: both created").expect(
                        "CREATE app[com.example.notes].betaLocale[de-DE]",
                        "POST /v1/betaAppLocalizations {'data':{'type':'betaAppLocalizations','attributes':{'locale':'de-DE','description':'Teste schon heute das Notes Pro von morgen, mit Widgets und Tagebuch.','feedbackEmail':'beta@example.com','privacyPolicyUrl':'https://example.com/de/privacy'},'relationships':{'app':{'data':{'type':'apps','id':'1500000000'}}}}}",
                        "CREATE app[com.example.notes].betaLocale[en-US]",
                        "POST /v1/betaAppLocalizations {'data':{'type':'betaAppLocalizations','attributes':{'locale':'en-US','description':'Try tomorrow's Notes Pro today. Widgets and the daily journal are new in this beta.','feedbackEmail':'beta@example.com','marketingUrl':'https://example.com','privacyPolicyUrl':'https://example.com/privacy'},'relationships':{'app':{'data':{'type':'apps','id':'1500000000'}}}}}"),
                KindCase.on("notes-after", "feedbackEmail changed: PATCH of it alone")
                        .edit("apps/notes/testflight.yaml", "    feedbackEmail: beta@example.com\n    privacyPolicyUrl: https://example.com/de/privacy",
                                "    feedbackEmail: beta@example.de\n    privacyPolicyUrl: https://example.com/de/privacy")
                        .expect(
                        "UPDATE app[com.example.notes].betaLocale[de-DE]",
                        "PATCH /v1/betaAppLocalizations/7da30770-d08c-4736-97f9-2eb1c2da6dd6 {'data':{'type':'betaAppLocalizations','id':'7da30770-d08c-4736-97f9-2eb1c2da6dd6','attributes':{'feedbackEmail':'beta@example.de'}}}"),
                KindCase.on("notes-after", "Apple lost de-DE: created again")
                        .live(f -> f.remove("betaAppLocalizations", DE)).expect(
                        "CREATE app[com.example.notes].betaLocale[de-DE]",
                        "POST /v1/betaAppLocalizations {'data':{'type':'betaAppLocalizations','attributes':{'locale':'de-DE','description':'Teste schon heute das Notes Pro von morgen, mit Widgets und Tagebuch.','feedbackEmail':'beta@example.com','privacyPolicyUrl':'https://example.com/de/privacy'},'relationships':{'app':{'data':{'type':'apps','id':'1500000000'}}}}}"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(ExportCase.on("notes-after", "both locales").expect(
                        "apps.notes.testflight.localizations.de-DE {'description':'Teste schon heute das Notes Pro von morgen, mit Widgets und Tagebuch.','feedbackEmail':'beta@example.com','privacyPolicyUrl':'https://example.com/de/privacy'}",
                        "apps.notes.testflight.localizations.en-US {'description':'Try tomorrow's Notes Pro today. Widgets and the daily journal are new in this beta.','feedbackEmail':'beta@example.com','marketingUrl':'https://example.com','privacyPolicyUrl':'https://example.com/privacy'}"),
                ExportCase.on("weather", "the adoption seed").expect(
                        "apps.notes.testflight.localizations.en-US {'description':'Try tomorrow's forecasts today.','feedbackEmail':'beta@example.com'}",
                        "apps.notes.testflight.localizations.de-DE {'description':'Die Vorhersagen von morgen schon heute.','feedbackEmail':'beta@example.com'}"));
    }
}
