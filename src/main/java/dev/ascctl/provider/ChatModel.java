package dev.ascctl.provider;

import dev.ascctl.config.Sensitive;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A language model (review replies, translations): any OpenAI-compatible chat endpoint ({@code POST
 * {endpoint}/chat/completions}: OpenAI, Azure's v1 API, Ollama, LM Studio, vLLM) or Anthropic's Messages API
 * ({@code POST {endpoint}/v1/messages}).
 *
 * <p>Hand-written on {@code java.net.http} and the Jackson ascctl already has, rather than LangChain4j 1.19.0: the
 * three modules the issue names (langchain4j-open-ai, -anthropic, -http-client-jdk) resolve to 6.9 MB of jars
 * (langchain4j-core 0.6 MB, Jackson 2 beside ascctl's Jackson 3 2.4 MB, jtokkit 3.2 MB), +46% on the 14.9 MB jar,
 * for two JSON requests this class makes in ~100 lines; none of it loads unless a command runs a model.
 * The key is a {@link Sensitive}: sent in a header, never printed, and cut out of any error text.
 */
public final class ChatModel implements Provider {
    /** The two chat APIs: any OpenAI-compatible endpoint, or Anthropic's Messages API. */
    public enum Api { OPENAI, ANTHROPIC }

    private final Api provider;
    private final URI endpoint;
    private final String model;
    private final Sensitive key;
    private final JsonPost http;

    public ChatModel(Api provider, URI endpoint, String model, Sensitive key) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.model = Objects.requireNonNull(model, "model");
        this.key = key;
        this.http = new JsonPost("the model at " + endpoint, key);
    }

    /** Where and what, for messages (never the key). */
    @Override
    public String describe() {
        return provider.name().toLowerCase(java.util.Locale.ROOT) + " " + model + " at " + endpoint;
    }

    /** The model's reply text to {@code system} and {@code user}; throws with a readable, key-free message. */
    public String complete(String system, String user, int maxTokens) {
        ObjectNode body = JsonPost.JSON.createObjectNode().put("model", model).put("max_tokens", maxTokens);
        Map<String, String> headers = new LinkedHashMap<>();
        String base = endpoint.toString().replaceAll("/+$", "");
        URI uri;
        if (provider == Api.OPENAI) {
            body.put("temperature", 0.3);
            var messages = body.putArray("messages");
            messages.addObject().put("role", "system").put("content", system);
            messages.addObject().put("role", "user").put("content", user);
            uri = URI.create(base + "/chat/completions");
            if (key != null) {
                headers.put("Authorization", "Bearer " + key.reveal());
            }
        } else {
            body.put("system", system);
            body.putArray("messages").addObject().put("role", "user").put("content", user);
            uri = URI.create(base + "/v1/messages");
            headers.put("anthropic-version", "2023-06-01");
            if (key != null) {
                headers.put("x-api-key", key.reveal());
            }
        }
        JsonNode answer = http.send(uri, headers, body);
        JsonNode text = provider == Api.OPENAI ? answer.at("/choices/0/message/content") : answer.at("/content/0/text");
        if (!text.isString() || text.asString().isBlank()) {
            throw new IllegalStateException("the model at " + endpoint + " answered no text");
        }
        return text.asString().strip();
    }
}
