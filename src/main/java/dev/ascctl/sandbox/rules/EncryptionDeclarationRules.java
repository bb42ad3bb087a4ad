package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import dev.ascctl.sandbox.model.AppleTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /v1/appEncryptionDeclarations}: an app's export compliance documentation for builds that use non-exempt
 * encryption. Apple's API has no PATCH or DELETE for it: a declaration stays as filed, and a different one is a new
 * declaration. A new one starts {@code CREATED} (Apple then reviews it, which takes days and is not simulated) and is
 * not exempt. The app description must say something: App Store Connect's form refuses an empty one (the sandbox's
 * reading; the spec only marks it required). Builds are attached through the build's relationship
 * ({@link BuildRules#beforeLink}).
 */
record EncryptionDeclarationRules() implements ResourceRules {
    static final String TYPE = "appEncryptionDeclarations";
    static final String STATE = "appEncryptionDeclarationState";
    /** States in which Apple no longer accepts a declaration for a build. */
    static final Set<String> UNUSABLE = Set.of("REJECTED", "INVALID", "EXPIRED");

    @Override
    public void beforeCreate(WriteRequest request) {
        Object description = request.attributes().get("appDescription");
        if (!(description instanceof String text) || text.isBlank()) {
            throw Errors.invalidAttribute("/data/attributes/appDescription", "Describe how the app uses encryption.");
        }
    }

    @Override
    public Map<String, Object> serverAttributes(WriteRequest request) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(STATE, "CREATED");
        out.put("exempt", false);
        out.put("createdDate", AppleTime.format(Instant.now()));
        return out;
    }
}
