package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.sandbox.Fault;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.store.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3 against the sandbox: screenshots uploaded once, unchanged files never again, a swap is one reorder, a
 * replaced file is one upload, and faults on PUT, commit and processing leave no broken asset behind.
 */
@SandboxStore
class MediaEndToEndIT {
    private static final List<String> LOCALES = List.of("en-US", "de-DE");
    private static final Map<String, int[]> TYPES = Map.of(
            "APP_IPHONE_67", new int[] {1290, 2796},
            "APP_IPHONE_65", new int[] {1242, 2688},
            "APP_IPAD_PRO_3GEN_129", new int[] {2048, 2732});

    @TempDir
    Path temp;
    SandboxFixture fixture;
    Path store;
    Path app;

    @BeforeEach
    void start(SandboxFixture fixture) {
        this.fixture = fixture;
        store = fixture.store();
        app = store.resolve("apps/notes");
        int seed = 1;
        for (String locale : LOCALES) {
            for (var type : TYPES.entrySet()) {
                for (int i = 1; i <= 5; i++) {
                    TestImages.writePng(app.resolve("screenshots/" + locale + "/" + type.getKey() + "/0" + i + ".png"),
                            type.getValue()[0], type.getValue()[1], seed++);
                }
            }
        }
    }

    private CliRunner.Result apply() {
        return fixture.run("apply", "--store", store.toString(), "--auto-approve");
    }

    private long bytes() {
        return fixture.sandbox.state().uploads().bytesReceived();
    }

    private List<StoredResource> screenshots() {
        return fixture.sandbox.state().all("appScreenshots");
    }

    private long writesSince(int from) {
        List<RecordedExchange> all = fixture.sandbox.requestLog().list();
        return all.subList(from, all.size()).stream().filter(e -> !e.method().equals("GET")).count();
    }

    private String order(String locale, String type) {
        StoredResource set = fixture.sandbox.state().all("appScreenshotSets").stream()
                .filter(s -> type.equals(s.attribute("screenshotDisplayType")))
                .filter(s -> locale.equals(fixture.sandbox.state()
                        .require("appStoreVersionLocalizations", s.relatedId("appStoreVersionLocalization"))
                        .attribute("locale")))
                .findFirst().orElseThrow();
        var rel = new dev.ascctl.sandbox.model.ResourceCatalog().get("appScreenshotSets").relationship("appScreenshots")
                .orElseThrow();
        return String.join(",", new dev.ascctl.sandbox.jsonapi.RelatedResolver(fixture.sandbox.state())
                .resolve(set, rel).stream().map(s -> (String) s.attribute("sourceFileChecksum")).toList());
    }

    @Test
    void uploadsEverythingOnceThenNothingThenOnlyWhatChanged() throws IOException {
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.out()).contains("Uploads: 30 files to upload").contains("appScreenshotSet")
                .contains("screenshots[en-US/APP_IPHONE_67]");

        var first = apply();
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(screenshots()).hasSize(30).allMatch(s -> "COMPLETE".equals(((Map<?, ?>) s.attribute("assetDeliveryState")).get("state")));
        long uploaded = bytes();
        long fileBytes;
        try (var files = Files.walk(app.resolve("screenshots"))) {
            fileBytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        assertThat(uploaded).isEqualTo(fileBytes);

        // Second apply: 0 bytes, 0 writes.
        int mark = fixture.sandbox.requestLog().list().size();
        var second = apply();
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("No changes");
        assertThat(bytes()).isEqualTo(uploaded);
        assertThat(writesSince(mark)).isZero();

        // Swap two file names: one reorder, no upload.
        Path dir = app.resolve("screenshots/en-US/APP_IPHONE_67");
        String before = order("en-US", "APP_IPHONE_67");
        Files.move(dir.resolve("01.png"), dir.resolve("tmp.png"));
        Files.move(dir.resolve("02.png"), dir.resolve("01.png"));
        Files.move(dir.resolve("tmp.png"), dir.resolve("02.png"));
        mark = fixture.sandbox.requestLog().list().size();
        var swap = apply();
        assertThat(swap.exitCode()).as(swap.toString()).isZero();
        assertThat(bytes()).isEqualTo(uploaded);
        List<RecordedExchange> writes = fixture.sandbox.requestLog().list().subList(mark,
                fixture.sandbox.requestLog().list().size()).stream().filter(e -> !e.method().equals("GET")).toList();
        assertThat(writes).singleElement().satisfies(e -> {
            assertThat(e.method()).isEqualTo("PATCH");
            assertThat(e.path()).endsWith("/relationships/appScreenshots");
        });
        String[] b = before.split(",");
        String[] a = order("en-US", "APP_IPHONE_67").split(",");
        assertThat(a[0]).isEqualTo(b[1]);
        assertThat(a[1]).isEqualTo(b[0]);

        // Replace one file: exactly one asset uploaded, at its place.
        byte[] replacement = TestImages.png(1290, 2796, 999);
        Files.write(dir.resolve("03.png"), replacement);
        var replace = apply();
        assertThat(replace.exitCode()).as(replace.toString()).isZero();
        assertThat(bytes() - uploaded).isEqualTo(replacement.length);
        assertThat(order("en-US", "APP_IPHONE_67").split(",")[2])
                .isEqualTo(dev.ascctl.sandbox.MediaUploads.md5(replacement));
        assertThat(screenshots()).hasSize(30);
        assertThat(fixture.run("plan", "--store", store.toString(), "--detailed-exitcode").exitCode()).isZero();
    }

