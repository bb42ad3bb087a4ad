package dev.ascctl.sandbox.jsonapi;



/**
 * Factories for the error documents Apple sends. Titles and details follow texts seen from live ASC
 * (quoted in fastlane and codemagic sources and issues) where known; the rest are written in the same voice.
 */
public final class Errors {
    private Errors() {
    }

    public static ApiException notAuthorized() {
        return new ApiException(ApiError.of(401, "NOT_AUTHORIZED", "Authentication credentials are missing or invalid.",
                "Provide a properly configured and signed bearer token, and make sure that it has not expired. "
                        + "Learn more about Generating Tokens for API Requests https://developer.apple.com/go/?id=api-generating-tokens"));
    }

    public static ApiException pathNotFound() {
        return new ApiException(ApiError.of(404, "NOT_FOUND", "The specified resource does not exist",
                "The path provided does not match a defined resource type."));
    }

    public static ApiException resourceNotFound(String type, String id) {
        return new ApiException(ApiError.of(404, "NOT_FOUND", "The specified resource does not exist",
                "There is no resource of type '" + type + "' with id '" + id + "'"));
    }

    /**
     * A to-one related or relationship endpoint with nothing behind it, e.g.
     * {@code GET /v1/appStoreVersions/{id}/appStoreReviewDetail} before a review detail exists. The
     * spec's 200 schemas require a {@code data} object, so there is no empty 200; live ASC answers 404
     * with "There is no resource of type 'appStoreReviewDetails' with id 'null'" (observed, quoted in
     * fastlane issues 16761 and 19342).
     */
    public static ApiException relatedNotFound(String targetType) {
        return new ApiException(ApiError.of(404, "NOT_FOUND", "The specified resource does not exist",
                "There is no resource of type '" + targetType + "' with id 'null'"));
    }

    /**
     * A DELETE that Apple's rules refuse (a locked version, the primary locale). Decision: Apple's spec
     * declares no 409 for DELETE on versions and localizations, only 400/401/403/404/429, so the refusal
     * is a 403 FORBIDDEN_ERROR carrying the rule's own detail.
     */
    public static ApiException deleteRefused(String detail) {
        return new ApiException(ApiError.of(403, "FORBIDDEN_ERROR", "This request is forbidden for security reasons",
                detail));
    }

    /** Observed on live ASC for e.g. POST /v1/apps: 403 naming the operation and the allowed ones. */
    public static ApiException operationNotAllowed(String type, String operation, String allowed) {
        return new ApiException(ApiError.of(403, "FORBIDDEN_ERROR", "This request is forbidden for security reasons",
                "The resource '" + type + "' does not allow '" + operation + "'. Allowed operations are: " + allowed));
    }

    /**
     * A write Apple's spec declares that the sandbox does not simulate. Not Apple's answer, and not dressed as one:
     * neither a 404 (a client reads "does not exist") nor a 403 (reads "Apple refuses"), nor a 5xx (a client retries
     * it). 422 is a status Apple's spec declares for writes; the code is the sandbox's own.
     */
    public static ApiException notSimulated(String method, String template) {
        return new ApiException(ApiError.of(422, "NOT_SIMULATED", "The sandbox does not simulate this request",
                "App Store Connect accepts " + method + " " + template + "; the ascctl sandbox does not simulate it,"
                        + " so nothing was changed. Try it against App Store Connect."));
    }

    public static ApiException invalidParameter(String parameter, String detail) {
        return new ApiException(ApiError.of(400, "PARAMETER_ERROR.INVALID", "A parameter has an invalid value", detail)
                .atParameter(parameter));
    }

    /**
     * A query parameter the operation does not declare at all (observed: "The parameter 'limit' can not be used with
     * this request", MortenGregersen/Bagbutik#181); a declared one with a bad value is {@link #invalidParameter}.
     */
    public static ApiException illegalParameter(String parameter) {
        return new ApiException(ApiError.of(400, "PARAMETER_ERROR.ILLEGAL", "A given parameter is not allowed for this request",
                "The parameter '" + parameter + "' can not be used with this request").atParameter(parameter));
    }

    /**
     * An attribute the resource type does not have: code and title as observed ("The provided entity includes an
     * unknown attribute", fastlane/fastlane#21820); the detail keeps the sandbox's wording, which clients and the
     * fidelity check read as "refused".
     */
    public static ApiException unknownAttribute(String pointer, String name, String type) {
        return new ApiException(ApiError.of(409, "ENTITY_ERROR.ATTRIBUTE.UNKNOWN",
                "The provided entity includes an unknown attribute",
                "'" + name + "' is not a valid attribute for the resource type '" + type + "'.").atPointer(pointer));
    }

    public static ApiException invalidAttribute(String pointer, String detail) {
        return new ApiException(ApiError.of(409, "ENTITY_ERROR.ATTRIBUTE.INVALID",
                "An attribute value is invalid.", detail).atPointer(pointer));
    }

    public static ApiException requiredAttribute(String pointer, String detail) {
        return new ApiException(ApiError.of(409, "ENTITY_ERROR.ATTRIBUTE.REQUIRED",
                "The provided entity is missing a required attribute", detail).atPointer(pointer));
    }

    public static ApiException invalidRelationship(String pointer, String detail) {
        return new ApiException(ApiError.of(409, "ENTITY_ERROR.RELATIONSHIP.INVALID",
                "The provided entity includes a relationship with an invalid value", detail).atPointer(pointer));
    }

    /** Observed title: "The request cannot be fulfilled because of the state of another resource." */
    public static ApiException stateError(String pointer, String detail) {
        ApiError e = ApiError.of(409, "STATE_ERROR",
                "The request cannot be fulfilled because of the state of another resource.", detail);
        return new ApiException(pointer == null ? e : e.atPointer(pointer));
    }

    public static ApiException unprocessable(String detail) {
        return new ApiException(ApiError.of(422, "ENTITY_UNPROCESSABLE", "The request entity is not valid.", detail));
    }

    public static ApiException rateLimitExceeded() {
        return new ApiException(ApiError.of(429, "RATE_LIMIT_EXCEEDED", "The request rate limit has been reached.",
                "We've received too many requests for this API. Please wait and try again or slow down your request rate."));
    }
}
