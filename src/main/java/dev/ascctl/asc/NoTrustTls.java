package dev.ascctl.asc;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The TLS context of a client for a plain-http endpoint (the sandbox, a test server): it trusts no certificate.
 * The JDK's HttpClient always builds a TLS context; its default one loads and parses the JDK's trust store, a large
 * share of a one-app plan's start-up, for a connection that never does TLS. Should anything make it do TLS, the
 * handshake fails instead of trusting a server.
 */
final class NoTrustTls {
    private NoTrustTls() {
    }

    static SSLContext context() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[0], new TrustManager[] {new TrustNothing()}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    static final class TrustNothing implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("a plain-http endpoint trusts no certificate");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("a plain-http endpoint trusts no certificate");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
