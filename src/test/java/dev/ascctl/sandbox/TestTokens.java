package dev.ascctl.sandbox;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/** Signs ES256 tokens with the sandbox demo key ({@code config/sandbox/AuthKey_SANDBOX001.p8}), raw R||S. */
final class TestTokens {
    static final String ISSUER = "69a6de70-0000-47e3-e053-5b8c7c11a4d1";

    private TestTokens() {
    }

    static String valid() {
        return token("ES256", "SANDBOX001", ISSUER, "appstoreconnect-v1", Instant.now().plusSeconds(15 * 60).getEpochSecond(), true);
    }

    static String token(String alg, String kid, String iss, String aud, Long exp, boolean withIat) {
        String header = "{\"alg\":\"" + alg + "\",\"kid\":\"" + kid + "\",\"typ\":\"JWT\"}";
        StringBuilder claims = new StringBuilder("{\"iss\":\"" + iss + "\",\"aud\":\"" + aud + "\"");
        if (exp != null) {
            claims.append(",\"exp\":").append(exp);
        }
        if (withIat) {
            claims.append(",\"iat\":").append(Instant.now().getEpochSecond());
        }
        claims.append('}');
        String input = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(claims.toString().getBytes(StandardCharsets.UTF_8));
        return input + "." + b64(sign(input));
    }

    private static byte[] sign(String input) {
        try {
            String pem = Files.readString(Path.of("config/sandbox/AuthKey_SANDBOX001.p8"))
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            Signature s = Signature.getInstance("SHA256withECDSAinP1363Format");
            s.initSign(key);
            s.update(input.getBytes(StandardCharsets.US_ASCII));
            return s.sign();
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign test token", e);
        }
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
