package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.store.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's in-app events against the sandbox: three events in five locales with card and details images, created
 * and scheduled in one apply, the next plan clean; edited (text, schedule) in one apply; an unchanged image never
 * uploaded again and a replaced one uploaded once; every exchange conformant to Apple's spec.
 */
@SandboxStore
class AppEventsEndToEndIT {
    static final List<String> LOCALES = List.of("en-US", "de-DE", "fr-FR", "ja", "es-ES");
    static final List<String> EVENTS = List.of("Spring Sale", "Summer Challenge", "Autumn Premiere");

    SandboxFixture fixture;
    Path store;
    Path events;

    @BeforeEach
    void start(SandboxFixture fixture) throws IOException {
        this.fixture = fixture;
        store = fixture.store();
        events = store.resolve("apps/notes/events");
        int seed = 1;
        for (int e = 0; e < EVENTS.size(); e++) {
            Files.createDirectories(events);
            Files.writeString(events.resolve(EVENTS.get(e) + ".yaml"), eventYaml(EVENTS.get(e), e, "Half off"));
            for (String locale : LOCALES) {
                TestImages.writePng(events.resolve(EVENTS.get(e) + "/" + locale + "/card.png"), 1920, 1080, seed++);
                TestImages.writePng(events.resolve(EVENTS.get(e) + "/" + locale + "/details.png"), 1080, 1920, seed++);
            }
        }
    }

    /** An event starting in March 2027 plus {@code month} months, with its text in the five locales. */
    static String eventYaml(String name, int month, String shortText) {
        StringBuilder out = new StringBuilder("""
                badge: SPECIAL_EVENT
                deepLink: https://example.com/events
                purchaseRequirement: NO_COST_ASSOCIATED
                primaryLocale: en-US
                priority: NORMAL
                purpose: ATTRACT_NEW_USERS
                territorySchedules:
                  - territories: all
                    publishStart: 2027-0%1$d-01T09:00:00Z
                    eventStart: 2027-0%1$d-08T09:00:00Z
                    eventEnd: 2027-0%1$d-15T09:00:00Z
                localizations:
                """.formatted(3 + month));
        for (String locale : LOCALES) {
            out.append("  ").append(locale).append(": {name: \"").append(name).append(' ').append(locale)
                    .append("\", shortDescription: \"").append(shortText).append(' ').append(locale)
                    .append("\", longDescription: \"Everything in the app, for a week.\"}\n");
        }
        return out.toString();
    }

    private long bytes() {
        return fixture.sandbox.state().uploads().bytesReceived();
    }

    private List<RecordedExchange> writesSince(int mark) {
        List<RecordedExchange> all = fixture.sandbox.requestLog().list();
        return all.subList(mark, all.size()).stream().filter(e -> !e.method().equals("GET")).toList();
    }

    @Test
    void threeEventsInFiveLocalesConvergeInOneApplyAndUnchangedImagesAreNeverUploadedAgain() throws IOException {
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        assertThat(plan.out()).contains("app[com.example.notes].event[Spring Sale]")
                .contains("Uploads: 30 files to upload");

        fixture.applyAndExpectNoChanges();
        List<StoredResource> live = fixture.sandbox.state().all("appEvents");
        assertThat(live).hasSize(3).allSatisfy(e -> {
            assertThat(e.attribute("eventState")).as("complete: ready for review").isEqualTo("READY_FOR_REVIEW");
            assertThat((List<?>) e.attribute("territorySchedules")).hasSize(1);
        });
        assertThat(fixture.sandbox.state().all("appEventLocalizations")).hasSize(15);
        assertThat(fixture.sandbox.state().all("appEventScreenshots")).hasSize(30);
        long uploaded = bytes();

        // Edit: a new short text in every locale of one event, its schedule a week later; images untouched.
        Files.writeString(events.resolve("Spring Sale.yaml"), eventYaml("Spring Sale", 0, "Now 60% off")
                .replace("-08T09", "-10T09").replace("-15T09", "-17T09"));
        int mark = fixture.sandbox.requestLog().list().size();
        fixture.applyAndExpectNoChanges();
        assertThat(bytes()).as("no image uploaded again").isEqualTo(uploaded);
        assertThat(writesSince(mark)).as("one PATCH of the event, one per localization").hasSize(6)
                .allMatch(e -> e.method().equals("PATCH"));

        // Replace one image: exactly that file is uploaded, the old one deleted.
        byte[] replacement = TestImages.png(1920, 1080, 999);
        Files.write(events.resolve("Summer Challenge/de-DE/card.png"), replacement);
        mark = fixture.sandbox.requestLog().list().size();
        fixture.applyAndExpectNoChanges();
        assertThat(bytes() - uploaded).isEqualTo(replacement.length);
        assertThat(writesSince(mark).stream().map(e -> e.method() + " " + e.path().replaceAll("^(/v1/[^/]+)/[^/]+$", "$1/{id}"))
                .toList()).filteredOn(w -> !w.startsWith("PUT")).containsExactly("DELETE /v1/appEventScreenshots/{id}",
                "POST /v1/appEventScreenshots", "PATCH /v1/appEventScreenshots/{id}");
        assertThat(fixture.sandbox.state().all("appEventScreenshots")).hasSize(30);

        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
    }

    @Test
    void brokenEventsAreRefusedBeforeAnyRequest() throws IOException {
        Files.writeString(events.resolve("Spring Sale.yaml"), eventYaml("Spring Sale", 0,
                "This short description is far too long for Apple's fifty characters"));
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.exitCode()).isEqualTo(1);
        assertThat(plan.err()).contains("Spring Sale.yaml").contains("Apple allows at most 50");
        assertThat(fixture.sandbox.requestLog().list()).isEmpty();
    }
}
