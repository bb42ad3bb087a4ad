package dev.ascctl.config;

import java.net.URI;
import java.nio.file.Path;

/**
 * Credential settings given explicitly on the command line; every field may be null (not given).
 *
 * @param keyId          {@code --key-id}
 * @param issuerId       {@code --issuer-id}
 * @param privateKeyPath {@code --private-key-path}: path to the .p8 file
 * @param endpoint       {@code --endpoint}
 * @param apiKeyJson     {@code --api-key-json}: a fastlane API key JSON file
 * @param profile        {@code --profile}: a profile name in {@code config/ascctl.yaml}
 */
public record CredentialOptions(String keyId, String issuerId, Path privateKeyPath, URI endpoint,
                                Path apiKeyJson, String profile) {
    /** No explicit options: everything comes from the environment. */
    public static CredentialOptions none() {
        return new CredentialOptions(null, null, null, null, null, null);
    }

    /** Only a profile name. */
    public static CredentialOptions profile(String name) {
        return new CredentialOptions(null, null, null, null, null, name);
    }
}
