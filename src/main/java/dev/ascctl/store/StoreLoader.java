package dev.ascctl.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Loads and validates a store directory: every file is parsed (with marks), checked against its
 * JSON Schema and the rules, and only when nothing at all is wrong are the records built. All
 * problems of all files are reported at once.
 *
 * <pre>{@code
 * LoadResult result = StoreLoader.load(Path.of("examples/store"), ContactDefaultsInput.none());
 * }</pre>
 */
public final class StoreLoader {

    static final String STORE_FILE = "store.yaml";
    static final String APPS_DIR = "apps";
    static final String APP_FILE = "app.yaml";
    static final String LOCALES_DIR = "locales";
    static final String TESTFLIGHT_FILE = "testflight.yaml";
    static final String PURCHASES_FILE = "purchases.yaml";

    private final Path root;
    private final SecretResolver secrets;
    private final StoreRules rules;
    private final List<StoreSection> sections;
    private final KindRules kinds;
    private final StoreFiles files;
    private final List<Problem> problems = new ArrayList<>();

    private StoreLoader(Path root, SecretResolver secrets, KindRules kinds) {
        this.root = root;
        this.secrets = secrets;
        this.rules = new StoreRules(secrets, kinds.limits());
        this.sections = kinds.sections();
        this.kinds = kinds;
        this.files = new StoreFiles(root);
    }

    /**
     * Loads with secret references resolved against the process environment.
     *
     * @param kinds the app.yaml keys the kinds own and their text limits ({@code AllKinds.registry().storeRules()})
     */
    public static LoadResult load(Path storeDir, ContactDefaultsInput extra, KindRules kinds) {
        return load(storeDir, extra, SecretResolver.fromSystem(storeDir), kinds);
    }

    /**
     * Builds the schema validators a store needs (store.yaml, app.yaml with the kinds' sections, locale files) now,
     * e.g. on another thread while the command reads its configuration; {@link #load} then finds them built.
     */
    public static void prepare(KindRules kinds) {
        SchemaValidator.of(SchemaValidator.Kind.STORE);
        SchemaValidator.ofApp(kinds.sections());
        SchemaValidator.of(SchemaValidator.Kind.LOCALE);
    }

    /** Loads with the given secret resolver (tests inject the environment through it). */
    public static LoadResult load(Path storeDir, ContactDefaultsInput extra, SecretResolver secrets,
                                  KindRules kinds) {
        return new StoreLoader(storeDir, secrets, kinds).run(extra);
    }

    /** One app folder as read: its app.yaml, its locale files by locale code, its media sets, and its
     * testflight.yaml and purchases.yaml (each null when absent). */
    private record AppFiles(String label, Path dir, YamlDocument appFile, Map<String, YamlDocument> locales,
                            List<MediaSet> media, YamlDocument testFlight, YamlDocument purchases,
                            Map<String, YamlDocument> sectionFiles,
                            Map<String, java.util.SortedMap<String, YamlDocument>> sectionFolders,
                            List<MatchedFile> matchedFiles) {}

    /**
     * A file of a section whose files match a pattern, with its path in the app folder and the media sets beside it
     * (with media, see {@link StoreSection#ownFiles}).
     */
    private record MatchedFile(StoreSection section, String path, YamlDocument doc, List<MediaSet> media) {}

    private LoadResult run(ContactDefaultsInput extra) {
        if (!Files.isDirectory(root)) {
            problems.add(new Problem(Mark.startOf(root), "store directory not found"));
            return new LoadResult(null, problems);
        }
        YamlDocument storeFile = readStoreFile();
        List<AppFiles> apps = readApps();
        checkAcrossApps(apps);
        if (!problems.isEmpty() || storeFile == null) {
            return new LoadResult(null, problems);
        }
        SpecAssembler assembler = new SpecAssembler(secrets, kinds);
        StoreDefaults defaults = assembler.defaults(storeFile, extra);
        Policy policy = assembler.policy(storeFile);
        List<AppSpec> specs = apps.stream()
                .map(a -> assembler.app(a.label(), a.dir(), a.appFile(), a.locales(), a.testFlight(), a.purchases(),
                        policy, defaults, sectionValues(a, policy), new MediaSpec(a.media(), prunes(policy, a.dir(), MediaKind.SCREENSHOTS),
                        prunes(policy, a.dir(), MediaKind.PREVIEWS))))
                .toList();
        return new LoadResult(new Store(root, policy, defaults, specs), List.of());
    }

