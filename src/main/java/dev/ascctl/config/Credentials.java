package dev.ascctl.config;

import java.net.URI;
import java.util.Objects;

/**
 * What the API client needs to authenticate: an App Store Connect API key (key id, issuer id, the
 * .p8 private key as PEM text) and the endpoint to talk to. {@code toString()} masks the key.
 *
 * @param keyId         the key id shown in ASC → Users and Access → Integrations, e.g. {@code 2X9R4HXF34}
 * @param issuerId      the issuer id (a UUID) of the team
 * @param privateKeyPem the private key, PEM text ("BEGIN PRIVATE KEY" or "BEGIN EC PRIVATE KEY")
 * @param endpoint      base URL, e.g. {@code https://api.appstoreconnect.apple.com} or a local sandbox
 */
public record Credentials(String keyId, String issuerId, Sensitive privateKeyPem, URI endpoint) {
    /** Apple's production API. */
    public static final URI DEFAULT_ENDPOINT = URI.create("https://api.appstoreconnect.apple.com");

    public Credentials {
        keyId = requireText(keyId, "keyId");
        issuerId = requireText(issuerId, "issuerId");
        Objects.requireNonNull(privateKeyPem, "privateKeyPem");
        if (!privateKeyPem.reveal().contains("-----BEGIN")) {
            throw new ConfigException("The private key for key id " + keyId + " is not PEM text (no -----BEGIN line)");
        }
        Objects.requireNonNull(endpoint, "endpoint");
        if (!("https".equals(endpoint.getScheme()) || "http".equals(endpoint.getScheme())) || endpoint.getHost() == null) {
            throw new ConfigException("The endpoint must be an absolute http(s) URL, got: " + endpoint);
        }
    }

    /**
     * True for host names that can only mean this computer. Only these may be reached over plain http: the token
     * (and the request bodies) would otherwise cross the network readable by anyone on the way.
     */
    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(java.util.Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
                || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new ConfigException(name + " must not be blank");
        }
        return value.strip();
    }
}
