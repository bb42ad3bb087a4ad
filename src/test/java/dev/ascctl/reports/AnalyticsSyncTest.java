package dev.ascctl.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analytics sync's options (checked before any request) and the manifest's record of instances kept whole. */
class AnalyticsSyncTest {
    @TempDir
    Path dir;

    @Test
    void optionsTakeApplesCategoriesAndGranularitiesInAnyCaseAndRefuseOthersNamingApplesValues() {
        var options = new AnalyticsSync.Options(List.of("com.example.notes"), Set.of("commerce"), Set.of("Daily"),
                true, 0);
        assertThat(options.categories()).containsExactly("COMMERCE");
        assertThat(options.granularities()).containsExactly("DAILY");
        assertThatThrownBy(() -> new AnalyticsSync.Options(List.of(), Set.of("APP_STORE_COMMERCE"), Set.of(), true, 0))
                .isInstanceOf(ReportInputException.class).hasMessageContaining("APP_STORE_ENGAGEMENT, COMMERCE");
        assertThatThrownBy(() -> new AnalyticsSync.Options(List.of(), Set.of(), Set.of("HOURLY"), true, 0))
                .hasMessageContaining("--granularity 'HOURLY'");
        assertThatThrownBy(() -> new AnalyticsSync.Options(List.of(), Set.of(), Set.of(), true, -1))
                .hasMessageContaining("--reserve");
    }

    @Test
    void reportNamesBecomeFolderNamesWithoutSpaces() {
        assertThat(AnalyticsSync.slug("App Store Discovery and Engagement Standard"))
                .isEqualTo("app-store-discovery-and-engagement-standard");
        assertThat(AnalyticsSync.slug("  ")).isEqualTo("report");
    }

    @Test
    void anInstanceIsKeptWholeOnlyWhileEachOfItsFilesIsIntactAndTheManifestNamesNoVendor() throws Exception {
        SyncManifest manifest = SyncManifest.load(dir, null);
        Path file = Files.createDirectories(dir.resolve("a/DAILY/2026-03-02")).resolve("segment-1.tsv.gz");
        Files.write(file, new byte[] {1, 2, 3});
        manifest.kept("a/DAILY/2026-03-02/segment-1.tsv.gz", Instant.EPOCH);
        manifest.complete("a/DAILY/2026-03-02", List.of("a/DAILY/2026-03-02/segment-1.tsv.gz"));
        manifest.save();

        SyncManifest read = SyncManifest.load(dir, null);
        assertThat(read.isComplete("a/DAILY/2026-03-02")).isTrue();
        assertThat(read.isComplete("a/DAILY/2026-03-03")).isFalse();
        assertThat(Files.readString(dir.resolve(SyncManifest.FILE))).doesNotContain("vendorNumber");
        Files.write(file, new byte[] {1, 2, 4}); // damaged since: fetched again
        assertThat(read.isComplete("a/DAILY/2026-03-02")).isFalse();
    }
}
