package dev.ascctl.config;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Finds the App Store Connect credentials, field by field, in this order (DESIGN §2):
 * <ol>
 *   <li>explicit command-line options ({@link CredentialOptions});</li>
 *   <li>the environment: {@code ASC_KEY_ID}, {@code ASC_ISSUER_ID}, {@code ASC_PRIVATE_KEY_PATH} or
 *       {@code ASC_PRIVATE_KEY} (PEM, or base64 of the PEM or of the DER), {@code ASC_ENDPOINT};</li>
 *   <li>the fastlane API key JSON ({@code --api-key-json}: {@code key_id}, {@code issuer_id}, {@code key});</li>
 *   <li>the profile named by {@code --profile} in {@code config/ascctl.yaml}, with its secrets in the
 *       git-ignored {@code config/credentials.local.yaml}.</li>
 * </ol>
 * Each field is taken from the first source that has it; the endpoint defaults to Apple's API.
 * Paths inside profiles are relative to the project directory (the one that holds {@code config/}).
 */
public final class CredentialsResolver {
    static final String PROFILES_FILE = "config/ascctl.yaml";
    static final String SECRETS_FILE = "config/credentials.local.yaml";

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path projectDir;
    private final Map<String, String> env;

    /**
     * @param projectDir the directory holding {@code config/}
     * @param env        the environment variables (pass {@code System.getenv()} in production)
     */
    public CredentialsResolver(Path projectDir, Map<String, String> env) {
        this.projectDir = Objects.requireNonNull(projectDir, "projectDir");
        this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
    }

    /** Resolves complete credentials or throws a {@link ConfigException} naming what is missing. */
    public Credentials resolve(CredentialOptions options) {
        Objects.requireNonNull(options, "options");
        List<CredentialPieces> sources = new ArrayList<>();
        sources.add(fromOptions(options));
        sources.add(fromEnvironment());
        if (options.apiKeyJson() != null) {
            sources.add(fromApiKeyJson(options.apiKeyJson()));
        }
        if (options.profile() != null) {
            sources.add(fromProfile(options.profile()));
        }
        String keyId = first(sources, CredentialPieces::keyId)
                .orElseThrow(() -> missing("key id", "--key-id", "ASC_KEY_ID", "key_id", "keyId"));
        String issuerId = first(sources, CredentialPieces::issuerId)
                .orElseThrow(() -> missing("issuer id", "--issuer-id", "ASC_ISSUER_ID", "issuer_id", "issuerId"));
        Sensitive key = first(sources, CredentialPieces::privateKeyPem)
                .orElseThrow(() -> missing("private key", "--private-key FILE",
                        "ASC_PRIVATE_KEY_PATH or ASC_PRIVATE_KEY", "key", "privateKeyPath (or privateKey in " + SECRETS_FILE + ")"));
        URI endpoint = first(sources, CredentialPieces::endpoint).orElse(Credentials.DEFAULT_ENDPOINT);
        return new Credentials(keyId, issuerId, key, endpoint);
    }

    /** The optional {@code contactDefaults} block of {@code config/credentials.local.yaml}. */
    public ContactDefaults contactDefaults() {
        JsonNode node = readYaml(SECRETS_FILE).path("contactDefaults");
        if (!node.isObject()) {
            return ContactDefaults.none();
        }
        return new ContactDefaults(text(node, "company"), text(node, "contactFirstName"),
                text(node, "contactLastName"), text(node, "contactEmail"), text(node, "contactPhone"),
                text(node, "copyright"));
    }

    private CredentialPieces fromOptions(CredentialOptions o) {
        String origin = "command-line options";
        Sensitive key = o.privateKeyPath() == null ? null : readKeyFile(o.privateKeyPath(), "--private-key");
        return new CredentialPieces(origin, o.keyId(), o.issuerId(), key, o.endpoint());
    }

    private CredentialPieces fromEnvironment() {
        Sensitive key = null;
        String keyPath = env.get("ASC_PRIVATE_KEY_PATH");
        String keyText = env.get("ASC_PRIVATE_KEY");
        if (keyPath != null && !keyPath.isBlank()) {
            key = readKeyFile(Path.of(keyPath.strip()), "ASC_PRIVATE_KEY_PATH");
        } else if (keyText != null && !keyText.isBlank()) {
            key = PrivateKeyText.toPem(keyText, "ASC_PRIVATE_KEY");
        }
        return new CredentialPieces("environment", env.get("ASC_KEY_ID"), env.get("ASC_ISSUER_ID"), key,
                uri(env.get("ASC_ENDPOINT"), "ASC_ENDPOINT"));
    }

