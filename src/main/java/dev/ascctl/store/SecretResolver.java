package dev.ascctl.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves secret references written in YAML: {@code ${env:NAME}} reads an environment variable,
 * {@code ${file:PATH}} reads a file (relative to the store root; one trailing newline dropped).
 * Errors name the reference, never a value.
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

    private final Path storeRoot;
    private final Map<String, String> environment;

    /** @param environment usually {@code System.getenv()}; injectable for tests */
    public SecretResolver(Path storeRoot, Map<String, String> environment) {
        this.storeRoot = Objects.requireNonNull(storeRoot, "storeRoot");
        this.environment = Map.copyOf(environment);
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
            String value = environment.get(target);
            if (value == null || value.isEmpty()) {
                throw new UnresolvedSecretException("secret reference " + reference
                        + " does not resolve: environment variable " + target + " is not set");
            }
            return value;
        }
        Path file = storeRoot.resolve(target);
        try {
            String value = Files.readString(file, StandardCharsets.UTF_8);
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

    /** A reference that could not be resolved; the message names the reference only. */
    public static final class UnresolvedSecretException extends RuntimeException {
        public UnresolvedSecretException(String message) {
            super(message);
        }
    }
}
