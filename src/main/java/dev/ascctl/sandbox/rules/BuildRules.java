package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code PATCH /v1/builds/{id}}: the export compliance answer ({@code usesNonExemptEncryption}) and expiring a build.
 * Builds themselves come from uploads (BuildUploadRules), never from a POST.
 * <ul>
 *   <li>App Store Connect asks the compliance question once processing is done ("Missing Compliance" appears on a
 *   processed build), so a build still PROCESSING or FAILED is refused an answer.</li>
 *   <li>An answer, once given, stays: App Store Connect offers no way to change it (observed in the web UI; Apple's
 *   API documentation says nothing). A different answer is refused with 409 STATE_ERROR, the same one is accepted.
 *   This is the sandbox's guess at Apple's status and code.</li>
 * </ul>
 * {@code exists[usesNonExemptEncryption]} on {@code GET /v1/builds} is whether the build has an answer.
 */
record BuildRules(SandboxState state) implements ResourceRules {
    static final String ANSWER = "usesNonExemptEncryption";

    @Override
    public void beforeUpdate(StoredResource existing, WriteRequest request) {
        if (!request.has(ANSWER)) {
            return;
        }
        Object given = existing.attribute(ANSWER);
        if (!"VALID".equals(existing.attribute("processingState"))) {
            throw Errors.stateError("/data/attributes/" + ANSWER, "Build " + existing.attribute("version") + " is "
                    + existing.attribute("processingState") + "; export compliance is answered once it is processed.");
        }
        if (given != null && !Objects.equals(given, request.attributes().get(ANSWER))) {
            throw Errors.stateError("/data/attributes/" + ANSWER, "Export compliance of build "
                    + existing.attribute("version") + " has already been answered.");
        }
    }

    @Override
    public Optional<Boolean> exists(StoredResource resource, String name) {
        return ANSWER.equals(name) ? Optional.of(resource.attribute(ANSWER) != null) : Optional.empty();
    }

    /** App Review and TestFlight's Beta App Review refuse a build whose compliance was never answered. */
    static void requireAnswered(SandboxState state, String buildId, String pointer) {
        StoredResource build = state.require("builds", buildId);
        if (build.attribute(ANSWER) == null) {
            throw Errors.stateError(pointer, "Build " + build.attribute("version") + " is missing export compliance"
                    + " information (usesNonExemptEncryption).");
        }
    }
}
