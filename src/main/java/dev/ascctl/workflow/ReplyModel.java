package dev.ascctl.workflow;

import dev.ascctl.config.Sensitive;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A language model that drafts review replies: any OpenAI-compatible chat endpoint ({@code POST
 * {endpoint}/chat/completions}: OpenAI, Azure's v1 API, Ollama, LM Studio, vLLM) or Anthropic's Messages API
 * ({@code POST {endpoint}/v1/messages}).
 *
 * <p>Hand-written on {@code java.net.http} and the Jackson ascctl already has, rather than LangChain4j 1.19.0: the
 * three modules the issue names (langchain4j-open-ai, -anthropic, -http-client-jdk) resolve to 6.9 MB of jars
 * (langchain4j-core 0.6 MB, Jackson 2 beside ascctl's Jackson 3 2.4 MB, jtokkit 3.2 MB), +46% on the 14.9 MB jar,
 * for two JSON requests this class makes in ~100 lines; none of it loads unless {@code reviews draft} runs a model.
 * The key is a {@link Sensitive}: sent in a header, never printed, and cut out of any error text.
 */
public final class ReplyModel {
    /** The providers {@code reviewDrafts.provider} takes. */
    public enum Provider { OPENAI, ANTHROPIC }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Provider provider;
    private final URI endpoint;
    private final String model;
    private final Sensitive key;
    private final HttpClient http;

    public ReplyModel(Provider provider, URI endpoint, String model, Sensitive key) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.model = Objects.requireNonNull(model, "model");
        this.key = key;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Where and what, for messages (never the key). */
    public String describe() {
        return provider.name().toLowerCase(java.util.Locale.ROOT) + " " + model + " at " + endpoint;
    }

    /** The model's reply text to {@code system} and {@code user}; throws with a readable, key-free message. */
    public String complete(String system, String user, int maxTokens) {
        ObjectNode body = JSON.createObjectNode().put("model", model).put("max_tokens", maxTokens);
        HttpRequest.Builder request;
        String base = endpoint.toString().replaceAll("/+$", "");
        if (provider == Provider.OPENAI) {
            body.put("temperature", 0.3);
            var messages = body.putArray("messages");
            messages.addObject().put("role", "system").put("content", system);
            messages.addObject().put("role", "user").put("content", user);
            request = HttpRequest.newBuilder(URI.create(base + "/chat/completions"));
            if (key != null) {
                request.header("Authorization", "Bearer " + key.reveal());
            }
        } else {
            body.put("system", system);
            body.putArray("messages").addObject().put("role", "user").put("content", user);
            request = HttpRequest.newBuilder(URI.create(base + "/v1/messages")).header("anthropic-version", "2023-06-01");
            if (key != null) {
                request.header("x-api-key", key.reveal());
            }
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("the model at " + endpoint + " could not be reached (" + clean(
                    String.valueOf(e.getMessage())) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the model");
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("the model at " + endpoint + " answered " + response.statusCode() + ": "
                    + clean(response.body().length() > 300 ? response.body().substring(0, 300) + "…" : response.body()));
        }
        JsonNode answer = JSON.readTree(response.body());
        JsonNode text = provider == Provider.OPENAI ? answer.at("/choices/0/message/content") : answer.at("/content/0/text");
        if (!text.isString() || text.asString().isBlank()) {
            throw new IllegalStateException("the model at " + endpoint + " answered no text");
        }
        return text.asString().strip();
    }

    /** Error text from a server, with the key cut out should it echo it. */
    private String clean(String text) {
        return key == null ? text : text.replace(key.reveal(), "(sensitive value)");
    }
}
