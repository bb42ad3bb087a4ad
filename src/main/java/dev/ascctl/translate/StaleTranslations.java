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
 * translation is still valid text, and a team may ship it while the new one is reviewed.
 */
public final class StaleTranslations {
    private StaleTranslations() {
    }

    /** The stale fields of a purchases.yaml or testflight.yaml localization, at the field's key in that file. */
    private static void nested(AppSpec app, String name, Provenance provenance, List<Map.Entry<Mark, String>> out) {
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
                if (!Provenance.hash(source.getOrDefault(field, "")).equals(entry.source())) {
                    Mark mark = new Mark(file, at[0], at[1]);
                    out.add(Map.entry(mark, mark + ": " + key + ": source changed since translation ("
                            + entry.from() + " was edited after " + entry.provider() + " translated it); refresh"
                            + " with: ascctl translate --app " + app.bundleId() + " --from " + entry.from() + " --to "
                            + locale + " --fields " + field));
                }
            }));
        }
    }

    /** One warning per stale field, at the field in its locale file, e.g. {@code apps/notes/locales/de-DE.yaml:3:11:
     * subtitle: source changed since translation (en-US edited after deepl translated it); ...}. */
    public static List<String> of(Store store) {
        List<Map.Entry<Mark, String>> out = new ArrayList<>();
        for (AppSpec app : store.apps()) {
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
                String now = source.appInfo().text(field).or(() -> source.version().text(field)).orElse("");
                if (!Provenance.hash(now).equals(entry.source())) {
                    out.add(Map.entry(mark.get(), mark.get() + ": " + field + ": source changed since translation (" + entry.from()
                            + " was edited after " + entry.provider() + " translated it); refresh with: ascctl"
                            + " translate --app " + app.bundleId() + " --from " + entry.from() + " --to " + locale
                            + " --fields " + field));
                }
            }));
            for (String name : NestedLocalizations.FILES) {
                nested(app, name, provenance, out);
            }
        }
        // In the order of the files and lines, as validate lists problems.
        return out.stream().sorted(Comparator.comparing((Map.Entry<Mark, String> e) -> e.getKey().file().toString())
                .thenComparingInt(e -> e.getKey().line())).map(Map.Entry::getValue).toList();
    }
}
