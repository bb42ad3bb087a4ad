package dev.ascctl.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;

class StoreLayoutTest {
    @Test
    void storePathsMapToTheFilesTheLoaderReads() {
        assertThat(StoreLayout.of("apps.notes")).isEqualTo(new StoreLayout.Place(Path.of("apps/notes/app.yaml"), List.of()));
        assertThat(StoreLayout.of("apps.notes.review"))
                .isEqualTo(new StoreLayout.Place(Path.of("apps/notes/app.yaml"), List.of("review")));
        assertThat(StoreLayout.of("apps.notes.locales.de-DE"))
                .isEqualTo(new StoreLayout.Place(Path.of("apps/notes/locales/de-DE.yaml"), List.of()));
        assertThat(StoreLayout.of("apps.notes.testFlight.betaGroups"))
                .isEqualTo(new StoreLayout.Place(Path.of("apps/notes/testflight.yaml"), List.of("betaGroups")));
        assertThat(StoreLayout.of("apps.notes.purchases.inAppPurchases"))
                .isEqualTo(new StoreLayout.Place(Path.of("apps/notes/purchases.yaml"), List.of("inAppPurchases")));
        assertThatThrownBy(() -> StoreLayout.of("policy.ignore")).hasMessageContaining("not an app store path");
    }

    @Test
    void yamlReadsAsAPersonWouldWriteIt() {
        var root = JsonNodeFactory.instance.objectNode();
        root.put("versionString", "2.4");
        root.put("description", "Line one.\nLine two.\n");
        root.putArray("keywords").add("a").add("b");
        root.putObject("review").put("demoAccountRequired", true).putNull("notes");
        assertThat(YamlText.of(root)).isEqualTo("""
                versionString: '2.4'
                description: |
                  Line one.
                  Line two.
                keywords: [a, b]
                review:
                  demoAccountRequired: true
                  notes: null
                """);
    }

    @Test
    void contentMergesObjectsOfTheSameFileInOrder() {
        StoreContent content = new StoreContent();
        content.put(Path.of("a.yaml"), List.of(), Map.of("bundleId", StringNode.valueOf("x")));
        content.put(Path.of("a.yaml"), List.of("review"), Map.of("notes", StringNode.valueOf("n")));
        assertThat(YamlText.of(content.files().get(Path.of("a.yaml")))).isEqualTo("bundleId: x\nreview:\n  notes: n\n");
    }

    @Test
    void listItemsKeepTheirDotsAndNest() {
        assertThat(StoreLayout.of("apps.notes.testflight.testers[email=max.mustermann@example.de]"))
                .isEqualTo(new StoreLayout.Place(Path.of("apps/notes/testflight.yaml"),
                        List.of("testers[email=max.mustermann@example.de]")));
        assertThat(StoreLayout.of("apps.notes.purchases.subscriptionGroups[referenceName=Notes Plus]"
                + ".subscriptions[productId=com.example.notes.plus.monthly].localizations.en-US"))
                .isEqualTo(new StoreLayout.Place(Path.of("apps/notes/purchases.yaml"), List.of(
                        "subscriptionGroups[referenceName=Notes Plus]",
                        "subscriptions[productId=com.example.notes.plus.monthly]", "localizations", "en-US")));
        assertThat(Segment.parse("groups[name=QA]")).isEqualTo(new Segment("groups", "name", "QA"));
        assertThat(Segment.parse("review").isListItem()).isFalse();
        assertThatThrownBy(() -> Segment.parse("groups[QA]")).hasMessageContaining("key[field=value]");
    }

    @Test
    void listItemsAreWrittenOnceByTheirKeyWithTheKeyFirst() {
        StoreContent content = new StoreContent();
        Path file = Path.of("purchases.yaml");
        content.put(file, List.of("inAppPurchases[productId=a.pro]"), Map.of("referenceName", StringNode.valueOf("Pro")));
        content.put(file, List.of("inAppPurchases[productId=a.tip]"), Map.of("referenceName", StringNode.valueOf("Tip")));
        content.put(file, List.of("inAppPurchases[productId=a.pro]", "localizations", "en-US"),
                Map.of("name", StringNode.valueOf("Pro")));
        assertThat(YamlText.of(content.files().get(file))).isEqualTo("""
                inAppPurchases:
                - productId: a.pro
                  referenceName: Pro
                  localizations:
                    en-US:
                      name: Pro
                - productId: a.tip
                  referenceName: Tip
                """);
    }
}