    @Test
    void processingIsPolledOncePerSetNotPerScreenshot() {
        var apply = apply();
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        List<RecordedExchange> gets = fixture.sandbox.requestLog().list().stream()
                .filter(e -> e.method().equals("GET")).toList();
        // 6 sets of 5 new screenshots: one poll per set (the sandbox processes before its next answer), none per file.
        assertThat(gets).filteredOn(e -> e.path().matches("/v1/appScreenshotSets/[^/]+/appScreenshots")).hasSize(6);
        assertThat(gets).filteredOn(e -> e.path().matches("/v1/appScreenshots/[^/]+")).isEmpty();
        assertThat(screenshots()).hasSize(30)
                .allMatch(s -> "COMPLETE".equals(((Map<?, ?>) s.attribute("assetDeliveryState")).get("state")));
    }

    @Test
    void aPutThatFailsIsRetriedAndOneThatKeepsFailingLeavesNoReservation() {
        fixture.sandbox.faults().inject("PUT", "/upload/.*", 1, Fault.status(503, "UNAVAILABLE"));
        assertThat(apply().exitCode()).isZero(); // a PUT is idempotent: sent again
        assertThat(screenshots()).hasSize(30);

        replaceOneFile(1);
        fixture.sandbox.faults().inject("PUT", "/upload/.*", 20, Fault.status(503, "UNAVAILABLE"));
        assertFailsCleanlyThenConverges();
    }

    @Test
    void aCommitAnswered500LeavesNoReservation() {
        assertThat(apply().exitCode()).isZero();
        replaceOneFile(2);
        fixture.sandbox.faults().inject("PATCH", "/v1/appScreenshots/.*", 20, Fault.status(500, "INTERNAL_ERROR"));
        assertFailsCleanlyThenConverges();
    }

    @Test
    void processingThatEndsFailedLeavesNoAsset() {
        assertThat(apply().exitCode()).isZero();
        replaceOneFile(3);
        fixture.sandbox.state().uploads().failProcessing(1);
        assertFailsCleanlyThenConverges();
    }

    @Test
    void aFileChangedAfterThePlanIsRefusedBeforeAnyUpload() throws IOException {
        Path planFile = temp.resolve("media.plan");
        assertThat(fixture.run("plan", "--store", store.toString(), "--out", planFile.toString()).exitCode()).isZero();
        assertThat(Files.readString(planFile)).contains("\"md5\"").doesNotContain("IHDR");
        TestImages.writePng(app.resolve("screenshots/en-US/APP_IPHONE_67/01.png"), 1290, 2796, 4242);
        var apply = fixture.run("apply", planFile.toString(), "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).isEqualTo(1);
        assertThat(apply.out() + apply.err()).contains("changed since the plan was made");
        assertThat(screenshots()).noneMatch(s -> "01.png".equals(s.attribute("fileName"))
                && s.relatedId("appScreenshotSet") != null && "AWAITING_UPLOAD".equals(
                ((Map<?, ?>) s.attribute("assetDeliveryState")).get("state")));
    }

    @Test
    void screenshotsAndPreviewsConformToApplesSpecIncludingFaults() {
        TestImages.write(app.resolve("previews/en-US/IPHONE_67/01-tour.mp4"), TestImages.video(5_000_000, 1));
        TestImages.write(app.resolve("previews/en-US/IPHONE_67/02-more.mov"), TestImages.video(300_000, 2));
        assertThat(fixture.run("plan", "--store", store.toString()).out()).contains("appPreviewSet");
        var apply = apply();
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        assertThat(fixture.sandbox.state().all("appPreviews")).hasSize(2);
        replaceOneFile(7);
        fixture.sandbox.faults().inject("PATCH", "/v1/appScreenshots/.*", 20, Fault.status(500, "INTERNAL_ERROR"));
        apply();
        fixture.sandbox.faults().clear();
        apply();
        var exchanges = fixture.sandbox.requestLog().withoutInjectedFaults();
        assertThat(exchanges).anyMatch(e -> e.method().equals("DELETE") && e.path().startsWith("/v1/appScreenshots/"));
        assertThat(exchanges).anyMatch(e -> e.method().equals("POST") && e.path().equals("/v1/appPreviews"));
        dev.ascctl.conformance.OpenApiConformance.assertConforms(exchanges);
    }

    private void replaceOneFile(int seed) {
        TestImages.writePng(app.resolve("screenshots/de-DE/APP_IPHONE_65/04.png"), 1242, 2688, 5000 + seed);
    }

    private void assertFailsCleanlyThenConverges() {
        var failed = apply();
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.out()).contains("FAILED").contains("nothing half-made is left");
        fixture.sandbox.faults().clear();
        assertThat(screenshots()).allMatch(s -> "COMPLETE".equals(((Map<?, ?>) s.attribute("assetDeliveryState")).get("state")));
        var next = apply();
        assertThat(next.exitCode()).as(next.toString()).isZero();
        assertThat(screenshots()).hasSize(30);
        assertThat(fixture.run("plan", "--store", store.toString(), "--detailed-exitcode").exitCode()).isZero();
    }
}
