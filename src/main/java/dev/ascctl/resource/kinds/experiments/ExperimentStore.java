package dev.ascctl.resource.kinds.experiments;

import dev.ascctl.resource.kinds.AppKey;
import dev.ascctl.resource.kinds.NamedKey;
import dev.ascctl.resource.kinds.PartKey;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Mark;
import dev.ascctl.store.MediaFolders;
import dev.ascctl.store.MediaSet;
import dev.ascctl.store.Problem;
import dev.ascctl.store.SectionInput;
import dev.ascctl.store.StoreSection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Product page optimization tests as the store writes them: the app folder's {@code experiments.yaml}, and each
 * treatment's screenshots and previews in {@code experiments/<test>/<treatment>/}, laid out as the app's own.
 * <pre>
 * # apps/notes/experiments.yaml
 * experiments:
 *   - name: Bold screenshots
 *     trafficProportion: 30          # percent of visitors shown a treatment (1-100)
 *     state: running                 # prepared (default), running or stopped
 *     treatments:
 *       - name: Bold
 *         appIconName: AppIcon-Bold  # optional: an alternate icon the live build carries
 *       - name: Dark
 * # apps/notes/experiments/Bold screenshots/Bold/screenshots/en-US/APP_IPHONE_67/01-home.png
 * </pre>
 * One file for the app's tests because App Store Connect runs one test at a time per platform, so the file stays short
 * and a reviewer sees traffic and state of every test together; the media folders mirror {@code screenshots/} so a
 * treatment starts as a copy of the app's own screenshots. A treatment's localizations are the locales it has media
 * for; those must be locales of the app (its locale files), as a test runs on the app's own product page.
 */
final class ExperimentStore {
    static final String KEY = "experiments";
    static final String FILE = "experiments.yaml";
    /** The app folder's folder of the treatments' media. */
    static final String FOLDER = "experiments";
    static final String PREPARED = "prepared";
    static final String RUNNING = "running";
    static final String STOPPED = "stopped";
    /**
     * [docs] Apple tech talk 110349, "Make the most of product page optimization": "test up to three alternative
     * treatments against your original product page".
     */
    static final int MAX_TREATMENTS = 3;

    private ExperimentStore() {
    }

    /** One treatment as written, with the media of its folder (checked when the store was loaded). */
    record Treatment(String name, JsonNode appIconName, Mark mark, List<MediaSet> media) {
        Set<String> locales() {
            Set<String> out = new java.util.TreeSet<>();
            media.forEach(m -> out.add(m.locale()));
            return out;
        }
    }

    /** One test as written. */
    record Experiment(String name, String platform, int trafficProportion, String state, Mark mark,
                      List<Treatment> treatments) {
    }

    static NamedKey<AppKey> key(AppSpec app, String name) {
        return new NamedKey<>(new AppKey(app.bundleId()), "experiment", name);
    }

    static NamedKey<NamedKey<AppKey>> treatmentKey(NamedKey<AppKey> experiment, String name) {
        return new NamedKey<>(experiment, "treatment", name);
    }

    static NamedKey<NamedKey<NamedKey<AppKey>>> localizationKey(NamedKey<NamedKey<AppKey>> treatment, String locale) {
        return new NamedKey<>(treatment, "locale", locale);
    }

    static PartKey<NamedKey<AppKey>> stateKey(NamedKey<AppKey> experiment) {
        return new PartKey<>(experiment, "state");
    }

    /** The store path of a test: {@code apps.<label>.experiments.<name>}. */
    static String storePath(AppSpec app, String experiment) {
        return dev.ascctl.resource.kinds.Handlers.storePath(app) + "." + KEY + "."
                + dev.ascctl.resource.StorePaths.segment(experiment);
    }

    static StoreSection section() {
        return StoreSection.ownFile(KEY, FILE, SCHEMA, ExperimentStore::problems);
    }

    /** The app's tests; empty without {@code experiments.yaml}. */
    static List<Experiment> experiments(AppSpec app) {
        return app.section(KEY).map(s -> parse(s, new ArrayList<>())).orElse(List.of());
    }

