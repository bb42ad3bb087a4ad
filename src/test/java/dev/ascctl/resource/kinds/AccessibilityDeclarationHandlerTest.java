package dev.ascctl.resource.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.endpoint.ResourceEndpoint;
import dev.ascctl.plan.Plan;
import dev.ascctl.plan.PlanOptions;
import dev.ascctl.plan.Planner;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveState;
import dev.ascctl.resource.ResourceKinds;
import dev.ascctl.store.ContactDefaultsInput;
import dev.ascctl.store.LoadResult;
import dev.ascctl.store.SecretResolver;
import dev.ascctl.store.Store;
import dev.ascctl.store.StoreLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The accessibility declaration kind, table-driven: what app.yaml says (read by the store through the kind's own
 * section) + what Apple has → the exact calls planned; its export; and the store refusing what the schema the kind
 * declares refuses.
 */
class AccessibilityDeclarationHandlerTest {
    static final AccessibilityDeclarationHandler HANDLER = new AccessibilityDeclarationHandler();
    static final String CREATE_PREFIX = "POST /v1/accessibilityDeclarations {\"data\":{\"type\":\"accessibilityDeclarations\","
            + "\"attributes\":";
    static final String CREATE_SUFFIX = ",\"relationships\":{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\"100\"}}}}}";
    static final String PUBLISH_NEW = "PATCH /v1/accessibilityDeclarations/{{id:app[com.example.notes].accessibility[IPHONE]}}"
            + " {\"data\":{\"type\":\"accessibilityDeclarations\",\"id\":\"{{id:app[com.example.notes].accessibility[IPHONE]}}\","
            + "\"attributes\":{\"publish\":true}}}";

    @TempDir
    Path root;

