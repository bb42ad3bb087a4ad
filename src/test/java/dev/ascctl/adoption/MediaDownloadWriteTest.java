package dev.ascctl.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascctl.resource.ExportedObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Media sets of an import become files downloaded into their set folder: all of them, or none. */
class MediaDownloadWriteTest {
    @TempDir
    Path root;

    /** A fake CDN: serves {@code url → bytes}, fails for urls it does not know. */
    private static FileDownloader serving(Map<String, String> bodies) {
        return (url, target) -> {
            String body = bodies.get(url.toString());
            if (body == null) {
                throw new IllegalStateException("HTTP 404 for " + url);
            }
            try {
                Files.writeString(target, body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return md5(body);
        };
    }

    private static String md5(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode remote(String url, String md5) {
        return JsonNodeFactory.instance.objectNode().put("url", url).put("sourceFileChecksum", md5).put("fileSize", 3);
    }

    private static StoreContent content(Map<String, JsonNode> files) {
        StoreContent content = new StoreContent();
        StoreLayout.put(content, new ExportedObject("apps.notes.screenshots.en-US.APP_IPHONE_67", files));
        content.put(Path.of("apps/notes/app.yaml"), java.util.List.of(), Map.of("bundleId",
                JsonNodeFactory.instance.stringNode("com.example.notes")));
        return content;
    }

    @Test
    void aMediaSetIsAFolderOfDownloadsNotYaml() {
        Map<String, JsonNode> files = new LinkedHashMap<>();
        files.put("01-home.png", remote("https://cdn.example/a/1290x2796bb.png", md5("one")));
        files.put("02-map.png", remote("https://cdn.example/b/1290x2796bb.png", md5("two")));
        StoreContent content = content(files);
        assertThat(content.downloads()).containsOnlyKeys(Path.of("apps/notes/screenshots/en-US/APP_IPHONE_67/01-home.png"),
                Path.of("apps/notes/screenshots/en-US/APP_IPHONE_67/02-map.png"));
        assertThat(content.files()).containsOnlyKeys(Path.of("apps/notes/app.yaml"));
        assertThat(StoreLayout.mediaFolder("apps.notes.previews.de-DE.IPHONE_67"))
                .contains(Path.of("apps/notes/previews/de-DE/IPHONE_67"));
        assertThat(StoreLayout.mediaFolder("apps.notes.locales.de-DE")).isEmpty();

        var written = new StoreWriter(root).write(content, serving(Map.of(
                "https://cdn.example/a/1290x2796bb.png", "one", "https://cdn.example/b/1290x2796bb.png", "two")));
        assertThat(written).startsWith(Path.of("apps/notes/screenshots/en-US/APP_IPHONE_67/01-home.png"),
                Path.of("apps/notes/screenshots/en-US/APP_IPHONE_67/02-map.png"));
        assertThat(root.resolve("apps/notes/screenshots/en-US/APP_IPHONE_67/02-map.png")).hasContent("two");
        assertThat(content.notes()).isEmpty();
    }

    @Test
    void aFileNameFromAppleCannotLeaveItsFolder() {
        assertThatThrownBy(() -> content(Map.of("../../evil.png", remote("https://cdn.example/x", md5("x")))))
                .hasMessageContaining("not a media file name");
    }

    @Test
    void aFailedDownloadLeavesNoFileBehind() throws IOException {
        Map<String, JsonNode> files = new LinkedHashMap<>();
        for (int i = 1; i <= 9; i++) {
            files.put("0" + i + "-shot.png", remote("https://cdn.example/" + i, md5("b" + i)));
        }
        Map<String, String> bodies = new LinkedHashMap<>();
        for (int i = 1; i <= 9; i++) {
            if (i != 7) {
                bodies.put("https://cdn.example/" + i, "b" + i); // number 7 is missing on the CDN
            }
        }
        StoreContent content = content(files);
        assertThatThrownBy(() -> new StoreWriter(root).write(content, serving(bodies))).hasMessageContaining("HTTP 404");
        try (Stream<Path> left = Files.walk(root)) {
            assertThat(left.filter(Files::isRegularFile).toList()).isEmpty(); // not app.yaml, not one screenshot
        }
    }

    @Test
    void aReEncodedDownloadIsKeptWithANoteThatPlanWillReplaceIt() {
        // Real Apple: the CDN serves a re-encoded rendition, so its MD5 is not the sourceFileChecksum.
        StoreContent content = content(Map.of("01-home.png", remote("https://cdn.example/a", md5("original"))));
        new StoreWriter(root).write(content, serving(Map.of("https://cdn.example/a", "re-encoded")));
        assertThat(root.resolve("apps/notes/screenshots/en-US/APP_IPHONE_67/01-home.png")).hasContent("re-encoded");
        assertThat(content.notes()).singleElement().asString().contains("1 downloaded media file(s) differ")
                .contains("apps/notes/screenshots/en-US/APP_IPHONE_67/01-home.png")
                .contains("put the original files, under the same names");
    }

    @Test
    void downloadsCountAsConflictsAndWritingWithoutADownloaderIsRefused() throws IOException {
        StoreContent content = content(Map.of("01-home.png", remote("https://cdn.example/a", md5("a"))));
        Path existing = root.resolve("apps/notes/screenshots/en-US/APP_IPHONE_67/01-home.png");
        Files.createDirectories(existing.getParent());
        Files.writeString(existing, "mine");
        assertThat(new StoreWriter(root).conflicts(content)).containsExactly(root.relativize(existing));
        assertThatThrownBy(() -> new StoreWriter(root).write(content)).hasMessageContaining("FileDownloader");
        assertThat(existing).hasContent("mine");
        assertThat(URI.create("https://cdn.example/a")).hasHost("cdn.example");
    }
}
