package dev.ascctl.plan.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlanFormatTest {

    @Test
    void parsesTheCliNamesIgnoringCaseAndSpaces() {
        assertThat(PlanFormat.parse("text")).isEqualTo(PlanFormat.TEXT);
        assertThat(PlanFormat.parse(" Markdown ")).isEqualTo(PlanFormat.MARKDOWN);
        assertThat(PlanFormat.parse("JSON")).isEqualTo(PlanFormat.JSON);
    }

    @Test
    void refusesUnknownFormatsNamingTheAcceptedOnes() {
        assertThatThrownBy(() -> PlanFormat.parse("yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown plan format 'yaml' (expected text, markdown, json)");
        assertThatThrownBy(() -> PlanFormat.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givesTheRendererOfEachFormat() {
        assertThat(PlanFormat.TEXT.renderer(true)).isInstanceOf(TextPlanRenderer.class);
        assertThat(PlanFormat.MARKDOWN.renderer(true)).isInstanceOf(MarkdownPlanRenderer.class);
        assertThat(PlanFormat.JSON.renderer(true)).isInstanceOf(JsonPlanRenderer.class);
    }

    @Test
    void onlyTextIsColoured() {
        var plan = PlanFixtures.everything();

        assertThat(PlanFormat.TEXT.renderer(true).render(plan)).contains("\u001b[");
        assertThat(PlanFormat.TEXT.renderer(false).render(plan)).doesNotContain("\u001b[");
        assertThat(PlanFormat.MARKDOWN.renderer(true).render(plan)).doesNotContain("\u001b[");
        assertThat(PlanFormat.JSON.renderer(true).render(plan)).doesNotContain("\u001b[");
    }
}
