package dev.ascctl.store;

import dev.ascctl.resource.registry.AllKinds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.examples.ExampleMedia;
import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.server.Sandbox;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.InflaterOutputStream;
import org.junit.jupiter.api.Test;

/**
 * examples/store is the store a new user reads first: it loads without problems, holds every file kind ascctl
 * manages (app and locale metadata, screenshots, a preview, testflight.yaml, purchases.yaml with a review
 * screenshot), its pictures are exactly what {@link ExampleMedia} draws, and {@code make demo}'s plan, apply, plan
 * against the notes seed converges with nothing left over.
 */
class ExampleStoreTest {

    static final Path EXAMPLE = Path.of("examples/store");
    static final Path SEED = Path.of("examples/sandbox/notes-seed.yaml");

    @Test
    void exampleStoreLoadsWithoutProblems() {
        LoadResult result = StoreLoader.load(EXAMPLE, ContactDefaultsInput.none(), new SecretResolver(EXAMPLE, Map.of()),
                AllKinds.registry().storeRules());

        assertThat(result.problems()).isEmpty();
        Store store = result.store();
        assertThat(store.apps()).singleElement().satisfies(app -> {
            assertThat(app.bundleId()).isEqualTo("com.example.notes");
            assertThat(app.platform()).isEqualTo("IOS");
            assertThat(app.locales()).containsOnlyKeys("de-DE", "en-US", "fr-FR", "ja");
            assertThat(app.locales().get("de-DE").version().text("keywords"))
                    .contains("notizen,listen,tagebuch,checkliste,aufgaben,notizbuch,schreiben");
            assertThat(app.version().text("copyright")).contains("2026 Example Inc.");
            assertThat(app.review().text("contactEmail")).contains("ada@example.com");
            assertThat(app.mark()).isEqualTo(new Mark(EXAMPLE.resolve("apps/notes/app.yaml"), 2, 11));
        });
        assertThat(store.policy().prunes("screenshots")).isTrue();
        assertThat(store.policy().prunes("locales")).isFalse();
        assertThat(store.policy().prunes("previews")).isFalse();
        assertThat(store.policy().ignore()).containsExactly("apps.*.locales.*.promotionalText");
    }

