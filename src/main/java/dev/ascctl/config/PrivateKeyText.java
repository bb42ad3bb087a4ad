package dev.ascctl.config;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Turns the forms in which users hand over an App Store Connect private key into PEM text:
 * PEM itself, base64 of the PEM (common in CI secrets), or base64 of the DER bytes.
 * Error messages name where the key came from, never its content.
 */
final class PrivateKeyText {
    private PrivateKeyText() {
    }

    /**
     * @param raw    the key as given
     * @param origin where it came from, for error messages (e.g. "ASC_PRIVATE_KEY")
     */
    static Sensitive toPem(String raw, String origin) {
        String text = raw.strip();
        if (text.contains("-----BEGIN")) {
            // CI systems often store multi-line secrets with literal "\n" sequences.
            return Sensitive.of(text.replace("\\n", "\n"));
        }
        byte[] decoded;
        try {
            decoded = Base64.getMimeDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(origin + " is neither PEM text nor base64 of a PEM or DER private key");
        }
        if (decoded.length == 0) {
            throw new ConfigException(origin + " is empty");
        }
        String decodedText = new String(decoded, StandardCharsets.ISO_8859_1);
        if (decodedText.contains("-----BEGIN")) {
            return Sensitive.of(new String(decoded, StandardCharsets.US_ASCII).strip());
        }
        if (decoded[0] != 0x30) { // every DER private key is an ASN.1 SEQUENCE
            throw new ConfigException(origin + " decodes from base64 but is neither PEM nor a DER private key");
        }
        return Sensitive.of(derToPem(decoded));
    }

    /** Wraps DER as PKCS#8 ("PRIVATE KEY") or SEC1 ("EC PRIVATE KEY"), told apart by the version field. */
    private static String derToPem(byte[] der) {
        String label = isSec1(der) ? "EC PRIVATE KEY" : "PRIVATE KEY";
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    /** SEC1 ECPrivateKey starts SEQUENCE, INTEGER 1; PKCS#8 starts SEQUENCE, INTEGER 0. */
    private static boolean isSec1(byte[] der) {
        int i = 1;
        int lengthByte = der[i] & 0xFF;
        i += lengthByte < 0x80 ? 1 : 1 + (lengthByte & 0x7F);
        return i + 2 < der.length && der[i] == 0x02 && der[i + 1] == 0x01 && der[i + 2] == 0x01;
    }
}
