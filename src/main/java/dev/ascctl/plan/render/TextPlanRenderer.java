package dev.ascctl.plan.render;

import dev.ascctl.plan.Plan;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The plan as text for a terminal, in Terraform's manner (see {@link PlanLayout} for the shape). With colour,
 * marks are green, yellow or red; without (--no-color, or output that is not a
 * terminal) the text is plain. The manual steps still open end it.
 */
public final class TextPlanRenderer implements PlanRenderer {
    private final boolean color;

    /** @param color whether to colour marks with ANSI escapes */
    public TextPlanRenderer(boolean color) {
        this.color = color;
    }

    @Override
    public String render(Plan plan) {
        return Stream.concat(PlanLayout.lines(plan).stream(), PlanLayout.manualSteps(plan).stream())
                .map(this::format).collect(Collectors.joining("\n", "", "\n"));
    }

    private String format(PlanLine line) {
        if (!color || line.mark() == Mark.NONE) {
            return line.plain();
        }
        return " ".repeat(line.indent()) + Ansi.mark(line.mark()) + " " + line.text();
    }
}
