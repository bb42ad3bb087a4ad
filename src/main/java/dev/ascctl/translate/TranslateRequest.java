package dev.ascctl.translate;

import dev.ascctl.store.AscLocales;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * What {@code ascctl translate} was asked, checked before anything is read or sent.
 *
 * @param from   the source locale, e.g. en-US
 * @param to     the target locales, e.g. de-DE, fr-FR, ja
 * @param fields the locale file keys to translate; empty for every text field Apple limits (URLs aside)
 * @param dryRun show what would be asked and its cost in characters; send and write nothing
 * @param force  also replace fields edited by hand, and ask again for fields whose source did not change
 */
public record TranslateRequest(String from, List<String> to, List<String> fields, boolean dryRun, boolean force) {
    public TranslateRequest {
        Objects.requireNonNull(from, "from");
        check(from, "--from");
        to = targets(to);
        if (to.contains(from)) {
            throw new IllegalArgumentException("--to lists " + from + ", the locale translated from (--from)");
        }
        fields = List.copyOf(new LinkedHashSet<>(fields));
    }

    /** {@code --to}'s locales, each known to App Store Connect, at least one, repeats dropped. */
    public static List<String> targets(List<String> to) {
        List<String> out = List.copyOf(new LinkedHashSet<>(to));
        if (out.isEmpty()) {
            throw new IllegalArgumentException("--to needs at least one locale, e.g. --to de-DE,fr-FR,ja");
        }
        out.forEach(l -> check(l, "--to"));
        return out;
    }

    /** {@code --from}'s locale, checked. */
    public static String source(String from) {
        check(from, "--from");
        return from;
    }

    private static void check(String locale, String option) {
        if (!AscLocales.isKnown(locale)) {
            throw new IllegalArgumentException(option + ": '" + locale + "' is not an App Store Connect locale"
                    + AscLocales.closest(locale).map(c -> " (did you mean " + c + "?)").orElse(""));
        }
    }
}
