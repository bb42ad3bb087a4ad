package dev.ascctl.asc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascctl.config.Sensitive;
import java.io.StringWriter;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JwtSignerTest {
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00.700Z");

    @Test
    void signsAnEs256TokenWithApplesClaimsAndHeader() throws Exception {
        JwtSigner signer = new JwtSigner("SANDBOX001", "issuer-1", Sensitive.of(TestKeys.pem()),
                Clock.fixed(NOW, ZoneOffset.UTC));

        String jwt = signer.token().reveal();
        JsonNode claims = TestKeys.verify(jwt);
        JsonNode header = TestKeys.header(jwt);

        assertThat(header.path("alg").asString()).isEqualTo("ES256");
        assertThat(header.path("kid").asString()).isEqualTo("SANDBOX001");
        assertThat(header.path("typ").asString()).isEqualTo("JWT");
        assertThat(claims.path("iss").asString()).isEqualTo("issuer-1");
        assertThat(claims.path("aud").isString()).as("aud is a plain string").isTrue();
        assertThat(claims.path("aud").asString()).isEqualTo("appstoreconnect-v1");
        assertThat(claims.path("iat").asLong()).isEqualTo(NOW.getEpochSecond());
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(19 * 60);
    }

    @Test
    void reusesTheTokenUntilSixtySecondsBeforeExpiry() {
        AtomicReference<Instant> now = new AtomicReference<>(NOW);
        JwtSigner signer = new JwtSigner("SANDBOX001", "issuer-1", Sensitive.of(TestKeys.pem()), clock(now));
        String first = signer.token().reveal();

        now.set(NOW.plus(Duration.ofMinutes(17)).plusSeconds(58));
        assertThat(signer.token().reveal()).isEqualTo(first);

        now.set(NOW.plus(Duration.ofMinutes(18)));
        assertThat(signer.token().reveal()).isNotEqualTo(first);
    }

    @Test
    void acceptsSec1EcPrivateKeys() throws Exception {
        // BouncyCastle-made keys carry the curve in the SEC1 structure, as `openssl ec` output does.
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", new BouncyCastleProvider());
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(generator.generateKeyPair().getPrivate());
        }
        assertThat(pem.toString()).contains("BEGIN EC PRIVATE KEY");

        JwtSigner signer = new JwtSigner("K", "I", Sensitive.of(pem.toString()), Clock.systemUTC());

        assertThat(signer.token().reveal().split("\\.")).hasSize(3);
    }

    @Test
    void idsWithQuotesOrBackslashesStayOneJsonString() throws Exception {
        JwtSigner signer = new JwtSigner("K\"1\\", "issuer \"2\"", Sensitive.of(TestKeys.pem()),
                Clock.fixed(NOW, ZoneOffset.UTC));

        String jwt = signer.token().reveal();

        assertThat(TestKeys.header(jwt).path("kid").asString()).isEqualTo("K\"1\\");
        assertThat(TestKeys.verify(jwt).path("iss").asString()).isEqualTo("issuer \"2\"");
    }

    @Test
    void refusesEcKeysOnOtherCurves() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        String pem = "-----BEGIN PRIVATE KEY-----\n" + java.util.Base64.getMimeEncoder().encodeToString(
                generator.generateKeyPair().getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";

        assertThatThrownBy(() -> new JwtSigner("K", "I", Sensitive.of(pem), Clock.systemUTC()))
                .isInstanceOf(AscException.class)
                .hasMessage("The private key for key id K is not a P-256 key; App Store Connect keys are ES256 (P-256)");
    }

    @Test
    void unreadableKeysFailWithoutShowingTheKey() {
        String broken = "-----BEGIN PRIVATE KEY-----\nU0VDUkVUU0VDUkVU\n-----END PRIVATE KEY-----\n";

        assertThatThrownBy(() -> new JwtSigner("K", "I", Sensitive.of(broken), Clock.systemUTC()))
                .isInstanceOf(AscException.class)
                .hasMessageContaining("key id K")
                .hasMessageNotContaining("U0VDUkVU");
    }

    @Test
    void tokenPrintsMasked() {
        JwtSigner signer = new JwtSigner("SANDBOX001", "issuer-1", Sensitive.of(TestKeys.pem()), Clock.systemUTC());

        assertThat(signer.token()).hasToString(Sensitive.MASK);
        assertThat(signer.toString()).doesNotContain("PRIVATE");
    }

    static Clock clock(AtomicReference<Instant> now) {
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
    }
}