    static Stream<Arguments> cases() {
        String iphone = "accessibilityDeclarations:\n  IPHONE: {supportsVoiceover: true, supportsCaptions: false}\n";
        return Stream.of(
                Arguments.of("none live: a draft with the answers, then published", iphone, "",
                        List.of(CREATE_PREFIX + "{\"deviceFamily\":\"IPHONE\",\"supportsVoiceover\":true,"
                                + "\"supportsCaptions\":false}" + CREATE_SUFFIX, PUBLISH_NEW)),
                Arguments.of("published with the same answers: nothing", iphone,
                        live("d1", "IPHONE", "PUBLISHED", "\"supportsVoiceover\":true,\"supportsCaptions\":false"),
                        List.of()),
                Arguments.of("published with another answer: a new draft keeping the unwritten answers, published",
                        iphone, live("d1", "IPHONE", "PUBLISHED",
                                "\"supportsVoiceover\":false,\"supportsCaptions\":false,\"supportsLargerText\":true"),
                        List.of(CREATE_PREFIX + "{\"deviceFamily\":\"IPHONE\",\"supportsCaptions\":false,"
                                + "\"supportsLargerText\":true,\"supportsVoiceover\":true}" + CREATE_SUFFIX, PUBLISH_NEW)),
                Arguments.of("a draft with another answer: one PATCH of that answer that publishes it", iphone,
                        live("d1", "IPHONE", "PUBLISHED", "\"supportsVoiceover\":false")
                                + "," + live("d2", "IPHONE", "DRAFT", "\"supportsVoiceover\":false,\"supportsCaptions\":false"),
                        List.of("PATCH /v1/accessibilityDeclarations/d2 {\"data\":{\"type\":\"accessibilityDeclarations\","
                                + "\"id\":\"d2\",\"attributes\":{\"supportsVoiceover\":true,\"publish\":true}}}")),
                Arguments.of("a draft with the same answers: published", iphone,
                        live("d2", "IPHONE", "DRAFT", "\"supportsVoiceover\":true,\"supportsCaptions\":false"),
                        List.of("PATCH /v1/accessibilityDeclarations/d2 {\"data\":{\"type\":\"accessibilityDeclarations\","
                                + "\"id\":\"d2\",\"attributes\":{\"publish\":true}}}")),
                Arguments.of("a family the YAML does not name and replaced ones: left alone", iphone,
                        live("d1", "IPHONE", "PUBLISHED", "\"supportsVoiceover\":true,\"supportsCaptions\":false")
                                + "," + live("d0", "IPHONE", "REPLACED", "\"supportsVoiceover\":false")
                                + "," + live("d3", "IPAD", "PUBLISHED", "\"supportsVoiceover\":false"),
                        List.of()),
                Arguments.of("key left out: nothing, whatever is live", "",
                        live("d1", "IPHONE", "PUBLISHED", "\"supportsVoiceover\":false"), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void plansExactlyTheseCalls(String name, String yaml, String live, List<String> expected) throws IOException {
        Store store = load(yaml);
        LiveApp app = liveApp(live);

        Plan plan = new Planner(new ResourceKinds(List.of(HANDLER)), ref -> ref, Clock.systemUTC())
                .plan(store, new LiveState(Map.of("com.example.notes", app), 0), PlanOptions.all());

        assertThat(plan.changes().stream().flatMap(c -> c.calls().stream())
                .map(AccessibilityDeclarationHandlerTest::text)).containsExactlyElementsOf(expected);
        plan.changes().forEach(c -> assertThat(c.address().value())
                .isEqualTo("app[com.example.notes].accessibility[IPHONE]"));
    }

    @Test
    void exportsTheAnswersSetOfEachFamilysDraftOrPublishedDeclaration() {
        LiveApp app = liveApp(live("d1", "IPHONE", "PUBLISHED", "\"supportsVoiceover\":false")
                + "," + live("d2", "IPHONE", "DRAFT", "\"supportsVoiceover\":true")
                + "," + live("d3", "IPAD", "PUBLISHED", "\"supportsCaptions\":true"));
        assertThat(HANDLER.export(app, "notes")).singleElement().satisfies(e -> {
            assertThat(e.storePath()).isEqualTo("apps.notes");
            assertThat(e.attributes().get("accessibilityDeclarations").toString())
                    .isEqualTo("{\"IPHONE\":{\"supportsVoiceover\":true},\"IPAD\":{\"supportsCaptions\":true}}");
        });
        assertThat(HANDLER.export(liveApp(""), "notes")).isEmpty();
    }

    @Test
    void theStoreRefusesAnUnknownFamilyOrAnswerWithItsPlaceAndSuggestion() throws IOException {
        LoadResult result = loadResult("accessibilityDeclarations:\n  IPHONE: {supportsVoiceOver: true}\n"
                + "  PHONE: {supportsCaptions: true}\n");
        assertThat(result.problems()).extracting(p -> p.toString().replace(root + "/", "")).containsExactlyInAnyOrder(
                "apps/notes/app.yaml:5:3: unknown key 'PHONE' in accessibilityDeclarations (did you mean 'IPHONE'?)",
                "apps/notes/app.yaml:4:12: unknown key 'supportsVoiceOver' in accessibilityDeclarations.IPHONE"
                        + " (did you mean 'supportsVoiceover'?)");
    }

    private Store load(String yaml) throws IOException {
        LoadResult result = loadResult(yaml);
        assertThat(result.problems()).isEmpty();
        return result.store();
    }

    private LoadResult loadResult(String yaml) throws IOException {
        Path app = Files.createDirectories(root.resolve("apps/notes"));
        Files.writeString(app.resolve("app.yaml"), "bundleId: com.example.notes\nprimaryLocale: en-US\n" + yaml);
        Files.createDirectories(app.resolve("locales"));
        Files.writeString(app.resolve("locales/en-US.yaml"), "name: Notes\n");
        return StoreLoader.load(root, ContactDefaultsInput.none(), new SecretResolver(root, Map.of()),
                new ResourceKinds(List.of(HANDLER)).storeRules());
    }

    private static String live(String id, String family, String state, String answers) {
        return "{\"type\":\"accessibilityDeclarations\",\"id\":\"" + id + "\",\"attributes\":{\"deviceFamily\":\""
                + family + "\",\"state\":\"" + state + "\"," + answers + "}}";
    }

    private static String text(ApiCall call) {
        return call.method() + " " + call.path() + " " + call.body();
    }

    /** App 100 with its declarations read as Apple answers the list. */
    private static LiveApp liveApp(String declarations) {
        Document apps = Document.parse("""
                {"data":[{"type":"apps","id":"100","attributes":{"bundleId":"com.example.notes"}}],"links":{"self":"x"}}""");
        LiveApp app = new LiveApp("com.example.notes", "IOS", apps.data().get(0), List.of(), List.of(), List.of(),
                List.of());
        app.recordRead(ResourceEndpoint.of("accessibilityDeclarations").listUnder("apps", "100"),
                Document.parse("{\"data\":[" + declarations + "],\"links\":{\"self\":\"x\"}}"));
        return app;
    }
}
