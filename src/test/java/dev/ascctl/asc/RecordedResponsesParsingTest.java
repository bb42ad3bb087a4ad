package dev.ascctl.asc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every real Apple response in {@code asc-recorded/} (found by {@link SharedFiles}; skipped with the reason when the
 * folder is absent) goes through the client's own parsing, as the client would meet it: documents through
 * {@link Document} (every resource, relationship and next link), error documents through {@link ApiError} and
 * {@link AscApiException}'s message, and every date-time string through {@link AppleDates}. The conformance check
 * ({@code RecordedResponsesTest}) compares these files with the spec; this one proves the client reads them.
 */
class RecordedResponsesParsingTest {
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    static Stream<String> recordings() throws IOException {
        Path folder = SharedFiles.recordedResponses();
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    private static JsonNode read(String file) throws IOException {
        JsonNode node = Document.JSON.readTree(Files.readString(SharedFiles.recordedResponses().resolve(file)));
        // cm_*_resource_object files are bare resource objects (INDEX "Extraction notes"): wrap them as a document.
        return node.has("type") && node.has("id") ? Document.JSON.createObjectNode().set("data", node) : node;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordings")
    void theClientParsesEveryRecordedResponse(String file) throws IOException {
        JsonNode json = read(file);
        if (json.has("errors")) {
            assertErrorDocumentParses(file, json);
        } else {
            assertDocumentParses(file, json);
        }
        assertEveryDateParses(file, json);
    }

    private static void assertDocumentParses(String file, JsonNode json) {
        Document doc = Document.of(json);
        JsonNode data = json.get("data");
        assertThat(doc.data()).as(file).hasSize(data.isArray() ? data.size() : 1);
        assertThat(doc.included()).as(file).hasSize(json.path("included").size());
        for (int i = 0; i < doc.data().size(); i++) {
            Resource resource = doc.data().get(i);
            JsonNode raw = data.isArray() ? data.get(i) : data;
            assertThat(resource.type()).as(file).isEqualTo(raw.get("type").asString());
            assertThat(resource.id()).as(file).isEqualTo(raw.get("id").asString());
            // Every relationship is read: links-only ones as "not loaded", data: null as loaded and empty.
            assertThat(resource.relationships().keySet()).as(file)
                    .containsExactlyInAnyOrderElementsOf(raw.path("relationships").propertyNames());
            raw.path("relationships").forEachEntry((name, rel) -> {
                Relationship parsed = resource.relationships().get(name);
                if (!rel.has("data")) {
                    assertThat(parsed.data()).as(file + " " + name).isEmpty();
                } else if (rel.get("data").isNull()) {
                    assertThat(parsed.data()).as(file + " " + name).contains(List.of());
                    assertThat(parsed.one()).as(file + " " + name).isEmpty();
                } else {
                    assertThat(parsed.data()).as(file + " " + name).isPresent();
                }
            });
        }
        // links.next: a string is followed, absent or null ends the paging (INDEX fact 7).
        JsonNode next = json.path("links").path("next");
        assertThat(doc.nextUrl().isPresent()).as(file + " links.next").isEqualTo(next.isString());
        // Linkages of included data resolve to the included resource (de-duplicated, INDEX fact 5).
        for (Resource resource : doc.data()) {
            for (Relationship rel : resource.relationships().values()) {
                for (Linkage linkage : rel.data().orElse(List.of())) {
                    if (doc.included().stream().anyMatch(r -> r.type().equals(linkage.type()))) {
                        assertThat(doc.find(linkage)).as(file + " " + linkage).isPresent();
                    }
                }
            }
        }
    }

    private static void assertErrorDocumentParses(String file, JsonNode json) {
        List<ApiError> errors = ApiError.listFrom(json);
        assertThat(errors).as(file).hasSize(json.get("errors").size());
        for (int i = 0; i < errors.size(); i++) {
            ApiError error = errors.get(i);
            JsonNode raw = json.get("errors").get(i);
            assertThat(error.code()).as(file).isEqualTo(raw.get("code").asString()).isNotEmpty();
            assertThat(error.status()).as(file).isEqualTo(raw.get("status").asString());
            assertThat(error.detail()).as(file).isEqualTo(raw.has("detail") ? raw.get("detail").asString() : null);
            if (raw.path("source").has("pointer")) {
                assertThat(error.sourcePointer()).as(file).startsWith("/"); // "data/id" is normalised
            }
            JsonNode associated = raw.path("meta").path("associatedErrors");
            assertThat(error.associatedErrors().keySet()).as(file)
                    .containsExactlyInAnyOrderElementsOf(associated.propertyNames());
            for (Map.Entry<String, List<ApiError>> entry : error.associatedErrors().entrySet()) {
                assertThat(entry.getValue()).as(file + " " + entry.getKey()).hasSize(associated.get(entry.getKey()).size())
                        .allSatisfy(nested -> assertThat(nested.code()).isNotEmpty());
            }
        }
        // What the user reads: one message naming the code, with or without Apple's detail.
        AscApiException e = new AscApiException(Integer.parseInt(errors.get(0).status()), errors, "PATCH",
                "/v1/appInfos/123");
        assertThat(e.getMessage()).as(file).isNotBlank()
                .contains(errors.get(0).detail() != null ? errors.get(0).detail() : errors.get(0).title());
    }

    private static void assertEveryDateParses(String file, JsonNode json) {
        List<String> unreadable = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        collectDates(json, dates);
        for (String text : dates) {
            boolean read = DATE_TIME.matcher(text).matches() ? AppleDates.instant(text).isPresent()
                    : AppleDates.date(text).isPresent();
            if (!read) {
                unreadable.add(text);
            }
        }
        assertThat(unreadable).as(file + ": dates the client cannot read").isEmpty();
    }

    private static void collectDates(JsonNode node, List<String> out) {
        if (node.isString() && (DATE_TIME.matcher(node.asString()).matches() || DATE.matcher(node.asString()).matches())) {
            out.add(node.asString());
        }
        node.forEach(child -> collectDates(child, out));
    }

    /** The test reads real dates at all: the recordings hold every form INDEX fact 9 lists. */
    @Test
    void theRecordingsHoldEveryDateFormApplySends() throws IOException {
        List<String> dates = new ArrayList<>();
        for (String file : recordings().toList()) {
            collectDates(read(file), dates);
        }
        List<String> shapes = dates.stream().map(d -> d.replaceAll("[0-9]", "9")).distinct().toList();
        assertThat(shapes).contains("9999-99-99T99:99:99-99:99", "9999-99-99T99:99:99.999-99:99",
                "9999-99-99T99:99:99Z", "9999-99-99T99:99:99.999Z", "9999-99-99T99:99:99.999+9999");
    }
}
