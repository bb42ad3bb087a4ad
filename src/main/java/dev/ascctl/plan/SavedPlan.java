package dev.ascctl.plan;

import java.util.Objects;

/** A plan as saved by {@code plan --out}: the plan and the context it was made in. */
public record SavedPlan(Plan plan, PlanContext context) {
    public SavedPlan {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(context, "context");
    }
}
