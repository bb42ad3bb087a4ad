package dev.ascctl.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves secret references written in YAML: {@code ${env:NAME}} reads an environment variable,
 * {@code ${file:PATH}} reads a file (relative to the store root; one trailing newline dropped).
 * Errors name the reference, never a value.
 *
 * <p>A store comes from pull requests anyone may open, so a reference must not reach what the CI machine
 * holds for other reasons: {@code ${file:}} reads only a regular file of at most 64 KB inside the store's
 * repository (the nearest folder above the store with {@code .git}, else the store itself) or inside a folder
 * the team lists under {@code secretFileFolders} in {@code config/ascctl.yaml}; no absolute path, no {@code ..}
 * out, no link out. {@code ${env:}} never reads ascctl's own credential variables.
 *
 * <pre>{@code
 * review:
 *   demoAccountPassword: ${env:ASC_DEMO_PASSWORD}
 * }</pre>
 */
public final class SecretResolver {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(env|file):([^}]+)}");
    /** Anything that looks like an attempted reference, to catch {@code ${vault:x}} or a missing brace. */
    private static final Pattern LOOKS_LIKE_REFERENCE = Pattern.compile("^\\s*\\$\\{.*");

    /** ascctl's credentials (CredentialsResolver reads these): a store may not send them to Apple as text. */
    static final Set<String> CREDENTIAL_VARIABLES = Set.of("ASC_KEY_ID", "ASC_ISSUER_ID", "ASC_PRIVATE_KEY",
            "ASC_PRIVATE_KEY_PATH", "ASC_ENDPOINT");
    /** A demo password is a few dozen bytes; a cap keeps {@code ${file:}} from reading a disk image. */
    static final int MAX_FILE_BYTES = 64 * 1024;

    private final Path storeRoot;
    private final Map<String, String> environment;
    private final List<Path> allowedFolders;

    /** @param environment usually {@code System.getenv()}; injectable for tests */
    public SecretResolver(Path storeRoot, Map<String, String> environment) {
        this(storeRoot, environment, List.of());
    }

    /**
     * @param secretFileFolders absolute folders besides the repository that {@code ${file:}} may read
     *                          ({@code secretFileFolders} of {@code config/ascctl.yaml})
     */
    public SecretResolver(Path storeRoot, Map<String, String> environment, List<Path> secretFileFolders) {
        this.storeRoot = Objects.requireNonNull(storeRoot, "storeRoot");
        this.environment = Map.copyOf(environment);
        this.allowedFolders = List.copyOf(secretFileFolders);
    }

    public static SecretResolver fromSystem(Path storeRoot) {
        return new SecretResolver(storeRoot, System.getenv());
    }

    /** Whether {@code text} is exactly one reference, {@code ${env:NAME}} or {@code ${file:PATH}}. */
    public boolean isReference(String text) {
        return text != null && REFERENCE.matcher(text).matches();
    }

    /** Whether {@code text} starts like a reference, valid or not. */
    boolean looksLikeReference(String text) {
        return text != null && LOOKS_LIKE_REFERENCE.matcher(text).matches();
    }

    /**
     * The secret behind a reference.
     *
     * @throws UnresolvedSecretException naming the reference (never the value) when it cannot be read
     */
    public String resolve(String reference) {
        Matcher m = REFERENCE.matcher(reference == null ? "" : reference);
        if (!m.matches()) {
            throw new UnresolvedSecretException("'" + reference + "' is not a secret reference; write ${env:NAME} or ${file:PATH}");
        }
        String target = m.group(2).trim();
        if (m.group(1).equals("env")) {
            if (CREDENTIAL_VARIABLES.contains(target)) {
                throw new UnresolvedSecretException("secret reference " + reference + " names ascctl's own credential"
                        + " variable; the API key is never sent to Apple as text");
            }
            String value = environment.get(target);
            if (value == null || value.isEmpty()) {
                throw new UnresolvedSecretException("secret reference " + reference
                        + " does not resolve: environment variable " + target + " is not set");
            }
            return value;
        }
        Path file = confined(reference, target);
        try {
            String value = read(reference, file);
            value = value.endsWith("\r\n") ? value.substring(0, value.length() - 2)
                    : value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
            if (value.isEmpty()) {
                throw new UnresolvedSecretException("secret reference " + reference + " does not resolve: " + file + " is empty");
            }
            return value;
        } catch (IOException e) {
            // The IOException message names only the path, but we build our own to be sure nothing else slips in.
            throw new UnresolvedSecretException("secret reference " + reference
                    + " does not resolve: cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The file a {@code ${file:}} reference may read, or the refusal. */
    private Path confined(String reference, String target) {
        String allowed = "; ${file:} reads files inside the store's repository, or in a folder listed under"
                + " secretFileFolders in config/ascctl.yaml";
        Path given = Path.of(target);
        Path file = given.isAbsolute() ? given.normalize() : storeRoot.toAbsolutePath().resolve(given).normalize();
        if (given.isAbsolute() && allowedFolders.stream().noneMatch(f -> file.startsWith(f.toAbsolutePath().normalize()))) {
            throw new UnresolvedSecretException("secret reference " + reference + " is an absolute path" + allowed);
        }
        Path repository = repositoryRoot();
        boolean inside = file.startsWith(repository)
                || allowedFolders.stream().anyMatch(f -> file.startsWith(f.toAbsolutePath().normalize()));
        if (!inside) {
            throw new UnresolvedSecretException("secret reference " + reference + " leads outside the repository" + allowed);
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return file; // reported by the read as not found
        }
        try {
            Path real = file.toRealPath();
            boolean realInside = real.startsWith(repository.toRealPath()) || allowedFolders.stream()
                    .anyMatch(f -> Files.isDirectory(f) && real.startsWith(realPath(f)));
            if (!realInside) {
                throw new UnresolvedSecretException("secret reference " + reference + " is a symbolic link leading"
                        + " outside the repository" + allowed);
            }
            if (!Files.isRegularFile(real)) {
                // A FIFO would hang the run, /dev/zero would fill the memory.
                throw new UnresolvedSecretException("secret reference " + reference + " is not a regular file");
            }
            return real;
        } catch (IOException e) {
            throw new UnresolvedSecretException("secret reference " + reference + " does not resolve ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static Path realPath(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }

    /** The nearest folder at or above the store holding {@code .git} (a folder, or a file in a worktree), else the store. */
    private Path repositoryRoot() {
        Path store = storeRoot.toAbsolutePath().normalize();
        for (Path p = store; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return p;
            }
        }
        return store;
    }

    private static String read(String reference, Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new UnresolvedSecretException("secret reference " + reference + " names a file larger than "
                    + MAX_FILE_BYTES / 1024 + " KB; a secret is a short text");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A reference that could not be resolved; the message names the reference only. */
    public static final class UnresolvedSecretException extends RuntimeException {
        public UnresolvedSecretException(String message) {
            super(message);
        }
    }
}
