package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import dev.ascctl.sandbox.model.AppleTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A developer's public reply to a customer review ({@code customerReviewResponses}): created PENDING_PUBLISH and
 * published by Apple a while later ("Responses don't appear in the App Store instantly"; here before the next
 * request is answered, as uploads are processed). A review has at most one response. Apple's documentation of
 * {@code POST /v1/customerReviewResponses} ("Create or update a response to a customer review") says a POST for a
 * review that already has one overwrites it; so the second POST is not refused, it replaces the first, which is
 * gone (its GET is 404) and the review still has one. There is no PATCH; DELETE withdraws the reply.
 */
public record CustomerReviewResponseRules(SandboxState state) implements ResourceRules {
    public static final String TYPE = "customerReviewResponses";
    private static final String STATE = "state";

    @Override
    public Map<String, Object> serverAttributes(WriteRequest request) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lastModifiedDate", AppleTime.format(Instant.now()));
        out.put(STATE, "PENDING_PUBLISH");
        return out;
    }

    /** The review's earlier response, if any, is overwritten: one response per review. */
    @Override
    public void afterCreate(StoredResource created) {
        String review = created.relatedId("review");
        state.referencing(TYPE, "review", review).stream().filter(r -> !r.id().equals(created.id()))
                .forEach(old -> state.remove(TYPE, old.id()));
    }

    /** Publishes every pending response. Callers hold the state lock. */
    public void publishPending() {
        state.findAll(TYPE, a -> "PENDING_PUBLISH".equals(a.get(STATE)))
                .forEach(r -> state.put(r.withAttributes(Map.of(STATE, "PUBLISHED"))));
    }
}