    private CredentialPieces fromApiKeyJson(Path file) {
        String origin = "API key JSON " + file;
        JsonNode json;
        try {
            json = JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new ConfigException("Cannot read the API key JSON file " + file + " (--api-key-json): " + e.getClass().getSimpleName());
        } catch (JacksonException e) {
            // The parser's message could quote the file, which holds the key: keep only the position.
            throw new ConfigException("The API key JSON file " + file + " is not valid JSON (line "
                    + e.getLocation().getLineNr() + ")");
        }
        String key = text(json, "key");
        return new CredentialPieces(origin, text(json, "key_id"), text(json, "issuer_id"),
                key == null ? null : PrivateKeyText.toPem(key, "\"key\" in " + file), null);
    }

    private CredentialPieces fromProfile(String name) {
        JsonNode committed = readYaml(PROFILES_FILE).path("profiles").path(name);
        JsonNode local = readYaml(SECRETS_FILE).path("profiles").path(name);
        if (committed.isMissingNode() && local.isMissingNode()) {
            throw new ConfigException("Profile '" + name + "' is not defined in " + PROFILES_FILE + " or " + SECRETS_FILE
                    + " (known profiles: " + knownProfiles() + ")");
        }
        String origin = "profile '" + name + "'";
        Function<String, String> field = f -> Optional.ofNullable(text(local, f)).orElse(text(committed, f));
        Sensitive key = null;
        String inlineKey = text(local, "privateKey");
        String keyPath = field.apply("privateKeyPath");
        if (inlineKey != null) {
            key = PrivateKeyText.toPem(inlineKey, "privateKey of " + origin + " in " + SECRETS_FILE);
        } else if (keyPath != null) {
            key = readKeyFile(projectDir.resolve(keyPath), "privateKeyPath of " + origin);
        }
        return new CredentialPieces(origin, field.apply("keyId"), field.apply("issuerId"), key,
                uri(field.apply("endpoint"), "endpoint of " + origin));
    }

    private String knownProfiles() {
        List<String> names = new ArrayList<>(readYaml(PROFILES_FILE).path("profiles").propertyNames());
        readYaml(SECRETS_FILE).path("profiles").propertyNames().stream().filter(n -> !names.contains(n)).forEach(names::add);
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private JsonNode readYaml(String relative) {
        Path file = projectDir.resolve(relative);
        if (!Files.isRegularFile(file)) {
            return YAML.missingNode();
        }
        try {
            JsonNode node = YAML.readTree(Files.readString(file));
            return node == null ? YAML.missingNode() : node;
        } catch (IOException e) {
            throw new ConfigException("Cannot read " + relative + ": " + e.getClass().getSimpleName());
        } catch (JacksonException e) {
            // Never echo the parser's excerpt: credentials.local.yaml holds private keys.
            throw new ConfigException(relative + " is not valid YAML (line " + e.getLocation().getLineNr() + ")");
        }
    }

    private static Sensitive readKeyFile(Path file, String origin) {
        try {
            return PrivateKeyText.toPem(Files.readString(file), origin + " (" + file + ")");
        } catch (IOException e) {
            throw new ConfigException("Cannot read the private key file " + file + " given by " + origin
                    + ": " + e.getClass().getSimpleName());
        }
    }

    private static URI uri(String value, String origin) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(value.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("not absolute");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new ConfigException(origin + " is not an absolute URL: " + value);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asString() : null;
    }

    private static <T> Optional<T> first(List<CredentialPieces> sources, Function<CredentialPieces, T> field) {
        return sources.stream().map(field).filter(Objects::nonNull).findFirst();
    }

    private static ConfigException missing(String what, String option, String envVar, String jsonKey, String profileKey) {
        return new ConfigException("No App Store Connect " + what + " found. Give it with " + option
                + ", the environment (" + envVar + "), \"" + jsonKey + "\" in the --api-key-json file, or "
                + profileKey + " of a profile in " + PROFILES_FILE + " selected with --profile NAME.");
    }
}
