package dev.ascctl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.sandbox.server.Sandbox;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthTest {
    private static Sandbox sandbox;

    @BeforeAll
    static void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults().withApps("com.example.notes"));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static int statusWith(String token) {
        return new SandboxClient(sandbox, token).get("/v1/apps").status();
    }

    private static long inMinutes(int minutes) {
        return Instant.now().plusSeconds(minutes * 60L).getEpochSecond();
    }

    @Test
    void acceptsAValidTokenWithOrWithoutIat() {
        assertThat(statusWith(TestTokens.valid())).isEqualTo(200);
        assertThat(statusWith(TestTokens.token("ES256", "SANDBOX001", TestTokens.ISSUER, "appstoreconnect-v1",
                inMinutes(19), false))).isEqualTo(200);
    }

    @Test
    void rejectsBadTokensWithAppleNotAuthorizedDocument() {
        var reply = new SandboxClient(sandbox, TestTokens.token("ES256", "SANDBOX001", TestTokens.ISSUER, "wrong-aud",
                inMinutes(10), true)).get("/v1/apps");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().at("/errors/0/code").asString()).isEqualTo("NOT_AUTHORIZED");
        assertThat(reply.json().at("/errors/0/status").asString()).isEqualTo("401");
        assertThat(reply.header("X-Rate-Limit")).startsWith("user-hour-lim:3600;");
    }

    @Test
    void rejectsExpiredTooLongWrongKidWrongIssuerAndMissingExp() {
        assertThat(statusWith(TestTokens.token("ES256", "SANDBOX001", TestTokens.ISSUER, "appstoreconnect-v1", inMinutes(-1), true)))
                .as("expired").isEqualTo(401);
        assertThat(statusWith(TestTokens.token("ES256", "SANDBOX001", TestTokens.ISSUER, "appstoreconnect-v1", inMinutes(25), true)))
                .as("more than 20 minutes ahead").isEqualTo(401);
        assertThat(statusWith(TestTokens.token("ES256", "OTHERKEY01", TestTokens.ISSUER, "appstoreconnect-v1", inMinutes(10), true)))
                .as("wrong kid").isEqualTo(401);
        assertThat(statusWith(TestTokens.token("ES256", "SANDBOX001", "someone-else", "appstoreconnect-v1", inMinutes(10), true)))
                .as("wrong issuer").isEqualTo(401);
        assertThat(statusWith(TestTokens.token("ES256", "SANDBOX001", TestTokens.ISSUER, "appstoreconnect-v1", null, true)))
                .as("no exp").isEqualTo(401);
        assertThat(statusWith(TestTokens.token("HS256", "SANDBOX001", TestTokens.ISSUER, "appstoreconnect-v1", inMinutes(10), true)))
                .as("wrong alg").isEqualTo(401);
    }

    @Test
    void rejectsBadSignatureAndMissingHeader() {
        String valid = TestTokens.valid();
        String[] parts = valid.split("\\.");
        String tamperedClaims = TestTokens.b64(("{\"iss\":\"" + TestTokens.ISSUER + "\",\"aud\":\"appstoreconnect-v1\",\"exp\":"
                + inMinutes(10) + ",\"extra\":1}").getBytes());
        assertThat(statusWith(parts[0] + "." + tamperedClaims + "." + parts[2])).as("bad signature").isEqualTo(401);
        assertThat(statusWith(null)).as("no Authorization header").isEqualTo(401);
        assertThat(statusWith("not-a-jwt")).isEqualTo(401);
    }
}
