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
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Attributes;
import dev.ascctl.store.EulaSpec;
import dev.ascctl.store.LocaleSpec;
import dev.ascctl.store.Mark;
import dev.ascctl.store.MediaSpec;
import dev.ascctl.store.Policy;
import dev.ascctl.store.PurchasesSpec;
import dev.ascctl.store.Store;
import dev.ascctl.store.StoreDefaults;
import dev.ascctl.store.TestFlightSpec;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The EULA kind, table-driven: what app.yaml says + what Apple has → the exact calls planned; and its export. */
class EndUserLicenseAgreementHandlerTest {
    static final Path ROOT = Path.of("/store");
    static final Mark MARK = new Mark(ROOT.resolve("apps/notes/app.yaml"), 9, 1);
    final EndUserLicenseAgreementHandler handler = new EndUserLicenseAgreementHandler();

    static EulaSpec custom(String text, String... territories) {
        return new EulaSpec(EulaSpec.Choice.CUSTOM, text, new TreeSet<>(List.of(territories)), MARK);
    }

    static final EulaSpec STANDARD = new EulaSpec(EulaSpec.Choice.APPLE_STANDARD, null, new TreeSet<>(), MARK);

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
                Arguments.of("key left out: nothing, whatever is live", EulaSpec.unmanaged(), new Live("Terms", "USA"),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void plansExactlyTheseCalls(String name, EulaSpec yaml, Live live, List<String> expected) {
        AppSpec spec = app(yaml);
        LiveApp app = liveApp(live);
        // What the live reader would have read: exactly the queries the handler asks for, in rounds.
        assertThat(handler.reads(app, spec)).hasSize(yaml.choice() == EulaSpec.Choice.UNMANAGED ? 0
                : live.text() == null ? 1 : 2);

        Plan plan = new Planner(new ResourceKinds(List.of(handler)), ref -> ref, Clock.systemUTC())
                .plan(new Store(ROOT, new Policy(Map.of(), List.of()), StoreDefaults.none(), List.of(spec)),
                        new LiveState(Map.of("com.example.notes", app), 0), PlanOptions.all());

        assertThat(plan.changes().stream().flatMap(c -> c.calls().stream()).map(EndUserLicenseAgreementHandlerTest::text))
                .containsExactlyElementsOf(expected);
        plan.changes().forEach(c -> assertThat(c.address().value()).isEqualTo("app[com.example.notes].eula"));
        if (yaml == STANDARD && live.text() != null) {
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

    private static AppSpec app(EulaSpec eula) {
        TreeMap<String, LocaleSpec> locales = new TreeMap<>();
        locales.put("en-US", new LocaleSpec("en-US", ROOT.resolve("apps/notes/locales/en-US.yaml"), Attributes.empty(),
                Attributes.empty()));
        return new AppSpec("notes", ROOT.resolve("apps/notes"), MARK, "com.example.notes", "IOS", "en-US",
                Attributes.empty(), Attributes.empty(), Attributes.empty(), Attributes.empty(), Attributes.empty(),
                locales, MediaSpec.none(), TestFlightSpec.none(), PurchasesSpec.none(), eula);
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
