package dev.ascctl.resource.kinds;

import dev.ascctl.resource.ResourceHandler;
import java.util.List;

/** The app's categories (app.yaml categories:): plan and import, by table. */
class CategoriesHandlerTest extends KindTableTest {
    static final String EDITABLE = "6f264c61-08a6-4b20-ba6d-b50aef8e58ec";
    static final String VERSION_2_4 = "ba1faad4-d686-44d2-83a0-6c377a222ce2";

    @Override
    protected ResourceHandler<?> kind() {
        return new CategoriesHandler();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo: the secondary category is set").expect(
                        "UPDATE app[com.example.notes].categories",
                        "PATCH /v1/appInfos/c8998837-dece-4327-945d-afd374793969 {'data':{'type':'appInfos','id':'c8998837-dece-4327-945d-afd374793969','relationships':{'secondaryCategory':{'data':{'type':'appCategories','id':'UTILITIES'}}}}}"),
                KindCase.on("notes-after", "primary changed: PATCH of it alone")
                        .edit("apps/notes/app.yaml", "primary: PRODUCTIVITY", "primary: BUSINESS").expect(
                        "UPDATE app[com.example.notes].categories",
                        "PATCH /v1/appInfos/6f264c61-08a6-4b20-ba6d-b50aef8e58ec {'data':{'type':'appInfos','id':'6f264c61-08a6-4b20-ba6d-b50aef8e58ec','relationships':{'primaryCategory':{'data':{'type':'appCategories','id':'BUSINESS'}}}}}"),
                KindCase.on("notes-after", "secondary: null while Apple has one: refused at its line")
                        .edit("apps/notes/app.yaml", "secondary: UTILITIES", "secondary: null")
                        .refused("apps/notes/app.yaml:8:3: categories.secondary: null would clear the category"
                                + " UTILITIES, which Apple's API cannot do (it only sets a category to another one);"
                                + " remove it in App Store Connect (App Information → Category), or set another"
                                + " category here"),
                KindCase.on("notes-before", "secondary: null and none live: no change")
                        .edit("apps/notes/app.yaml", "secondary: UTILITIES", "secondary: null").expect(),
                KindCase.on("notes-after", "categories left out: not managed")
                        .edit("apps/notes/app.yaml", "categories:", "categoriesX:")
                        .edit("apps/notes/app.yaml", "  primary: PRODUCTIVITY\n  secondary: UTILITIES\n", "")
                        .edit("apps/notes/app.yaml", "categoriesX:", "").expect(),
                KindCase.on("notes-after", "only a live app info: the change is blocked")
                        .live(f -> f.remove("appInfos", EDITABLE))
                        .edit("apps/notes/app.yaml", "primary: PRODUCTIVITY", "primary: BUSINESS").expect(
                        "BLOCKED app[com.example.notes].categories: the app information is READY_FOR_DISTRIBUTION and takes no edits until a new version is prepared"),
                KindCase.on("notes-after", "only a live app info and the store's version created by this apply: the"
                                + " change goes to the editable copy Apple makes with it, found after apply")
                        .live(f -> f.remove("appInfos", EDITABLE).remove("appStoreVersions", VERSION_2_4))
                        .edit("apps/notes/app.yaml", "primary: PRODUCTIVITY", "primary: BUSINESS").expect(
                        "UPDATE app[com.example.notes].categories",
                        "PATCH /v1/appInfos/{{after:appInfo.id}} {'data':{'type':'appInfos','id':'{{after:appInfo.id}}','relationships':{'primaryCategory':{'data':{'type':'appCategories','id':'BUSINESS'}},'secondaryCategory':{'data':{'type':'appCategories','id':'UTILITIES'}}}}}"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(
                ExportCase.on("notes-after", "primary and secondary").expect(
                        "apps.notes.categories {'primary':'PRODUCTIVITY','secondary':'UTILITIES'}"),
                ExportCase.on("weather", "a secondary with a subcategory").expect(
                        "apps.notes.categories {'primary':'WEATHER','secondary':'GAMES','secondarySubcategoryOne':'GAMES_PUZZLE'}"),
                ExportCase.on("notes-before", "primary only").expect(
                        "apps.notes.categories {'primary':'PRODUCTIVITY'}"));
    }
}
