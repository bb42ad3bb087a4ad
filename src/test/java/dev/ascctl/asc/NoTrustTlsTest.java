package dev.ascctl.asc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;

class NoTrustTlsTest {
    @Test
    void refusesEveryServerAndClientCertificate() {
        var trust = new NoTrustTls.TrustNothing();
        assertThatThrownBy(() -> trust.checkServerTrusted(new X509Certificate[0], "ECDHE_ECDSA"))
                .isInstanceOf(CertificateException.class).hasMessageContaining("trusts no certificate");
        assertThatThrownBy(() -> trust.checkClientTrusted(new X509Certificate[0], "ECDHE_ECDSA"))
                .isInstanceOf(CertificateException.class);
        assertThat(trust.getAcceptedIssuers()).isEmpty();
    }

    @Test
    void isAReadyTlsContext() {
        // HttpClient asks the context for its default parameters when it is built; an uninitialised one throws.
        assertThat(NoTrustTls.context().getDefaultSSLParameters().getProtocols()).isNotEmpty();
    }
}
