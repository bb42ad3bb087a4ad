package dev.ascctl.asc;

import java.util.List;
import java.util.Locale;

/**
 * Turns Apple's error documents into messages a release manager can act on: which object, which
 * field, and what to do. The rules match on code prefixes because Apple's codes are dotted
 * hierarchies that grow over time ({@code ENTITY_ERROR.ATTRIBUTE.INVALID.TOO_LONG}).
 */
final class ErrorAdvice {
    static final String WHATS_NEW_ON_FIRST_VERSION =
            "whatsNew can't be set on an app's first version; remove it from locales/*.yaml for this version";

    /** Error lines shown at most (Apple's submission checks list a few dozen at most). */
    static final int MAX_LINES = 40;

    private ErrorAdvice() {
    }

    static String describe(int status, List<ApiError> errors, String method, String path, String note,
                           KnownObjects names) {
        String object = objectOf(method, path);
        StringBuilder message = new StringBuilder()
                .append(method).append(' ').append(path).append(" failed with HTTP ").append(status);
        if (note != null) {
            message.append(' ').append(note);
        }
        message.append(':');
        if (errors.isEmpty()) {
            message.append("\n  - ").append(adviceWithoutBody(status, object));
        }
        // A server may send thousands of entries; the first few say what to do, the rest would bury it.
        int lines = 0;
        for (ApiError error : errors) {
            if (lines++ >= MAX_LINES) {
                message.append("\n  (more errors not shown)");
                break;
            }
            message.append("\n  - ").append(advice(status, error, object));
            for (var entry : error.associatedErrors().entrySet()) {
                for (ApiError n : entry.getValue()) {
                    if (lines++ >= MAX_LINES) {
                        break;
                    }
                    message.append("\n      ").append(associated(entry.getKey(), n, names));
                }
            }
        }
        return message.toString();
    }

    /**
     * One line per object and field of Apple's {@code meta.associatedErrors}: "en-US version localization
     * (appStoreVersionLocalizations 253c...): description: You must provide a value ... [ENTITY_ERROR.ATTRIBUTE.REQUIRED]".
     * The key is the object's path; Apple leaves the id out where the object does not exist yet
     * ({@code /v1/appScreenshots/}, recorded).
     */
    private static String associated(String resourcePath, ApiError e, KnownObjects names) {
        String object = objectOf("GET", resourcePath);
        String named = names.name(resourcePath).map(n -> n + " (" + object + ")").orElse(object);
        String text = e.detail() != null ? e.detail() : e.title();
        String field = e.pointedField();
        return named + ": " + (field != null ? field + ": " : "") + text + " [" + e.code() + "]";
    }

    private static String advice(int status, ApiError e, String object) {
        String apple = " Apple says: " + summary(e);
        if (!e.associatedErrors().isEmpty() && (e.codeIs("STATE_ERROR") || e.codeIs("ENTITY_ERROR"))) {
            return "App Review refuses the submission: the content listed below is incomplete (one line per object"
                    + " and field). Complete it in the store's YAML files (or in App Store Connect), apply, and submit"
                    + " again." + apple;
        }
        if ("whatsNew".equals(e.pointedField()) && (e.codeIs("STATE_ERROR") || e.codeIs("ENTITY_ERROR"))) {
            return WHATS_NEW_ON_FIRST_VERSION + " (" + object + ")." + apple;
        }
        if (status == 401 || e.codeIs("NOT_AUTHORIZED")) {
            return unauthorized() + apple;
        }
        if (status == 403 && mentionsAgreements(e)) {
            return agreements() + apple;
        }
        if ((status == 403 || e.codeIs("FORBIDDEN") || e.codeIs("FORBIDDEN_ERROR")) && mentions(e, "membership")) {
            return membership() + apple;
        }
        if (status == 403 || e.codeIs("FORBIDDEN") || e.codeIs("FORBIDDEN_ERROR")) {
            return forbidden(object) + apple;
        }
        if (status == 404 || e.codeIs("NOT_FOUND")) {
            return object + " was not found: it was deleted or never existed. Re-run plan to read the live state again." + apple;
        }
        if (status == 429 || e.codeIs("RATE_LIMIT_EXCEEDED")) {
            return rateLimited() + apple;
        }
        if (e.codeIs("ENTITY_ERROR.RELATIONSHIP.INVALID")) {
            return "Relationship '" + e.pointedField() + "' of " + object + " points at something App Store Connect"
                    + " does not accept there (for example a subcategory of another category, or a build that is"
                    + " not processed yet). Check that value in app.yaml." + apple;
        }
        if (status == 409 && isDuplicate(e)) {
            return object + " already exists (created by someone else or by an interrupted run)."
                    + " Re-run plan: it will adopt the existing object instead of creating it." + apple;
        }
        if (e.codeIs("STATE_ERROR")) {
            // 409 STATE_ERROR names the state of this object or of one it belongs to; Apple's detail says which.
            return object + " cannot be changed now: it, or the version or submission it belongs to, is in a state"
                    + " that does not allow it (for example in review, already released, still processing, or an"
                    + " earlier submission still open). Nothing was changed. Run plan again to see the live state;"
                    + " if review is under way, wait for its outcome (or remove the version from review in App Store"
                    + " Connect) and apply again." + apple;
        }
        if (e.codeIs("ENTITY_ERROR") && e.pointedField() != null) {
            return "'" + e.pointedField() + "' of " + object + " was refused (" + e.code() + "). Fix that value in the store YAML."
                    + apple;
        }
        if (e.sourceParameter() != null) {
            return "Query parameter '" + e.sourceParameter() + "' was refused (" + e.code() + ")." + apple;
        }
        return object + ": " + summary(e);
    }

