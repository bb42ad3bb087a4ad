package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code POST /v1/analyticsReportRequests}: one request per app and access type. Apple refuses a second one, even when
 * the first was stopped for inactivity (that one must be deleted first), with 409 "You already have such an entity" and
 * no id of the existing request [observed by integrations; the spec declares the 409, not its text]; the code is
 * STATE_ERROR as one integration quotes it (another simulator of it says ENTITY_ERROR). The reports, instances and
 * segments a request produces are computed ({@code sandbox.reports.AnalyticsReports}); this keeps the day it was made.
 *
 * @param today the sandbox's today: the day after the last day Apple has produced reports for
 */
public record AnalyticsReportRequestRules(SandboxState state, Supplier<LocalDate> today) implements ResourceRules {
    public static final String TYPE = "analyticsReportRequests";
    /** The sandbox's own attribute of a request (never sent: only the spec's attributes are): the day it was made. */
    public static final String REQUESTED_ON = "sandbox.requestedOn";

    @Override
    public void beforeCreate(WriteRequest request) {
        String app = request.relatedId("app");
        Object accessType = request.attributes().get("accessType");
        boolean exists = state.referencing(TYPE, "app", app).stream()
                .anyMatch(r -> String.valueOf(r.attribute("accessType")).equals(String.valueOf(accessType)));
        if (exists) {
            throw Errors.stateError(null, "You already have such an entity");
        }
    }

    @Override
    public Map<String, Object> serverAttributes(WriteRequest request) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("stoppedDueToInactivity", false);
        out.put(REQUESTED_ON, today.get().toString());
        return out;
    }
}
