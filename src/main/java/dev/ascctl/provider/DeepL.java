package dev.ascctl.provider;

import dev.ascctl.config.Sensitive;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * DeepL's text translation API: {@code POST {endpoint}/v2/translate} with {@code Authorization: DeepL-Auth-Key KEY},
 * a JSON body {@code {"text": [...], "source_lang": "EN", "target_lang": "DE"}} and the answer
 * {@code {"translations": [{"detected_source_language": "EN", "text": "..."}]}}, one per text, in order.
 *
 * <p>Free and Pro accounts use different hosts; DeepL's own client libraries tell them apart by the key, whose free
 * form ends in {@code :fx}, and so does {@link #defaultEndpoint}. Terms never to translate are sent inside
 * {@code <x>} tags with {@code tag_handling: xml} and {@code ignore_tags: [x]}, which DeepL leaves as they are; the
 * text is XML-escaped for that request and unescaped from the answer.
 */
public final class DeepL implements Provider {
    private static final Pattern KEEP = Pattern.compile("</?x>");
    private final URI endpoint;
    private final JsonPost http;
    private final Sensitive key;

    public DeepL(URI endpoint, Sensitive key) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.key = Objects.requireNonNull(key, "key");
        this.http = new JsonPost("DeepL at " + endpoint, key);
    }

    /** api-free.deepl.com for a free key (ending in {@code :fx}), else api.deepl.com. */
    public static URI defaultEndpoint(Sensitive key) {
        return URI.create(key != null && key.reveal().strip().endsWith(":fx") ? "https://api-free.deepl.com"
                : "https://api.deepl.com");
    }

    @Override
    public String describe() {
        return "deepl at " + endpoint;
    }

    /**
     * The texts in {@code target}'s language, in order.
     *
     * @param source an Apple locale (en-US): DeepL takes its language only
     * @param target an Apple locale (de-DE, pt-BR, zh-Hans), mapped by {@link #targetLanguage}
     * @param keep   terms never to translate (the app's name, feature names)
     */
    public List<String> translate(List<String> texts, String source, String target, List<String> keep) {
        ObjectNode body = JsonPost.JSON.createObjectNode();
        var array = body.putArray("text");
        boolean tagged = !keep.isEmpty();
        texts.forEach(t -> array.add(tagged ? protect(t, keep) : t));
        body.put("source_lang", sourceLanguage(source)).put("target_lang", targetLanguage(target))
                .put("preserve_formatting", true);
        if (tagged) {
            body.put("tag_handling", "xml").putArray("ignore_tags").add("x");
        }
        JsonNode answer = http.send(URI.create(endpoint.toString().replaceAll("/+$", "") + "/v2/translate"),
                Map.of("Authorization", "DeepL-Auth-Key " + key.reveal()), body);
        JsonNode translations = answer.path("translations");
        if (!translations.isArray() || translations.size() != texts.size()) {
            throw new IllegalStateException("DeepL at " + endpoint + " answered " + translations.size()
                    + " translations for " + texts.size() + " texts");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode t : translations) {
            String text = t.path("text").asString("");
            out.add(tagged ? unprotect(text) : text);
        }
        return out;
    }

    /** DeepL's source language for an Apple locale: the language alone, upper case (en-US: EN, zh-Hans: ZH). */
    static String sourceLanguage(String locale) {
        return locale.replaceAll("-.*", "").toUpperCase(Locale.ROOT);
    }

    /**
     * DeepL's target language for an Apple locale. DeepL has regional forms only for English (EN-GB, EN-US),
     * Portuguese (PT-BR, PT-PT) and Chinese (ZH-HANS, ZH-HANT); other locales map to their language (de-DE: DE,
     * fr-CA: FR), and Norwegian (Apple's no) to DeepL's NB.
     */
    static String targetLanguage(String locale) {
        String upper = locale.toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "EN-US", "EN-GB", "PT-BR", "PT-PT", "ZH-HANS", "ZH-HANT" -> upper;
            case "EN-AU", "EN-CA" -> "EN-GB";
            case "PT" -> "PT-PT";
            case "ZH" -> "ZH-HANS";
            case "NO", "NB" -> "NB";
            default -> upper.replaceAll("-.*", "");
        };
    }

    static String protect(String text, List<String> keep) {
        String escaped = escape(text);
        // One pass, longest term first, so "Notes Pro" is kept whole rather than "Notes" inside it.
        String alternatives = keep.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(t -> Pattern.quote(escape(t))).collect(java.util.stream.Collectors.joining("|"));
        return Pattern.compile(alternatives).matcher(escaped).replaceAll(m -> Matcher.quoteReplacement(
                "<x>" + m.group() + "</x>"));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String unprotect(String text) {
        return KEEP.matcher(text).replaceAll(Matcher.quoteReplacement("")).replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
