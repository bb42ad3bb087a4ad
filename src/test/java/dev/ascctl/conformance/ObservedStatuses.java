package dev.ascctl.conformance;

import java.util.Map;
import java.util.Set;

/**
 * Statuses live App Store Connect answers that its spec does not declare for the operation, tolerated by the
 * conformance check as long as the body is an ErrorResponse (DESIGN 6: "where real recordings and the spec differ, the
 * recordings win"). Exactly these:
 * <ul>
 *   <li>404 NOT_FOUND on {@code GET /v1/salesReports} and {@code GET /v1/financeReports}: a report not produced yet,
 *   or a period without sales (asc-api-notes section 7, "observed"; every report downloader handles it).</li>
 * </ul>
 */
final class ObservedStatuses {
    private static final Map<String, Set<Integer>> TOLERATED = Map.of(
            "/v1/salesReports", Set.of(404),
            "/v1/financeReports", Set.of(404));

    private ObservedStatuses() {
    }

    static boolean tolerated(String template, int status) {
        return TOLERATED.getOrDefault(template, Set.of()).contains(status);
    }
}
