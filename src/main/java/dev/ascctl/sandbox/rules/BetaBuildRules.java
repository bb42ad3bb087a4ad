package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.Errors;

/**
 * When a build can be tested: [docs] App Store Connect Help, "Add builds to a group" and "Submit a build for beta
 * review": a build can be given to testers or submitted only once it has finished processing (VALID) and while it
 * has not expired (90 days after upload).
 */
final class BetaBuildRules {
    private BetaBuildRules() {
    }

    /** Refuses a build that is not VALID or has expired, naming {@code pointer}. */
    static void requireTestable(SandboxState state, String buildId, String pointer) {
        StoredResource build = state.require("builds", buildId);
        if (Boolean.TRUE.equals(build.attribute("expired"))) {
            throw Errors.stateError(pointer, "Build " + build.attribute("version") + " has expired.");
        }
        if (!"VALID".equals(build.attribute("processingState"))) {
            throw Errors.stateError(pointer, "Build " + build.attribute("version") + " is "
                    + build.attribute("processingState") + "; only a processed (VALID) build can be tested.");
        }
    }
}
