package dev.ascctl.resource.registry;

import dev.ascctl.resource.ResourceKinds;
import dev.ascctl.resource.kinds.AgeRatingHandler;
import dev.ascctl.resource.kinds.AppHandler;
import dev.ascctl.resource.kinds.AppInfoLocalizationHandler;
import dev.ascctl.resource.kinds.CategoriesHandler;
import dev.ascctl.resource.kinds.EndUserLicenseAgreementHandler;
import dev.ascctl.resource.kinds.ReviewDetailHandler;
import dev.ascctl.resource.kinds.VersionHandler;
import dev.ascctl.resource.kinds.VersionLocalizationHandler;
import dev.ascctl.resource.kinds.purchases.PurchaseKinds;
import dev.ascctl.resource.kinds.release.BuildHandler;
import dev.ascctl.resource.kinds.release.PhasedReleaseHandler;
import dev.ascctl.resource.kinds.release.SubmissionHandler;

/**
 * The registry of every resource kind ascctl manages. Add a kind here and nowhere else. It lies above the kinds'
 * packages, so they and the engine's {@code resource} package never depend back on it.
 */
public final class AllKinds {
    private AllKinds() {
    }

    /** Every kind of this release. */
    public static ResourceKinds registry() {
        return new ResourceKinds(java.util.stream.Stream.concat(java.util.stream.Stream.of(
                new AppHandler(),
                new CategoriesHandler(),
                new AgeRatingHandler(),
                new EndUserLicenseAgreementHandler(),
                new dev.ascctl.resource.kinds.AccessibilityDeclarationHandler(),
                new dev.ascctl.resource.kinds.pricing.AppPriceHandler(),
                new dev.ascctl.resource.kinds.pricing.AppAvailabilityHandler(),
                new dev.ascctl.resource.kinds.pricing.AvailableTerritoryHandler(),
                new AppInfoLocalizationHandler(),
                new VersionHandler(),
                new VersionLocalizationHandler(),
                new ReviewDetailHandler(),
                new dev.ascctl.resource.kinds.testflight.BetaGroupHandler(),
                new dev.ascctl.resource.kinds.testflight.BetaTesterHandler(),
                new dev.ascctl.resource.kinds.testflight.BetaGroupTestersHandler(),
                new dev.ascctl.resource.kinds.testflight.BetaAppLocalizationHandler(),
                new dev.ascctl.resource.kinds.testflight.BetaReviewDetailHandler(),
                new dev.ascctl.resource.kinds.testflight.BetaGroupBuildsHandler(),
                new dev.ascctl.resource.kinds.testflight.BetaBuildLocalizationHandler(),
                new dev.ascctl.resource.kinds.testflight.BetaReviewSubmissionHandler(),
                new BuildHandler(), new dev.ascctl.resource.kinds.release.ExportComplianceHandler(),
                new dev.ascctl.resource.kinds.release.EncryptionDeclarationHandler(),
                new PhasedReleaseHandler(), new SubmissionHandler(),
                dev.ascctl.resource.kinds.media.MediaSetHandler.screenshots(),
                dev.ascctl.resource.kinds.media.MediaSetHandler.previews(),
                new dev.ascctl.resource.kinds.reviews.ReviewReplyHandler(),
                new dev.ascctl.resource.kinds.nominations.NominationHandler(),
                new dev.ascctl.resource.kinds.experiments.ExperimentHandler(),
                new dev.ascctl.resource.kinds.experiments.TreatmentHandler(),
                new dev.ascctl.resource.kinds.experiments.TreatmentLocalizationHandler(),
                dev.ascctl.resource.kinds.experiments.TreatmentMediaHandler.screenshots(),
                dev.ascctl.resource.kinds.experiments.TreatmentMediaHandler.previews(),
                new dev.ascctl.resource.kinds.experiments.ExperimentStateHandler(),
                new dev.ascctl.resource.kinds.events.AppEventHandler(),
                new dev.ascctl.resource.kinds.events.EventLocalizationHandler(),
                new dev.ascctl.resource.kinds.events.EventMediaHandler(),
                new dev.ascctl.resource.kinds.pages.ProductPageHandler(),
                new dev.ascctl.resource.kinds.pages.PageVersionHandler(),
                new dev.ascctl.resource.kinds.pages.PageLocalizationHandler(),
                dev.ascctl.resource.kinds.pages.PageMediaHandler.screenshots(),
                dev.ascctl.resource.kinds.pages.PageMediaHandler.previews()), java.util.stream.Stream.concat(
                PurchaseKinds.all().stream(), dev.ascctl.resource.kinds.appclips.AppClips.kinds().stream())).toList());
    }
}
