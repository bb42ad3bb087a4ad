package dev.ascctl.workflow;

import dev.ascctl.adoption.YamlText;
import dev.ascctl.provider.ChatModel;
import dev.ascctl.provider.Provider;
import dev.ascctl.provider.Providers;
import dev.ascctl.resource.kinds.reviews.ReviewReplyHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code ascctl reviews draft}: a draft reply ({@code draft: true}) in {@code reviews/replies.yaml} for each review of
 * the inbox ({@code reviews pull}) that has no entry there yet, written in the review's language; nothing is sent to
 * Apple. A person edits and approves a draft (removes {@code draft: true}) in the pull request; {@code apply}
 * publishes it. Drafts come from a language model when {@code config/ascctl.yaml} configures one, else from the
 * app's templates, {@code reviews/templates.yaml}, by language and rating:
 * <pre>
 * en:
 *   "1-2": "Sorry about this, {reviewer}. Please write to help@example.com so we can fix it."
 *   "3": "Thanks, {reviewer}! What would make it five stars?"
 *   "4-5": "Thank you, {reviewer}!"
 * de:
 *   "1-2": "Das tut uns leid, {reviewer}. Schreib uns an help@example.com."
 * </pre>
 * Placeholders: {@code {reviewer}}, {@code {title}}, {@code {version}}. The model's prompt carries the app's voice
 * ({@code reviews/voice.md}), the review and its language. New entries are appended, so the file's own text and
 * comments stay as they are; each is headed by a comment naming the review.
 */
public final class ReviewDrafts {
    public static final String TEMPLATES = "reviews/templates.yaml";
    public static final String VOICE = "reviews/voice.md";
    /** Replies are short; the model is asked for at most this many characters (Apple takes 5,970). */
    static final int ASKED_LENGTH = 600;

    /** What a draft run did. */
    public record Result(int byTemplate, int byModel, List<String> skipped, String source) {
        public Result {
            skipped = List.copyOf(skipped);
        }
    }

    private ReviewDrafts() {
    }

    /**
     * Drafts replies for the inbox's reviews that replies.yaml does not list.
     *
     * @param model the configured model, or empty for templates only
     */
    public static Result draft(Path appDir, String appName, Optional<ChatModel> model) {
        List<ReviewInbox.Entry> inbox = ReviewInbox.read(appDir);
        if (inbox.isEmpty() && !Files.exists(appDir.resolve(ReviewInbox.FILE))) {
            throw new IllegalArgumentException("no " + ReviewInbox.FILE + " in " + appDir.getFileName()
                    + "; run ascctl reviews pull first");
        }
        Set<String> listed = listedIds(appDir);
        Map<String, Map<String, String>> templates = templates(appDir);
        String voice = voice(appDir);
        ObjectNode added = JsonNodeFactory.instance.objectNode();
        StringBuilder text = new StringBuilder();
        int byTemplate = 0;
        int byModel = 0;
        List<String> skipped = new ArrayList<>();
        for (ReviewInbox.Entry review : inbox) {
            if (listed.contains(review.id())) {
                continue;
            }
            String body = null;
            if (model.isPresent()) {
                try {
                    body = fit(model.get().complete(system(appName, voice, review.language()), user(review), 400));
                    byModel++;
                } catch (RuntimeException e) {
                    skipped.add(review.id() + ": " + e.getMessage());
                    continue;
                }
            } else {
                Optional<String> template = template(templates, review.language(), review.rating());
                if (template.isEmpty()) {
                    skipped.add(review.id() + ": no template for language " + review.language() + ", rating "
                            + review.rating());
                    continue;
                }
                body = fill(template.get(), review);
                byTemplate++;
            }
            ObjectNode one = JsonNodeFactory.instance.objectNode();
            one.putObject(review.id()).put("body", body).put("draft", true);
            text.append("# ").append(review.rating()).append("★ ").append(review.territory()).append(" ")
                    .append(review.title().replaceAll("\\s+", " ")).append('\n').append(YamlText.of(one));
        }
        if (!text.isEmpty()) {
            append(appDir.resolve(ReviewReplyHandler.FILE), text.toString());
        }
        return new Result(byTemplate, byModel, skipped, model.map(ChatModel::describe)
                .orElse("templates (" + TEMPLATES + ")"));
    }

    /** A model reply within Apple's limit: never more than 5,970 characters, cut at a sentence where it can be. */
    static String fit(String reply) {
        String text = reply.strip();
        if (text.codePointCount(0, text.length()) <= ReviewReplyHandler.LIMIT) {
            return text;
        }
        String cut = text.substring(0, text.offsetByCodePoints(0, ReviewReplyHandler.LIMIT));
        int sentence = Math.max(cut.lastIndexOf(". "), cut.lastIndexOf("。"));
        return sentence > 0 ? cut.substring(0, sentence + 1) : cut;
    }

