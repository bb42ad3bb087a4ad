package dev.ascctl.apply;

import dev.ascctl.asc.AmbiguousWriteException;
import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.AscClient;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import dev.ascctl.plan.Plan;
import dev.ascctl.plan.ResourceChange;
import dev.ascctl.resource.AdoptionCheck;
import dev.ascctl.resource.Address;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Executes a plan's changes in order, exactly as planned (apply never re-decides). A failure does not stop
 * unrelated changes; changes inside a failed object's address are skipped. A create whose response was lost
 * is never retried blindly: the object is looked up and adopted if it exists (DESIGN 1.6).
 */
public final class Applier {
    private final AscClient client;
    private final UnaryOperator<String> secrets;
    private final Consumer<ChangeOutcome> progress;

    /**
     * @param secrets  resolves secret references in call bodies just before sending
     * @param progress told of each outcome as it happens
     */
    public Applier(AscClient client, UnaryOperator<String> secrets, Consumer<ChangeOutcome> progress) {
        this.client = client;
        this.secrets = secrets;
        this.progress = progress;
    }

    public ApplyReport apply(Plan plan) {
        long requestsBefore = client.stats().requests();
        long writesBefore = client.stats().writes();
        List<ChangeOutcome> outcomes = new ArrayList<>();
        List<Address> failed = new ArrayList<>();
        for (ResourceChange change : plan.changes()) {
            ChangeOutcome outcome;
            Address failedParent = failed.stream().filter(f -> change.address().isWithin(f)).findFirst().orElse(null);
            if (failedParent != null) {
                outcome = new ChangeOutcome(change.address(), change.action(), Outcome.SKIPPED,
                        "skipped because " + failedParent + " failed");
            } else {
                outcome = execute(change);
            }
            if (outcome.failed()) {
                failed.add(change.address());
            }
            outcomes.add(outcome);
            progress.accept(outcome);
        }
        return new ApplyReport(outcomes, client.stats().requests() - requestsBefore,
                client.stats().writes() - writesBefore);
    }

    private ChangeOutcome execute(ResourceChange change) {
        boolean adopted = false;
        for (ApiCall call : change.calls()) {
            try {
                client.execute(call, secrets);
            } catch (AmbiguousWriteException e) {
                if (change.adoption() != null && exists(change.adoption())) {
                    adopted = true;
                    continue;
                }
                return new ChangeOutcome(change.address(), change.action(), Outcome.FAILED,
                        "Apple's answer to " + call.method() + " " + call.path() + " was lost (" + e.getMessage()
                                + ") and the object was not found afterwards; nothing was created. Run plan again.");
            } catch (RuntimeException e) {
                return new ChangeOutcome(change.address(), change.action(), Outcome.FAILED, e.getMessage());
            }
        }
        return adopted
                ? new ChangeOutcome(change.address(), change.action(), Outcome.ADOPTED,
                        "the create's answer was lost; found the object afterwards and adopted it")
                : new ChangeOutcome(change.address(), change.action(), Outcome.APPLIED, null);
    }

    private boolean exists(AdoptionCheck check) {
        try {
            Document found = client.getAll(dev.ascctl.asc.ApiQuery.of(check.listPath()).limit(200));
            for (Resource r : found.data()) {
                var value = r.attributes().get(check.attribute());
                if (value != null && value.isString() && value.asString().equals(check.value())) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
