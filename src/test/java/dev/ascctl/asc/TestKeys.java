package dev.ascctl.asc;

import dev.ascctl.config.Credentials;
import dev.ascctl.config.Sensitive;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The repository's sandbox demo key pair, and helpers to check tokens signed with it. */
final class TestKeys {
    static final Path PRIVATE = Path.of("config/sandbox/AuthKey_SANDBOX001.p8");
    static final Path PUBLIC = Path.of("config/sandbox/AuthKey_SANDBOX001.pub.pem");

    private TestKeys() {
    }

    static String pem() {
        try {
            return Files.readString(PRIVATE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Credentials credentials(String endpoint) {
        return new Credentials("SANDBOX001", "issuer-1", Sensitive.of(pem()), URI.create(endpoint));
    }

    /** Verifies an ES256 JWT signature (JOSE uses the raw r||s form) and returns the decoded payload. */
    static JsonNode verify(String jwt) throws Exception {
        String[] parts = jwt.split("\\.");
        PublicKey key;
        try (PEMParser parser = new PEMParser(new StringReader(Files.readString(PUBLIC)))) {
            key = new JcaPEMKeyConverter().getPublicKey((SubjectPublicKeyInfo) parser.readObject());
        }
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(key);
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        if (!verifier.verify(Base64.getUrlDecoder().decode(parts[2]))) {
            throw new AssertionError("signature does not verify");
        }
        return decode(parts[1]);
    }

    static JsonNode header(String jwt) {
        return decode(jwt.split("\\.")[0]);
    }

    private static JsonNode decode(String part) {
        return JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(part));
    }
}
