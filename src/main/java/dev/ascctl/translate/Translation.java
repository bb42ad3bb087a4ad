package dev.ascctl.translate;

import dev.ascctl.store.AppSpec;
import dev.ascctl.store.LocaleSpec;
import dev.ascctl.store.TextLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * {@code ascctl translate}: the app's locale files for the asked locales, written from the source locale by a
 * provider, for a person to review in the pull request; nothing is sent to App Store Connect ({@code plan} and
 * {@code apply} send it like any edit). Per locale one request (a batch of its fields), locales in parallel up to a
 * limit. Every answer passes {@link QualityGates} and fits Apple's limit for its field, counted as {@code validate}
 * counts ({@link TextLimits#length}); an answer over it is asked again with the limit and the count, then left for a
 * person as a commented suggestion, never cut. Keywords are asked as search terms and written only as a suggestion.
 * A field written by a person, or edited after its translation ({@link Provenance}), is kept unless forced. Any
 * refused answer or failed request writes nothing at all.
 */
public final class Translation {
    /** The locale file key asked as search terms, never applied. */
    static final String KEYWORDS = "keywords";
    /** Where {@code purchases.yaml} and {@code testflight.yaml} write the texts translate fills. */
    private static final List<TextLimits.Place> NESTED_PLACES = List.of(TextLimits.Place.PRODUCT_LOCALIZATION,
            TextLimits.Place.SUBSCRIPTION_GROUP_LOCALIZATION, TextLimits.Place.BETA_APP_LOCALIZATION,
            TextLimits.Place.BETA_BUILD_LOCALIZATION, TextLimits.Place.APP_EVENT_LOCALIZATION);

    /** What happened to one field of one locale. */
    public record Outcome(String locale, String field, Kind kind, String detail) {
    }

    /** The kinds of outcome, in the order a report lists them. */
    public enum Kind { WRITTEN, SUGGESTED, NEEDS_PERSON, KEPT, WOULD_ASK }

    /** What a run did (or, dry, would do): outcomes by locale and field, and the characters of source text sent. */
    public record Result(String provider, List<Outcome> outcomes, int characters, List<Path> written) {
        public Result {
            outcomes = List.copyOf(outcomes);
            written = List.copyOf(written);
        }
    }

    /** A translation refused before anything was written: every reason, by locale and field. */
    public static final class RefusedException extends RuntimeException {
        public RefusedException(String message) {
            super(message);
        }
    }

    private final AppSpec app;
    private final Map<String, Integer> limits;
    private final TextLimits nestedLimits;
    private final Engine engine;
    private final String providerName;
    private final List<String> glossary;
    private final int parallelism;

    /**
     * @param limits       Apple's limit per locale file key (the kinds' {@code TextLimits} at the locale places)
     * @param providerName how provenance names the provider, e.g. deepl
     * @param parallelism  locales asked at once
     */
    public Translation(AppSpec app, Map<String, Integer> limits, dev.ascctl.provider.Provider provider,
                       String providerName, List<String> glossary, int parallelism) {
        this(app, limits, TextLimits.none(), provider, providerName, glossary, parallelism);
    }

    /**
     * Also the localizations of {@code purchases.yaml} and {@code testflight.yaml} ({@link NestedLocalizations}),
     * limited by {@code nestedLimits} at their places.
     */
    public Translation(AppSpec app, Map<String, Integer> limits, TextLimits nestedLimits,
                       dev.ascctl.provider.Provider provider, String providerName, List<String> glossary,
                       int parallelism) {
        this.nestedLimits = nestedLimits;
        this.app = app;
        this.limits = Map.copyOf(limits);
        this.engine = Engine.of(provider);
        this.providerName = providerName;
        this.glossary = List.copyOf(glossary);
        this.parallelism = Math.max(1, parallelism);
    }

    /** The locale file keys translate asks for by default: every text Apple limits, URLs aside. */
    public static List<String> translatable(Map<String, Integer> limits) {
        return limits.keySet().stream().filter(k -> !k.endsWith("Url")).toList();
    }

    public Result run(TranslateRequest request) {
        Path localesDir = app.dir().resolve("locales");
        LocaleSpec source = app.locales().get(request.from());
        if (source == null) {
            throw new IllegalArgumentException(app.bundleId() + " has no " + request.from() + " locale to translate"
                    + " from (apps/" + app.label() + "/locales/" + request.from() + ".yaml); its locales: "
                    + app.locales().keySet());
        }
        List<String> choices = new ArrayList<>(translatable(limits));
        NESTED_PLACES.forEach(place -> nestedLimits.at(place).keySet().stream().filter(k -> !choices.contains(k))
                .forEach(choices::add));
        for (String field : request.fields()) {
            if (!choices.contains(field)) {
                throw new IllegalArgumentException("--fields: '" + field + "' is not a text translate writes; choose"
                        + " from " + choices);
            }
        }
        List<String> fields = (request.fields().isEmpty() ? translatable(limits) : request.fields()).stream()
                .filter(limits::containsKey).toList();
        // In the source file's order, so a new locale file reads like its source.
        Map<String, String> sourceText = new LinkedHashMap<>();
        fields.stream().sorted(java.util.Comparator.comparingInt(f -> line(source, f))).forEach(field ->
                text(source, field).filter(t -> !t.isBlank()).ifPresent(t -> sourceText.put(field, t)));
        boolean anySource = !sourceText.isEmpty();
        Provenance provenance = Provenance.read(localesDir);
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, Map<String, Engine.Field>> asks = new LinkedHashMap<>();
        int characters = 0;
        for (String locale : request.to()) {
            LocaleSpec target = app.locales().get(locale);
            Map<String, Engine.Field> ask = new LinkedHashMap<>();
            for (var e : sourceText.entrySet()) {
                String field = e.getKey();
                Optional<String> current = target == null ? Optional.empty() : text(target, field);
                Optional<String> keep = request.force() ? Optional.empty()
                        : keepReason(field, current, provenance.get(locale, field), e.getValue());
                if (keep.isPresent()) {
                    outcomes.add(new Outcome(locale, field, Kind.KEPT, keep.get()));
                    continue;
                }
                ask.put(field, new Engine.Field(e.getValue(), limits.get(field), field.equals(KEYWORDS)));
                characters += length(e.getValue());
                if (request.dryRun()) {
                    outcomes.add(new Outcome(locale, field, Kind.WOULD_ASK, length(e.getValue()) + " characters"));
                }
            }
            if (!ask.isEmpty()) {
                asks.put(locale, ask);
            }
        }
        // purchases.yaml and testflight.yaml: their localizations maps, asked in the same request per locale.
        Map<String, NestedLocalizations> nestedFiles = new LinkedHashMap<>();
        Map<String, NestedAsk> nestedAsks = new LinkedHashMap<>();
        for (String name : NestedLocalizations.files(app.dir())) {
            Path file = app.dir().resolve(name);
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            NestedLocalizations nested = new NestedLocalizations(name, readText(file));
            for (NestedLocalizations.Block block : nested.blocks()) {
                Map<String, String> from = nested.texts(block, request.from());
                if (from == null) {
                    continue;
                }
                for (String locale : request.to()) {
                    Map<String, String> existing = nested.texts(block, locale);
                    for (var e : from.entrySet()) {
                        Optional<Integer> limit = nestedLimits.limitOf(block.place(), e.getKey());
                        if (limit.isEmpty() || e.getValue().isBlank()
                                || (!request.fields().isEmpty() && !request.fields().contains(e.getKey()))) {
                            continue;
                        }
                        anySource = true;
                        String key = block.owner() + " " + e.getKey();
                        Optional<String> keep = request.force() ? Optional.empty() : keepReason(e.getKey(),
                                Optional.ofNullable(existing).map(m -> m.get(e.getKey())),
                                provenance.get(locale, key), e.getValue());
                        if (keep.isEmpty() && !request.force() && existing != null
                                && !existing.containsKey(e.getKey()) && nested.writes(block, locale, e.getKey())) {
                            // An explicit null: a person chose to clear the text in this locale.
                            keep = Optional.of("cleared by a person with null (--force to replace)");
                        }
                        if (keep.isPresent()) {
                            outcomes.add(new Outcome(locale, key, Kind.KEPT, keep.get()));
                            continue;
                        }
                        nestedFiles.put(name, nested);
                        nestedAsks.put(key, new NestedAsk(name, block, e.getKey()));
                        asks.computeIfAbsent(locale, l -> new LinkedHashMap<>()).put(key,
                                new Engine.Field(e.getValue(), limit.get(), false));
                        sourceText.putIfAbsent(key, e.getValue());
                        characters += length(e.getValue());
                        if (request.dryRun()) {
                            outcomes.add(new Outcome(locale, key, Kind.WOULD_ASK, length(e.getValue())
                                    + " characters"));
                        }
                    }
                }
            }
        }
        if (!anySource) {
            throw new IllegalArgumentException(request.from() + " has none of " + (request.fields().isEmpty()
                    ? choices : request.fields()) + " to translate");
        }
        if (request.dryRun() || asks.isEmpty()) {
            return new Result(providerName, outcomes, characters, List.of());
        }
        Map<String, Map<String, String>> answers = ask(asks, request.from());
        List<String> refusals = new ArrayList<>();
        Map<String, List<Outcome>> byLocale = new LinkedHashMap<>();
        answers.forEach((locale, answer) -> answer.forEach((field, text) -> {
            String sourceValue = sourceText.get(field);
            Optional<String> refused = field.equals(KEYWORDS) ? QualityGates.script(text, locale, glossary)
                    : QualityGates.check(sourceValue, text, locale, glossary);
            refused.ifPresent(r -> refusals.add(locale + " " + field + ": " + r));
        }));
        if (!refusals.isEmpty()) {
            throw new RefusedException("the answers of " + providerName + " were refused; nothing was written:\n  "
                    + String.join("\n  ", refusals));
        }
        Map<Path, LocaleFileText> texts = new LinkedHashMap<>();
        for (String locale : answers.keySet()) {
            Path file = localesDir.resolve(locale + ".yaml");
            try {
                texts.put(file, new LocaleFileText(read(file, source.file())));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": " + e.getMessage());
            }
        }
        List<Path> written = new ArrayList<>();
        Map<NestedPut, Map<String, String>> nestedPuts = new LinkedHashMap<>();
        for (var entry : answers.entrySet()) {
            String locale = entry.getKey();
            Path file = localesDir.resolve(locale + ".yaml");
            LocaleFileText text = texts.get(file);
            boolean wroteField = false;
            for (var a : entry.getValue().entrySet()) {
                String field = a.getKey();
                NestedAsk nestedAsk = nestedAsks.get(field);
                if (nestedAsk != null) {
                    int limit = asks.get(locale).get(field).limit();
                    int length = length(a.getValue());
                    if (length > limit) {
                        outcomes.add(new Outcome(locale, field, Kind.NEEDS_PERSON, length + " characters, Apple's"
                                + " limit is " + limit + ": \"" + a.getValue() + "\""));
                    } else {
                        nestedPuts.computeIfAbsent(new NestedPut(nestedAsk.file(), nestedAsk.block(), locale),
                                p -> new LinkedHashMap<>()).put(nestedAsk.field(), a.getValue());
                        provenance.put(locale, field, new Provenance.Entry(request.from(),
                                Provenance.hash(sourceText.get(field)), Provenance.hash(a.getValue()), providerName));
                        outcomes.add(new Outcome(locale, field, Kind.WRITTEN, length + " of " + limit
                                + " characters"));
                    }
                    continue;
                }
                String answer = field.equals(KEYWORDS) ? Engine.MachineTranslation.tidyKeywords(a.getValue())
                        : a.getValue();
                int limit = limits.get(field);
                int length = length(answer);
                if (field.equals(KEYWORDS)) {
                    text.suggest(field, JsonNodeFactory.instance.stringNode(answer), providerName + ", " + length
                            + " of " + limit + " characters" + (length > limit ? ", over the limit: shorten" : "")
                            + "; uncomment to accept");
                    outcomes.add(new Outcome(locale, field, Kind.SUGGESTED, length + " of " + limit + " characters"));
                } else if (length > limit) {
                    text.suggest(field, JsonNodeFactory.instance.stringNode(answer), providerName + "'s text has "
                            + length + " characters, Apple's limit is " + limit + ": shorten it, then uncomment");
                    outcomes.add(new Outcome(locale, field, Kind.NEEDS_PERSON, length + " characters, Apple's limit is "
                            + limit + (engine.canShorten() ? " (asked again with the limit)" : " (" + providerName
                            + " takes no length limit)") + ": \"" + answer.replace("\n", "\\n") + "\""));
                } else {
                    text.dropSuggestion(field).set(field, JsonNodeFactory.instance.stringNode(answer));
                    provenance.put(locale, field, new Provenance.Entry(request.from(),
                            Provenance.hash(sourceText.get(field)), Provenance.hash(answer), providerName));
                    outcomes.add(new Outcome(locale, field, Kind.WRITTEN, length + " of " + limit + " characters"));
                    wroteField = true;
                }
            }
            // A locale file of comments alone is no locale (validate refuses an empty file): a new locale whose
            // every answer is left for a person gets no file; the report shows the answers.
            if (wroteField || Files.exists(file)) {
                write(file, text.text());
                written.add(file);
            }
        }
        // From the bottom of each file up: a locale's new line moves the blocks below it, never those above.
        nestedPuts.entrySet().stream().sorted(java.util.Comparator.comparing((Map.Entry<NestedPut, Map<String, String>> e)
                -> -e.getKey().block().line())).forEach(e -> nestedFiles.get(e.getKey().file()).put(e.getKey().block(),
                e.getKey().locale(), request.from(), e.getValue()));
        for (var nested : nestedFiles.entrySet()) {
            Path file = app.dir().resolve(nested.getKey());
            write(file, nested.getValue().text());
            written.add(file);
        }
        provenance.write();
        written.add(localesDir.resolve(Provenance.FILE));
        outcomes.sort(java.util.Comparator.comparing(Outcome::locale).thenComparing(o -> o.kind().ordinal()));
        return new Result(providerName, outcomes, characters, written);
    }

    /** Why a field of the target stays as it is, or empty when it is to be (re)translated. */
    private static Optional<String> keepReason(String field, Optional<String> current, Provenance.Entry entry,
                                               String source) {
        if (current.isEmpty()) {
            return Optional.empty();
        }
        if (field.equals(KEYWORDS)) {
            return Optional.of("the locale has keywords (--force for a new suggestion)");
        }
        if (entry == null) {
            return Optional.of("written by a person (--force to replace)");
        }
        if (!entry.text().equals(Provenance.hash(current.get()))) {
            return Optional.of("edited by hand after translation (--force to replace)");
        }
        if (entry.source().equals(Provenance.hash(source))) {
            return Optional.of("up to date with its source");
        }
        return Optional.empty();
    }

    /** Each locale's answers, asked in parallel; over-limit answers asked again once when the provider can. */
    private Map<String, Map<String, String>> ask(Map<String, Map<String, Engine.Field>> asks, String from) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, asks.size()), r -> {
            Thread t = new Thread(r, "ascctl-translate");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<String, Future<Map<String, String>>> futures = new LinkedHashMap<>();
            asks.forEach((locale, fields) -> futures.put(locale, pool.submit(() -> askOne(fields, from, locale))));
            Map<String, Map<String, String>> out = new LinkedHashMap<>();
            List<String> failures = new ArrayList<>();
            for (var f : futures.entrySet()) {
                try {
                    out.put(f.getKey(), f.getValue().get());
                } catch (ExecutionException e) {
                    failures.add(f.getKey() + ": " + e.getCause().getMessage());
                }
            }
            if (!failures.isEmpty()) {
                throw new RefusedException(providerName + " could not translate; nothing was written:\n  "
                        + String.join("\n  ", failures));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while translating");
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<String, String> askOne(Map<String, Engine.Field> fields, String from, String to) {
        Map<String, String> answers = new LinkedHashMap<>(engine.translate(fields, from, to, glossary));
        Map<String, Engine.Over> over = new LinkedHashMap<>();
        answers.forEach((field, text) -> {
            Engine.Field asked = fields.get(field);
            if (length(text) > asked.limit()) {
                over.put(field, new Engine.Over(asked, text));
            }
        });
        if (!over.isEmpty() && engine.canShorten()) {
            answers.putAll(engine.shorten(over, from, to, glossary));
        }
        return answers;
    }

    /** A field of a purchases.yaml or testflight.yaml localization, asked under {@code owner field}. */
    private record NestedAsk(String file, NestedLocalizations.Block block, String field) {
    }

    /** A locale's texts for one block of a purchases.yaml or testflight.yaml file, written after every answer. */
    private record NestedPut(String file, NestedLocalizations.Block block, String locale) {
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The line a field is written on in a locale file, for ordering. */
    private static int line(LocaleSpec locale, String field) {
        var mark = locale.appInfo().marks().get(field);
        mark = mark != null ? mark : locale.version().marks().get(field);
        return mark == null ? Integer.MAX_VALUE : mark.line();
    }

    /** A locale's text of a field as Apple gets it (keywords joined). */
    private static Optional<String> text(LocaleSpec locale, String field) {
        return locale.appInfo().text(field).or(() -> locale.version().text(field));
    }

    /** Length as Apple counts it and {@code validate} checks it. */
    static int length(String text) {
        return TextLimits.length(text);
    }

    /** A locale file's text; a new one starts with the source file's schema line, so editors still check it. */
    private static String read(Path file, Path sourceFile) {
        try {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return Files.readString(file);
            }
            String first = Files.readString(sourceFile).lines().findFirst().orElse("");
            return first.startsWith("# yaml-language-server:") ? first + "\n" : "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
