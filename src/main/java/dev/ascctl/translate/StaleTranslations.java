package dev.ascctl.translate;

import dev.ascctl.store.AppSpec;
import dev.ascctl.store.LocaleSpec;
import dev.ascctl.store.Mark;
import dev.ascctl.store.Store;
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

    /** One warning per stale field, at the field in its locale file, e.g. {@code apps/notes/locales/de-DE.yaml:3:11:
     * subtitle: source changed since translation (en-US edited after deepl translated it); ...}. */
    public static List<String> of(Store store) {
        List<Map.Entry<Mark, String>> out = new ArrayList<>();
        for (AppSpec app : store.apps()) {
            Provenance provenance = Provenance.read(app.dir().resolve("locales"));
            provenance.all().forEach((locale, fields) -> fields.forEach((field, entry) -> {
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
        }
        // In the order of the files and lines, as validate lists problems.
        return out.stream().sorted(Comparator.comparing((Map.Entry<Mark, String> e) -> e.getKey().file().toString())
                .thenComparingInt(e -> e.getKey().line())).map(Map.Entry::getValue).toList();
    }
}
