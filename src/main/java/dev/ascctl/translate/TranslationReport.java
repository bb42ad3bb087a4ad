package dev.ascctl.translate;

import dev.ascctl.store.AppSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a translate run did, as the person who runs it reads it: per locale the fields written, suggested and kept,
 * then what needs a person, then what to do next.
 * <pre>
 * Translated com.example.notes from en-US with deepl (2 locales, 1,234 characters of source text):
 *   de-DE  wrote name, subtitle, description; suggested keywords; kept promotionalText (edited by hand ...)
 * Needs a person:
 *   ja subtitle: 34 characters, Apple's limit is 30 (asked again with the limit); left as a suggestion in ja.yaml
 * </pre>
 */
public final class TranslationReport {
    private TranslationReport() {
    }

    public static String text(Translation.Result result, AppSpec app, TranslateRequest request) {
        StringBuilder out = new StringBuilder();
        Map<String, List<Translation.Outcome>> byLocale = result.outcomes().stream()
                .collect(Collectors.groupingBy(Translation.Outcome::locale, LinkedHashMap::new, Collectors.toList()));
        String characters = String.format("%,d", result.characters());
        if (request.dryRun()) {
            out.append("Dry run: would ask ").append(result.provider()).append(" to translate ")
                    .append(app.bundleId()).append(" from ").append(request.from()).append(": ")
                    .append(characters).append(" characters of source text, one request per locale; nothing is"
                            + " sent or written.\n");
        } else {
            out.append("Translated ").append(app.bundleId()).append(" from ").append(request.from()).append(" with ")
                    .append(result.provider()).append(" (").append(characters)
                    .append(" characters of source text); nothing was sent to App Store Connect.\n");
        }
        for (String locale : request.to()) {
            List<Translation.Outcome> outcomes = byLocale.getOrDefault(locale, List.of());
            StringBuilder line = new StringBuilder("  ").append(locale).append(": ");
            String would = names(outcomes, Translation.Kind.WOULD_ASK, false);
            String wrote = names(outcomes, Translation.Kind.WRITTEN, false);
            String suggested = names(outcomes, Translation.Kind.SUGGESTED, false);
            String kept = names(outcomes, Translation.Kind.KEPT, true);
            String person = names(outcomes, Translation.Kind.NEEDS_PERSON, false);
            List<String> parts = new java.util.ArrayList<>();
            if (!would.isEmpty()) {
                parts.add("would ask for " + would);
            }
            if (!wrote.isEmpty()) {
                parts.add("wrote " + wrote);
            }
            if (!suggested.isEmpty()) {
                parts.add("suggested " + suggested + " (commented out at the end of the file)");
            }
            if (!person.isEmpty()) {
                parts.add("needs a person: " + person);
            }
            if (!kept.isEmpty()) {
                parts.add("kept " + kept);
            }
            out.append(line).append(parts.isEmpty() ? "nothing to do" : String.join("; ", parts)).append('\n');
        }
        List<Translation.Outcome> person = result.outcomes().stream()
                .filter(o -> o.kind() == Translation.Kind.NEEDS_PERSON).toList();
        if (!person.isEmpty()) {
            out.append("Needs a person (never cut to fit):\n");
            person.forEach(o -> out.append("  ").append(o.locale()).append(' ').append(o.field()).append(": ")
                    .append(o.detail()).append('\n'));
        }
        if (!request.dryRun() && !result.written().isEmpty()) {
            out.append("Review the changes (git diff apps/").append(app.label()).append("/locales), then ascctl"
                    + " validate and ascctl plan.\n");
        }
        return out.toString();
    }

    /**
     * What {@code --accept-stale} recorded (or, dry, would record):
     * <pre>
     * Accepted 2 stale translations of com.example.notes as reviewed: their source hashes are recorded again in
     * apps/notes/locales/.translations.yaml; the texts stay as they are.
     *   de-DE subtitle (en-US changed after deepl translated it) at apps/notes/locales/de-DE.yaml:3:1
     * </pre>
     */
    public static String accepted(List<StaleTranslations.Stale> accepted, AppSpec app, List<String> locales,
                                  boolean dryRun) {
        if (accepted.isEmpty()) {
            return "Nothing stale to accept in " + String.join(", ", locales) + " of " + app.bundleId()
                    + ": every translated field there still matches its source.\n";
        }
        StringBuilder out = new StringBuilder(dryRun ? "Dry run: would accept " : "Accepted ")
                .append(accepted.size()).append(accepted.size() == 1 ? " stale translation" : " stale translations")
                .append(" of ").append(app.bundleId()).append(" as reviewed: ")
                .append(dryRun ? "nothing is written.\n" : "their source hashes are recorded again in apps/"
                        + app.label() + "/locales/" + Provenance.FILE + "; the texts stay as they are.\n");
        accepted.forEach(s -> out.append("  ").append(s.locale()).append(' ').append(s.key()).append(" (")
                .append(s.entry().from()).append(" changed after ").append(s.entry().provider())
                .append(" translated it) at ").append(s.mark()).append('\n'));
        if (!dryRun) {
            out.append("Commit ").append("apps/").append(app.label()).append("/locales/").append(Provenance.FILE)
                    .append(" with the pull request; validate and plan no longer warn about these fields.\n");
        }
        return out.toString();
    }

    private static String names(List<Translation.Outcome> outcomes, Translation.Kind kind, boolean withDetail) {
        return outcomes.stream().filter(o -> o.kind() == kind)
                .map(o -> o.field() + (withDetail || kind == Translation.Kind.WOULD_ASK ? " (" + o.detail() + ")"
                        : "")).collect(Collectors.joining(", "));
    }
}
