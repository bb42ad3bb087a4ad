package dev.ascctl.resource;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorePathsTest {
    @Test
    void escapedSegmentsSplitBackToThemselves() {
        String path = "apps." + StorePaths.segment("my.app") + ".testers." + StorePaths.segment("a\\b@x.com");
        assertThat(path).isEqualTo("apps.my\\.app.testers.a\\\\b@x\\.com");
        assertThat(StorePaths.split(path)).containsExactly("apps", "my.app", "testers", "a\\b@x.com");
        assertThat(StorePaths.split("apps.notes")).containsExactly("apps", "notes");
    }
}
