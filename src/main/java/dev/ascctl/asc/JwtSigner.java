package dev.ascctl.asc;

import dev.ascctl.config.Credentials;
import dev.ascctl.config.Sensitive;
import io.jsonwebtoken.Jwts;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;

/**
 * Makes the ES256 bearer token App Store Connect wants: header {@code kid}, {@code typ: JWT};
 * claims {@code iss} (issuer id), {@code iat}, {@code exp}, {@code aud: appstoreconnect-v1}.
 * Apple refuses tokens living longer than 20 minutes, so we use 19, and reuse one token until
 * 60 seconds before it expires (every request counts against the rate limit, signing does not, but
 * reuse keeps tokens few and logs quiet). Thread-safe.
 */
public final class JwtSigner {
    static final Duration LIFETIME = Duration.ofMinutes(19);
    static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);
    static final String AUDIENCE = "appstoreconnect-v1";

    private final String keyId;
    private final String issuerId;
    private final ECPrivateKey key;
    private final Clock clock;
    private final JacksonJwtSerializer serializer = new JacksonJwtSerializer();

    private Sensitive token;
    private Instant expiresAt = Instant.MIN;

    public JwtSigner(String keyId, String issuerId, Sensitive privateKeyPem, Clock clock) {
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        this.issuerId = Objects.requireNonNull(issuerId, "issuerId");
        this.key = EcPrivateKeys.parse(Objects.requireNonNull(privateKeyPem, "privateKeyPem"), keyId);
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
            token = Sensitive.of(Jwts.builder()
                    .json(serializer)
                    .header().keyId(keyId).type("JWT").and()
                    .issuer(issuerId)
                    .issuedAt(Date.from(issuedAt))
                    .expiration(Date.from(expiry))
                    .audience().single(AUDIENCE)
                    .signWith(key, Jwts.SIG.ES256)
                    .compact());
            expiresAt = expiry;
        }
        return token;
    }

    @Override
    public String toString() {
        return "JwtSigner[keyId=" + keyId + ", issuerId=" + issuerId + "]";
    }
}
