package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import dev.ascctl.sandbox.model.AppleTime;
import java.time.Instant;
import java.util.Map;

/**
 * Beta App Review submissions: a build is submitted once (there is no cancel or delete in Apple's API), and only
 * a processed, unexpired build (see {@link BetaBuildRules}) whose export compliance is answered. A new submission waits for review.
 */
record BetaReviewSubmissionRules(SandboxState state) implements ResourceRules {
    @Override
    public void beforeCreate(WriteRequest request) {
        String buildId = request.relationships().get("build").get(0);
        BetaBuildRules.requireTestable(state, buildId, "/data/relationships/build");
        BuildRules.requireAnswered(state, buildId, "/data/relationships/build");
        if (!state.referencing("betaAppReviewSubmissions", "build", buildId).isEmpty()) {
            throw Errors.stateError("/data/relationships/build", "Build "
                    + state.require("builds", buildId).attribute("version") + " has already been submitted for beta review.");
        }
    }

    @Override
    public Map<String, Object> serverAttributes(WriteRequest request) {
        return Map.of("betaReviewState", "WAITING_FOR_REVIEW", "submittedDate", AppleTime.format(Instant.now()));
    }
}
