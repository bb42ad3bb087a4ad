package dev.ascctl.config;

import java.net.URI;

/**
 * Whatever one source (options, environment, API key JSON, profile) knows about the credentials;
 * any field may be null. {@code origin} names the source for error messages.
 */
record CredentialPieces(String origin, String keyId, String issuerId, Sensitive privateKeyPem, URI endpoint) {
    static CredentialPieces empty(String origin) {
        return new CredentialPieces(origin, null, null, null, null);
    }

    CredentialPieces {
        keyId = blankToNull(keyId);
        issuerId = blankToNull(issuerId);
        if (privateKeyPem != null && privateKeyPem.isBlank()) {
            privateKeyPem = null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
