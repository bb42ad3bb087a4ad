package dev.ascctl.e2e;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * DeepL ({@code /v2/translate}), an OpenAI-compatible endpoint ({@code /v1/chat/completions}) and Anthropic
 * ({@code /v1/messages}) in one WireMock extension that answers what it is asked: each line of each text becomes a
 * fixed phrase of the target language (Latin, Hangul or Han), keeping its list marker, its line breaks and the
 * glossary term "Notes Pro". Switches make it misbehave the ways a real provider does: a field always over its
 * limit, the glossary term dropped, the key refused and echoed back.
 */
final class FakeTranslationApis implements ResponseDefinitionTransformerV2 {
    static final String GLOSSARY_TERM = "Notes Pro";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern MARKER = Pattern.compile("^(\\s*(?:[-•*]|\\d+[.)])\\s+)");
    private static final Pattern TARGET = Pattern.compile("into .*? \\(([A-Za-z-]+)\\)\\.");
    private static final Map<String, String> PHRASE = Map.of("es", "Texto traducido", "it", "Testo tradotto",
            "pt", "Texto traduzido", "fr", "Texte traduit", "ko", "번역된 텍스트", "zh", "翻译文本", "de", "Übersetzter Text");

    /** A field name answered with a text far over any short limit, every time; null for none. */
    volatile String overLimit;
    /** Drop the glossary term from every answer. */
    volatile boolean dropGlossary;
    /** Refuse every request with 403, echoing the key header back in the error, as a careless server might. */
    volatile boolean refuseEchoingTheKey;

    @Override
    public String getName() {
        return "fake-translation-apis";
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        String path = event.getRequest().getUrl();
        if (refuseEchoingTheKey) {
            String sent = event.getRequest().getHeader("Authorization");
            return new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder().withStatus(403)
                    .withBody("{\"message\": \"Wrong key: " + sent + "\"}").build();
        }
        JsonNode body = JSON.readTree(event.getRequest().getBodyAsString());
        String answer;
        if (path.endsWith("/v2/translate")) {
            String language = body.path("target_lang").asString().toLowerCase(Locale.ROOT).replaceAll("-.*", "");
            ObjectNode out = JSON.createObjectNode();
            var translations = out.putArray("translations");
            body.path("text").values().forEach(t -> translations.addObject().put("detected_source_language", "EN")
                    .put("text", fake(language, t.asString().replaceAll("</?x>", ""))));
            answer = out.toString();
        } else {
            boolean openai = path.endsWith("/chat/completions");
            String system = openai ? body.at("/messages/0/content").asString() : body.path("system").asString();
            String user = openai ? body.at("/messages/1/content").asString() : body.at("/messages/0/content").asString();
            Matcher target = TARGET.matcher(system);
            String language = target.find() ? target.group(1).toLowerCase(Locale.ROOT).replaceAll("-.*", "") : "?";
            ObjectNode fields = JSON.createObjectNode();
            JSON.readTree(user).properties().forEach(f -> fields.put(f.getKey(),
                    f.getKey().equals(overLimit) ? (PHRASE.get(language) + " ").repeat(5).strip()
                            : fake(language, f.getValue().path("text").asString())));
            String text = "Here you go:\n```json\n" + fields + "\n```";
            ObjectNode out = JSON.createObjectNode();
            if (openai) {
                out.putArray("choices").addObject().putObject("message").put("role", "assistant").put("content", text);
            } else {
                out.putArray("content").addObject().put("type", "text").put("text", text);
            }
            answer = out.toString();
        }
        return new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(answer).build();
    }

    private String fake(String language, String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                lines.add(line);
                continue;
            }
            Matcher marker = MARKER.matcher(line);
            String prefix = marker.find() ? marker.group(1) : "";
            boolean term = line.contains(GLOSSARY_TERM) && !dropGlossary;
            lines.add(prefix + (term ? GLOSSARY_TERM + " " : "") + PHRASE.get(language));
        }
        return String.join("\n", lines);
    }
}
