package dev.ascctl.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The red-team corpus of issue 21: stores someone hostile could put in a pull request, generated (FIFOs,
 * symbolic links and multi-megabyte files do not belong in git). Each case is one small valid store with one
 * hostile part, and the one problem ascctl must report: where ({@code relative/path:LINE:COLUMN}, a prefix)
 * and a fragment of the message. Used by HostileStoresTest (the loader), HostileStoresCliIT (the CLI, zero
 * requests) and HostileStoreBench (time and memory in a child process).
 */
public final class HostileStores {

    /** A file outside every generated store whose content must never be read or sent. */
    public static final String CANARY = "CANARY-7f3e-never-leaves-this-machine";

    /** @param location where the problem is, relative to the store; a prefix of path:line:column */
    public record Case(String name, String location, String fragment, Writer writer) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    public interface Writer {
        /** Writes the hostile part into {@code store}; {@code outside} is a folder beside it holding the canary. */
        void write(Path store, Path outside) throws IOException;
    }

    private HostileStores() {
    }

    public static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        // YAML limits (issue 21, items 14 and 15)
        cases.add(new Case("nesting-1200-levels", "apps/x/app.yaml:3:72", "nested more than 64 levels",
                (s, o) -> write(s, "apps/x/app.yaml", TestStores.APP + "nested: " + "[".repeat(1200)
                        + "]".repeat(1200) + "\n")));
        cases.add(new Case("aliases-to-a-large-scalar", "apps/x/app.yaml:4:", "alias bomb",
                (s, o) -> write(s, "apps/x/app.yaml", TestStores.APP + "big: &a \"" + "x".repeat(100_000) + "\"\n"
                        + "list: [" + "*a, ".repeat(9_000) + "*a]\n")));
        cases.add(new Case("a-3.9-MB-value", "apps/x/app.yaml:3:1", "a line of 4087211 characters",
                (s, o) -> write(s, "apps/x/app.yaml", TestStores.APP + "notes: \"" + "x".repeat(3_900 * 1_048 + 2)
                        + "\"\n")));
        cases.add(new Case("a-300k-block-scalar", "apps/x/app.yaml:3:8", "a value of 330000 characters",
                (s, o) -> write(s, "apps/x/app.yaml", TestStores.APP + "notes: |\n" + ("  " + "y".repeat(99) + "\n")
                        .repeat(3_300))));
        cases.add(new Case("5-MB-of-comments", "apps/x/app.yaml:1:1", "file is too large",
                (s, o) -> write(s, "apps/x/app.yaml", TestStores.APP + ("# " + "c".repeat(1_000) + "\n")
                        .repeat(5_000))));
        cases.add(new Case("billion-laughs", "apps/x/app.yaml:", "alias",
                (s, o) -> write(s, "apps/x/app.yaml", TestStores.APP + billionLaughs())));
        cases.add(new Case("invalid-utf8", "apps/x/locales/en-US.yaml:2:17", "not UTF-8: byte 0xE9",
                (s, o) -> bytes(s, "apps/x/locales/en-US.yaml", "name: X\ndescription: caf\u00e9 au lait\n"
                        .getBytes(StandardCharsets.ISO_8859_1))));
        // Files that are not regular files inside the store (items 5 and 12)
        cases.add(new Case("fifo-as-store-yaml", "store.yaml:1:1", "not a regular file",
                (s, o) -> fifo(s.resolve("store.yaml"))));
        cases.add(new Case("fifo-as-locale-file", "apps/x/locales/de-DE.yaml:1:1", "not a regular file",
                (s, o) -> fifo(s.resolve("apps/x/locales/de-DE.yaml"))));
        cases.add(new Case("store-yaml-linked-to-dev-zero", "store.yaml:1:1", "outside the store",
                (s, o) -> Files.createSymbolicLink(s.resolve("store.yaml"), Path.of("/dev/zero"))));
        cases.add(new Case("screenshot-linked-outside", "apps/x/screenshots/en-US/APP_IPHONE_67/1.png:1:1",
                "outside the store", (s, o) -> link(s.resolve("apps/x/screenshots/en-US/APP_IPHONE_67/1.png"),
                        o.resolve("canary.png"))));
        cases.add(new Case("review-screenshot-linked-outside", "apps/x/purchases.yaml:5:",
                "reviewScreenshot review/pro.png is a symbolic link leading outside the store", (s, o) -> {
                    link(s.resolve("apps/x/review/pro.png"), o.resolve("canary.png"));
                    write(s, "apps/x/purchases.yaml", "inAppPurchases:\n  - productId: com.example.x.pro\n"
                            + "    inAppPurchaseType: NON_CONSUMABLE\n    referenceName: Pro\n"
                            + "    reviewScreenshot: review/pro.png\n");
                }));
        cases.add(new Case("app-folder-linked-outside", "apps/y:1:1", "outside the store",
                (s, o) -> link(s.resolve("apps/y"), o.resolve("app"))));
        cases.add(new Case("locale-file-linked-outside", "apps/x/locales/de-DE.yaml:1:1", "outside the store",
                (s, o) -> link(s.resolve("apps/x/locales/de-DE.yaml"), o.resolve("app/locales/en-US.yaml"))));
        cases.add(new Case("dangling-link-as-app-yaml", "apps/y/app.yaml:1:1", "a symbolic link to nothing",
                (s, o) -> link(s.resolve("apps/y/app.yaml"), s.resolve("apps/y/nothing.yaml"))));
        // Names that would write escape sequences to the reviewer's terminal (item 8)
        cases.add(new Case("escape-sequence-in-a-folder-name", "apps/x/screenshots/en-US?]0;pwned?:1:1",
                "is not a locale", (s, o) -> Files.createDirectories(
                        s.resolve("apps/x/screenshots/en-US\u001b]0;pwned\u0007/APP_IPHONE_67"))));
        // Secret references (item 2): confined to the repository, only in sensitive fields, never ascctl's key
        cases.add(secret("secret-file-dot-dot-out", (s, o) -> "${file:../outside/canary.txt}",
                "leads outside the repository"));
        cases.add(secret("secret-file-absolute", (s, o) -> "${file:" + o.resolve("canary.txt").toAbsolutePath() + "}",
                "is an absolute path"));
        cases.add(secret("secret-file-dev-zero", (s, o) -> "${file:/dev/zero}", "is an absolute path"));
        cases.add(secret("secret-file-linked-outside", (s, o) -> {
            link(s.resolve("secrets/demo.txt"), o.resolve("canary.txt"));
            return "${file:secrets/demo.txt}";
        }, "a symbolic link leading outside the repository"));
        cases.add(secret("secret-file-fifo", (s, o) -> {
            fifo(s.resolve("secrets/demo.txt"));
            return "${file:secrets/demo.txt}";
        }, "is not a regular file"));
        cases.add(secret("secret-file-of-100-KB", (s, o) -> {
            write(s, "secrets/demo.txt", "p".repeat(100 * 1024));
            return "${file:secrets/demo.txt}";
        }, "larger than 64 KB"));
        cases.add(secret("secret-env-of-the-private-key", (s, o) -> "${env:ASC_PRIVATE_KEY}",
                "ascctl's own credential variable"));
        cases.add(new Case("secret-in-the-privacy-text", "apps/x/locales/en-US.yaml:2:20",
                "a secret reference is allowed only in demoAccountPassword; privacyPolicyText is published as written",
                (s, o) -> write(s, "apps/x/locales/en-US.yaml", "name: X\nprivacyPolicyText: ${env:ASC_DEMO_PASSWORD}\n")));
        cases.add(new Case("secret-file-in-whats-new", "apps/x/locales/en-US.yaml:2:11",
                "a secret reference is allowed only in demoAccountPassword", (s, o) -> {
                    write(s, "apps/x/app.yaml", TestStores.APP + "version:\n  versionString: \"1.0\"\n");
                    write(s, "apps/x/locales/en-US.yaml", "name: X\nwhatsNew: ${file:../outside/canary.txt}\n");
                }));
        return cases;
    }

    /** A reference the writer returns (after placing any file it needs) as the App Review demo password. */
    private static Case secret(String name, SecretWriter reference, String fragment) {
        return new Case(name, "apps/x/app.yaml:4:24", fragment, (s, o) -> write(s, "apps/x/app.yaml", TestStores.APP
                + "review:\n  demoAccountPassword: " + reference.write(s, o) + "\n")); 
    }

    @FunctionalInterface
    private interface SecretWriter {
        String write(Path store, Path outside) throws IOException;
    }

    /** Writes the valid base store, the canary folder beside it, and the case's hostile part. */
    public static Path write(Case c, Path dir) throws IOException {
        Path store = dir.resolve("store");
        Path outside = dir.resolve("outside");
        write(store, "apps/x/app.yaml", TestStores.APP);
        write(store, "apps/x/locales/en-US.yaml", "name: X\n");
        write(outside, "canary.txt", CANARY + "\n");
        write(outside, "app/app.yaml", "bundleId: com.example.canary\nprimaryLocale: en-US\n");
        write(outside, "app/locales/en-US.yaml", "name: " + CANARY + "\n");
        Files.write(outside.resolve("canary.png"), TestImages.png(1290, 2796, 1));
        c.writer().write(store, outside);
        return store;
    }

    private static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("l0: &l0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("l").append(i).append(": &l").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(8, "*l" + (i - 1)))).append("]\n");
        }
        return yaml.toString();
    }

    static void write(Path root, String relative, String text) {
        bytes(root, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    static void bytes(Path root, String relative, byte[] content) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void link(Path link, Path target) throws IOException {
        Files.createDirectories(link.getParent());
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, target);
    }

    private static void fifo(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        try {
            Process p = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException("mkfifo failed for " + file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** For tests that load a case with the secrets it names. */
    static Map<String, String> environment() {
        return Map.of("ASC_DEMO_PASSWORD", "demo-secret", "ASC_PRIVATE_KEY", CANARY);
    }
}