    private static List<Experiment> parse(SectionInput section, List<Problem> problems) {
        List<Experiment> out = new ArrayList<>();
        JsonNode list = section.value().path("experiments");
        Path appDir = appDir(section);
        Set<String> locales = appLocales(appDir);
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            String pointer = "/experiments/" + i;
            String name = e.path("name").asString("");
            List<Treatment> treatments = new ArrayList<>();
            JsonNode ts = e.path("treatments");
            for (int j = 0; j < ts.size(); j++) {
                JsonNode t = ts.get(j);
                String treatment = t.path("name").asString("");
                Path folder = appDir.resolve(FOLDER).resolve(name).resolve(treatment);
                List<MediaSet> media = Files.isDirectory(folder) && !name.isBlank() && !treatment.isBlank()
                        ? MediaFolders.read(storeRoot(appDir), folder, locales, problems) : List.of();
                treatments.add(new Treatment(treatment, t.get("appIconName"),
                        section.mark(pointer + "/treatments/" + j), media));
            }
            out.add(new Experiment(name, e.path("platform").asString(""), e.path("trafficProportion").asInt(0),
                    e.path("state").asString(PREPARED), section.mark(pointer), treatments));
        }
        return out;
    }

    /** What the schema cannot say: names once, the treatments' media folders (checked as the app's own are). */
    private static List<Problem> problems(SectionInput section) {
        List<Problem> out = new ArrayList<>();
        if (!section.value().path("experiments").isArray()) {
            return out; // the schema says what is wrong
        }
        List<Experiment> experiments = parse(section, out);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < experiments.size(); i++) {
            Experiment e = experiments.get(i);
            if (!e.name().isBlank() && !names.add(e.name())) {
                out.add(section.problemAt("/experiments/" + i + "/name", "a second test named '" + e.name()
                        + "'; each test of the app has its own name"));
            }
            Set<String> treatments = new HashSet<>();
            for (int j = 0; j < e.treatments().size(); j++) {
                String t = e.treatments().get(j).name();
                if (!t.isBlank() && !treatments.add(t)) {
                    out.add(section.problemAt("/experiments/" + i + "/treatments/" + j + "/name",
                            "a second treatment named '" + t + "' in test '" + e.name() + "'"));
                }
            }
        }
        out.addAll(strayFolders(section, experiments));
        return out;
    }

    /** A folder under {@code experiments/} that names no test or treatment of the file is a typo, not media. */
    private static List<Problem> strayFolders(SectionInput section, List<Experiment> experiments) {
        Path root = appDir(section).resolve(FOLDER);
        List<Problem> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        for (Path dir : folders(root)) {
            String name = dir.getFileName().toString();
            Experiment e = experiments.stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
            if (e == null) {
                out.add(new Problem(Mark.startOf(dir), "no test named '" + name + "' in " + FILE
                        + "; a folder in experiments/ holds the media of a test's treatments"));
                continue;
            }
            for (Path treatment : folders(dir)) {
                String t = treatment.getFileName().toString();
                if (e.treatments().stream().noneMatch(x -> x.name().equals(t))) {
                    out.add(new Problem(Mark.startOf(treatment), "test '" + name + "' has no treatment named '" + t
                            + "' in " + FILE));
                }
            }
        }
        return out;
    }

    /** The app folder, as the store names it (marks stay relative to where the store was given). */
    private static Path appDir(SectionInput section) {
        Path parent = section.file().getParent();
        return parent != null ? parent : Path.of("");
    }

    /** {@code <store>/apps/<label>} → {@code <store>}. */
    private static Path storeRoot(Path appDir) {
        Path apps = appDir.toAbsolutePath().getParent();
        return apps.getParent();
    }

    private static Set<String> appLocales(Path appDir) {
        Set<String> out = new HashSet<>();
        Path dir = appDir.resolve("locales");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml") && !n.startsWith("."))
                        .forEach(n -> out.add(n.substring(0, n.length() - ".yaml".length())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static List<Path> folders(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final JsonNode SCHEMA = JsonMapper.builder().build().readTree("""
            {"description": "Product page optimization tests of the app (Apple's experiments): treatments of the\
             product page shown to a share of visitors. Each treatment's screenshots and previews are files in\
             experiments/<test>/<treatment>/screenshots/<locale>/<DISPLAY_TYPE>/ (and previews/), laid out as the\
             app's own.",
             "examples": [{"experiments": [{"name": "Bold screenshots", "trafficProportion": 30, "state": "running",
               "treatments": [{"name": "Bold"}, {"name": "Dark", "appIconName": "AppIcon-Dark"}]}]}],
             "type": "object", "additionalProperties": false, "required": ["experiments"],
             "properties": {"experiments": {"description": "The tests, by name.", "type": "array",
               "examples": [[{"name": "Bold screenshots", "trafficProportion": 30, "treatments": [{"name": "Bold"}]}]],
               "items": {"description": "One test.", "type": "object", "additionalProperties": false,
                 "required": ["name", "trafficProportion", "treatments"],
                 "examples": [{"name": "Bold screenshots", "trafficProportion": 30, "treatments": [{"name": "Bold"}]}],
                 "properties": {
                   "name": {"description": "The test's name in App Store Connect, its key here.",
                     "examples": ["Bold screenshots"], "type": "string", "minLength": 1},
                   "platform": {"description": "The platform of the product page tested; the app's platform if left out.",
                     "examples": ["IOS"], "enum": ["IOS", "MAC_OS", "TV_OS", "VISION_OS"]},
                   "trafficProportion": {"description": "The percentage of visitors shown a treatment, shared evenly\
             among the treatments (1-100).", "examples": [30], "type": "integer", "minimum": 1, "maximum": 100},
                   "state": {"description": "prepared: made, not started; running: submitted for review if Apple\
             requires it, and started (once accepted); stopped: stopped for good (a stopped test never restarts).",
                     "examples": ["running"], "enum": ["prepared", "running", "stopped"]},
                   "treatments": {"description": "Up to three treatments, by name; their media in\
             experiments/<test>/<treatment>/.", "type": "array", "minItems": 1, "maxItems": 3,
                     "examples": [[{"name": "Bold"}]],
                     "items": {"description": "One treatment.", "type": "object", "additionalProperties": false,
                       "required": ["name"], "examples": [{"name": "Dark", "appIconName": "AppIcon-Dark"}],
                       "properties": {
                         "name": {"description": "The treatment's name, its key here and its folder's name.",
                           "examples": ["Dark"], "type": "string", "minLength": 1},
                         "appIconName": {"description": "An alternate app icon of the live build to test, by its\
             asset name; null for the app's own icon.", "examples": ["AppIcon-Dark"], "type": ["string", "null"]}}}}}}}}}""");
}
