package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Issue 17's must-show for custom product pages: a page with 2 locales x 2 display types of screenshots converges
 * in one apply, the next plan is clean, every exchange conforms to Apple's spec; an unchanged screenshot is never
 * uploaded again; a page in review is listed apart; an edit of an approved page makes a new version.
 */
@SandboxStore
class ProductPagesEndToEndIT {
    private static final Map<String, int[]> TYPES = Map.of(
            "APP_IPHONE_67", new int[] {1290, 2796},
            "APP_IPAD_PRO_3GEN_129", new int[] {2048, 2732});
    SandboxFixture fixture;
    Path store;
    Path page;

    @BeforeEach
    void start(SandboxFixture fixture) throws IOException {
        this.fixture = fixture;
        store = fixture.store();
        page = store.resolve("apps/notes/product-pages/spring");
        Files.createDirectories(page.resolve("locales"));
        Files.writeString(page.resolve("page.yaml"), "name: Spring Sale\nvisible: true\n"
                + "deepLink: https://example.com/notes/spring\n");
        Files.writeString(page.resolve("locales/en-US.yaml"), "promotionalText: Half price until May.\n");
        Files.writeString(page.resolve("locales/de-DE.yaml"), "promotionalText: Bis Mai zum halben Preis.\n");
        int seed = 300;
        for (String locale : List.of("en-US", "de-DE")) {
            for (var type : TYPES.entrySet()) {
                for (int i = 1; i <= 2; i++) {
                    TestImages.writePng(page.resolve("screenshots/" + locale + "/" + type.getKey() + "/0" + i + ".png"),
                            type.getValue()[0], type.getValue()[1], seed++);
                }
            }
        }
    }

    private List<StoredResource> all(String type) {
        return fixture.sandbox.state().all(type);
    }

    private long writesSince(int from) {
        List<RecordedExchange> all = fixture.sandbox.requestLog().list();
        return all.subList(from, all.size()).stream().filter(e -> !e.method().equals("GET")).count();
    }

    @Test
    void aPageWithTwoLocalesAndTwoDisplayTypesConvergesInOneApplyAndTheNextPlanIsClean() {
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        assertThat(plan.out()).contains("productPage[Spring Sale]").contains("productPage[Spring Sale].version")
                .contains("productPage[Spring Sale].locale[de-DE]")
                .contains("productPage[Spring Sale].screenshots[en-US/APP_IPAD_PRO_3GEN_129]")
                .contains("Uploads: 8 files to upload");

        fixture.applyAndExpectNoChanges();

        StoredResource live = all("appCustomProductPages").stream()
                .filter(p -> "Spring Sale".equals(p.attribute("name"))).findFirst().orElseThrow();
        assertThat(live.attribute("visible")).isEqualTo(true);
        List<StoredResource> versions = fixture.sandbox.state().referencing("appCustomProductPageVersions",
                "appCustomProductPage", live.id());
        assertThat(versions).singleElement().satisfies(v ->
                assertThat(v.attribute("deepLink")).isEqualTo("https://example.com/notes/spring"));
        List<StoredResource> locs = fixture.sandbox.state().referencing("appCustomProductPageLocalizations",
                "appCustomProductPageVersion", versions.get(0).id());
        assertThat(locs).extracting(l -> l.attribute("locale")).containsExactlyInAnyOrder("en-US", "de-DE");
        long sets = locs.stream().mapToLong(l -> fixture.sandbox.state().referencing("appScreenshotSets",
                "appCustomProductPageLocalization", l.id()).size()).sum();
        assertThat(sets).isEqualTo(4);
        assertThat(all("appScreenshots")).hasSize(8).allMatch(s ->
                "COMPLETE".equals(((Map<?, ?>) s.attribute("assetDeliveryState")).get("state")));

        // Unchanged: no write at all; nothing uploaded again.
        int mark = fixture.sandbox.requestLog().list().size();
        long bytes = fixture.sandbox.state().uploads().bytesReceived();
        var again = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(again.out()).contains("No changes");
        assertThat(writesSince(mark)).isZero();
        assertThat(fixture.sandbox.state().uploads().bytesReceived()).isEqualTo(bytes);
        dev.ascctl.conformance.OpenApiConformance.assertConforms(fixture.sandbox.requestLog().withoutInjectedFaults());
    }

    @Test
    void aPageInReviewIsListedApartAndAnApprovedPageGetsANewVersionForAnEdit() throws IOException {
        fixture.applyAndExpectNoChanges();
        StoredResource version = all("appCustomProductPageVersions").stream().findFirst().orElseThrow();
        fixture.sandbox.state().patchAttributes("appCustomProductPageVersions", version.id(),
                Map.of("state", "WAITING_FOR_REVIEW"));
        Files.writeString(page.resolve("locales/en-US.yaml"), "promotionalText: Half price until June.\n");
        var blocked = fixture.run("plan", "--store", store.toString());
        assertThat(blocked.out()).as(blocked.toString()).contains("WAITING_FOR_REVIEW")
                .contains("productPage[Spring Sale].locale[en-US]");
        int mark = fixture.sandbox.requestLog().list().size();
        fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(writesSince(mark)).isZero();

        // Approved: the edit goes on a new version, which holds the page's declared locales and screenshots.
        fixture.sandbox.state().patchAttributes("appCustomProductPageVersions", version.id(), Map.of("state", "APPROVED"));
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.out()).contains("productPage[Spring Sale].version will be created");
        fixture.applyAndExpectNoChanges();
        assertThat(all("appCustomProductPageVersions")).hasSize(2);
        StoredResource fresh = all("appCustomProductPageVersions").stream()
                .filter(v -> "PREPARE_FOR_SUBMISSION".equals(v.attribute("state"))).findFirst().orElseThrow();
        assertThat(fixture.sandbox.state().referencing("appCustomProductPageLocalizations",
                "appCustomProductPageVersion", fresh.id())).extracting(l -> l.attribute("promotionalText"))
                .contains("Half price until June.");
        dev.ascctl.conformance.OpenApiConformance.assertConforms(fixture.sandbox.requestLog().withoutInjectedFaults());
    }
}
