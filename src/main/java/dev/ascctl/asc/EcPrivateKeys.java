package dev.ascctl.asc;

import dev.ascctl.config.Sensitive;
import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Reads an App Store Connect .p8 key. The .p8 is PKCS#8 PEM ({@code BEGIN PRIVATE KEY}), which the JDK reads
 * itself; keys converted with openssl are often SEC1 ({@code BEGIN EC PRIVATE KEY}), which the JDK cannot read, so
 * BouncyCastle's PEM parser handles those and anything the JDK refuses (with the messages below). Loading
 * BouncyCastle only then keeps it off the start-up of nearly every run. Messages never include the key text.
 */
final class EcPrivateKeys {
    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";

    private EcPrivateKeys() {
    }

    static ECPrivateKey parse(Sensitive pem, String keyId) {
        return pkcs8(pem.reveal()).orElseGet(() -> BouncyCastlePem.parse(pem, keyId));
    }

    /** A PKCS#8 EC key as the JDK reads it, or empty for anything else (then BouncyCastle reads it or explains). */
    static Optional<ECPrivateKey> pkcs8(String pem) {
        int begin = pem.indexOf(BEGIN);
        int end = pem.indexOf(END);
        if (begin < 0 || end < begin) {
            return Optional.empty();
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + BEGIN.length(), end));
            PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
            return key instanceof ECPrivateKey ec ? Optional.of(ec) : Optional.empty();
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The reader for SEC1 keys and the messages for unreadable ones; its classes load only when it is used. */
    private static final class BouncyCastlePem {
        static ECPrivateKey parse(Sensitive pem, String keyId) {
            Object parsed;
            try (PEMParser parser = new PEMParser(new StringReader(pem.reveal()))) {
                parsed = parser.readObject();
            } catch (IOException | RuntimeException e) {
                throw new AscException("The private key for key id " + keyId + " is not a readable PEM private key");
            }
            try {
                JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
                PrivateKey key;
                if (parsed instanceof PrivateKeyInfo info) {
                    key = converter.getPrivateKey(info);
                } else if (parsed instanceof PEMKeyPair pair) {
                    // SEC1 files may omit the public key, so convert only the private part.
                    key = converter.getPrivateKey(pair.getPrivateKeyInfo());
                } else {
                    throw new AscException("The private key for key id " + keyId
                            + " is not a private key (expected BEGIN PRIVATE KEY or BEGIN EC PRIVATE KEY)");
                }
                if (!(key instanceof ECPrivateKey ec)) {
                    throw new AscException("The private key for key id " + keyId
                            + " is not an EC key; App Store Connect keys are ES256 (P-256)");
                }
                return ec;
            } catch (IOException e) {
                throw new AscException("The private key for key id " + keyId + " cannot be converted to a Java key ("
                        + e.getClass().getSimpleName() + ")");
            }
        }
    }
}
