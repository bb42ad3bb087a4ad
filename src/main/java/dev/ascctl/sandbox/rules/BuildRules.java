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
 *
 * <p>{@code PATCH /v1/builds/{id}/relationships/appEncryptionDeclaration} (Apple 4.4.1's non-deprecated way to give a
 * build its export compliance documentation) takes a declaration of the build's own app that Apple has not rejected,
 * invalidated or expired, on a processed build that is not answered as using only exempt encryption (such a build
 * needs no documentation). Apple documents none of these refusals; they are the sandbox's reading of App Store
 * Connect, with Apple's usual codes (ENTITY_ERROR.RELATIONSHIP.INVALID for another app's, STATE_ERROR otherwise).
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
    public void beforeLink(StoredResource build, String relationship, java.util.List<String> ids, boolean add) {
        if (!"appEncryptionDeclaration".equals(relationship)) {
            return;
        }
        String pointer = "/data";
        StoredResource declaration = state.require(EncryptionDeclarationRules.TYPE, ids.get(0));
        if (!Objects.equals(declaration.relatedId("app"), build.relatedId("app"))) {
            throw Errors.invalidRelationship(pointer, "The encryption declaration belongs to another app.");
        }
        Object declarationState = declaration.attribute(EncryptionDeclarationRules.STATE);
        if (EncryptionDeclarationRules.UNUSABLE.contains(String.valueOf(declarationState))) {
            throw Errors.stateError(pointer, "The encryption declaration is " + declarationState + ".");
        }
        if (!"VALID".equals(build.attribute("processingState"))) {
            throw Errors.stateError(pointer, "Build " + build.attribute("version") + " is "
                    + build.attribute("processingState") + ".");
        }
        if (Boolean.FALSE.equals(build.attribute(ANSWER))) {
            throw Errors.stateError(pointer, "Build " + build.attribute("version") + " uses only exempt encryption"
                    + " (usesNonExemptEncryption is false) and needs no encryption declaration.");
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
