package dev.ascctl.sandbox;

import dev.ascctl.sandbox.server.Sandbox;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A tiny java.net.http client for tests: raw paths in, status + parsed body out. */
final class SandboxClient {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String token;

    SandboxClient(Sandbox sandbox) {
        this(sandbox, TestTokens.valid());
    }

    SandboxClient(Sandbox sandbox, String token) {
        this.base = sandbox.baseUri();
        this.token = token;
    }

    record Reply(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    Reply get(String pathAndQuery) {
        return send(builder(pathAndQuery).GET());
    }

    Reply post(String path, String body) {
        return send(builder(path).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply patch(String path, String body) {
        return send(builder(path).method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply delete(String path) {
        return send(builder(path).DELETE());
    }

    /** A GET over a plain socket, with the request target exactly as given (raw brackets and commas). */
    String rawGet(String pathAndQuery) throws IOException {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            String request = "GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: Bearer "
                    + token + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return response.substring(response.indexOf("\r\n\r\n") + 4);
        }
    }

    Reply send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * java.net.URI refuses raw brackets, so this client percent-encodes them; {@link #rawGet} sends them as typed.
     */
    HttpRequest.Builder builder(String pathAndQuery) {
        String encoded = pathAndQuery.replace("[", "%5B").replace("]", "%5D");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + encoded)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json");
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }
}
