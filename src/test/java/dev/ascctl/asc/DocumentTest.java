package dev.ascctl.asc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascctl.SharedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class DocumentTest {
    /** Real Apple responses recorded by other projects; read in place, never copied into the repo. */
    static Path recordedDir() {
        return SharedFiles.recordedResponses();
    }

    @Test
    void parsesEveryRecordedResponse() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(recordedDir())) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(58);
        JsonMapper json = JsonMapper.builder().build();
        int resources = 0;
        for (Path file : files) {
            JsonNode root = json.readTree(Files.readString(file));
            if (file.getFileName().toString().startsWith("cm_") && !file.getFileName().toString().contains("error")) {
                // codemagic files are bare resource objects; wrap them as a document.
                ObjectNode wrapped = json.createObjectNode();
                wrapped.set("data", root);
                root = wrapped;
            }
            Document doc = Document.of(root);
            if (file.getFileName().toString().contains("_error_")) {
                assertThat(doc.data()).as(file.toString()).isEmpty();
                assertThat(ApiError.listFrom(root)).as(file.toString()).isNotEmpty();
                continue;
            }
            for (Resource r : doc.data()) {
                assertThat(r.type()).as(file.toString()).isNotBlank();
                assertThat(r.attributes()).as(file.toString()).isNotNull();
                resources++;
            }
            doc.included().forEach(r -> assertThat(r.id()).isNotBlank());
            doc.nextUrl(); // must not throw on absent or null links.next
        }
        assertThat(resources).isGreaterThan(58);
    }

    @Test
    void listWithIncludesKeepsAbsentRelationshipDataApartFromEmptyData() throws Exception {
        Document doc = recorded("fl_apps_GET_list_include_appStoreVersions_prices.json");

        Resource app = doc.data().get(0);
        assertThat(app.type()).isEqualTo("apps");
        // included relationship: data present
        Relationship versions = app.relationship("appStoreVersions").orElseThrow();
        assertThat(versions.data()).isPresent();
        assertThat(versions.data().get()).isNotEmpty();
        assertThat(doc.find(versions.data().get().get(0))).isPresent();
        // not included: links only, so "not loaded" rather than "none"
        Relationship betaGroups = app.relationship("betaGroups").orElseThrow();
        assertThat(betaGroups.data()).isEmpty();
        assertThat(betaGroups.relatedLink()).contains("/betaGroups");
        // last page: links.next is null in this recording
        assertThat(doc.nextUrl()).isEmpty();
    }

    @Test
    void toOneNullDataIsPresentAndEmpty() {
        Document doc = Document.parse("""
                {"data":{"type":"reviewSubmissions","id":"1","attributes":{"state":null},
                 "relationships":{"submittedByActor":{"data":null},"app":{"links":{"related":"x"}}}}}""");

        Resource r = doc.single().orElseThrow();
        assertThat(r.relationship("submittedByActor").orElseThrow().data()).hasValue(List.of());
        assertThat(r.relationship("submittedByActor").orElseThrow().one()).isEmpty();
        assertThat(r.relationship("app").orElseThrow().data()).isEmpty();
        assertThat(r.attribute("state").isNull()).isTrue();
        assertThat(r.attribute("missing").isMissingNode()).isTrue();
        assertThat(r.text("state")).isEmpty();
    }

    @Test
    void resourceWithoutAttributesGetsEmptyAttributes() throws Exception {
        Document doc = recorded("fl_appStoreVersionReleaseRequests_POST_create.json");

        Resource r = doc.single().orElseThrow();
        assertThat(r.attributes().isEmpty()).isTrue();
        assertThat(r.attribute("anything").isMissingNode()).isTrue();
    }

    @Test
    void nextUrlIsReturnedVerbatim() throws Exception {
        Document doc = recorded("fl_builds_GET_list.json");

        assertThat(doc.nextUrl()).hasValueSatisfying(next -> assertThat(next).startsWith("https://").contains("cursor="));
    }

    @Test
    void emptyListsWithAndWithoutMetaParse() throws Exception {
        assertThat(recorded("ib_users_GET_list_empty_no_meta.json").data()).isEmpty();
        assertThat(recorded("ib_certificates_GET_list_empty_with_meta.json").data()).isEmpty();
        assertThat(recorded("fl_appStoreVersions_GET_list_filter_state_empty.json").single()).isEmpty();
    }

    @Test
    void malformedJsonIsAClearAscExceptionWithoutTheBody() {
        assertThatThrownBy(() -> Document.parse("{\"data\": [ SECRETISH"))
                .isInstanceOf(AscException.class)
                .hasMessageContaining("not valid JSON")
                .hasMessageNotContaining("SECRETISH");
        assertThatThrownBy(() -> Document.parse("[1,2]")).isInstanceOf(AscException.class);
    }

    static Document recorded(String name) throws Exception {
        return Document.parse(Files.readString(recordedDir().resolve(name)));
    }
}
