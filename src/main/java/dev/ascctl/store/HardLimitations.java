package dev.ascctl.store;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What Apple's App Store Connect API (4.4.1) cannot do, so a store cannot declare it. A key a user would try for
 * one of these in app.yaml or store.yaml is rejected by validate with the manual step to take instead of a bare
 * "unknown key":
 * <pre>
 * appPrivacy: ...        # app.yaml:4:1 'appPrivacy' cannot be managed through Apple's API: answer App Privacy in ...
 * </pre>
 * Sources: the spec has no App Privacy (privacy "nutrition label") resource; app icons are read-only
 * ({@code GET /v1/builds/{id}/icons}: the icon is part of the uploaded binary); {@code /v1/apps} has no POST;
 * there is no agreements, tax, banking or app-transfer resource (only TestFlight's betaLicenseAgreements and
 * endUserLicenseAgreements, which are licence texts, not Apple's agreements with the developer).
 */
final class HardLimitations {
    private static final String PRIVACY = "answer App Privacy in App Store Connect → your app → App Privacy and"
            + " click Publish (needed before the first submission and whenever data practices change)";
    private static final String ICON = "the App Store icon comes from the build: change the AppIcon in the app's"
            + " asset catalog in Xcode and upload a new build, then name it in version.build";
    private static final String CREATE = "create the app in App Store Connect → Apps → + → New App with its bundle id"
            + " (POST /v1/apps is refused); then ascctl manages it by bundleId";
    private static final String AGREEMENTS = "the Account Holder accepts agreements and enters tax and banking"
            + " details in App Store Connect → Business";
    private static final String TRANSFER = "the Account Holder starts a transfer in App Store Connect → your app →"
            + " App Information → Transfer App";

    /** Lower-cased key → manual step. */
    private static final Map<String, String> STEPS = Map.ofEntries(
            Map.entry("appprivacy", PRIVACY), Map.entry("privacy", PRIVACY), Map.entry("privacylabels", PRIVACY),
            Map.entry("privacydetails", PRIVACY), Map.entry("privacynutritionlabels", PRIVACY),
            Map.entry("datacollection", PRIVACY), Map.entry("datatypes", PRIVACY),
            Map.entry("icon", ICON), Map.entry("appicon", ICON), Map.entry("icons", ICON),
            Map.entry("createapp", CREATE), Map.entry("create", CREATE), Map.entry("sku", CREATE),
            Map.entry("agreements", AGREEMENTS), Map.entry("agreement", AGREEMENTS),
            Map.entry("paidappsagreement", AGREEMENTS), Map.entry("tax", AGREEMENTS), Map.entry("banking", AGREEMENTS),
            Map.entry("transfer", TRANSFER), Map.entry("apptransfer", TRANSFER), Map.entry("transferto", TRANSFER));

    /** A null a key does not accept, because Apple offers no way to clear it → what to do instead. */
    private static final Map<String, String> NO_NULL = Map.of(
            // PATCH /v1/appStoreVersions/{id}/relationships/build requires data (no null) and there is no DELETE.
            "/version/build", "'version.build' cannot be null: Apple's API cannot detach a build from a version;"
                    + " name another build, or remove the build on the version page in App Store Connect and leave"
                    + " the key out");

    private HardLimitations() {
    }

    /** The manual step for a key that asks for something the API cannot do, if {@code key} is one. */
    static Optional<String> manualStep(String key) {
        return Optional.ofNullable(STEPS.get(key.toLowerCase(Locale.ROOT)))
                .map(step -> "'" + key + "' cannot be managed through Apple's API: " + step);
    }

    /** Why {@code pointer} may not be null, if it is such a key. */
    static Optional<String> nullRefused(String pointer) {
        return Optional.ofNullable(NO_NULL.get(pointer));
    }
}
