package dev.ascctl.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadPerformanceTest {

    @Test
    void threeAppsWithEveryLocaleLoadWellUnderASecond(@TempDir Path root) {
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
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            TestStores.load(root);
        }

        long start = System.nanoTime();
        LoadResult result = TestStores.load(root);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(result.problems()).isEmpty();
        assertThat(result.store().apps()).extracting(AppSpec::label).containsExactly("a", "b", "c");
        assertThat(result.store().apps().get(0).locales()).hasSize(AscLocales.all().size());
        assertThat(millis).as("load time in ms").isLessThan(1000);
    }
}
