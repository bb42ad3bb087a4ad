package dev.ascctl.resource.kinds;

import dev.ascctl.resource.ResourceHandler;
import java.util.List;

/** The app's own attributes (app.yaml top level): plan and import, by table. */
class AppHandlerTest extends KindTableTest {

    @Override
    protected ResourceHandler<?> kind() {
        return new AppHandler();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo: content rights declared").expect(
                        "UPDATE app[com.example.notes]",
                        "PATCH /v1/apps/1500000000 {'data':{'type':'apps','id':'1500000000','attributes':{'contentRightsDeclaration':'DOES_NOT_USE_THIRD_PARTY_CONTENT'}}}"),
                KindCase.on("notes-after", "content rights changed")
                        .edit("apps/notes/app.yaml", "contentRightsDeclaration: DOES_NOT_USE_THIRD_PARTY_CONTENT",
                                "contentRightsDeclaration: USES_THIRD_PARTY_CONTENT").expect(
                        "UPDATE app[com.example.notes]",
                        "PATCH /v1/apps/1500000000 {'data':{'type':'apps','id':'1500000000','attributes':{'contentRightsDeclaration':'USES_THIRD_PARTY_CONTENT'}}}"),
                KindCase.on("notes-after", "primary locale changed")
                        .edit("apps/notes/app.yaml", "primaryLocale: en-US", "primaryLocale: de-DE").expect(
                        "UPDATE app[com.example.notes]",
                        "PATCH /v1/apps/1500000000 {'data':{'type':'apps','id':'1500000000','attributes':{'primaryLocale':'de-DE'}}}"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(
                ExportCase.on("notes-after", "bundle id, platform, locale, content rights").expect(
                        "apps.notes {'bundleId':'com.example.notes','platform':'IOS','primaryLocale':'en-US','contentRightsDeclaration':'DOES_NOT_USE_THIRD_PARTY_CONTENT'}"),
                ExportCase.on("weather", "the adoption seed").expect(
                        "apps.notes {'bundleId':'com.example.weather','platform':'IOS','primaryLocale':'en-US','contentRightsDeclaration':'DOES_NOT_USE_THIRD_PARTY_CONTENT'}"));
    }
}