    private static String adviceWithoutBody(int status, String object) {
        if (status == 401) {
            return unauthorized();
        }
        if (status == 403) {
            return forbidden(object);
        }
        if (status == 404) {
            return object + " was not found. Re-run plan to read the live state again.";
        }
        if (status == 429) {
            return rateLimited();
        }
        if (status >= 500) {
            return "App Store Connect had a server error. Try again later; nothing in your files needs to change.";
        }
        return "App Store Connect refused the request for " + object + " without an error document.";
    }

    private static String unauthorized() {
        return "App Store Connect did not accept the API token (expired or malformed JWT). Check this computer's clock"
                + " (tokens are valid 19 minutes from now), the key id, the issuer id, and that the private key"
                + " belongs to that key id.";
    }

    private static String agreements() {
        return "A required agreement is missing or has expired. The Account Holder must accept it in App Store Connect"
                + " → Business (Agreements); then run again.";
    }

    /**
     * 403 FORBIDDEN_ERROR is about the key, not the object: an object the team does not have is a 404 (observed in
     * recorded answers), so saying "the app does not exist" sent users the wrong way.
     */
    private static String forbidden(String object) {
        return "App Store Connect refused " + object + " for this API key: the key's role does not allow this change"
                + " (most store changes need App Manager or Admin), or the key has no access to this app. Check the"
                + " key's role and app access in App Store Connect → Users and Access → Integrations.";
    }

    private static String membership() {
        return "The team's Apple Developer Program membership is not active, so App Store Connect refuses the"
                + " request. The Account Holder must renew it at developer.apple.com/account; then run again.";
    }

    private static String rateLimited() {
        return "Rate limit exceeded: Apple allows about 3,600 requests per hour per API key. Wait a while and run"
                + " again; plan reports how many requests it uses.";
    }

    private static boolean mentions(ApiError e, String word) {
        return (e.code() + " " + e.title() + " " + e.detail()).toLowerCase(Locale.ROOT).contains(word);
    }

    private static boolean mentionsAgreements(ApiError e) {
        String text = (e.code() + " " + e.title() + " " + e.detail() + " " + e.seeLink()).toLowerCase(Locale.ROOT);
        return text.contains("agreement");
    }

    private static boolean isDuplicate(ApiError e) {
        String text = (e.code() + " " + e.title() + " " + e.detail()).toLowerCase(Locale.ROOT);
        return text.contains("duplicate") || text.contains("already exist") || text.contains("already been used");
    }

    private static String summary(ApiError e) {
        String text = e.detail() != null ? e.detail() : e.title();
        String where = e.sourcePointer() != null ? " (at " + e.sourcePointer() + ")"
                : e.sourceParameter() != null ? " (parameter " + e.sourceParameter() + ")" : "";
        return "[" + e.code() + "] " + text + where;
    }

    /** "/v1/appStoreVersionLocalizations/abc" → "appStoreVersionLocalizations abc"; a POST creates "a new ...". */
    static String objectOf(String method, String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        List<String> parts = List.of(bare.replaceFirst("^/v\\d+/?", "").split("/"));
        if (parts.size() == 1) {
            return "POST".equals(method) ? "a new " + parts.get(0) : parts.get(0);
        }
        if (parts.size() == 2) {
            return parts.get(0) + " " + parts.get(1);
        }
        return parts.get(2) + " of " + parts.get(0) + " " + parts.get(1);
    }

}
