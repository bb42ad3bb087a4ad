package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.sandbox.RecordedExchange;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ascctl drift} after someone edits App Store Connect by hand: exit 2, each drifted field with its live and
 * desired values in text, markdown and JSON, a field under {@code policy.ignore} (examples/store ignores every
 * locale's promotionalText) never reported, and exit 0 once live matches again.
 */
@SandboxStore
class DriftIT {
    SandboxFixture fixture;
    Path store;

    @BeforeEach
    void applyTheExampleStore(SandboxFixture fixture) {
        this.fixture = fixture;
        store = fixture.store();
        assertThat(fixture.run("apply", "--store", store.toString(), "--auto-approve").exitCode()).isZero();
    }

    /** A hand edit in the web UI: the en-US description and the (ignored) en-US promotional text. */
    private void editByHand() {
        var state = fixture.sandbox.state();
        var localization = state.find("appStoreVersionLocalizations", a -> "en-US".equals(a.get("locale"))).orElseThrow();
        state.patchAttributes("appStoreVersionLocalizations", localization.id(),
                Map.of("description", "Edited by hand", "promotionalText", "Spring sale!"));
    }

    @Test
    void cleanStoreHasNoDriftAndExitsZero() {
        var drift = fixture.run("drift", "--store", store.toString());
        assertThat(drift.exitCode()).as(drift.toString()).isZero();
        // The example's whatsNew on the app's first version is refused by Apple: counted apart, not drift.
        assertThat(drift.out()).isEqualTo("No drift: App Store Connect matches the store.\n"
                + "4 differences that cannot be applied now (see ascctl plan) not counted as drift.\n");
    }

    @Test
    void handEditIsReportedFieldByFieldAndTheIgnoredFieldIsNot() {
        editByHand();
        fixture.sandbox.requestLog().clear();
        var drift = fixture.run("drift", "--store", store.toString());
        assertThat(drift.exitCode()).as(drift.toString()).isEqualTo(2);
        assertThat(drift.out()).startsWith("Drift: App Store Connect differs from the store in 1 field of 1 object.")
                .contains("app[com.example.notes].version[2.4.0].locale[en-US]\n  description\n"
                        + "    live:    \"Edited by hand\"\n    desired: \"Notes Pro keeps your thoughts in order.")
                .doesNotContain("promotionalText").doesNotContain("Spring sale");
        assertThat(fixture.sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite)).isEmpty();
    }

    @Test
    void markdownAndJsonReportsNameTheSameField() {
        editByHand();
        var markdown = fixture.run("drift", "--store", store.toString(), "--format", "markdown");
        assertThat(markdown.exitCode()).isEqualTo(2);
        assertThat(markdown.out()).startsWith("<!-- ascctl-drift -->\n### ascctl drift: 1 field differs")
                .contains("| `app[com.example.notes].version[2.4.0].locale[en-US]` | `description` | `\"Edited by hand\"` |")
                .doesNotContain("promotionalText");

        var json = fixture.run("drift", "--store", store.toString(), "--format", "json");
        assertThat(json.exitCode()).isEqualTo(2);
        var root = JsonMapper.builder().build().readTree(json.out());
        assertThat(root.get("drift").asBoolean()).isTrue();
        assertThat(root.get("fields")).hasSize(1);
        var field = root.get("fields").get(0);
        assertThat(field.get("attribute").asString()).isEqualTo("description");
        assertThat(field.get("live").asString()).isEqualTo("Edited by hand");
        assertThat(field.get("desired").asString()).startsWith("Notes Pro keeps your thoughts in order.");
    }
}
