package dev.ascctl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** The lookup order of the shared files and what a test sees when one is missing. */
class SharedFilesTest {

    @TempDir
    Path temp;
    Path project;
    final Map<String, String> properties = new HashMap<>();
    final Map<String, String> environment = new HashMap<>();

    @BeforeEach
    void aProjectWithNothingBesideIt() throws IOException {
        project = Files.createDirectories(temp.resolve("ascctl"));
        properties.put(SharedFiles.PROJECT_PROPERTY, project.toString());
    }

    SharedFiles lookup() {
        return new SharedFiles(properties::get, environment::get);
    }

    @Test
    void nothingBesideTheProjectFindsNothingAndSaysWhereItLookedAndHowToGetIt() {
        SharedFiles lookup = lookup();

        assertThat(lookup.findSpec()).isEmpty();
        assertThat(lookup.findRecorded()).isEmpty();
        assertThat(lookup.specMissing())
                .contains(temp.resolve("shared/asc-openapi/openapi.json").toString())
                .contains(project.resolve(".spec/openapi.json").toString())
                .contains("make spec").contains("ASC_SHARED").doesNotContain("\n");
        assertThat(lookup.recordedMissing()).contains(temp.resolve("shared/asc-recorded").toString())
                .contains("ASC_SHARED").contains("-Dasc.recorded").doesNotContain("\n");
    }

    @Test
    void sharedBesideTheProjectComesBeforeTheDownloadedSpec() throws IOException {
        Path downloaded = write(project.resolve(".spec/openapi.json"));
        assertThat(lookup().findSpec()).contains(downloaded);

        Path shared = write(temp.resolve("shared/asc-openapi/openapi.json"));
        Path recorded = Files.createDirectories(temp.resolve("shared/asc-recorded"));
        assertThat(lookup().findSpec()).contains(shared);
        assertThat(lookup().findRecorded()).contains(recorded);
    }

    @Test
    void aSharedFolderFromTheEnvironmentIsTheOnlyPlaceLookedIn() throws IOException {
        write(temp.resolve("shared/asc-openapi/openapi.json"));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        environment.put(SharedFiles.SHARED_ENV, elsewhere.toString());
        assertThat(lookup().findSpec()).isEmpty();
        assertThat(lookup().specMissing()).contains(elsewhere.resolve("asc-openapi/openapi.json").toString());

        Path spec = write(elsewhere.resolve("asc-openapi/openapi.json"));
        Path recorded = Files.createDirectories(elsewhere.resolve("asc-recorded"));
        assertThat(lookup().findSpec()).contains(spec);
        assertThat(lookup().findRecorded()).contains(recorded);
    }

    @Test
    void systemPropertiesComeFirstAndBlankMeansUnset() throws IOException {
        Path shared = write(temp.resolve("shared/asc-openapi/openapi.json"));
        environment.put(SharedFiles.SHARED_ENV, temp.resolve("shared").toString());
        properties.put(SharedFiles.SPEC_PROPERTY, " ");
        assertThat(lookup().findSpec()).contains(shared);

        Path own = write(temp.resolve("mine.json"));
        Path recorded = Files.createDirectories(temp.resolve("my-recordings"));
        properties.put(SharedFiles.SPEC_PROPERTY, own.toString());
        properties.put(SharedFiles.RECORDED_PROPERTY, recorded.toString());
        assertThat(lookup().findSpec()).contains(own);
        assertThat(lookup().findRecorded()).contains(recorded);

        properties.put(SharedFiles.SPEC_PROPERTY, temp.resolve("typo.json").toString());
        assertThat(lookup().findSpec()).as("a wrong setting is not replaced by another place").isEmpty();
    }

    @Test
    void aMissingFileSkipsTheTestUnlessRequiredThenFailsIt() {
        assertThatThrownBy(() -> lookup().skipOrFail("spec missing")).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("spec missing");

        environment.put(SharedFiles.REQUIRE_ENV, "1");
        assertThatThrownBy(() -> lookup().skipOrFail("spec missing")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("spec missing");

        environment.clear();
        properties.put(SharedFiles.REQUIRE_PROPERTY, "true");
        assertThat(lookup().isRequired()).isTrue();
        properties.put(SharedFiles.REQUIRE_PROPERTY, "false");
        assertThat(lookup().isRequired()).isFalse();
    }

    private static Path write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "{}");
    }
}
