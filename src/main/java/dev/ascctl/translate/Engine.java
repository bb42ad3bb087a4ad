package dev.ascctl.translate;

import dev.ascctl.provider.ChatModel;
import dev.ascctl.provider.DeepL;
import dev.ascctl.provider.Provider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A provider asked for one locale's fields in one request (a batch per locale). Chat models are told each field's
 * limit and asked again, with the count, for the fields over it; DeepL takes no length instruction, so an answer of
 * its over a limit goes straight to a person ({@link #canShorten()} is false).
 */
sealed interface Engine permits Engine.Chat, Engine.MachineTranslation {

    /** One field to translate: its source text and Apple's limit; {@code keywords} asks for search terms instead. */
    record Field(String text, int limit, boolean keywords) {
    }

    /** A field's earlier answer that was over its limit. */
    record Over(Field field, String answer) {
    }

    /** The answer per field name; every asked field is answered or the call throws. */
    Map<String, String> translate(Map<String, Field> fields, String from, String to, List<String> glossary);

    /** Shorter answers for fields that were over their limits. */
    Map<String, String> shorten(Map<String, Over> fields, String from, String to, List<String> glossary);

    boolean canShorten();

    static Engine of(Provider provider) {
        if (provider instanceof ChatModel chat) {
            return new Chat(chat);
        }
        return new MachineTranslation((DeepL) provider);
    }

    /** A chat model, prompted for a JSON object of the translated fields. */
    record Chat(ChatModel model) implements Engine {
        private static final JsonMapper JSON = JsonMapper.builder().build();

        @Override
        public Map<String, String> translate(Map<String, Field> fields, String from, String to, List<String> glossary) {
            ObjectNode ask = JSON.createObjectNode();
            fields.forEach((name, f) -> ask.putObject(name).put("text", f.text()).put("limit", f.limit()));
            return answer(model.complete(system(from, to, glossary, fields), JSON.writeValueAsString(ask),
                    maxTokens(fields.values().stream().mapToInt(Field::limit).sum())), fields.keySet());
        }

        @Override
        public Map<String, String> shorten(Map<String, Over> fields, String from, String to, List<String> glossary) {
            ObjectNode ask = JSON.createObjectNode();
            Map<String, Field> asked = new LinkedHashMap<>();
            fields.forEach((name, o) -> {
                asked.put(name, o.field());
                ask.putObject(name).put("text", o.field().text()).put("limit", o.field().limit())
                        .put("yourAnswer", o.answer()).put("yourAnswerLength", Translation.length(o.answer()));
            });
            String system = system(from, to, glossary, asked) + "\nYour earlier answers below (yourAnswer) were"
                    + " longer than their limits (yourAnswerLength characters against limit). Give a shorter"
                    + " translation of each that fits its limit; shorten by rewording, never by cutting words off.";
            return answer(model.complete(system, JSON.writeValueAsString(ask),
                    maxTokens(asked.values().stream().mapToInt(Field::limit).sum())), fields.keySet());
        }

        @Override
        public boolean canShorten() {
            return true;
        }

        static String system(String from, String to, List<String> glossary, Map<String, Field> fields) {
            StringBuilder s = new StringBuilder("You translate App Store metadata from " + language(from) + " (" + from
                    + ") into " + language(to) + " (" + to + ").\n"
                    + "The user sends a JSON object: per field, its text and its limit in characters (Unicode code"
                    + " points, as Apple counts them). Answer with one JSON object only, the same field names as keys"
                    + " and your texts as string values, no other words.\n"
                    + "Each text must fit its limit. Keep placeholders ({name}, %@), URLs, line breaks and list"
                    + " markers (-, •, 1.) exactly as in the source. Write in " + language(to) + " only.\n");
            if (!glossary.isEmpty()) {
                s.append("Never translate these terms; keep them exactly as written: ").append(String.join(", ",
                        glossary)).append(".\n");
            }
            if (fields.values().stream().anyMatch(Field::keywords)) {
                s.append("keywords is not translated word for word: give search terms people searching the App"
                        + " Store in ").append(language(to)).append(" type to find this app, comma-separated"
                        + " without spaces, at most its limit in characters in total, none repeating the app's"
                        + " name.\n");
            }
            return s.toString();
        }

        private static int maxTokens(int characters) {
            return Math.min(8000, 200 + characters * 2);
        }

        /** The JSON object of the answer (fences and chatter around it ignored); refused when a field is missing. */
        static Map<String, String> answer(String text, java.util.Set<String> asked) {
            int open = text.indexOf('{');
            int close = text.lastIndexOf('}');
            if (open < 0 || close < open) {
                throw new IllegalStateException("the model answered no JSON object");
            }
            JsonNode node;
            try {
                node = JSON.readTree(text.substring(open, close + 1));
            } catch (RuntimeException e) {
                throw new IllegalStateException("the model's answer is not a JSON object");
            }
            Map<String, String> out = new LinkedHashMap<>();
            for (String name : asked) {
                JsonNode value = node.path(name);
                if (!value.isString() || value.asString().isBlank()) {
                    throw new IllegalStateException("the model's answer has no text for " + name);
                }
                out.put(name, value.asString().strip());
            }
            return out;
        }

        private static String language(String locale) {
            String name = Locale.forLanguageTag(locale).getDisplayName(Locale.ENGLISH);
            return name.isBlank() ? locale : name;
        }
    }

    /** DeepL: every field's text in one request; keywords translated as a comma list, then tidied. */
    record MachineTranslation(DeepL deepl) implements Engine {
        @Override
        public Map<String, String> translate(Map<String, Field> fields, String from, String to, List<String> glossary) {
            List<String> names = new ArrayList<>(fields.keySet());
            List<String> answers = deepl.translate(names.stream().map(n -> fields.get(n).text()).toList(), from, to,
                    glossary);
            Map<String, String> out = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String answer = answers.get(i).strip();
                out.put(names.get(i), fields.get(names.get(i)).keywords() ? tidyKeywords(answer) : answer);
            }
            return out;
        }

        @Override
        public Map<String, String> shorten(Map<String, Over> fields, String from, String to, List<String> glossary) {
            return Map.of();
        }

        @Override
        public boolean canShorten() {
            return false;
        }

        /** "notizen, listen ,  tagebuch" as Apple stores keywords: "notizen,listen,tagebuch"; repeats dropped. */
        static String tidyKeywords(String text) {
            List<String> terms = new ArrayList<>();
            for (String t : text.split("[,،、，]")) {
                String term = t.strip();
                if (!term.isEmpty() && terms.stream().noneMatch(term::equalsIgnoreCase)) {
                    terms.add(term);
                }
            }
            return String.join(",", terms);
        }
    }
}
