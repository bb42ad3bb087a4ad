package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;

/** "What to Test" (betaBuildLocalizations): one per locale and build, as Apple keys them. */
record BetaBuildLocalizationRules(SandboxState state) implements ResourceRules {
    @Override
    public void beforeCreate(WriteRequest request) {
        String buildId = request.relationships().get("build").get(0);
        Object locale = request.attributes().get("locale");
        boolean taken = state.referencing("betaBuildLocalizations", "build", buildId).stream()
                .anyMatch(l -> locale.equals(l.attribute("locale")));
        if (taken) {
            throw Errors.invalidAttribute("/data/attributes/locale", "This build already has a beta build"
                    + " localization for '" + locale + "'.");
        }
    }
}
