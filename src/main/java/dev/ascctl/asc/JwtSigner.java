package dev.ascctl.asc;

import dev.ascctl.config.Credentials;
import dev.ascctl.config.Sensitive;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * Makes the ES256 bearer token App Store Connect wants: header {@code kid}, {@code typ: JWT};
 * claims {@code iss} (issuer id), {@code iat}, {@code exp}, {@code aud: appstoreconnect-v1}.
 * Apple refuses tokens living longer than 20 minutes, so we use 19, and reuse one token until
 * 60 seconds before it expires (every request counts against the rate limit, signing does not, but
 * reuse keeps tokens few and logs quiet). Thread-safe.
 *
 * <p>Signed with the JDK's own ECDSA (in the JOSE form: r and s, 32 bytes each) rather than a JWT library: the token
 * is two small fixed JSON objects, and loading a JWT library's algorithm registry was a tenth of a plan's start-up.
 */
public final class JwtSigner {
    static final Duration LIFETIME = Duration.ofMinutes(19);
    static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);
    static final String AUDIENCE = "appstoreconnect-v1";

    private final String keyId;
    private final String issuerId;
    private final ECPrivateKey key;
    private final Clock clock;

    private Sensitive token;
    private Instant expiresAt = Instant.MIN;

    public JwtSigner(String keyId, String issuerId, Sensitive privateKeyPem, Clock clock) {
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        this.issuerId = Objects.requireNonNull(issuerId, "issuerId");
        this.key = EcPrivateKeys.parse(Objects.requireNonNull(privateKeyPem, "privateKeyPem"), keyId);
        if (key.getParams().getCurve().getField().getFieldSize() != 256) {
            throw new AscException("The private key for key id " + keyId
                    + " is not a P-256 key; App Store Connect keys are ES256 (P-256)");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static JwtSigner of(Credentials credentials, Clock clock) {
        return new JwtSigner(credentials.keyId(), credentials.issuerId(), credentials.privateKeyPem(), clock);
    }

    /** A valid token, newly signed only when the cached one is within 60 s of expiry. */
    public synchronized Sensitive token() {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(expiresAt.minus(RENEW_BEFORE_EXPIRY))) {
            // JWT timestamps are whole seconds; truncate so exp - iat is exactly the lifetime.
            Instant issuedAt = Instant.ofEpochSecond(now.getEpochSecond());
            Instant expiry = issuedAt.plus(LIFETIME);
            String header = "{\"alg\":\"ES256\",\"kid\":" + jsonString(keyId) + ",\"typ\":\"JWT\"}";
            String claims = "{\"iss\":" + jsonString(issuerId) + ",\"iat\":" + issuedAt.getEpochSecond()
                    + ",\"exp\":" + expiry.getEpochSecond() + ",\"aud\":" + jsonString(AUDIENCE) + "}";
            String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                    + base64Url(claims.getBytes(StandardCharsets.UTF_8));
            token = Sensitive.of(signingInput + "." + base64Url(sign(signingInput)));
            expiresAt = expiry;
        }
        return token;
    }

    /** ES256: ECDSA over SHA-256, the signature as r and s of 32 bytes each (RFC 7518 3.4), not DER. */
    private byte[] sign(String signingInput) {
        try {
            Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new AscException("Cannot sign the API token with the private key for key id " + keyId + " ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A JSON string literal: key and issuer ids are plain ASCII in practice, but a quote must not break the token. */
    static String jsonString(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    @Override
    public String toString() {
        return "JwtSigner[keyId=" + keyId + ", issuerId=" + issuerId + "]";
    }
}