    private YamlDocument readStoreFile() {
        Path file = root.resolve(STORE_FILE);
        if (!exists(file)) {
            // store.yaml is optional: without it there are no defaults and the default policy applies.
            return YamlDocument.emptyMap(file);
        }
        return readChecked(file, SchemaValidator.of(SchemaValidator.Kind.STORE), true, rules::checkStoreFile);
    }

    private List<AppFiles> readApps() {
        Path appsDir = root.resolve(APPS_DIR);
        if (!Files.isDirectory(appsDir)) {
            problems.add(new Problem(Mark.startOf(appsDir),
                    "no apps/ folder; a store holds one folder per app: apps/<label>/app.yaml"));
            return List.of();
        }
        List<AppFiles> apps = new ArrayList<>();
        for (Path dir : sortedEntries(appsDir)) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            Optional<Problem> outside = files.checkDirectory(dir);
            if (outside.isPresent()) {
                problems.add(outside.get());
                continue;
            }
            Path appFile = dir.resolve(APP_FILE);
            if (!exists(appFile)) {
                problems.add(new Problem(Mark.startOf(appFile), "missing app.yaml: every folder in apps/ is an app"
                        + " and needs an app.yaml with at least bundleId and primaryLocale"));
                continue;
            }
            YamlDocument app = readChecked(appFile, SchemaValidator.ofApp(sections), false, this::checkAppFile);
            Map<String, YamlDocument> locales = readLocales(dir.resolve(LOCALES_DIR));
            YamlDocument testFlight = readTestFlight(dir.resolve(TESTFLIGHT_FILE));
            Path purchasesFile = dir.resolve(PURCHASES_FILE);
            YamlDocument purchases = exists(purchasesFile)
                    ? readChecked(purchasesFile, SchemaValidator.of(SchemaValidator.Kind.PURCHASES), true, rules::checkPurchasesFile)
                    : null;
            List<MediaSet> media = new MediaLoader(root, files, problems).load(dir, localeCodes(dir, locales));
            Map<String, YamlDocument> sectionFiles = readSectionFiles(dir);
            Map<String, java.util.SortedMap<String, YamlDocument>> sectionFolders = readSectionFolders(dir);
            if (app != null) {
                apps.add(new AppFiles(dir.getFileName().toString(), dir, app, locales, media, testFlight, purchases,
                        sectionFiles, sectionFolders, readMatchedFiles(dir)));
            }
        }
        return apps;
    }

    /** The store's rules of app.yaml, then each written kind-owned key's own. */
    private List<Problem> checkAppFile(YamlDocument doc) {
        List<Problem> found = new ArrayList<>(rules.checkAppFile(doc));
        sectionValues(doc).byKey().forEach((key, input) -> sections.stream().filter(s -> s.key().equals(key))
                .forEach(s -> found.addAll(s.rules().apply(input))));
        return found;
    }

    /** The kind-owned keys this app.yaml writes. */
    private SectionValues sectionValues(YamlDocument appFile) {
        Map<String, SectionInput> out = new LinkedHashMap<>();
        for (StoreSection section : sections) {
            if (!section.isOwnFile() && appFile.root().has(section.key())) {
                out.put(section.key(), new SectionInput(appFile, section.key()));
            }
        }
        return new SectionValues(out);
    }

    /** The kind-owned keys of an app: those app.yaml writes and the kinds' own files that exist. */
    private SectionValues sectionValues(AppFiles app, Policy policy) {
        Map<String, SectionInput> out = new LinkedHashMap<>(sectionValues(app.appFile()).byKey());
        app.sectionFiles().forEach((key, doc) -> out.put(key, SectionInput.whole(doc, key)));
        Map<String, java.util.SortedMap<String, SectionInput>> folders = new LinkedHashMap<>();
        app.sectionFolders().forEach((key, docs) -> {
            java.util.SortedMap<String, SectionInput> files = new java.util.TreeMap<>();
            docs.forEach((name, doc) -> files.put(name, SectionInput.inFolder(doc, key, name)));
            folders.put(key, files);
        });
        Map<String, List<SectionInput>> many = new LinkedHashMap<>();
        for (MatchedFile f : app.matchedFiles()) {
            Path folder = f.doc().file().getParent();
            MediaSpec media = new MediaSpec(f.media(), prunes(policy, folder, MediaKind.SCREENSHOTS),
                    prunes(policy, folder, MediaKind.PREVIEWS));
            many.computeIfAbsent(f.section().key(), k -> new ArrayList<>())
                    .add(SectionInput.matched(f.doc(), f.section().key(), f.path(), media));
        }
        return new SectionValues(out, folders, many);
    }

    /**
     * The files of the sections whose files match a pattern ({@link StoreSection#ownFiles}), checked, in path order;
     * with media, the media folders beside each file too, checked against the locale files of its locales/ folder.
     */
    private List<MatchedFile> readMatchedFiles(Path appDir) {
        List<MatchedFile> out = new ArrayList<>();
        for (StoreSection section : sections) {
            if (!section.isPattern()) {
                continue;
            }
            for (Path file : matching(appDir, List.of(section.file().split("/")))) {
                String path = appDir.relativize(file).toString().replace('\\', '/');
                YamlDocument doc = readChecked(file, SchemaValidator.ofSectionFile(section), true,
                        d -> section.rules().apply(SectionInput.matched(d, section.key(), path, MediaSpec.none())));
                if (doc == null) {
                    continue;
                }
                List<MediaSet> media = section.media()
                        ? new MediaLoader(root, files, problems).load(file.getParent(), localeCodes(file.getParent(),
                        Map.of()))
                        : List.of();
                out.add(new MatchedFile(section, path, doc, media));
            }
        }
        return out;
    }

    /**
     * The files under {@code dir} matching the pattern's segments, in name order; {@code *} in a segment stands for
     * any characters of a name that does not start with a dot ({@code *.yaml}).
     */
    private List<Path> matching(Path dir, List<String> segments) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        String first = segments.get(0);
        java.util.regex.Pattern glob = java.util.regex.Pattern.compile(java.util.Arrays.stream(first.split("\\*", -1))
                .map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("[^/]*")));
        List<Path> candidates = first.contains("*")
                ? sortedEntries(dir).stream().filter(p -> !p.getFileName().toString().startsWith("."))
                .filter(p -> glob.matcher(p.getFileName().toString()).matches()).toList()
                : List.of(dir.resolve(first));
        List<Path> out = new ArrayList<>();
        for (Path candidate : candidates) {
            if (segments.size() == 1) {
                if (exists(candidate) && !Files.isDirectory(candidate, LinkOption.NOFOLLOW_LINKS)) {
                    out.add(candidate);
                }
            } else if (Files.isDirectory(candidate, LinkOption.NOFOLLOW_LINKS)) {
                out.addAll(matching(candidate, segments.subList(1, segments.size())));
            }
        }
        return out;
    }

    /**
     * The kinds' own folders in the app folder ({@link StoreSection#ownFolder}) that exist: each {@code <name>.yaml}
     * in them read and checked, by section key and name. Subfolders and hidden files are left to the kind.
     */
    private Map<String, java.util.SortedMap<String, YamlDocument>> readSectionFolders(Path appDir) {
        Map<String, java.util.SortedMap<String, YamlDocument>> out = new LinkedHashMap<>();
        for (StoreSection section : sections) {
            if (section.folder() == null || !Files.isDirectory(appDir.resolve(section.folder()))) {
                continue;
            }
            java.util.SortedMap<String, YamlDocument> docs = new java.util.TreeMap<>();
            for (Path file : sortedEntries(appDir.resolve(section.folder()))) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (name.endsWith(".yml")) {
                    problems.add(new Problem(Mark.startOf(file), section.folder() + " files end in .yaml; rename to "
                            + name.substring(0, name.length() - 4) + ".yaml"));
                    continue;
                }
                if (!name.endsWith(".yaml")) {
                    continue;
                }
                YamlDocument doc = readChecked(file, SchemaValidator.ofSectionFile(section), true,
                        d -> section.rules().apply(SectionInput.inFolder(d, section.key(),
                                name.substring(0, name.length() - ".yaml".length()))));
                if (doc != null) {
                    docs.put(name.substring(0, name.length() - ".yaml".length()), doc);
                }
            }
            out.put(section.key(), docs);
        }
        return out;
    }

    /** The kinds' own files in the app folder ({@link StoreSection#ownFile}) that exist, checked, by section key. */
    private Map<String, YamlDocument> readSectionFiles(Path appDir) {
        Map<String, YamlDocument> out = new LinkedHashMap<>();
        for (StoreSection section : sections) {
            if (!section.isOwnFile() || section.folder() != null || section.isPattern()) {
                continue;
            }
            Path file = appDir.resolve(section.file());
            if (!exists(file)) {
                continue;
            }
            YamlDocument doc = readChecked(file, SchemaValidator.ofSectionFile(section), true,
                    d -> section.rules().apply(SectionInput.whole(d, section.key())));
            if (doc != null) {
                out.put(section.key(), doc);
            }
        }
        return out;
    }

    /** testflight.yaml is optional: without it the app's beta side is not managed. */
    private YamlDocument readTestFlight(Path file) {
        if (!exists(file)) {
            return YamlDocument.emptyMap(file);
        }
        return readChecked(file, SchemaValidator.of(SchemaValidator.Kind.TESTFLIGHT), true, rules::checkTestFlightFile);
    }

    /**
     * Pruning of a media kind applies only to an app that has the kind's folder: an app without
     * {@code screenshots/} does not manage screenshots at all, so turning pruning on can never wipe a store's
     * screenshots just because nobody has put them in git yet.
     */
    private static boolean prunes(Policy policy, Path appDir, MediaKind kind) {
        return policy.prunes(kind.folder()) && Files.isDirectory(appDir.resolve(kind.folder()));
    }

    /** Locale codes with a locale file, including files that had problems (reported already). */
    private static java.util.Set<String> localeCodes(Path appDir, Map<String, YamlDocument> locales) {
        java.util.Set<String> codes = new java.util.HashSet<>(locales.keySet());
        Path dir = appDir.resolve(LOCALES_DIR);
        if (Files.isDirectory(dir)) {
            for (Path file : sortedEntries(dir)) {
                String name = file.getFileName().toString();
                if (name.endsWith(".yaml") && !name.startsWith(".")) {
                    codes.add(name.substring(0, name.length() - ".yaml".length()));
                }
            }
        }
        return codes;
    }

    private Map<String, YamlDocument> readLocales(Path localesDir) {
        Map<String, YamlDocument> locales = new LinkedHashMap<>();
        if (!Files.isDirectory(localesDir)) {
            return locales;
        }
        for (Path file : sortedEntries(localesDir)) {
            String name = file.getFileName().toString();
            if (name.endsWith(".yml")) {
                problems.add(new Problem(Mark.startOf(file), "locale files end in .yaml; rename to "
                        + name.substring(0, name.length() - 4) + ".yaml"));
                continue;
            }
            if (name.startsWith(".") || !name.endsWith(".yaml") || Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                // Editor backups, .DS_Store and the like are not ours; hidden files are tools' own (translate's
                // .translations.yaml), never a locale.
                continue;
            }
            String code = name.substring(0, name.length() - ".yaml".length());
            if (!AscLocales.isKnown(code)) {
                problems.add(new Problem(Mark.startOf(file), "locale file " + name + ": " + StoreRules.unknownLocale(code)));
                continue;
            }
            YamlDocument doc = readChecked(file, SchemaValidator.of(SchemaValidator.Kind.LOCALE), false,
                    d -> rules.checkLocaleFile(d, code));
            if (doc != null) {
                locales.put(code, doc);
            }
        }
        return locales;
    }

    private void checkAcrossApps(List<AppFiles> apps) {
        Map<String, AppFiles> byBundleId = new HashMap<>();
        for (AppFiles app : apps) {
            JsonNode bundleId = app.appFile().root().path("bundleId");
            if (bundleId.isString()) {
                AppFiles first = byBundleId.putIfAbsent(bundleId.asString(), app);
                if (first != null) {
                    problems.add(app.appFile().problemAt("/bundleId", "bundleId '" + bundleId.asString()
                            + "' is already used by " + root.relativize(first.appFile().file())
                            + "; each app folder must manage a different app"));
                }
            }
            JsonNode primary = app.appFile().root().path("primaryLocale");
            if (primary.isString() && AscLocales.isKnown(primary.asString())
                    && !app.locales().containsKey(primary.asString())
                    && !Files.exists(app.dir().resolve(LOCALES_DIR).resolve(primary.asString() + ".yaml"))) {
                problems.add(app.appFile().problemAt("/primaryLocale", "primaryLocale " + primary.asString()
                        + " has no locale file; create " + APPS_DIR + "/" + app.label() + "/" + LOCALES_DIR + "/"
                        + primary.asString() + ".yaml"));
            }
            checkVersionTextHasAVersion(app);
        }
    }

    /**
     * Version-level locale text (description, keywords, whatsNew, ...) is applied to the version named by
     * {@code version.versionString}; without it there is nothing to apply the text to, and dropping it unnoticed
     * would let a reviewed edit never reach the store. So it is an error at the first such key of each locale file.
     */
    private void checkVersionTextHasAVersion(AppFiles app) {
        if (app.appFile().root().path("version").path("versionString").isString()) {
            return;
        }
        for (YamlDocument locale : app.locales().values()) {
            if (!locale.root().isObject()) {
                continue;
            }
            List<String> versionKeys = kinds.keysAt(TextLimits.Place.LOCALE_VERSION);
            locale.root().propertyNames().stream().filter(versionKeys::contains).findFirst()
                    .ifPresent(key -> problems.add(new Problem(locale.keyMark(YamlDocument.child("", key)), key
                            + " needs a version to apply to: add version: {versionString: \"X.Y.Z\"} to "
                            + APPS_DIR + "/" + app.label() + "/" + APP_FILE + " (the version being prepared),"
                            + " or remove the version text (" + String.join(", ", versionKeys)
                            + ") from this file to leave it unmanaged")));
        }
    }

    /** Reads, schema-checks and rule-checks one file; records its problems and returns the document if it parsed. */
    private YamlDocument readChecked(Path file, SchemaValidator schema, boolean emptyAsMap,
                                     Function<YamlDocument, List<Problem>> fileRules) {
        Optional<Problem> unreadable = files.checkFile(file);
        if (unreadable.isPresent()) {
            problems.add(unreadable.get());
            return null;
        }
        SafeYamlReader.Outcome outcome = SafeYamlReader.read(file, emptyAsMap);
        if (outcome instanceof SafeYamlReader.Failed failed) {
            problems.add(failed.problem());
            return null;
        }
        YamlDocument doc = ((SafeYamlReader.Read) outcome).document();
        problems.addAll(schema.validate(doc));
        if (doc.root().isObject()) {
            problems.addAll(fileRules.apply(doc));
        }
        return doc;
    }

    /** Whether anything is at {@code file}, a dangling link included (reported by {@link StoreFiles}, not skipped). */
    private static boolean exists(Path file) {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }

    private static List<Path> sortedEntries(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot list " + dir, e);
        }
    }
}
