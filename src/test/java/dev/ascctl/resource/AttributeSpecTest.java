package dev.ascctl.resource;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.resource.kinds.VersionLocalizationHandler;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

class AttributeSpecTest {
    private static JsonNode text(String value) {
        return JsonNodeFactory.instance.stringNode(value);
    }

    @Test
    void aCommaListComparesItsItemsAndIsImportedAsAList() {
        AttributeSpec keywords = AttributeSpec.of("keywords").asCommaList();
        assertThat(keywords.same(text("notes, lists"), text("notes,lists,"))).isTrue();
        assertThat(keywords.same(text("notes, lists"), text("lists, notes"))).isFalse();
        assertThat(keywords.exported(text("notes, lists")).toString()).isEqualTo("[\"notes\",\"lists\"]");
        // Any other attribute compares as written and is imported as it is.
        assertThat(AttributeSpec.of("name").same(text("a, b"), text("a,b"))).isFalse();
        assertThat(AttributeSpec.of("name").exported(text("a, b"))).isEqualTo(text("a, b"));
    }

    @Test
    void theVersionTextDeclaresItsKeywordsAsACommaList() {
        var kind = new VersionLocalizationHandler();
        assertThat(kind.sameValue("keywords", text("notes,lists"), text("notes, lists"))).isTrue();
        assertThat(kind.sameValue("description", text("notes,lists"), text("notes, lists"))).isFalse();
    }
}
