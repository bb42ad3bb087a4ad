package dev.ascctl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.sandbox.server.Sandbox;
import dev.ascctl.store.AppCategories;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The sandbox serves exactly the category ids the store rules accept: one list, read by both. */
class AppCategoriesSeedTest {

    @Test
    void servesEveryIdOfTheProjectListWithItsParent() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults())) {
            JsonNode doc = new SandboxClient(sandbox).get("/v1/appCategories?include=parent&limit=200").json();

            Map<String, String> parentById = new LinkedHashMap<>();
            doc.get("data").forEach(c -> {
                JsonNode parent = c.at("/relationships/parent/data/id");
                parentById.put(c.get("id").asString(), parent.isString() ? parent.asString() : null);
            });

            Map<String, String> expected = new LinkedHashMap<>();
            AppCategories.categories().forEach(c -> {
                expected.put(c, null);
                AppCategories.subcategoriesOf(c).forEach(s -> expected.put(s, c));
            });
            assertThat(parentById).hasSize(57).containsExactlyInAnyOrderEntriesOf(expected);
        }
    }
}
