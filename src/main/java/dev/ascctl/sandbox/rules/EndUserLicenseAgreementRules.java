package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;

/** An app's custom EULA: Apple keeps at most one per app, so a second create is refused (change it by PATCH). */
public record EndUserLicenseAgreementRules(SandboxState state) implements ResourceRules {
    public static final String TYPE = "endUserLicenseAgreements";

    @Override
    public void beforeCreate(WriteRequest request) {
        String appId = request.relationships().get("app").get(0);
        if (!state.referencing(TYPE, "app", appId).isEmpty()) {
            throw Errors.invalidRelationship("/data/relationships/app",
                    "The app '" + appId + "' already has an endUserLicenseAgreement.");
        }
    }
}
