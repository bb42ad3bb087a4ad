package dev.ascctl.provider;

import dev.ascctl.config.Sensitive;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One JSON POST to a provider, with errors as readable messages that never carry the key (a server that echoes the
 * key in an error body has it cut out).
 */
final class JsonPost {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String what;
    private final Sensitive key;

    /**
     * @param what how messages name the server, e.g. "the model at https://api.openai.com/v1"
     * @param key  the key sent in a header, or null; cut out of any error text
     */
    JsonPost(String what, Sensitive key) {
        this.what = what;
        this.key = key;
    }

    /** The answer's JSON; throws {@link IllegalStateException} with a key-free message on any failure. */
    JsonNode send(URI uri, Map<String, String> headers, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = http.send(request.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(what + " could not be reached (" + clean(String.valueOf(e.getMessage()))
                    + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": "
                    + clean(response.body().length() > 300 ? response.body().substring(0, 300) + "…" : response.body()));
        }
        try {
            return JSON.readTree(response.body());
        } catch (RuntimeException e) {
            throw new IllegalStateException(what + " answered no JSON");
        }
    }

    /** Error text from a server, with the key cut out should it echo it. */
    private String clean(String text) {
        return key == null || key.isBlank() ? text : text.replace(key.reveal(), Sensitive.MASK);
    }
}
