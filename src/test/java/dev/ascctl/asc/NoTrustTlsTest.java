package dev.ascctl.asc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoTrustTlsTest {
    @Test
    void makesNoTlsConnection() {
        var context = NoTrustTls.context();
        assertThatThrownBy(context::createSSLEngine).hasMessageContaining("makes no TLS connections");
        assertThatThrownBy(() -> context.createSSLEngine("example.com", 443))
                .hasMessageContaining("makes no TLS connections");
        assertThatThrownBy(context::getSocketFactory).hasMessageContaining("makes no TLS connections");
        assertThatThrownBy(() -> context.init(null, null, null)).hasMessageContaining("makes no TLS connections");
    }

    @Test
    void anHttpsRequestThroughItFailsBeforeAnyHandshake() throws Exception {
        // What the client builder gets for a plain-http endpoint; https through it ends at the TLS engine it lacks.
        HttpClient client = HttpClient.newBuilder().sslContext(NoTrustTls.context())
                .sslParameters(NoTrustTls.parameters()).connectTimeout(Duration.ofSeconds(5)).build();
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + server.getLocalPort() + "/"))
                    .timeout(Duration.ofSeconds(5)).build();

            assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.discarding()))
                    .satisfies(e -> assertThat(causes(e)).anyMatch(c -> String.valueOf(c.getMessage())
                            .contains(NoTrustTls.REFUSAL)));
        }
        assertThat(NoTrustTls.context().getDefaultSSLParameters().getProtocols()).isNull();
    }

    private static List<Throwable> causes(Throwable e) {
        List<Throwable> all = new ArrayList<>();
        for (Throwable t = e; t != null && !all.contains(t); t = t.getCause()) {
            all.add(t);
        }
        return all;
    }
}
