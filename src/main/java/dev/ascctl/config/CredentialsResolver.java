package dev.ascctl.config;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 *   <li>the profile named by {@code --profile}, looked up in each {@link ConfigLocation} in turn (the working
 *       directory's {@code config/}, the user's {@code ~/.config/ascctl/}, the installation's {@code config/}):
 *       {@code ascctl.yaml} with its secrets in the git-ignored {@code credentials.local.yaml} beside it.</li>
 * </ol>
 * Each field is taken from the first source that has it; the endpoint defaults to Apple's API.
 * Paths inside a profile are relative to the base folder of the location that holds it.
 */
public final class CredentialsResolver {
    static final String PROFILES_FILE = "config/ascctl.yaml";
    static final String SECRETS_FILE = "config/credentials.local.yaml";

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<ConfigLocation> locations;
    private final Map<String, String> env;
    /** The file each key read from a file came from, to warn when others may read the key that is used. */
    private final Map<Sensitive, Path> keyFiles = new IdentityHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    /**
     * One location only: {@code projectDir/config/}.
     *
     * @param projectDir the directory holding {@code config/}
     * @param env        the environment variables (pass {@code System.getenv()} in production)
     */
    public CredentialsResolver(Path projectDir, Map<String, String> env) {
        this(List.of(ConfigLocation.projectDir(Objects.requireNonNull(projectDir, "projectDir"))), env);
    }

    /**
     * @param locations where profiles are looked up, first match first (see {@link ConfigLocations#standard})
     * @param env       the environment variables (pass {@code System.getenv()} in production)
     */
    public CredentialsResolver(List<ConfigLocation> locations, Map<String, String> env) {
        this.locations = List.copyOf(locations);
        this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
    }

    /** Resolves complete credentials or throws a {@link ConfigException} naming what is missing. */
    public Credentials resolve(CredentialOptions options) {
        Objects.requireNonNull(options, "options");
        List<CredentialPieces> sources = sources(options, options.profile());
        URI endpoint = first(sources, CredentialPieces::endpoint).orElse(Credentials.DEFAULT_ENDPOINT);
        return complete(sources, endpoint);
    }

    /**
     * Credentials to apply a saved plan with: the plan's profile and endpoint stand in for {@code --profile} and
     * {@code --endpoint} not given again (the plan's endpoint also wins over its own profile's, since it may have
     * been given with {@code --endpoint} at plan time). An endpoint the user names now, through {@code --endpoint},
     * {@code ASC_ENDPOINT} or another profile, must be the plan's; otherwise an {@link EndpointMismatchException}.
     *
     * @param planEndpoint the endpoint the plan was made against
     * @param planProfile  the profile the plan was made with, or null
     */
    public Credentials resolveForSavedPlan(CredentialOptions options, URI planEndpoint, String planProfile) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(planEndpoint, "planEndpoint");
        String profile = options.profile() != null ? options.profile() : planProfile;
        CredentialPieces given = fromOptions(options);
        CredentialPieces environment = fromEnvironment();
        List<CredentialPieces> profilePieces = profile == null ? List.of() : fromProfile(profile);
        List<CredentialPieces> sources = sources(given, environment, options.apiKeyJson(), profilePieces);
        String namedBy = null;
        URI named = null;
        if (given.endpoint() != null) {
            namedBy = "--endpoint";
            named = given.endpoint();
        } else if (environment.endpoint() != null) {
            namedBy = "ASC_ENDPOINT";
            named = environment.endpoint();
        } else if (options.profile() != null && !options.profile().equals(planProfile)) {
            namedBy = "--profile " + options.profile();
            named = first(profilePieces, CredentialPieces::endpoint).orElse(Credentials.DEFAULT_ENDPOINT);
        }
        if (named != null && !sameEndpoint(named, planEndpoint)) {
            throw new EndpointMismatchException(planEndpoint, named, namedBy);
        }
        return complete(sources, planEndpoint);
    }

    /** Whether two endpoints are the same API: scheme and host ignore case, a trailing slash does not count. */
    public static boolean sameEndpoint(URI a, URI b) {
        return canonical(a).equals(canonical(b));
    }

    private static String canonical(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(java.util.Locale.ROOT);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return scheme + "://" + host + ":" + port + path;
    }

    private List<CredentialPieces> sources(CredentialOptions options, String profile) {
        return sources(fromOptions(options), fromEnvironment(), options.apiKeyJson(),
                profile == null ? List.of() : fromProfile(profile));
    }

    private List<CredentialPieces> sources(CredentialPieces given, CredentialPieces environment, Path apiKeyJson,
                                           List<CredentialPieces> profilePieces) {
        List<CredentialPieces> sources = new ArrayList<>();
        sources.add(given);
        sources.add(environment);
        if (apiKeyJson != null) {
            sources.add(fromApiKeyJson(apiKeyJson));
        }
        sources.addAll(profilePieces);
        return sources;
    }

    private Credentials complete(List<CredentialPieces> sources, URI endpoint) {
        String keyId = first(sources, CredentialPieces::keyId)
                .orElseThrow(() -> missing("key id", "--key-id", "ASC_KEY_ID", "key_id", "keyId"));
        String issuerId = first(sources, CredentialPieces::issuerId)
                .orElseThrow(() -> missing("issuer id", "--issuer-id", "ASC_ISSUER_ID", "issuer_id", "issuerId"));
        Sensitive key = first(sources, CredentialPieces::privateKeyPem)
                .orElseThrow(() -> missing("private key", "--private-key-path FILE",
                        "ASC_PRIVATE_KEY_PATH or ASC_PRIVATE_KEY", "key", "privateKeyPath (or privateKey in " + SECRETS_FILE + ")"));
        warnIfOthersMayRead(key, endpoint);
        return new Credentials(keyId, issuerId, key, endpoint);
    }

    /** Warnings about the credentials used (a key file others may read), for the user to see on stderr. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * A key others on this computer (or in a shared CI workspace) may read is a key they may use. Keys sent only to a
     * sandbox on this computer unlock nothing at Apple (the committed demo key is one), so they are not warned about.
     */
    private void warnIfOthersMayRead(Sensitive key, URI endpoint) {
        Path file = keyFiles.get(key);
        if (file == null || Credentials.isLoopback(endpoint.getHost())) {
            return;
        }
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
            if (mode.contains(PosixFilePermission.GROUP_READ) || mode.contains(PosixFilePermission.OTHERS_READ)) {
                warnings.add(file + " holds the private key and other users of this computer may read it ("
                        + PosixFilePermissions.toString(mode) + "); make it private: chmod 600 " + file);
            }
        } catch (UnsupportedOperationException | IOException notPosix) {
            // Windows or an unreadable attribute: nothing to say
        }
    }

    private Sensitive fromFile(Sensitive key, Path file) {
        if (key != null) {
            keyFiles.put(key, file);
        }
        return key;
    }

    /**
     * The {@code contactDefaults} block of the first {@code credentials.local.yaml} that has one, taken whole (its
     * fields describe one team), or none.
     */
    public ContactDefaults contactDefaults() {
        for (ConfigLocation location : locations) {
            JsonNode node = readYaml(location.secretsFile()).path("contactDefaults");
            if (node.isObject()) {
                return new ContactDefaults(text(node, "company"), text(node, "contactFirstName"),
                        text(node, "contactLastName"), text(node, "contactEmail"), text(node, "contactPhone"),
                        text(node, "copyright"), location.secretsFile());
            }
        }
        return ContactDefaults.none();
    }

    /**
     * The vendor number for sales and finance reports: {@code ASC_VENDOR_NUMBER}, else {@code vendorNumber} of the
     * profile (committed or local file, first location that has it). Not a secret: App Store Connect shows it on
     * every report.
     */
    public Optional<String> vendorNumber(String profile) {
        String env = this.env.get("ASC_VENDOR_NUMBER");
        if (env != null && !env.isBlank()) {
            return Optional.of(env.strip());
        }
        if (profile == null) {
            return Optional.empty();
        }
        for (ConfigLocation location : locations) {
            for (Path file : List.of(location.secretsFile(), location.profilesFile())) {
                String value = text(readYaml(file).path("profiles").path(profile), "vendorNumber");
                if (value != null && !value.isBlank()) {
                    return Optional.of(value.strip());
                }
            }
        }
        return Optional.empty();
    }

    private CredentialPieces fromOptions(CredentialOptions o) {
        String origin = "command-line options";
        Sensitive key = o.privateKeyPath() == null ? null : readKeyFile(o.privateKeyPath(), "--private-key-path");
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
                key == null ? null : fromFile(PrivateKeyText.toPem(key, "\"key\" in " + file), file), null);
    }

    /**
     * The profile's pieces from every location that defines it, in lookup order: a field missing in the first (say
     * the key, kept in {@code ~/.config/ascctl/credentials.local.yaml}) comes from the next.
     */
    private List<CredentialPieces> fromProfile(String name) {
        List<CredentialPieces> pieces = new ArrayList<>();
        for (ConfigLocation location : locations) {
            JsonNode committed = readYaml(location.profilesFile()).path("profiles").path(name);
            JsonNode local = readYaml(location.secretsFile()).path("profiles").path(name);
            if (!committed.isMissingNode() || !local.isMissingNode()) {
                pieces.add(fromProfile(name, location, committed, local));
            }
        }
        if (pieces.isEmpty()) {
            throw new ConfigException("Profile '" + name + "' is not defined in " + searched()
                    + " (known profiles: " + knownProfiles() + ")");
        }
        return pieces;
    }

    private CredentialPieces fromProfile(String name, ConfigLocation location, JsonNode committed, JsonNode local) {
        String origin = "profile '" + name + "' in " + location.profilesFile();
        Function<String, String> field = f -> Optional.ofNullable(text(local, f)).orElse(text(committed, f));
        Sensitive key = null;
        String inlineKey = text(local, "privateKey");
        String keyPath = field.apply("privateKeyPath");
        if (inlineKey != null) {
            key = fromFile(PrivateKeyText.toPem(inlineKey, "privateKey of profile '" + name + "' in "
                    + location.secretsFile()), location.secretsFile());
        } else if (keyPath != null) {
            key = readKeyFile(location.baseDir().resolve(keyPath), "privateKeyPath of " + origin);
        }
        return new CredentialPieces(origin, field.apply("keyId"), field.apply("issuerId"), key,
                uri(field.apply("endpoint"), "endpoint of " + origin));
    }

    private String searched() {
        List<String> files = new ArrayList<>();
        locations.forEach(l -> {
            files.add(l.profilesFile().toString());
            files.add(l.secretsFile().toString());
        });
        return String.join(", ", files);
    }

    /**
     * The folders listed under {@code secretFileFolders} in each {@code ascctl.yaml}, relative ones against the
     * location's base folder: where a store's {@code ${file:}} references may read besides the store's repository
     * (a CI machine's secrets mount, say). Listed by the team in committed config, so a reviewer sees any change.
     */
    public List<Path> secretFileFolders() {
        List<Path> folders = new ArrayList<>();
        for (ConfigLocation location : locations) {
            JsonNode list = readYaml(location.profilesFile()).path("secretFileFolders");
            if (!list.isMissingNode() && !list.isArray()) {
                throw new ConfigException(location.profilesFile() + ": secretFileFolders is a list of folders");
            }
            for (JsonNode entry : list) {
                if (!entry.isString() || entry.asString().isBlank()) {
                    throw new ConfigException(location.profilesFile() + ": secretFileFolders holds folder paths");
                }
                folders.add(location.baseDir().resolve(entry.asString().strip()).toAbsolutePath().normalize());
            }
        }
        return List.copyOf(folders);
    }

    private String knownProfiles() {
        List<String> names = new ArrayList<>();
        for (ConfigLocation location : locations) {
            for (Path file : List.of(location.profilesFile(), location.secretsFile())) {
                readYaml(file).path("profiles").propertyNames().stream().filter(n -> !names.contains(n))
                        .forEach(names::add);
            }
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static JsonNode readYaml(Path file) {
        if (!Files.isRegularFile(file)) {
            return YAML.missingNode();
        }
        try {
            JsonNode node = YAML.readTree(Files.readString(file));
            return node == null ? YAML.missingNode() : node;
        } catch (IOException e) {
            throw new ConfigException("Cannot read " + file + ": " + e.getClass().getSimpleName());
        } catch (JacksonException e) {
            // Never echo the parser's excerpt: credentials.local.yaml holds private keys.
            throw new ConfigException(file + " is not valid YAML (line " + e.getLocation().getLineNr() + ")");
        }
    }

    private Sensitive readKeyFile(Path file, String origin) {
        try {
            return fromFile(PrivateKeyText.toPem(Files.readString(file), origin + " (" + file + ")"), file);
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
