package dev.ascctl.resource.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.endpoint.EndUserLicenseAgreements;
import dev.ascctl.plan.Plan;
import dev.ascctl.plan.PlanOptions;
import dev.ascctl.plan.Planner;
import dev.ascctl.plan.ResourceChange;
import dev.ascctl.resource.ExportedObject;
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
 * The EULA kind, table-driven: what app.yaml says (read by the store through the kind's own section) + what Apple
 * has → the exact calls planned; its export; and the store refusing what the kind's section refuses.
 */
class EndUserLicenseAgreementHandlerTest {
    final EndUserLicenseAgreementHandler handler = new EndUserLicenseAgreementHandler();

    @TempDir
    Path root;

    static String custom(String text, String... territories) {
        return "eula: {agreementText: " + text + ", territories: [" + String.join(", ", territories) + "]}\n";
    }

    static final String STANDARD = "eula: null\n";
    static final String UNMANAGED = "";

    /** Live EULA {@code e1} with this text and territories, or none when text is null. */
    record Live(String text, String... territories) {
        static final Live NONE = new Live(null);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("none live: one POST with text, app and territories", custom("Terms", "USA", "GBR"), Live.NONE,
                        List.of("POST /v1/endUserLicenseAgreements {\"data\":{\"type\":\"endUserLicenseAgreements\","
                                + "\"attributes\":{\"agreementText\":\"Terms\"},\"relationships\":{\"app\":{\"data\":"
                                + "{\"type\":\"apps\",\"id\":\"100\"}},\"territories\":{\"data\":[{\"type\":\"territories\","
                                + "\"id\":\"GBR\"},{\"type\":\"territories\",\"id\":\"USA\"}]}}}}")),
                Arguments.of("same text and territories in another order: nothing", custom("Terms", "USA", "GBR"),
                        new Live("Terms", "GBR", "USA"), List.of()),
                Arguments.of("text changed: PATCH of the text only", custom("New terms", "USA", "GBR"),
                        new Live("Terms", "GBR", "USA"),
                        List.of("PATCH /v1/endUserLicenseAgreements/e1 {\"data\":{\"type\":\"endUserLicenseAgreements\","
                                + "\"id\":\"e1\",\"attributes\":{\"agreementText\":\"New terms\"}}}")),
                Arguments.of("territories changed: PATCH of the whole list only", custom("Terms", "USA", "DEU"),
                        new Live("Terms", "GBR", "USA"),
                        List.of("PATCH /v1/endUserLicenseAgreements/e1 {\"data\":{\"type\":\"endUserLicenseAgreements\","
                                + "\"id\":\"e1\",\"relationships\":{\"territories\":{\"data\":[{\"type\":\"territories\","
                                + "\"id\":\"DEU\"},{\"type\":\"territories\",\"id\":\"USA\"}]}}}}")),
                Arguments.of("eula: null with one live: DELETE, without pruning", STANDARD, new Live("Terms", "USA"),
                        List.of("DELETE /v1/endUserLicenseAgreements/e1 null")),
                Arguments.of("eula: null with none live: nothing", STANDARD, Live.NONE, List.of()),
                Arguments.of("key left out: nothing, whatever is live", UNMANAGED, new Live("Terms", "USA"),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void plansExactlyTheseCalls(String name, String yaml, Live live, List<String> expected) throws IOException {
        Store store = load(yaml);
        LiveApp app = liveApp(live);
        // What the live reader would have read: exactly the queries the handler asks for, in rounds.
        assertThat(handler.reads(app, store.apps().get(0))).hasSize(yaml.equals(UNMANAGED) ? 0
                : live.text() == null ? 1 : 2);

        Plan plan = new Planner(new ResourceKinds(List.of(handler)), ref -> ref, Clock.systemUTC())
                .plan(store, new LiveState(Map.of("com.example.notes", app), 0), PlanOptions.all());

        assertThat(plan.changes().stream().flatMap(c -> c.calls().stream()).map(EndUserLicenseAgreementHandlerTest::text))
                .containsExactlyElementsOf(expected);
        plan.changes().forEach(c -> assertThat(c.address().value()).isEqualTo("app[com.example.notes].eula"));
        if (yaml.equals(STANDARD) && live.text() != null) {
            assertThat(plan.changes()).singleElement().extracting(ResourceChange::reason)
                    .isEqualTo("app.yaml sets eula: null (Apple's standard EULA)");
        }
    }

    @Test
    void exportsTextAndSortedTerritoriesUnderAppYamlAndNothingWithoutOne() {
        LiveApp app = liveApp(new Live("Terms", "USA", "GBR"));
        assertThat(handler.exportReads(app)).containsExactly(EndUserLicenseAgreements.ofApp("100"),
                EndUserLicenseAgreements.territories("e1"));
        List<ExportedObject> exported = handler.export(app, "notes");
        assertThat(exported).singleElement().satisfies(e -> {
            assertThat(e.storePath()).isEqualTo("apps.notes");
            assertThat(e.attributes().get("eula").toString())
                    .isEqualTo("{\"agreementText\":\"Terms\",\"territories\":[\"GBR\",\"USA\"]}");
        });
        assertThat(handler.export(liveApp(Live.NONE), "notes")).isEmpty();
    }

    private static String text(ApiCall call) {
        return call.method() + " " + call.path() + " " + call.body();
    }

    @Test
    void theStoreRefusesAnUnknownTerritoryAndAMissingTextWithTheirPlaces() throws IOException {
        LoadResult result = loadResult("eula:\n  territories: [USA, XYZ]\n");
        assertThat(result.problems()).extracting(p -> p.toString().replace(root + "/", "")).containsExactlyInAnyOrder(
                "apps/notes/app.yaml:4:3: missing required key 'agreementText' in eula",
                "apps/notes/app.yaml:4:22: territory 'XYZ' is not one of Apple's territory codes (ISO 3166-1 alpha-3,"
                        + " e.g. USA, GBR, DEU)");
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
                new ResourceKinds(List.of(handler)).storeRules());
    }

    /** App 100 with the two reads recorded as Apple answers them. */
    private static LiveApp liveApp(Live live) {
        Document apps = Document.parse("""
                {"data":[{"type":"apps","id":"100","attributes":{"bundleId":"com.example.notes"}}],"links":{"self":"x"}}""");
        LiveApp app = new LiveApp("com.example.notes", "IOS", apps.data().get(0), List.of(), List.of(), List.of(),
                List.of());
        if (live.text() == null) {
            app.recordRead(EndUserLicenseAgreements.ofApp("100"), Document.parse("""
                    {"data":{"type":"apps","id":"100","relationships":{"endUserLicenseAgreement":{"data":null}}},
                     "links":{"self":"x"}}"""));
            return app;
        }
        app.recordRead(EndUserLicenseAgreements.ofApp("100"), Document.parse("""
                {"data":{"type":"apps","id":"100","relationships":{"endUserLicenseAgreement":
                  {"data":{"type":"endUserLicenseAgreements","id":"e1"}}}},
                 "included":[{"type":"endUserLicenseAgreements","id":"e1","attributes":{"agreementText":"%s"}}],
                 "links":{"self":"x"}}""".formatted(live.text())));
        StringBuilder territories = new StringBuilder();
        for (String t : live.territories()) {
            territories.append(territories.isEmpty() ? "" : ",").append("{\"type\":\"territories\",\"id\":\"")
                    .append(t).append("\"}");
        }
        app.recordRead(EndUserLicenseAgreements.territories("e1"),
                Document.parse("{\"data\":[" + territories + "],\"links\":{\"self\":\"x\"}}"));
        return app;
    }
}
