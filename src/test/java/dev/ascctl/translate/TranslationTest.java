package dev.ascctl.translate;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.ascctl.provider.ChatModel;
import dev.ascctl.resource.registry.AllKinds;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.ContactDefaultsInput;
import dev.ascctl.store.KindRules;
import dev.ascctl.store.LoadResult;
import dev.ascctl.store.SecretResolver;
import dev.ascctl.store.Store;
import dev.ascctl.store.StoreLoader;
import dev.ascctl.store.TextLimits;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class TranslationTest {
    static final KindRules KINDS = AllKinds.registry().storeRules();
    static final String EN = """
            # yaml-language-server: $schema=../../../schema/locale.schema.json
            name: Notes Pro
            subtitle: Think in lists
            description: |
              Notes Pro keeps your thoughts in order.

              - Lists with checkboxes
              - Widgets, see https://example.com/widgets
            promotionalText: Now with widgets.
            keywords: [notes, lists, journal]
            supportUrl: https://example.com/support
            """;
    static final String FR = "# written by Marie\nname: Notes Pro\nsubtitle: Penser en listes\n";

    @TempDir
    Path root;
    WireMockServer model;
    Path locales;

    @BeforeEach
    void store() throws IOException {
        Path app = Files.createDirectories(root.resolve("apps/notes/locales"));
        Files.writeString(app.getParent().resolve("app.yaml"), """
                bundleId: com.example.notes
                platform: IOS
                primaryLocale: en-US
                version: {versionString: "2.0"}
                """);
        locales = app;
        Files.writeString(locales.resolve("en-US.yaml"), EN);
        Files.writeString(locales.resolve("fr-FR.yaml"), FR);
        model = new WireMockServer(wireMockConfig().dynamicPort());
        model.start();
    }

    @AfterEach
    void stop() {
        model.stop();
    }

    /** The model answers {@code fields} (name to text) for requests that mention {@code locale}. */
    void answer(String locale, Map<String, String> fields) {
        String json = JsonMapper.builder().build().writeValueAsString(fields);
        model.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("(" + locale + ")"))
                .willReturn(okJson(JsonMapper.builder().build().createObjectNode().set("choices",
                        JsonMapper.builder().build().createArrayNode().add(JsonMapper.builder().build()
                                .createObjectNode().set("message", JsonMapper.builder().build().createObjectNode()
                                        .put("content", "```json\n" + json + "\n```")))).toString())));
    }

    static Map<String, String> german(String subtitle) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", "Notes Pro");
        m.put("subtitle", subtitle);
        m.put("description", "Notes Pro hält deine Gedanken in Ordnung.\n\n- Listen mit Häkchen\n- Widgets, siehe"
                + " https://example.com/widgets");
        m.put("promotionalText", "Jetzt mit Widgets.");
        m.put("keywords", "notizen, listen,tagebuch");
        return m;
    }

    AppSpec app() {
        LoadResult result = StoreLoader.load(root, ContactDefaultsInput.none(), new SecretResolver(root, Map.of()),
                KINDS);
        assertThat(result.problems()).isEmpty();
        return result.store().apps().get(0);
    }

    Translation translation(List<String> glossary) {
        Map<String, Integer> limits = new LinkedHashMap<>(KINDS.limits().at(TextLimits.Place.LOCALE_APP_INFO));
        limits.putAll(KINDS.limits().at(TextLimits.Place.LOCALE_VERSION));
        return new Translation(app(), limits, new ChatModel(ChatModel.Api.OPENAI,
                URI.create("http://127.0.0.1:" + model.port() + "/v1"), "fake", null), "gpt", glossary, 2);
    }

    static TranslateRequest request(String... to) {
        return new TranslateRequest("en-US", List.of(to), List.of(), false, false);
    }

    @Test
    void writesANewLocaleWithProvenanceAndKeywordsAsASuggestionOnly() throws IOException {
        answer("de-DE", german("Denken in Listen"));

        Translation.Result result = translation(List.of("Notes Pro")).run(request("de-DE"));

        String de = Files.readString(locales.resolve("de-DE.yaml"));
        assertThat(de).startsWith("# yaml-language-server: $schema=../../../schema/locale.schema.json\nname: Notes Pro\n"
                + "subtitle: Denken in Listen\ndescription: |-\n  Notes Pro hält deine Gedanken in Ordnung.\n\n"
                + "  - Listen mit Häkchen\n").contains("promotionalText: Jetzt mit Widgets.\n")
                .contains("# ascctl translate suggests keywords: gpt, 23 of 100 characters; uncomment to accept\n"
                        + "# keywords: notizen,listen,tagebuch\n# ascctl translate: end\n")
                .doesNotContain("supportUrl");
        assertThat(Files.readString(locales.resolve("fr-FR.yaml"))).isEqualTo(FR);
        assertThat(Files.readString(locales.resolve("en-US.yaml"))).isEqualTo(EN);
        Provenance provenance = Provenance.read(locales);
        assertThat(provenance.get("de-DE", "subtitle")).isEqualTo(new Provenance.Entry("en-US",
                Provenance.hash("Think in lists"), Provenance.hash("Denken in Listen"), "gpt"));
        assertThat(provenance.get("de-DE", "keywords")).isNull();
        assertThat(result.outcomes()).extracting(o -> o.field() + " " + o.kind()).containsExactly("name WRITTEN",
                "subtitle WRITTEN", "description WRITTEN", "promotionalText WRITTEN", "keywords SUGGESTED");
        // The new file is a valid locale of the store, and no translation is stale.
        assertThat(app().locales().get("de-DE").appInfo().text("subtitle")).contains("Denken in Listen");
        assertThat(StaleTranslations.of(loadStore())).isEmpty();
        var body = model.getAllServeEvents().get(0).getRequest().getBodyAsString();
        assertThat(body).contains("Never translate these terms; keep them exactly as written: Notes Pro")
                .contains("\\\"limit\\\":30").contains("search terms");
    }

    @Test
    void aHandWrittenOrHandEditedFieldIsKeptUnlessForcedAndASourceEditIsStale() throws IOException {
        answer("de-DE", german("Denken in Listen"));
        answer("fr-FR", Map.of("description", "Notes Pro garde vos pensées en ordre.\n\n- Listes à cocher\n"
                + "- Widgets, voir https://example.com/widgets", "promotionalText", "Maintenant avec widgets.",
                "keywords", "notes,listes"));
        translation(List.of()).run(request("de-DE", "fr-FR"));
        assertThat(Files.readString(locales.resolve("fr-FR.yaml"))).startsWith(FR)
                .contains("promotionalText: Maintenant avec widgets.");

        Files.writeString(locales.resolve("de-DE.yaml"), Files.readString(locales.resolve("de-DE.yaml"))
                .replace("subtitle: Denken in Listen", "subtitle: Listen statt Chaos"));
        Files.writeString(locales.resolve("en-US.yaml"), EN.replace("Think in lists", "Lists for everything")
                .replace("Now with widgets.", "Now with widgets and tags."));
        assertThat(StaleTranslations.of(loadStore())).containsExactly(
                locales.resolve("de-DE.yaml") + ":3:1: subtitle: source changed since translation (en-US was"
                        + " edited after gpt translated it); refresh with: ascctl translate --app com.example.notes"
                        + " --from en-US --to de-DE --fields subtitle",
                locales.resolve("de-DE.yaml") + ":9:1: promotionalText: source changed since translation (en-US"
                        + " was edited after gpt translated it); refresh with: ascctl translate --app"
                        + " com.example.notes --from en-US --to de-DE --fields promotionalText",
                locales.resolve("fr-FR.yaml") + ":9:1: promotionalText: source changed since translation (en-US"
                        + " was edited after gpt translated it); refresh with: ascctl translate --app"
                        + " com.example.notes --from en-US --to fr-FR --fields promotionalText");

        model.resetAll();
        Map<String, String> again = new LinkedHashMap<>();
        again.put("promotionalText", "Jetzt mit Widgets und Schlagwörtern.");
        answer("de-DE", again);
        Translation.Result second = translation(List.of()).run(new TranslateRequest("en-US", List.of("de-DE"),
                List.of("subtitle", "promotionalText", "name"), false, false));
        assertThat(second.outcomes()).extracting(o -> o.field() + " " + o.kind() + " " + o.detail())
                .containsExactly("promotionalText WRITTEN 36 of 170 characters", "name KEPT up to date with its source",
                        "subtitle KEPT edited by hand after translation (--force to replace)");
        assertThat(Files.readString(locales.resolve("de-DE.yaml"))).contains("subtitle: Listen statt Chaos")
                .contains("promotionalText: Jetzt mit Widgets und Schlagwörtern.");

        model.resetAll();
        answer("de-DE", Map.of("subtitle", "Listen für alles"));
        translation(List.of()).run(new TranslateRequest("en-US", List.of("de-DE"), List.of("subtitle"), false, true));
        assertThat(Files.readString(locales.resolve("de-DE.yaml"))).contains("subtitle: Listen für alles\n");
    }

    @Test
    void anAnswerOverTheLimitIsAskedAgainWithTheCountThenLeftForAPersonNeverCut() throws IOException {
        String tooLong = "Denken in wunderbar langen Listen";   // 33 > 30
        answer("de-DE", Map.of("subtitle", tooLong));

        Translation.Result result = translation(List.of()).run(new TranslateRequest("en-US", List.of("de-DE"),
                List.of("subtitle"), false, false));

        assertThat(model.getAllServeEvents()).hasSize(2);
        model.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("yourAnswerLength\\\":33")).withRequestBody(containing("\\\"limit\\\":30")));
        assertThat(result.outcomes()).extracting(o -> o.kind() + " " + o.detail()).containsExactly(
                "NEEDS_PERSON 33 characters, Apple's limit is 30 (asked again with the limit): \"" + tooLong + "\"");
        // A new locale with nothing but a suggestion gets no file (a file of comments is no locale)...
        assertThat(locales.resolve("de-DE.yaml")).doesNotExist();
        assertThat(Provenance.read(locales).get("de-DE", "subtitle")).isNull();

        // ...an existing one gets the text as a commented suggestion for a person to shorten.
        model.resetAll();
        answer("fr-FR", Map.of("subtitle", "Penser en listes, vraiment longues"));
        translation(List.of()).run(new TranslateRequest("en-US", List.of("fr-FR"), List.of("subtitle"), false, true));
        assertThat(Files.readString(locales.resolve("fr-FR.yaml"))).isEqualTo(FR
                + "# ascctl translate suggests subtitle: gpt's text has 34 characters, Apple's limit is 30:"
                + " shorten it, then uncomment\n# subtitle: Penser en listes, vraiment longues\n"
                + "# ascctl translate: end\n");
        assertThat(app().locales().get("fr-FR").appInfo().text("subtitle")).contains("Penser en listes");
    }

    @Test
    void aRefusedAnswerWritesNothingForAnyLocale() {
        answer("de-DE", german("Denken in Listen"));
        Map<String, String> noName = german("Penser en listes");
        noName.put("description", "Notes garde vos pensées.\n\n- Listes\n- Widgets, voir https://example.com/widgets");
        answer("it", noName);

        assertThatThrownBy(() -> translation(List.of("Notes Pro")).run(request("de-DE", "it")))
                .isInstanceOf(Translation.RefusedException.class)
                .hasMessage("the answers of gpt were refused; nothing was written:\n  it description: the glossary"
                        + " term 'Notes Pro' is missing from the answer (it is never translated)");
        assertThat(locales.resolve("de-DE.yaml")).doesNotExist();
        assertThat(locales.resolve("it.yaml")).doesNotExist();
        assertThat(locales.resolve(Provenance.FILE)).doesNotExist();
    }

    @Test
    void anAnswerInTheWrongScriptIsRefused() {
        answer("ja", Map.of("subtitle", "Think in lists"));
        assertThatThrownBy(() -> translation(List.of()).run(new TranslateRequest("en-US", List.of("ja"),
                List.of("subtitle"), false, false))).hasMessageContaining("ja subtitle: the answer is not written"
                + " in ja's script (hiragana): 0 of 12 letters are");
    }

    @Test
    void aDryRunSendsAndWritesNothingAndCountsTheCharacters() {
        Translation.Result result = translation(List.of()).run(new TranslateRequest("en-US", List.of("de-DE", "ja"),
                List.of("subtitle", "promotionalText"), true, false));
        assertThat(model.getAllServeEvents()).isEmpty();
        assertThat(result.characters()).isEqualTo(2 * ("Think in lists".length() + "Now with widgets.".length()));
        assertThat(result.outcomes()).extracting(o -> o.locale() + " " + o.field() + " " + o.kind()).containsExactly(
                "de-DE subtitle WOULD_ASK", "de-DE promotionalText WOULD_ASK", "ja subtitle WOULD_ASK",
                "ja promotionalText WOULD_ASK");
        assertThat(locales.resolve("de-DE.yaml")).doesNotExist();
    }

    @Test
    void badInputIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> request("de-XX")).hasMessage("--to: 'de-XX' is not an App Store Connect locale"
                + " (did you mean de-DE?)");
        assertThatThrownBy(() -> new TranslateRequest("en-US", List.of("en-US"), List.of(), false, false))
                .hasMessageContaining("--to lists en-US");
        assertThatThrownBy(() -> translation(List.of()).run(new TranslateRequest("en-US", List.of("de-DE"),
                List.of("supportUrl"), false, false))).hasMessageContaining("--fields: 'supportUrl' is not a text");
        assertThatThrownBy(() -> translation(List.of()).run(new TranslateRequest("ja", List.of("de-DE"),
                List.of(), false, false))).hasMessageContaining("has no ja locale to translate from");
        assertThat(model.getAllServeEvents()).isEmpty();
    }

    @Test
    void purchaseAndBuildLocalizationsGetTheNewLocaleAndAPersonsEntryIsKept() throws IOException {
        Path app = locales.getParent();
        String purchases = """
                inAppPurchases:
                  - productId: com.example.notes.pro
                    inAppPurchaseType: NON_CONSUMABLE
                    referenceName: Pro
                    localizations:
                      en-US: {name: Notes Pro, description: "Every feature, forever."}
                      fr-FR: {name: Notes Pro, description: "Tout, pour toujours."}   # Marie's
                subscriptionGroups:
                  - referenceName: Plus
                    localizations:
                      en-US: {name: Notes Plus}
                """;
        Files.writeString(app.resolve("purchases.yaml"), purchases);
        Map<String, String> fields = new LinkedHashMap<>(german("Denken in Listen"));
        fields.put("purchases.yaml productId com.example.notes.pro name", "Notes Pro");
        fields.put("purchases.yaml productId com.example.notes.pro description", "Alles, für immer.");
        fields.put("purchases.yaml referenceName Plus name", "Notizen Plus");
        answer("de-DE", fields);
        answer("fr-FR", Map.of("description", "Notes Pro garde vos pensées en ordre.\n\n- Listes à cocher\n"
                + "- Widgets, voir https://example.com/widgets", "purchases.yaml referenceName Plus name", "Notes Plus"));

        Translation.Result result = new Translation(app(), limits(), KINDS.limits(), new ChatModel(
                ChatModel.Api.OPENAI, URI.create("http://127.0.0.1:" + model.port() + "/v1"), "fake", null), "gpt",
                List.of(), 2).run(new TranslateRequest("en-US", List.of("de-DE", "fr-FR"), List.of("name",
                "description"), false, false));

        // The subscription group's name too, now that its limit is declared (75).
        assertThat(Files.readString(app.resolve("purchases.yaml"))).isEqualTo(purchases.replace(
                "      fr-FR:", "      de-DE: {\"name\": \"Notes Pro\", \"description\": \"Alles, für immer.\"}\n"
                        + "      fr-FR:").replace("      en-US: {name: Notes Plus}\n", "      en-US: {name: Notes Plus}\n"
                + "      fr-FR: {\"name\": \"Notes Plus\"}\n      de-DE: {\"name\": \"Notizen Plus\"}\n"));
        assertThat(result.outcomes()).extracting(o -> o.locale() + " " + o.field() + " " + o.kind()).contains(
                "de-DE purchases.yaml productId com.example.notes.pro description WRITTEN",
                "fr-FR purchases.yaml productId com.example.notes.pro name KEPT",
                "de-DE purchases.yaml referenceName Plus name WRITTEN",
                "fr-FR purchases.yaml referenceName Plus name WRITTEN");
        assertThat(model.getAllServeEvents()).hasSize(2);   // one request per locale, purchases inside it
        assertThat(loadStore().apps().get(0).purchases()).isNotNull();
    }

    @Test
    void purchaseAndBuildLocalizationsHaveProvenanceAStaleWarningAndAHandEditIsKeptUnlessForced() throws IOException {
        Path app = locales.getParent();
        Files.writeString(app.resolve("purchases.yaml"), """
                inAppPurchases:
                  - productId: com.example.notes.pro
                    inAppPurchaseType: NON_CONSUMABLE
                    referenceName: Pro
                    localizations:
                      en-US: {name: Notes Pro, description: "Every feature, forever."}
                """);
        Files.writeString(app.resolve("testflight.yaml"), """
                builds:
                  - build: "245"
                    localizations:
                      en-US:
                        whatsNew: Try the new sync.
                """);
        String name = "purchases.yaml productId com.example.notes.pro name";
        String description = "purchases.yaml productId com.example.notes.pro description";
        String whatsNew = "testflight.yaml build 245 whatsNew";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Notes Pro");
        fields.put("description", german("").get("description"));
        fields.put(name, "Notes Pro");
        fields.put(description, "Alles, für immer.");
        fields.put(whatsNew, "Probiere die neue Synchronisierung.");
        answer("de-DE", fields);
        Translation.Result first = nested(false);
        assertThat(first.outcomes()).extracting(o -> o.field() + " " + o.kind())
                .contains(description + " WRITTEN", whatsNew + " WRITTEN");
        assertThat(Files.readString(app.resolve("purchases.yaml")))
                .contains("      de-DE: {\"name\": \"Notes Pro\", \"description\": \"Alles, für immer.\"}\n");
        assertThat(Files.readString(app.resolve("testflight.yaml")))
                .contains("      de-DE: {\"whatsNew\": \"Probiere die neue Synchronisierung.\"}\n");
        Provenance provenance = Provenance.read(locales);
        assertThat(provenance.get("de-DE", description)).isEqualTo(new Provenance.Entry("en-US",
                Provenance.hash("Every feature, forever."), Provenance.hash("Alles, für immer."), "gpt"));
        assertThat(provenance.get("de-DE", whatsNew)).isEqualTo(new Provenance.Entry("en-US",
                Provenance.hash("Try the new sync."), Provenance.hash("Probiere die neue Synchronisierung."), "gpt"));
        assertThat(Files.readString(locales.resolve(Provenance.FILE))).contains(whatsNew);
        assertThat(StaleTranslations.of(loadStore())).isEmpty();

        // The sources move on: each translated field is stale, at its key in its own file.
        Files.writeString(app.resolve("purchases.yaml"), Files.readString(app.resolve("purchases.yaml"))
                .replace("\"Every feature, forever.\"", "\"Every feature, for life.\""));
        Files.writeString(app.resolve("testflight.yaml"), Files.readString(app.resolve("testflight.yaml"))
                .replace("Try the new sync.", "Try sync and tags."));
        assertThat(StaleTranslations.of(loadStore())).containsExactly(
                app.resolve("purchases.yaml") + ":7:36: " + description + ": source changed since translation"
                        + " (en-US was edited after gpt translated it); refresh with: ascctl translate --app"
                        + " com.example.notes --from en-US --to de-DE --fields description",
                app.resolve("testflight.yaml") + ":6:15: " + whatsNew + ": source changed since translation"
                        + " (en-US was edited after gpt translated it); refresh with: ascctl translate --app"
                        + " com.example.notes --from en-US --to de-DE --fields whatsNew");

        // A person edits both translations: a second run keeps them; the untouched name is up to date.
        Files.writeString(app.resolve("purchases.yaml"), Files.readString(app.resolve("purchases.yaml"))
                .replace("Alles, für immer.", "Alles, ein Leben lang."));
        Files.writeString(app.resolve("testflight.yaml"), Files.readString(app.resolve("testflight.yaml"))
                .replace("Probiere die neue Synchronisierung.", "Teste Sync und Schlagwörter."));
        model.resetAll();
        Translation.Result second = nested(false);
        assertThat(second.outcomes()).extracting(o -> o.field() + " " + o.kind() + " " + o.detail()).contains(
                name + " KEPT up to date with its source",
                description + " KEPT edited by hand after translation (--force to replace)",
                whatsNew + " KEPT edited by hand after translation (--force to replace)");
        assertThat(model.getAllServeEvents()).isEmpty();
        assertThat(Files.readString(app.resolve("purchases.yaml"))).contains("Alles, ein Leben lang.");
        assertThat(Files.readString(app.resolve("testflight.yaml"))).contains("Teste Sync und Schlagwörter.");

        // --force replaces them, and the new record makes them current again.
        fields.put(description, "Alles, ein Leben lang, neu.");
        fields.put(whatsNew, "Probiere Sync und Schlagwörter.");
        answer("de-DE", fields);
        nested(true);
        assertThat(Files.readString(app.resolve("purchases.yaml"))).contains("Alles, ein Leben lang, neu.")
                .doesNotContain("\"Alles, ein Leben lang.\"");
        assertThat(Files.readString(app.resolve("testflight.yaml"))).contains("Probiere Sync und Schlagwörter.")
                .doesNotContain("Teste Sync");
        assertThat(StaleTranslations.of(loadStore())).isEmpty();
    }

    @Test
    void subscriptionGroupTextsAndTheBetaAppDescriptionAreTranslatedWithinTheirLimitsAndAPersonsNullIsKept()
            throws IOException {
        Path app = locales.getParent();
        String purchases = """
                subscriptionGroups:
                  - referenceName: Notes Plus
                    localizations:
                      en-US: {name: Notes Plus, customAppName: Notes Pro}
                      fr-FR: {name: Notes Plus, customAppName: null}   # the app's own name in France
                """;
        String testflight = """
                localizations:
                  en-US:
                    description: Try tomorrow's Notes today.
                    feedbackEmail: beta@example.com
                review:
                  contactEmail: ada@example.com
                """;
        Files.writeString(app.resolve("purchases.yaml"), purchases);
        Files.writeString(app.resolve("testflight.yaml"), testflight);
        String groupName = "purchases.yaml referenceName Notes Plus name";
        String customAppName = "purchases.yaml referenceName Notes Plus customAppName";
        String beta = "testflight.yaml app description";
        String tooLong = "Notizen Pro für Listen und Tagebuch";   // 35 > 30
        Map<String, String> de = new LinkedHashMap<>();
        de.put("name", "Notes Pro");
        de.put("description", german("").get("description"));
        de.put(groupName, "Notizen Plus");
        de.put(customAppName, tooLong);
        de.put(beta, "Probiere die Notizen von morgen schon heute.");
        answer("de-DE", de);
        answer("fr-FR", Map.of("description", "Notes Pro garde vos pensées en ordre.\n\n- Listes à cocher\n"
                + "- Widgets, voir https://example.com/widgets", beta, "Essayez les Notes de demain dès aujourd'hui."));

        Translation.Result result = new Translation(app(), limits(), KINDS.limits(), new ChatModel(
                ChatModel.Api.OPENAI, URI.create("http://127.0.0.1:" + model.port() + "/v1"), "fake", null), "gpt",
                List.of(), 2).run(new TranslateRequest("en-US", List.of("de-DE", "fr-FR"), List.of("name",
                "customAppName", "description"), false, false));

        assertThat(result.outcomes()).extracting(o -> o.locale() + " " + o.field() + " " + o.kind() + " " + o.detail())
                .contains("de-DE " + groupName + " WRITTEN 12 of 75 characters",
                        "de-DE " + customAppName + " NEEDS_PERSON 35 characters, Apple's limit is 30: \"" + tooLong
                                + "\"",
                        "de-DE " + beta + " WRITTEN 44 of 4000 characters",
                        "fr-FR " + groupName + " KEPT written by a person (--force to replace)",
                        "fr-FR " + customAppName + " KEPT cleared by a person with null (--force to replace)",
                        "fr-FR " + beta + " WRITTEN 44 of 4000 characters");
        // Over the limit: asked again with the limit and the count, then left for a person, never written or cut.
        model.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("yourAnswerLength\\\":35")));
        assertThat(Files.readString(app.resolve("purchases.yaml"))).isEqualTo(purchases.replace("      fr-FR:",
                "      de-DE: {\"name\": \"Notizen Plus\"}\n      fr-FR:"));
        assertThat(Files.readString(app.resolve("testflight.yaml"))).isEqualTo(testflight.replace("review:",
                "  fr-FR: {\"description\": \"Essayez les Notes de demain dès aujourd'hui.\"}\n"
                        + "  de-DE: {\"description\": \"Probiere die Notizen von morgen schon heute.\"}\nreview:"));
        assertThat(Provenance.read(locales).get("de-DE", beta)).isEqualTo(new Provenance.Entry("en-US",
                Provenance.hash("Try tomorrow's Notes today."),
                Provenance.hash("Probiere die Notizen von morgen schon heute."), "gpt"));
        assertThat(Provenance.read(locales).get("de-DE", customAppName)).isNull();
        app();   // validate: no problem
        assertThat(StaleTranslations.of(loadStore())).isEmpty();

        // The sources move on: stale at the field in each file.
        Files.writeString(app.resolve("purchases.yaml"), Files.readString(app.resolve("purchases.yaml"))
                .replace("en-US: {name: Notes Plus,", "en-US: {name: Notes Plus+,"));
        Files.writeString(app.resolve("testflight.yaml"), Files.readString(app.resolve("testflight.yaml"))
                .replace("Notes today.", "Notes, today."));
        assertThat(StaleTranslations.of(loadStore())).extracting(w -> w.substring(w.indexOf(app.getFileName()
                .toString())))
                .containsExactly("notes/purchases.yaml:5:15: " + groupName + ": source changed since translation"
                        + " (en-US was edited after gpt translated it); refresh with: ascctl translate --app"
                        + " com.example.notes --from en-US --to de-DE --fields name",
                        "notes/testflight.yaml:5:11: " + beta + ": source changed since translation"
                        + " (en-US was edited after gpt translated it); refresh with: ascctl translate --app"
                        + " com.example.notes --from en-US --to fr-FR --fields description",
                        "notes/testflight.yaml:6:11: " + beta + ": source changed since translation"
                        + " (en-US was edited after gpt translated it); refresh with: ascctl translate --app"
                        + " com.example.notes --from en-US --to de-DE --fields description");

        // With --force a person's entry is replaced field by field, and its explicit null stays.
        model.resetAll();
        Map<String, String> fr = new LinkedHashMap<>();
        fr.put("name", "Notes Pro");
        fr.put(groupName, "Notes Plus+");
        answer("fr-FR", fr);
        new Translation(app(), limits(), KINDS.limits(), new ChatModel(ChatModel.Api.OPENAI,
                URI.create("http://127.0.0.1:" + model.port() + "/v1"), "fake", null), "gpt", List.of(), 2)
                .run(new TranslateRequest("en-US", List.of("fr-FR"), List.of("name"), false, true));
        assertThat(Files.readString(app.resolve("purchases.yaml")))
                .contains("      fr-FR: {\"name\": \"Notes Plus+\", \"customAppName\": null}\n");
        assertThat(app().purchases()).isNotNull();
    }

    @Test
    void recordsOfListItemsFollowTheirNaturalKeyWhenLinesAreInsertedAboveThem() throws IOException {
        Path app = locales.getParent();
        // The natural keys written below the localizations, where a search upwards finds none.
        Files.writeString(app.resolve("purchases.yaml"), """
                inAppPurchases:
                  - localizations:
                      en-US: {name: Notes Pro, description: "Every feature, forever."}
                    productId: com.example.notes.pro
                    inAppPurchaseType: NON_CONSUMABLE
                    referenceName: Pro
                subscriptionGroups:
                  - localizations:
                      en-US: {name: Notes Plus}
                    referenceName: Plus
                """);
        Files.writeString(app.resolve("testflight.yaml"), """
                builds:
                  - localizations:
                      en-US: {whatsNew: Try the new sync.}
                    build: "245"
                """);
        String productName = "purchases.yaml productId com.example.notes.pro name";
        String productDescription = "purchases.yaml productId com.example.notes.pro description";
        String groupName = "purchases.yaml referenceName Plus name";
        String whatsNew = "testflight.yaml build 245 whatsNew";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Notes Pro");
        fields.put("description", german("").get("description"));
        fields.put(productName, "Notes Pro");
        fields.put(productDescription, "Alles, für immer.");
        fields.put(groupName, "Notizen Plus");
        fields.put(whatsNew, "Probiere die neue Synchronisierung.");
        answer("de-DE", fields);
        nested(false);
        assertThat(Provenance.read(locales).all().get("de-DE").keySet()).containsExactlyInAnyOrder("name",
                "description", productName, productDescription, groupName, whatsNew);
        assertThat(Files.readString(locales.resolve(Provenance.FILE))).doesNotContain("line");

        // Another product, comments and a group go in above each item: every record still names its field.
        Files.writeString(app.resolve("purchases.yaml"), """
                # What Notes sells.
                inAppPurchases:
                  - productId: com.example.notes.tip
                    inAppPurchaseType: CONSUMABLE
                    referenceName: Tip
                    localizations:
                      en-US: {name: Tip, description: Say thanks.}
                      de-DE: {name: Trinkgeld, description: Sag danke.}
                """ + Files.readString(app.resolve("purchases.yaml")).replace("inAppPurchases:\n", "")
                .replace("subscriptionGroups:\n", """
                subscriptionGroups:
                  - referenceName: Family
                    localizations:
                      en-US: {name: Notes Family}
                      de-DE: {name: Notizen Familie}
                """));
        Files.writeString(app.resolve("testflight.yaml"), """
                # Builds for the beta.
                builds:
                  - build: "244"
                  - build: "243"
                """ + Files.readString(app.resolve("testflight.yaml")).replace("builds:\n", ""));
        assertThat(StaleTranslations.of(loadStore())).isEmpty();
        model.resetAll();
        Translation.Result second = nested(false);
        assertThat(model.getAllServeEvents()).isEmpty();
        assertThat(second.outcomes()).extracting(o -> o.field() + " " + o.kind() + " " + o.detail()).contains(
                productName + " KEPT up to date with its source", productDescription + " KEPT up to date with its source",
                groupName + " KEPT up to date with its source", whatsNew + " KEPT up to date with its source");

        // A source edit now is stale at the field's new line.
        String moved = Files.readString(app.resolve("purchases.yaml")).replace("\"Every feature, forever.\"",
                "\"Every feature, for life.\"");
        Files.writeString(app.resolve("purchases.yaml"), moved);
        List<String> lines = moved.lines().toList();
        int line = lines.indexOf(lines.stream().filter(l -> l.contains("Alles, für immer.")).findFirst().orElseThrow());
        assertThat(line + 1).isEqualTo(11);
        assertThat(StaleTranslations.of(loadStore())).containsExactly(app.resolve("purchases.yaml") + ":11:"
                + (lines.get(line).indexOf("\"description\"") + 1) + ": " + productDescription + ": source changed"
                + " since translation (en-US was edited after gpt translated it); refresh with: ascctl translate --app"
                + " com.example.notes --from en-US --to de-DE --fields description");
    }

    @Test
    void acceptingAStaleFieldRecordsTheNewSourceWithoutAskingAndAHandEditStaysAPersons() throws IOException {
        Path app = locales.getParent();
        Files.writeString(app.resolve("purchases.yaml"), """
                inAppPurchases:
                  - productId: com.example.notes.pro
                    inAppPurchaseType: NON_CONSUMABLE
                    referenceName: Pro
                    localizations:
                      en-US: {name: Notes Pro, description: "Every feature, forever."}
                """);
        Map<String, String> fields = new LinkedHashMap<>(german("Denken in Listen"));
        fields.put("purchases.yaml productId com.example.notes.pro name", "Notes Pro");
        fields.put("purchases.yaml productId com.example.notes.pro description", "Alles, für immer.");
        answer("de-DE", fields);
        new Translation(app(), limits(), KINDS.limits(), new ChatModel(ChatModel.Api.OPENAI,
                URI.create("http://127.0.0.1:" + model.port() + "/v1"), "fake", null), "gpt", List.of(), 2)
                .run(request("de-DE"));
        // The sources move on; a person rewrites the German subtitle too.
        Files.writeString(locales.resolve("en-US.yaml"), EN.replace("Think in lists", "Lists for everything")
                .replace("Now with widgets.", "Now with widgets and tags."));
        Files.writeString(app.resolve("purchases.yaml"), Files.readString(app.resolve("purchases.yaml"))
                .replace("\"Every feature, forever.\"", "\"Every feature, for life.\""));
        Files.writeString(locales.resolve("de-DE.yaml"), Files.readString(locales.resolve("de-DE.yaml"))
                .replace("subtitle: Denken in Listen", "subtitle: Listen für alles"));
        assertThat(StaleTranslations.of(loadStore())).hasSize(3);
        String record = Files.readString(locales.resolve(Provenance.FILE));
        String german = Files.readString(locales.resolve("de-DE.yaml"));
        model.resetAll();

        // A dry run lists what it would accept and writes nothing.
        assertThat(StaleTranslations.accept(app(), List.of("de-DE"), List.of(), Optional.empty(), true))
                .extracting(StaleTranslations.Stale::key).containsExactly("subtitle", "promotionalText",
                        "purchases.yaml productId com.example.notes.pro description");
        assertThat(Files.readString(locales.resolve(Provenance.FILE))).isEqualTo(record);

        // --fields narrows it: the reviewed subtitle and product description, not promotionalText.
        List<StaleTranslations.Stale> accepted = StaleTranslations.accept(app(), List.of("de-DE"),
                List.of("subtitle", "description"), Optional.of("en-US"), false);
        assertThat(accepted).extracting(StaleTranslations.Stale::key).containsExactly("subtitle",
                "purchases.yaml productId com.example.notes.pro description");
        assertThat(model.getAllServeEvents()).isEmpty();
        assertThat(Files.readString(locales.resolve("de-DE.yaml"))).isEqualTo(german);
        assertThat(StaleTranslations.of(loadStore())).singleElement().asString()
                .contains("promotionalText: source changed since translation");
        Provenance provenance = Provenance.read(locales);
        assertThat(provenance.get("de-DE", "subtitle")).isEqualTo(new Provenance.Entry("en-US",
                Provenance.hash("Lists for everything"), Provenance.hash("Denken in Listen"), "gpt"));
        assertThat(provenance.get("de-DE", "purchases.yaml productId com.example.notes.pro description").source())
                .isEqualTo(Provenance.hash("Every feature, for life."));
        // Nothing is stale in another locale or from another source: nothing to accept, nothing written.
        assertThat(StaleTranslations.accept(app(), List.of("fr-FR"), List.of(), Optional.empty(), false)).isEmpty();
        assertThat(StaleTranslations.accept(app(), List.of("de-DE"), List.of(), Optional.of("fr-FR"), false)).isEmpty();

        // The accepted subtitle is still the person's (their edit, not translate's text): kept without --force.
        Translation.Result again = translation(List.of()).run(new TranslateRequest("en-US", List.of("de-DE"),
                List.of("subtitle"), false, false));
        assertThat(again.outcomes()).extracting(o -> o.field() + " " + o.kind() + " " + o.detail())
                .containsExactly("subtitle KEPT edited by hand after translation (--force to replace)");
    }

    @Test
    void anInAppEventsTextsAreTranslatedWithinTheirLimitsAndRecordedUnderTheEventsFile() throws IOException {
        Path events = Files.createDirectories(locales.getParent().resolve("events"));
        String event = """
                badge: SPECIAL_EVENT
                primaryLocale: en-US
                purpose: ATTRACT_NEW_USERS
                territorySchedules:
                  - territories: all
                    publishStart: 2027-03-01T09:00:00Z
                    eventStart: 2027-03-08T09:00:00Z
                    eventEnd: 2027-03-10T09:00:00Z
                localizations:
                  en-US:
                    name: Spring Sale
                    shortDescription: Half off
                    longDescription: Everything half off for a week.
                """;
        Files.writeString(events.resolve("spring-sale.yaml"), event);
        String name = "events/spring-sale.yaml event name";
        String shortDescription = "events/spring-sale.yaml event shortDescription";
        String longDescription = "events/spring-sale.yaml event longDescription";
        String tooLong = "Alles zum halben Preis, eine ganze Woche lang";   // 45 > 30
        Map<String, String> de = new LinkedHashMap<>();
        de.put("name", "Notes Pro");   // the app's, in the locale file
        de.put(name, tooLong);
        de.put(shortDescription, "Halber Preis");
        de.put(longDescription, "Eine Woche lang alles zum halben Preis.");
        answer("de-DE", de);

        Translation.Result result = new Translation(app(), limits(), KINDS.limits(), new ChatModel(
                ChatModel.Api.OPENAI, URI.create("http://127.0.0.1:" + model.port() + "/v1"), "fake", null), "gpt",
                List.of(), 2).run(new TranslateRequest("en-US", List.of("de-DE"), List.of("shortDescription",
                "longDescription", "name"), false, false));

        assertThat(result.outcomes()).extracting(o -> o.field() + " " + o.kind() + " " + o.detail()).contains(
                shortDescription + " WRITTEN 12 of 50 characters", longDescription + " WRITTEN 39 of 120 characters",
                name + " NEEDS_PERSON 45 characters, Apple's limit is 30: \"" + tooLong + "\"");
        assertThat(Files.readString(events.resolve("spring-sale.yaml"))).isEqualTo(event + "  de-DE: {"
                + "\"shortDescription\": \"Halber Preis\", \"longDescription\": \"Eine Woche lang alles zum halben"
                + " Preis.\"}\n");
        assertThat(Provenance.read(locales).get("de-DE", shortDescription)).isEqualTo(new Provenance.Entry("en-US",
                Provenance.hash("Half off"), Provenance.hash("Halber Preis"), "gpt"));
        app();   // validate: no problem
        assertThat(StaleTranslations.of(loadStore())).isEmpty();

        Files.writeString(events.resolve("spring-sale.yaml"), Files.readString(events.resolve("spring-sale.yaml"))
                .replace("shortDescription: Half off", "shortDescription: Half off, all week"));
        assertThat(StaleTranslations.of(loadStore())).containsExactly(events.resolve("spring-sale.yaml")
                + ":14:11: " + shortDescription + ": source changed since translation (en-US was edited after gpt"
                + " translated it); refresh with: ascctl translate --app com.example.notes --from en-US --to de-DE"
                + " --fields shortDescription");
    }

    /** de-DE's purchase and build localizations only (the locale file fields are left out). */
    Translation.Result nested(boolean force) {
        return new Translation(app(), limits(), KINDS.limits(), new ChatModel(ChatModel.Api.OPENAI,
                URI.create("http://127.0.0.1:" + model.port() + "/v1"), "fake", null), "gpt", List.of(), 2)
                .run(new TranslateRequest("en-US", List.of("de-DE"), List.of("name", "description", "whatsNew"),
                        false, force));
    }

    Map<String, Integer> limits() {
        Map<String, Integer> limits = new LinkedHashMap<>(KINDS.limits().at(TextLimits.Place.LOCALE_APP_INFO));
        limits.putAll(KINDS.limits().at(TextLimits.Place.LOCALE_VERSION));
        return limits;
    }

    Store loadStore() {
        return StoreLoader.load(root, ContactDefaultsInput.none(), new SecretResolver(root, Map.of()), KINDS).store();
    }
}
