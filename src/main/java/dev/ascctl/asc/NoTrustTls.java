package dev.ascctl.asc;

import java.security.KeyManagementException;
import java.security.Provider;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The TLS side of a client for a plain-http endpoint (the sandbox, a test server): a context that makes no TLS
 * connection at all, and empty parameters. The JDK's HttpClient always takes a TLS context and its parameters when it
 * is built. Its default context loads and parses the JDK's trust store, and even a bare JSSE context works out every
 * protocol and cipher suite for its default parameters: a large share of a plan's start-up, for a connection that
 * never does TLS. Should anything make it do TLS, the connection fails before any handshake; no server is trusted.
 */
final class NoTrustTls {
    static final String REFUSAL = "a plain-http endpoint makes no TLS connections";
    private static final Provider PROVIDER = new Provider("ascctl-plain-http", "1", "no TLS") {
    };

    private NoTrustTls() {
    }

    static SSLContext context() {
        return new SSLContext(new NoTls(), PROVIDER, "TLS") {
        };
    }

    /** Given to the client builder, so it does not ask the context for defaults. */
    static SSLParameters parameters() {
        return new SSLParameters();
    }

    static final class NoTls extends SSLContextSpi {
        @Override
        protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr) throws KeyManagementException {
            throw new KeyManagementException(REFUSAL);
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            throw new UnsupportedOperationException(REFUSAL);
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            throw new UnsupportedOperationException(REFUSAL);
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            throw new UnsupportedOperationException(REFUSAL);
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            throw new UnsupportedOperationException(REFUSAL);
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            throw new UnsupportedOperationException(REFUSAL);
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            throw new UnsupportedOperationException(REFUSAL);
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return parameters();
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return parameters();
        }
    }
}
