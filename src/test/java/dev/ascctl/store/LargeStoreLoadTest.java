package dev.ascctl.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large store loads whole; how long it takes is printed by {@code make bench} (StoreLoadBench), not asserted. */
class LargeStoreLoadTest {

    @Test
    void threeAppsWithEveryLocaleLoadWhole(@TempDir Path root) {
        Map<String, String> files = new HashMap<>();
        String text = "name: Notes Pro\nsubtitle: Think in lists\ndescription: |\n" + "  A line of description text.\n".repeat(100)
                + "keywords: [notes, lists, journal, todo]\npromotionalText: Now with widgets.\nsupportUrl: https://example.com/s\n";
        for (String app : new String[] {"a", "b", "c"}) {
            files.put("apps/" + app + "/app.yaml", "bundleId: com.example." + app + "\nprimaryLocale: en-US\n"
                    + "version: {versionString: \"1.0\", releaseType: MANUAL}\nreview: {contactEmail: a@example.com}\n");
            for (String locale : AscLocales.all()) {
                files.put("apps/" + app + "/locales/" + locale + ".yaml", text);
            }
        }
        TestStores.write(root, files);

        LoadResult result = TestStores.load(root);

        assertThat(result.problems()).isEmpty();
        assertThat(result.store().apps()).extracting(AppSpec::label).containsExactly("a", "b", "c");
        assertThat(result.store().apps()).allSatisfy(app -> {
            assertThat(app.locales()).hasSize(AscLocales.all().size());
            assertThat(app.locales().values()).allSatisfy(l -> {
                assertThat(l.appInfo().text("name")).contains("Notes Pro");
                assertThat(l.version().text("description")).hasValueSatisfying(d -> assertThat(d.lines()).hasSize(100));
            });
        });
    }
}
