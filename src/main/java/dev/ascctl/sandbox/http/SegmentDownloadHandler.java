package dev.ascctl.sandbox.http;

import dev.ascctl.sandbox.FaultInjector;
import dev.ascctl.sandbox.reports.AnalyticsReports;
import java.util.Optional;

/**
 * The stand-in for Apple's pre-signed segment URLs: {@code GET /analytics-segments/{segmentId}} answers the segment's
 * gzip file. Like the asset host it is not the API ({@link FileHost}): no bearer token (Apple's URL is signed; a token
 * there would leave for another host).
 */
public record SegmentDownloadHandler(AnalyticsReports analytics, FaultInjector faults) implements FileHost {
    @Override
    public Optional<File> file(String path) {
        return analytics.segmentFile(path.substring(AnalyticsReports.SEGMENT_PATH.length()))
                .map(bytes -> new File(bytes, "application/octet-stream"));
    }
}
