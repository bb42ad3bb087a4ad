package dev.ascctl.translate;

import dev.ascctl.store.AppSpec;
import dev.ascctl.store.LocaleSpec;
import dev.ascctl.store.Mark;
import dev.ascctl.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Translated fields whose source text changed after the translation ({@link Provenance}): {@code validate} warns
 * about them and {@code plan} shows them, with the command that refreshes each. A warning, not an error: the old
 * translation is still valid text, and a team may ship it while the new one is reviewed. A person who reviewed a
 * stale field and finds it still right records that with {@link #accept} ({@code ascctl translate --accept-stale}).
 */
public final class StaleTranslations {
    private StaleTranslations() {
    }

    /**
     * One stale field: its record's key ({@code subtitle}, {@code purchases.yaml productId com.example.pro name}),
     * the field as {@code --fields} names it, where the translation is written, and the current source's hash.
     */
    public record Stale(String locale, String key, String field, Provenance.Entry entry, String sourceHash,
                        Mark mark) {
        /** The warning validate and plan print. */
        String warning(AppSpec app) {
            return mark + ": " + key + ": source changed since translation (" + entry.from() + " was edited after "
                    + entry.provider() + " translated it); refresh with: ascctl translate --app " + app.bundleId()
                    + " --from " + entry.from() + " --to " + locale + " --fields " + field;
        }
    }

    /** One warning per stale field, at the field in its locale file, e.g. {@code apps/notes/locales/de-DE.yaml:3:11:
     * subtitle: source changed since translation (en-US edited after deepl translated it); ...}. */
    public static List<String> of(Store store) {
        List<Map.Entry<Mark, String>> out = new ArrayList<>();
        for (AppSpec app : store.apps()) {
            find(app).forEach(s -> out.add(Map.entry(s.mark(), s.warning(app))));
        }
        // In the order of the files and lines, as validate lists problems.
        return out.stream().sorted(Comparator.comparing((Map.Entry<Mark, String> e) -> e.getKey().file().toString())
                .thenComparingInt(e -> e.getKey().line())).map(Map.Entry::getValue).toList();
    }

    /** An app's stale fields, in no particular order. */
    public static List<Stale> find(AppSpec app) {
        List<Stale> out = new ArrayList<>();
        Provenance provenance = Provenance.read(app.dir().resolve("locales"));
        provenance.all().forEach((locale, fields) -> fields.forEach((field, entry) -> {
            if (field.contains(" ")) {
                return; // a purchases.yaml or testflight.yaml field: below
            }
            LocaleSpec target = app.locales().get(locale);
            LocaleSpec source = app.locales().get(entry.from());
            if (target == null || source == null) {
                return;
            }
            Optional<Mark> mark = Optional.ofNullable(target.appInfo().marks().get(field))
                    .or(() -> Optional.ofNullable(target.version().marks().get(field)));
            if (mark.isEmpty()) {
                return; // the field was removed from the locale: nothing of it is applied any more
            }
            String now = Provenance.hash(source.appInfo().text(field).or(() -> source.version().text(field)).orElse(""));
            if (!now.equals(entry.source())) {
                out.add(new Stale(locale, field, field, entry, now, mark.get()));
            }
        }));
        for (String name : NestedLocalizations.files(app.dir())) {
            nested(app, name, provenance, out);
        }
        return out;
    }

    /**
     * Records that a person reviewed the stale fields of {@code locales} (only {@code fields}, when named; only
     * translations from {@code from}, when given) and keeps them: each record's source hash becomes the current
     * source's. The text's hash stays what translate wrote, so a field a person edited after its translation is still
     * theirs and never replaced without {@code --force}. Writes nothing when {@code dryRun}, or when nothing is stale.
     *
     * @return the fields accepted (or, dry, that would be)
     */
    public static List<Stale> accept(AppSpec app, List<String> locales, List<String> fields, Optional<String> from,
                                     boolean dryRun) {
        List<Stale> chosen = find(app).stream().filter(s -> locales.contains(s.locale()))
                .filter(s -> fields.isEmpty() || fields.contains(s.field()))
                .filter(s -> from.map(f -> f.equals(s.entry().from())).orElse(true))
                .sorted(Comparator.comparing(Stale::locale).thenComparing(s -> s.mark().file().toString())
                        .thenComparingInt(s -> s.mark().line())).toList();
        if (!dryRun && !chosen.isEmpty()) {
            Provenance provenance = Provenance.read(app.dir().resolve("locales"));
            chosen.forEach(s -> provenance.put(s.locale(), s.key(), new Provenance.Entry(s.entry().from(),
                    s.sourceHash(), s.entry().text(), s.entry().provider())));
            provenance.write();
        }
        return chosen;
    }

    /** The stale fields of a purchases.yaml or testflight.yaml localization, at the field's key in that file. */
    private static void nested(AppSpec app, String name, Provenance provenance, List<Stale> out) {
        Path file = app.dir().resolve(name);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        NestedLocalizations nested;
        try {
            nested = new NestedLocalizations(name, Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        for (NestedLocalizations.Block block : nested.blocks()) {
            String prefix = block.owner() + " ";
            provenance.all().forEach((locale, fields) -> fields.forEach((key, entry) -> {
                String field = key.startsWith(prefix) ? key.substring(prefix.length()) : "";
                Map<String, String> source = nested.texts(block, entry.from());
                int[] at = field.isEmpty() || field.contains(" ") ? null : nested.position(block, locale, field);
                if (at == null || source == null) {
                    return; // the field or its source is gone: nothing of the translation is applied any more
                }
                String now = Provenance.hash(source.getOrDefault(field, ""));
                if (!now.equals(entry.source())) {
                    out.add(new Stale(locale, key, field, entry, now, new Mark(file, at[0], at[1])));
                }
            }));
        }
    }
}
