package dev.ascctl.asc;

import dev.ascctl.config.Sensitive;
import java.io.IOException;
import java.io.StringReader;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Reads an App Store Connect .p8 key. The .p8 is PKCS#8 PEM ({@code BEGIN PRIVATE KEY}); keys
 * converted with openssl are often SEC1 ({@code BEGIN EC PRIVATE KEY}), which the JDK cannot read,
 * so BouncyCastle's PEM parser handles both. Messages never include the key text.
 */
final class EcPrivateKeys {
    private EcPrivateKeys() {
    }

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
