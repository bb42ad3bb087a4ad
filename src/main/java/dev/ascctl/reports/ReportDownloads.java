package dev.ascctl.reports;

import dev.ascctl.asc.AscApiException;
import dev.ascctl.asc.AscClient;
import java.util.Optional;

/**
 * Downloads report files through the API client (its credentials, retries, request budget and deadline). Apple's 404
 * means "no file": either not produced yet (asked again later) or no sales in the period (never will be), told apart by
 * Apple's detail text.
 */
public final class ReportDownloads {
    private final AscClient client;

    public ReportDownloads(AscClient client) {
        this.client = client;
    }

    /** What Apple answered for one report. */
    public sealed interface Outcome permits File, NotYet, NoSales {
    }

    /** The report's gzip bytes, as Apple sent them. */
    public record File(byte[] gzip) implements Outcome {
    }

    /** 404 "Report is not available yet": Apple produces it later (daily ones by about 5 am in the region's time). */
    public record NotYet(String detail) implements Outcome {
    }

    /** 404 "There were no sales for the date specified": nothing to fetch, now or later. */
    public record NoSales(String detail) implements Outcome {
    }

    public Outcome download(ReportRequest request) {
        try {
            return new File(client.getFile(request.query()));
        } catch (AscApiException e) {
            if (e.status() != 404) {
                throw e;
            }
            String detail = e.errors().stream().map(err -> err.detail() == null ? "" : err.detail()).findFirst()
                    .orElse("");
            // Apple's two 404 details (seen in report downloaders' issues); any other 404 counts as "not yet", which a
            // sync retries next time instead of recording a report that never existed.
            return detail.toLowerCase(java.util.Locale.ROOT).contains("no sales") ? new NoSales(detail)
                    : new NotYet(detail.isEmpty() ? "404 " + Optional.ofNullable(e.getMessage()).orElse("") : detail);
        }
    }
}
