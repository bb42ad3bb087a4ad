package dev.ascctl.workflow;

import dev.ascctl.plan.Plan;
import dev.ascctl.store.Store;

/** A plan and the store it was made from. */
public record PlanOutcome(Plan plan, Store store) {
}
