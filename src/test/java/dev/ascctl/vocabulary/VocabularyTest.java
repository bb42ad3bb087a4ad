package dev.ascctl.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.ascctl.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    static final Path COMMITTED = Path.of("src/main/resources/dev/ascctl/vocabulary/asc-vocabulary.json");

    @Test
    void theCommittedVocabularyIsWhatTheGeneratorWritesFromApplesSpec() throws IOException {
        Path spec = SharedFiles.openApiSpec();
        String expected = VocabularyGenerator.generate(spec);
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        if (!expected.equals(committed)) {
            List<String> want = expected.lines().toList();
            List<String> have = committed.lines().toList();
            int line = 0;
            while (line < Math.min(want.size(), have.size()) && want.get(line).equals(have.get(line))) {
                line++;
            }
            String a = line < have.size() ? have.get(line) : "";
            String b = line < want.size() ? want.get(line) : "";
            int column = 0;
            while (column < Math.min(a.length(), b.length()) && a.charAt(column) == b.charAt(column)) {
                column++;
            }
            fail(COMMITTED + " differs from what " + spec + " gives, first at line " + (line + 1)
                    + ".\nRegenerate it with `make vocabulary` and commit it.\n  committed: "
                    + excerpt(a, column) + "\n  generated: " + excerpt(b, column));
        }
    }

    @Test
    void readsApplesEnumsByName() {
        Vocabulary v = Vocabulary.get();
        assertThat(v.spec()).isEqualTo("App Store Connect API 4.4.1");
        assertThat(v.enumValues("Platform")).containsExactly("IOS", "MAC_OS", "TV_OS", "VISION_OS");
        assertThat(v.enumValues("ScreenshotDisplayType")).hasSize(33).startsWith("APP_IPHONE_67");
        assertThat(v.enumValues("PreviewType")).hasSize(16).contains("APPLE_VISION_PRO");
        assertThat(v.enumValues("TerritoryCode")).contains("USA", "XKS").doesNotContain("US");
        assertThat(v.enumValues("AppStoreVersion.releaseType")).containsExactly("MANUAL", "AFTER_APPROVAL",
                "SCHEDULED");
        assertThatThrownBy(() -> v.enumValues("NoSuchEnum")).hasMessageContaining("NoSuchEnum");
    }

    @Test
    void readsAttributesRelationshipsAndRequests() {
        Vocabulary.ResourceType loc = Vocabulary.get().type("appStoreVersionLocalizations");
        assertThat(loc.attributes()).containsKeys("description", "keywords", "promotionalText", "whatsNew");
        assertThat(loc.attribute("marketingUrl").type()).isEqualTo("uri");
        assertThat(loc.relationships().get("appStoreVersion"))
                .isEqualTo(new Vocabulary.Relationship("appStoreVersion", "appStoreVersions", false, false, true));
        assertThat(Vocabulary.get().type("subscriptions").relationships().get("pricePoints"))
                .isEqualTo(new Vocabulary.Relationship("pricePoints", "subscriptionPricePoints", true, true, false));
        assertThat(loc.relationships().get("appScreenshotSets").toMany()).isTrue();
        Vocabulary.WriteRequest create = loc.create().orElseThrow();
        assertThat(create.requiredAttributes()).containsExactly("locale");
        assertThat(create.requiredRelationships()).containsExactly("appStoreVersion");
        assertThat(loc.update().orElseThrow().attributes()).contains("promotionalText").doesNotContain("locale");
        Vocabulary.Attribute state = Vocabulary.get().type("appStoreVersions").attribute("appVersionState");
        assertThat(state.values()).contains("PREPARE_FOR_SUBMISSION", "READY_FOR_DISTRIBUTION");
    }

    @Test
    void readsWhatAnOperationAccepts() {
        Vocabulary v = Vocabulary.get();
        Vocabulary.Operation infos = v.operation("GET", "/v1/apps/{id}/appInfos");
        assertThat(infos.includes()).contains("appInfoLocalizations", "ageRatingDeclaration");
        assertThat(infos.fields().get("appInfoLocalizations")).contains("locale", "subtitle");
        assertThat(infos.limit()).isEqualTo(200);
        assertThat(infos.relationshipLimits()).containsEntry("appInfoLocalizations", 50);
        Vocabulary.Operation versions = v.operation("GET", "/v1/apps/{id}/appStoreVersions");
        assertThat(versions.filters().get("platform")).containsExactly("IOS", "MAC_OS", "TV_OS", "VISION_OS");
        assertThat(versions.filters().get("versionString")).isEmpty();
        assertThat(v.operation("GET", "/v1/betaAppReviewSubmissions").required()).containsExactly("filter[build]");
        assertThat(v.operation("POST", "/v1/appStoreVersionLocalizations").status()).isEqualTo(201);
        assertThat(v.operation("GET", "/v1/subscriptions/{id}/pricePoints").limit()).isEqualTo(8000);
        assertThat(v.findOperation("POST", "/v1/apps")).isEmpty(); // Apple creates apps only in the web UI
    }

    private static String excerpt(String line, int column) {
        int from = Math.max(0, column - 60);
        return (from > 0 ? "..." : "") + line.substring(from, Math.min(line.length(), column + 60));
    }
}