    @Test
    void everyExampleFileStartsWithASchemaLineThatResolves() throws IOException {
        Pattern schemaLine = Pattern.compile("^# yaml-language-server: \\$schema=(\\S+)");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(EXAMPLE)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).toList();
        }
        assertThat(files).hasSize(8);
        for (Path file : files) {
            Matcher m = schemaLine.matcher(Files.readAllLines(file).get(0));
            assertThat(m.find()).as("first line of %s", file).isTrue();
            Path schema = file.getParent().resolve(m.group(1)).normalize();
            assertThat(schema).as("schema of %s", file).isRegularFile();
            String name = file.getFileName().toString();
            String expected = file.getParent().getFileName().toString().equals("locales") ? "locale.schema.json"
                    : name.replace(".yaml", ".schema.json");
            assertThat(schema.getFileName().toString()).isEqualTo(expected);
        }
    }

    @Test
    void everyFileKindIsPresentAndLoads() {
        LoadResult result = StoreLoader.load(EXAMPLE, ContactDefaultsInput.none(), new SecretResolver(EXAMPLE, Map.of()),
                AllKinds.registry().storeRules());
        assertThat(result.problems()).isEmpty();
        AppSpec app = result.store().apps().get(0);

        assertThat(app.media().sets()).extracting(set -> set.kind() + " " + set.locale() + "/" + set.type())
                .containsExactlyInAnyOrder("SCREENSHOTS en-US/APP_IPHONE_67", "SCREENSHOTS en-US/APP_IPAD_PRO_3GEN_129",
                        "SCREENSHOTS de-DE/APP_IPHONE_67", "PREVIEWS en-US/IPHONE_67");
        assertThat(app.media().sets()).filteredOn(set -> set.type().equals("APP_IPHONE_67") && set.locale().equals("en-US"))
                .singleElement().satisfies(set -> assertThat(set.files()).extracting(MediaFile::name)
                        .containsExactly("01-lists.png", "02-search.png"));

        TestFlightSpec beta = app.testFlight();
        assertThat(beta.groups()).extracting(BetaGroupSpec::name).containsExactly("Team", "Public Beta");
        assertThat(beta.testers()).hasSize(3);
        assertThat(beta.localizations()).containsOnlyKeys("de-DE", "en-US");
        assertThat(beta.review().text("contactEmail")).contains("ada@example.com");
        assertThat(beta.builds()).singleElement().satisfies(build -> {
            assertThat(build.build()).isEqualTo("245");
            assertThat(build.localizations()).containsOnlyKeys("de-DE", "en-US");
        });

        PurchasesSpec purchases = app.purchases();
        assertThat(purchases.inAppPurchases()).extracting(InAppPurchaseSpec::productId)
                .containsExactly("com.example.notes.pro", "com.example.notes.tip");
        InAppPurchaseSpec pro = purchases.inAppPurchases().get(0);
        assertThat(pro.price().territory()).isEqualTo("USA");
        assertThat(pro.price().price()).isEqualTo("9.99");
        assertThat(pro.availability()).isNotNull();
        assertThat(pro.reviewScreenshot().name()).isEqualTo("pro.png");
        assertThat(pro.localizations()).containsOnlyKeys("de-DE", "en-US");
        assertThat(purchases.subscriptionGroups()).singleElement().satisfies(group -> {
            assertThat(group.localizations()).containsOnlyKeys("de-DE", "en-US");
            assertThat(group.subscriptions()).singleElement().satisfies(sub -> {
                assertThat(sub.prices()).containsOnlyKeys("GBR", "USA");
                assertThat(sub.introductoryOffers()).containsOnlyKeys("USA");
                assertThat(sub.promotionalOffers()).hasSize(1);
                assertThat(sub.localizations()).containsOnlyKeys("de-DE", "en-US");
            });
        });
    }

    /** The committed pictures hold the pixels ExampleMedia draws, so `ExampleMedia` makes them again. */
    @Test
    void picturesAreWhatExampleMediaDrawsAndThePreviewIsTheSandboxOne() throws IOException {
        for (ExampleMedia.Picture picture : ExampleMedia.PICTURES) {
            Path file = Path.of(picture.path());
            assertThat(file).as("run ExampleMedia to write %s", file).isRegularFile();
            Png png = Png.read(Files.readAllBytes(file));
            assertThat(png.width() + "x" + png.height()).as(file.toString())
                    .isEqualTo(picture.width() + "x" + picture.height());
            assertThat(png.bitDepthAndColourType()).as("%s: a 2-bit palette PNG", file).isEqualTo("2/3");
            assertThat(png.palette()).as(file.toString()).isEqualTo(picture.plte());
            assertThat(Arrays.equals(png.scanlines(), picture.scanlines()))
                    .as("%s holds other pixels than ExampleMedia draws; run ExampleMedia again", file).isTrue();
            assertThat(Files.size(file)).as("%s stays small", file).isLessThan(16_000);
        }
        try (Stream<Path> walk = Files.walk(EXAMPLE)) {
            List<String> pngs = walk.map(Path::toString).filter(p -> p.endsWith(".png")).sorted().toList();
            assertThat(pngs).as("every picture of the example comes from ExampleMedia")
                    .isEqualTo(ExampleMedia.PICTURES.stream().map(ExampleMedia.Picture::path)
                            .filter(p -> p.startsWith(EXAMPLE + "/")).sorted().toList());
        }
        assertThat(Files.readAllBytes(ExampleMedia.PREVIEW)).isEqualTo(Files.readAllBytes(ExampleMedia.PREVIEW_SOURCE));
    }

    /** What `make demo` does, in-process: every change of the example applies in one go and the next plan is clean. */
    @Test
    void planApplyPlanAgainstTheNotesSeedConverges() throws IOException {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withSeedFile(SEED))) {
            String url = sandbox.baseUri().toString();
            CliRunner cli = new CliRunner().env("ASCCTL_BACKOFF_MS", "20");
            String store = EXAMPLE.toString();

            var first = cli.sandbox(url, "plan", "--store", store, "--detailed-exitcode");
            assertThat(first.exitCode()).as(first.toString()).isEqualTo(2);
            assertThat(first.out()).as("every change can be applied now").doesNotContain("cannot be applied now")
                    .contains("screenshots[en-US/APP_IPHONE_67]", "screenshots[en-US/APP_IPAD_PRO_3GEN_129]",
                            "previews[en-US/IPHONE_67]", "betaGroup[Public Beta]", "betaTester[jane@example.com]",
                            "betaBuild[245]", "betaLocale[de-DE]", "iap[com.example.notes.tip] will be created",
                            "iap[com.example.notes.pro].price[USA]", "iap[com.example.notes.pro].reviewScreenshot",
                            "subscription[com.example.notes.plus.monthly].price[GBR]",
                            "introductoryOffer[USA]", "promotionalOffer[COMEBACK]", "version[2.4.0].locale[ja]");

            var apply = cli.sandbox(url, "apply", "--store", store, "--auto-approve");
            assertThat(apply.exitCode()).as(apply.toString()).isZero();
            assertThat(apply.out()).contains(" 0 failed, 0 skipped.");

            var second = cli.sandbox(url, "plan", "--store", store, "--detailed-exitcode");
            assertThat(second.exitCode()).as(second.toString()).isZero();
            assertThat(second.out()).startsWith("No changes. App Store Connect matches the store.");
        }
    }

    /** The chunks of a PNG this test needs: IHDR fields, PLTE and the inflated IDAT data. */
    private record Png(int width, int height, String bitDepthAndColourType, byte[] palette, byte[] scanlines) {
        static Png read(byte[] bytes) throws IOException {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            in.position(8);
            int width = 0;
            int height = 0;
            String depthAndType = "";
            byte[] palette = new byte[0];
            ByteArrayOutputStream inflated = new ByteArrayOutputStream();
            try (InflaterOutputStream idat = new InflaterOutputStream(inflated)) {
                while (in.remaining() >= 12) {
                    int length = in.getInt();
                    byte[] type = new byte[4];
                    in.get(type);
                    byte[] data = new byte[length];
                    in.get(data);
                    in.getInt(); // CRC
                    switch (new String(type, StandardCharsets.US_ASCII)) {
                        case "IHDR" -> {
                            ByteBuffer h = ByteBuffer.wrap(data);
                            width = h.getInt();
                            height = h.getInt();
                            depthAndType = h.get() + "/" + h.get();
                        }
                        case "PLTE" -> palette = data;
                        case "IDAT" -> idat.write(data);
                        default -> { }
                    }
                }
            }
            return new Png(width, height, depthAndType, palette, inflated.toByteArray());
        }
    }
}
