package dev.ascctl.sandbox.auth;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Checks an App Store Connect bearer token the way Apple documents it: header {@code alg=ES256} and
 * the expected {@code kid}; claims {@code aud=appstoreconnect-v1}, the expected {@code iss}, and an
 * {@code exp} that is not past and at most 20 minutes ahead; {@code iat} is optional. The JOSE
 * signature is raw R||S (64 bytes), which Java verifies as "SHA256withECDSAinP1363Format".
 * Never logs or echoes the token. A signature found good is remembered: a client signs one token and sends it with
 * every request for minutes, and verifying ES256 again each time was a fifth of the end-to-end tests' CPU; the
 * claims (expiry) are still checked on every request.
 */
public record JwtVerifier(PublicKey key, Clock clock, ObjectMapper json, Set<String> goodSignatures) {
    public static final String KEY_ID = "SANDBOX001";
    public static final String ISSUER = "69a6de70-0000-47e3-e053-5b8c7c11a4d1";
    private static final String AUDIENCE = "appstoreconnect-v1";
    private static final long MAX_LIFETIME_SECONDS = 20 * 60;
    /** Tokens whose signature was verified, at most this many before starting over (a client makes one per run). */
    private static final int REMEMBERED = 1024;

    public JwtVerifier(PublicKey key, Clock clock, ObjectMapper json) {
        this(key, clock, json, ConcurrentHashMap.newKeySet());
    }

    /** The verifier for the sandbox demo key bundled as a resource. */
    public static JwtVerifier forSandboxKey(Clock clock, ObjectMapper json) {
        try (InputStream in = JwtVerifier.class.getResourceAsStream("/sandbox/AuthKey_SANDBOX001.pub.pem")) {
            if (in == null) {
                throw new IllegalStateException("sandbox public key resource is missing");
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            PublicKey key = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
            return new JwtVerifier(key, clock, json);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the sandbox public key", e);
        }
    }

    /** True when the {@code Authorization} header value carries a valid token. */
    public boolean isValid(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.startsWith("Bearer ")) {
            return false;
        }
        String[] parts = authorizationHeader.substring("Bearer ".length()).trim().split("\\.", -1);
        if (parts.length != 3) {
            return false;
        }
        try {
            JsonNode header = json.readTree(Base64.getUrlDecoder().decode(parts[0]));
            JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
            return headerOk(header) && signatureOk(parts) && claimsOk(claims);
        } catch (IllegalArgumentException | JacksonException | GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * The key id ({@code kid}) of a token {@link #isValid} accepted: Apple keeps the hourly budget per key, so the
     * sandbox does too. {@link #KEY_ID} when the header cannot be read (it can, for a token that was accepted).
     */
    public String keyId(String authorizationHeader) {
        try {
            String token = authorizationHeader.substring("Bearer ".length()).trim();
            JsonNode header = json.readTree(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))));
            return header.path("kid").asString(KEY_ID);
        } catch (RuntimeException e) {
            return KEY_ID;
        }
    }

    private static boolean headerOk(JsonNode header) {
        return "ES256".equals(header.path("alg").asString(null)) && KEY_ID.equals(header.path("kid").asString(null));
    }

    private boolean signatureOk(String[] parts) throws GeneralSecurityException {
        String token = parts[0] + "." + parts[1] + "." + parts[2];
        if (goodSignatures.contains(token)) {
            return true;
        }
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        if (signature.length != 64) {
            return false;
        }
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(key);
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        if (!verifier.verify(signature)) {
            return false;
        }
        if (goodSignatures.size() >= REMEMBERED) {
            goodSignatures.clear();
        }
        goodSignatures.add(token);
        return true;
    }

    private boolean claimsOk(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        boolean audOk = aud.isArray()
                ? aud.valueStream().anyMatch(a -> AUDIENCE.equals(a.asString(null)))
                : AUDIENCE.equals(aud.asString(null));
        JsonNode exp = claims.path("exp");
        if (!audOk || !ISSUER.equals(claims.path("iss").asString(null)) || !exp.isNumber()) {
            return false;
        }
        long now = clock.instant().getEpochSecond();
        long expiry = exp.asLong();
        return expiry > now && expiry - now <= MAX_LIFETIME_SECONDS;
    }
}