    static String system(String appName, String voice, String language) {
        return "You write the developer's public reply to an App Store customer review of the app " + appName + ".\n"
                + "Write in the review's language: " + languageName(language) + " (language code " + language + ").\n"
                + "At most " + ASKED_LENGTH + " characters, plain text, no markdown, no placeholders, no signature"
                + " line. Be specific to what the customer wrote; never promise dates or features; never offer"
                + " incentives for a better rating.\n"
                + (voice.isBlank() ? "" : "The app's voice, from its team:\n" + voice.strip() + "\n");
    }

    static String user(ReviewInbox.Entry review) {
        return "Rating: " + review.rating() + " of 5\nTitle: " + review.title() + "\nReview: " + review.body()
                + (review.version() == null ? "" : "\nApp version: " + review.version())
                + "\nStorefront: " + review.territory();
    }

    private static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }

    static String fill(String template, ReviewInbox.Entry review) {
        return template.replace("{reviewer}", review.reviewer()).replace("{title}", review.title())
                .replace("{version}", review.version() == null ? "" : review.version()).strip();
    }

    /** The template for a language (exact, then its base language: pt for pt-BR) and rating. */
    static Optional<String> template(Map<String, Map<String, String>> templates, String language, int rating) {
        for (String lang : List.of(language, language.replaceAll("-.*", ""))) {
            Map<String, String> byRating = templates.get(lang);
            if (byRating == null) {
                continue;
            }
            for (Map.Entry<String, String> e : byRating.entrySet()) {
                String[] range = e.getKey().split("-");
                int low = Integer.parseInt(range[0].strip());
                int high = Integer.parseInt(range[range.length - 1].strip());
                if (rating >= low && rating <= high) {
                    return Optional.of(e.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The app's templates by language and rating range; refused with the file named when malformed. */
    static Map<String, Map<String, String>> templates(Path appDir) {
        Path file = appDir.resolve(TEMPLATES);
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        JsonNode root = YAMLMapper.builder().build().readTree(file.toFile());
        if (root == null || !root.isObject()) {
            return out;
        }
        root.properties().forEach(lang -> {
            Map<String, String> byRating = new LinkedHashMap<>();
            lang.getValue().properties().forEach(r -> {
                if (!r.getKey().matches("[1-5](\\s*-\\s*[1-5])?") || !r.getValue().isString()) {
                    throw new IllegalArgumentException(appDir.getFileName() + "/" + TEMPLATES + ": under "
                            + lang.getKey() + ", '" + r.getKey() + "' must be a rating or range (1, 1-2, 4-5) with"
                            + " the reply text");
                }
                byRating.put(r.getKey(), r.getValue().asString());
            });
            out.put(lang.getKey(), byRating);
        });
        return out;
    }

    private static String voice(Path appDir) {
        Path file = appDir.resolve(VOICE);
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Set<String> listedIds(Path appDir) {
        Path file = appDir.resolve(ReviewReplyHandler.FILE);
        Set<String> out = new HashSet<>();
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            JsonNode root = YAMLMapper.builder().build().readTree(file.toFile());
            if (root != null && root.isObject()) {
                out.addAll(root.propertyNames());
            }
        }
        return out;
    }

    private static void append(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            String before = Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Files.readString(file) : "";
            if (before.strip().equals("{}")) {
                before = "";
            }
            Files.writeString(file, before + (before.isEmpty() || before.endsWith("\n") ? "" : "\n") + text,
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * The model {@code reviewDrafts} configures in the first {@code ascctl.yaml} that has it, its key resolved from
     * the secret reference; empty when none does (see {@link Providers} for the shared {@code providers:} list):
     * <pre>
     * reviewDrafts:
     *   provider: openai                     # openai (any OpenAI-compatible endpoint) or anthropic, or a name
     *                                        # under providers:
     *   endpoint: https://api.openai.com/v1  # default per provider; e.g. http://localhost:11434/v1 for Ollama
     *   model: gpt-4o-mini
     *   apiKey: ${env:OPENAI_API_KEY}        # a secret reference, never the key; leave out for a local server
     * </pre>
     */
    public static Optional<ChatModel> model(ConnectionSettings settings) {
        Providers providers = Providers.configured(settings.workDir(), settings.env(), settings.home());
        Optional<Provider> provider = providers.forSection("reviewDrafts");
        if (provider.isPresent() && !(provider.get() instanceof ChatModel)) {
            if (providers.configures("reviewDrafts")) {
                throw new IllegalArgumentException("reviewDrafts needs a chat model (openai or anthropic); "
                        + provider.get().describe() + " translates but cannot write replies");
            }
            return Optional.empty();
        }
        return provider.map(ChatModel.class::cast);
    }
}
