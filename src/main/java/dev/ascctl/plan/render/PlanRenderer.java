package dev.ascctl.plan.render;

import dev.ascctl.plan.Plan;

/**
 * Turns a {@link Plan} into text for people or programs. Renderers only read the plan: they never call the
 * network and never see a secret, because sensitive attributes carry no values.
 */
public interface PlanRenderer {

    /** The whole rendering, ending with a newline. */
    String render(Plan plan);
}
