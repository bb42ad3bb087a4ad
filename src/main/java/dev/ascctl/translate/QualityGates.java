package dev.ascctl.translate;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a translation must keep of its source, checked on every answer before anything is written: the glossary's
 * terms, placeholders ({@code {name}}, {@code %@}, {@code %1$d}), URLs, line breaks and list markers; and it must be
 * written in the target's script. A failed gate refuses the answer with the reason.
 */
final class QualityGates {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{?[A-Za-z0-9_.]+}}?|%(\\d+\\$)?[@dsfi]");
    private static final Pattern URL = Pattern.compile("https?://[^\\s)\\]>\"']+[^\\s)\\]>\"'.,;:!?]");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*([-•*–]|\\d+[.)])\\s");

    /**
     * The script each locale is written in, where it is not Latin. Japanese mixes kana and Han, Korean is Hangul;
     * Chinese (zh-Hans, zh-Hant) is Han.
     */
    private static final Map<String, List<UnicodeScript>> SCRIPTS = Map.ofEntries(
            Map.entry("ja", List.of(UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.HAN)),
            Map.entry("ko", List.of(UnicodeScript.HANGUL, UnicodeScript.HAN)),
            Map.entry("zh", List.of(UnicodeScript.HAN)),
            Map.entry("ru", List.of(UnicodeScript.CYRILLIC)), Map.entry("uk", List.of(UnicodeScript.CYRILLIC)),
            Map.entry("ar", List.of(UnicodeScript.ARABIC)), Map.entry("ur", List.of(UnicodeScript.ARABIC)),
            Map.entry("he", List.of(UnicodeScript.HEBREW)), Map.entry("el", List.of(UnicodeScript.GREEK)),
            Map.entry("th", List.of(UnicodeScript.THAI)), Map.entry("hi", List.of(UnicodeScript.DEVANAGARI)),
            Map.entry("mr", List.of(UnicodeScript.DEVANAGARI)), Map.entry("bn", List.of(UnicodeScript.BENGALI)),
            Map.entry("gu", List.of(UnicodeScript.GUJARATI)), Map.entry("kn", List.of(UnicodeScript.KANNADA)),
            Map.entry("ml", List.of(UnicodeScript.MALAYALAM)), Map.entry("or", List.of(UnicodeScript.ORIYA)),
            Map.entry("pa", List.of(UnicodeScript.GURMUKHI)), Map.entry("ta", List.of(UnicodeScript.TAMIL)),
            Map.entry("te", List.of(UnicodeScript.TELUGU)));

    private QualityGates() {
    }

    /** Why {@code answer} cannot stand for {@code source} in {@code locale}, or empty when it passes every gate. */
    static Optional<String> check(String source, String answer, String locale, List<String> glossary) {
        for (String term : glossary) {
            if (source.contains(term) && !answer.contains(term)) {
                return Optional.of("the glossary term '" + term + "' is missing from the answer (it is never"
                        + " translated)");
            }
        }
        Optional<String> lost = lost("placeholder", PLACEHOLDER, source, answer)
                .or(() -> lost("URL", URL, source, answer));
        if (lost.isPresent()) {
            return lost;
        }
        long sourceBreaks = source.strip().chars().filter(c -> c == '\n').count();
        long answerBreaks = answer.strip().chars().filter(c -> c == '\n').count();
        if (sourceBreaks != answerBreaks) {
            return Optional.of("the answer has " + answerBreaks + " line breaks where the source has " + sourceBreaks);
        }
        List<String> sourceMarkers = markers(source);
        List<String> answerMarkers = markers(answer);
        if (!sourceMarkers.equals(answerMarkers)) {
            return Optional.of("the answer's list markers " + answerMarkers + " differ from the source's "
                    + sourceMarkers);
        }
        return script(answer, locale, glossary);
    }

    /** A refusal when most letters of the answer (glossary terms, URLs and placeholders aside) are in another script. */
    static Optional<String> script(String answer, String locale, List<String> glossary) {
        List<UnicodeScript> expected = SCRIPTS.getOrDefault(locale.replaceAll("-.*", "").toLowerCase(Locale.ROOT),
                List.of(UnicodeScript.LATIN));
        String text = URL.matcher(PLACEHOLDER.matcher(answer).replaceAll(" ")).replaceAll(" ");
        for (String term : glossary) {
            text = text.replace(term, " ");
        }
        int letters = 0;
        int inScript = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (expected.contains(UnicodeScript.of(cp))) {
                    inScript++;
                }
            }
        }
        if (letters > 0 && inScript * 2 < letters) {
            return Optional.of("the answer is not written in " + locale + "'s script (" + expected.get(0)
                    .name().toLowerCase(Locale.ROOT) + "): " + inScript + " of " + letters + " letters are");
        }
        return Optional.empty();
    }

    private static Optional<String> lost(String what, Pattern pattern, String source, String answer) {
        List<String> wanted = all(pattern, source);
        List<String> got = all(pattern, answer);
        for (String w : wanted) {
            if (!got.remove(w)) {
                return Optional.of("the " + what + " " + w + " of the source is missing from the answer");
            }
        }
        return Optional.empty();
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static List<String> markers(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = LIST_MARKER.matcher(line);
            if (m.find()) {
                out.add(m.group(1).matches("\\d+[.)]") ? "1." : m.group(1));
            }
        }
        return out;
    }
}
