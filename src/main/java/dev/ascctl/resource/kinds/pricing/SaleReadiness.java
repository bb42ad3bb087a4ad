package dev.ascctl.resource.kinds.pricing;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.AscApiException;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.endpoint.pricing.AppPricing;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.Reads;
import dev.ascctl.store.AppSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Whether the app will have a price and be sold somewhere after this apply, for the readiness check of a submission:
 * App Store Connect submits no app without a price and availability (App Store Connect Help, "Submit an app"; the
 * sandbox refuses such a submission as Apple does). What app.yaml declares counts as done. What it leaves out is read
 * only when app.yaml submits the version: the schedule's base territory (a 404 or none: no price) and the
 * availability's territories, one request each; unread is never "missing".
 */
public final class SaleReadiness {
    private SaleReadiness() {
    }

    /** Whether app.yaml submits its version for review (the only case the two reads are made for). */
    static boolean submits(AppSpec spec) {
        JsonNode submit = spec.version().values().get("submitForReview");
        return submit != null && submit.asBoolean(false);
    }

    private static ApiQuery price(LiveApp app) {
        return AppPricing.baseTerritory(app.app().id());
    }

    /** The reads, made by the availability kind's straight reads (which take a 404 as none). */
    static void read(LiveApp app, AppSpec spec, Reads reads) {
        if (!submits(spec)) {
            return;
        }
        if (AppPriceSpec.of(spec).isEmpty()) {
            reads.one(price(app));
        }
        if (AppAvailabilitySpec.of(spec).isEmpty()) {
            ApiQuery territories = AppPricing.territories(app.app().id());
            try {
                reads.get(territories);
            } catch (AscApiException e) {
                if (e.status() != 404) {
                    throw e;
                }
                app.recordRead(territories, Document.empty()); // no availability yet: read, and none
            }
        }
    }

    /** One phrase per missing part, for {@code Readiness.missing}; empty when both are there or were not read. */
    public static List<String> missing(LiveApp app, AppSpec spec) {
        List<String> out = new ArrayList<>();
        if (AppPriceSpec.of(spec).isEmpty() && app.hasRead(price(app))
                && app.read(price(app)).flatMap(d -> d.data().stream().findFirst()).isEmpty()) {
            out.add("no price (set price in app.yaml)");
        }
        Optional<AppAvailabilitySpec> declared = AppAvailabilitySpec.of(spec);
        if (declared.isPresent() ? declared.get().territories().isEmpty()
                : app.hasRead(AppPricing.territories(app.app().id())) && AvailabilityReads.territories(app)
                .map(AvailabilityReads::available).orElse(List.of()).isEmpty()) {
            out.add("not sold in any territory (set availability in app.yaml)");
        }
        return out;
    }
}
