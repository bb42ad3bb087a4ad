package dev.ascctl.resource.kinds.testflight;

import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.ExportCase;
import dev.ascctl.resource.kinds.KindCase;
import dev.ascctl.resource.kinds.KindTableTest;
import java.util.List;

/** What to Test per build and locale (testflight.yaml builds[].localizations): plan and import, by table. */
class BetaBuildLocalizationHandlerTest extends KindTableTest {
    static final String DE = "a096524d-f302-4017-9dcc-994d3383440e";

    @Override
    protected ResourceHandler<?> kind() {
        return new BetaBuildLocalizationHandler();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo: both created").expect(
                        "CREATE app[com.example.notes].betaBuild[245].locale[de-DE]",
                        "POST /v1/betaBuildLocalizations {'data':{'type':'betaBuildLocalizations','attributes':{'locale':'de-DE','whatsNew':'Lege das Notizen-Widget auf den Home-Bildschirm und sag uns, was fehlt.'},'relationships':{'build':{'data':{'type':'builds','id':'ec253db9-61de-4085-9279-337678131267'}}}}}",
                        "CREATE app[com.example.notes].betaBuild[245].locale[en-US]",
                        "POST /v1/betaBuildLocalizations {'data':{'type':'betaBuildLocalizations','attributes':{'locale':'en-US','whatsNew':'Add the Notes widget to your home screen and tell us what you miss.'},'relationships':{'build':{'data':{'type':'builds','id':'ec253db9-61de-4085-9279-337678131267'}}}}}"),
                KindCase.on("notes-after", "whatsNew changed")
                        .edit("apps/notes/testflight.yaml", "was fehlt.", "was dir fehlt.").expect(
                        "UPDATE app[com.example.notes].betaBuild[245].locale[de-DE]",
                        "PATCH /v1/betaBuildLocalizations/a096524d-f302-4017-9dcc-994d3383440e {'data':{'type':'betaBuildLocalizations','id':'a096524d-f302-4017-9dcc-994d3383440e','attributes':{'whatsNew':'Lege das Notizen-Widget auf den Home-Bildschirm und sag uns, was dir fehlt.'}}}"),
                KindCase.on("notes-after", "Apple lost de-DE: created again")
                        .live(f -> f.remove("betaBuildLocalizations", DE)).expect(
                        "CREATE app[com.example.notes].betaBuild[245].locale[de-DE]",
                        "POST /v1/betaBuildLocalizations {'data':{'type':'betaBuildLocalizations','attributes':{'locale':'de-DE','whatsNew':'Lege das Notizen-Widget auf den Home-Bildschirm und sag uns, was fehlt.'},'relationships':{'build':{'data':{'type':'builds','id':'9c333882-d58d-4ce5-9b1a-d2d69a52742f'}}}}}"),
                KindCase.on("notes-after", "a build Apple does not have: refused")
                        .edit("apps/notes/testflight.yaml", "  - build: \"245\"", "  - build: \"999\"").expect(
                        "BLOCKED app[com.example.notes].betaBuild[999].locale[de-DE]: build 999 does not exist for com.example.notes on IOS",
                        "BLOCKED app[com.example.notes].betaBuild[999].locale[en-US]: build 999 does not exist for com.example.notes on IOS"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(ExportCase.on("notes-after", "both locales of 245").expect(
                        "apps.notes.testflight.builds[build=245].localizations.de-DE {'whatsNew':'Lege das Notizen-Widget auf den Home-Bildschirm und sag uns, was fehlt.'}",
                        "apps.notes.testflight.builds[build=245].localizations.en-US {'whatsNew':'Add the Notes widget to your home screen and tell us what you miss.'}"),
                ExportCase.on("weather", "the adoption seed").expect(
                        "apps.notes.testflight.builds[build=412].localizations.en-US {'whatsNew':'Faster start.\\nPlease try the widget too.'}",
                        "apps.notes.testflight.builds[build=410].localizations.en-US {'whatsNew':'Try the rain radar.'}",
                        "apps.notes.testflight.builds[build=410].localizations.de-DE {'whatsNew':'Teste das Regenradar.'}"));
    }
}
