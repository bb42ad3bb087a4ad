package dev.ascctl.sandbox.reports;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.rules.AnalyticsReportRequestRules;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Apple's analytics reports behind an {@code analyticsReportRequests} resource: its {@code reports}, their
 * {@code instances} and the instances' {@code segments}, computed (never stored) from the request and the reports' day,
 * so the generic router serves them, with their filters, paging and {@code include}, like any other type. The segment
 * files are served by the sandbox itself at {@link #SEGMENT_PATH}, without a token, as Apple's pre-signed URLs are.
 *
 * <p>What Apple is seen to do (third-party integrations' notes; the spec says none of it):
 * <ul>
 *   <li>a request produces nothing for a day or two: the first daily instance's processing date is the day after the
 *       request was made, and an instance exists once Apple has produced that day ({@link SalesReports#availableThrough},
 *       which tests move forward);</li>
 *   <li>weekly instances are processed on Mondays, monthly ones on the first of the month;</li>
 *   <li>an instance is one or more segments, each a gzip TSV whose {@code checksum} is the MD5 (hex) of the gzip bytes;
 *       the rows carry their own {@code Date}, the day the data describes (the processing date's day before).</li>
 * </ul>
 * Ids are base64url of a small JSON text naming the request, report, granularity, date and segment, opaque as Apple's,
 * so any id handed out resolves again.
 */
public final class AnalyticsReports {
    public static final String REQUESTS = "analyticsReportRequests";
    public static final String REPORTS = "analyticsReports";
    public static final String INSTANCES = "analyticsReportInstances";
    public static final String SEGMENTS = "analyticsReportSegments";
    /** Where segment files are served (the sandbox's stand-in for Apple's pre-signed S3 URLs). */
    public static final String SEGMENT_PATH = "/analytics-segments/";
    private static final String REQUESTED_ON = AnalyticsReportRequestRules.REQUESTED_ON;

    /**
     * The reports a request produces, by the spec's category enum. Names are Apple's report names as integrations
     * quote them; Apple has more per category (about 50 in all), the sandbox a couple each. The detailed ones come in
     * two segments per instance, so a client is proven to fetch every segment.
     */
    private static final List<Report> CATALOGUE = List.of(
            new Report("APP_STORE_ENGAGEMENT", "App Store Discovery and Engagement Standard",
                    List.of("Event", "Page Type", "Source Type", "Device", "Territory"), 1),
            new Report("APP_STORE_ENGAGEMENT", "App Store Discovery and Engagement Detailed",
                    List.of("Event", "Page Type", "Source Type", "Engagement Type", "Device", "Territory"), 2),
            new Report("COMMERCE", "App Downloads Standard",
                    List.of("Download Type", "App Version", "Device", "Source Type", "Territory"), 1),
            new Report("COMMERCE", "App Store Purchases Standard",
                    List.of("Purchase Type", "Content Name", "Payment Method", "Device", "Territory"), 1),
            new Report("APP_USAGE", "App Sessions Standard",
                    List.of("App Version", "Device", "Platform Version", "Source Type", "Territory"), 1),
            new Report("APP_USAGE", "App Crashes", List.of("App Version", "Device", "Platform Version", "Crash Type"),
                    1),
            new Report("FRAMEWORK_USAGE", "Home Screen Widget Installs",
                    List.of("Widget Kind", "Widget Family", "Device", "Platform Version"), 1),
            new Report("PERFORMANCE", "App Launch Performance",
                    List.of("App Version", "Device", "Platform Version", "Percentile"), 1));
    private static final List<String> TERRITORIES = List.of("US", "GB", "DE", "JP", "AU");
    private static final List<String> DEVICES = List.of("iPhone", "iPad");
    private static final Pattern ID = Pattern.compile(
            "\\{\"q\":\"([^\"]+)\",\"r\":(\\d+)(?:,\"g\":\"([DWM])\",\"d\":\"(\\d{4}-\\d\\d-\\d\\d)\"(?:,\"s\":(\\d+))?)?}");

    private record Report(String category, String name, List<String> dimensions, int segments) {
    }

    /** A report, an instance or a segment, by what its id names. */
    private record Key(String request, int report, String granularity, LocalDate date, int segment) {
        String encoded() {
            StringBuilder raw = new StringBuilder("{\"q\":\"").append(request).append("\",\"r\":").append(report);
            if (granularity != null) {
                raw.append(",\"g\":\"").append(granularity.charAt(0)).append("\",\"d\":\"").append(date).append('"');
                if (segment >= 0) {
                    raw.append(",\"s\":").append(segment);
                }
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.append('}').toString()
                    .getBytes(StandardCharsets.UTF_8));
        }

        static Optional<Key> parse(String id) {
            try {
                Matcher m = ID.matcher(new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8));
                if (!m.matches()) {
                    return Optional.empty();
                }
                int report = Integer.parseInt(m.group(2));
                if (report >= CATALOGUE.size()) {
                    return Optional.empty();
                }
                String g = m.group(3) == null ? null : switch (m.group(3)) {
                    case "D" -> "DAILY";
                    case "W" -> "WEEKLY";
                    default -> "MONTHLY";
                };
                return Optional.of(new Key(m.group(1), report, g, g == null ? null : LocalDate.parse(m.group(4)),
                        m.group(5) == null ? -1 : Integer.parseInt(m.group(5))));
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                return Optional.empty(); // not base64, not a date, a number beyond int
            }
        }
    }

    private final SandboxState state;
    private final Supplier<LocalDate> producedThrough;
    private final String baseUri;

    private AnalyticsReports(SandboxState state, Supplier<LocalDate> producedThrough, String baseUri) {
        this.state = state;
        this.producedThrough = producedThrough;
        this.baseUri = baseUri;
    }

    /**
     * Registers the computed reports, instances and segments of every stored request.
     *
     * @param producedThrough the last day Apple has produced (the sales reports' day)
     */
    public static AnalyticsReports register(SandboxState state, Supplier<LocalDate> producedThrough, String baseUri) {
        AnalyticsReports reports = new AnalyticsReports(state, producedThrough, baseUri);
        state.compute(REPORTS, id -> Key.parse(id).filter(k -> k.granularity() == null).filter(reports::exists)
                .map(reports::report));
        state.compute(INSTANCES, id -> Key.parse(id).filter(k -> k.granularity() != null && k.segment() < 0)
                .filter(reports::exists).map(reports::instance));
        state.compute(SEGMENTS, id -> Key.parse(id).filter(k -> k.segment() >= 0).filter(reports::exists)
                .map(reports::segment));
        state.computeRelated(REQUESTS, "reports", request -> {
            List<StoredResource> out = new ArrayList<>();
            for (int i = 0; i < CATALOGUE.size(); i++) {
                out.add(reports.report(new Key(request.id(), i, null, null, -1)));
            }
            return out;
        });
        state.computeRelated(REPORTS, "instances", report -> Key.parse(report.id())
                .map(k -> reports.instances(k).stream().map(reports::instance).toList()).orElse(List.of()));
        state.computeRelated(INSTANCES, "segments", instance -> Key.parse(instance.id()).map(k -> {
            List<StoredResource> out = new ArrayList<>();
            for (int s = 0; s < CATALOGUE.get(k.report()).segments(); s++) {
                out.add(reports.segment(new Key(k.request(), k.report(), k.granularity(), k.date(), s)));
            }
            return out;
        }).orElse(List.of()));
        return reports;
    }

    /** The gzip bytes of a segment a URL of {@link #SEGMENT_PATH} names, if it exists. */
    public Optional<byte[]> segmentFile(String segmentId) {
        synchronized (state) {
            return Key.parse(segmentId).filter(k -> k.segment() >= 0).filter(this::exists).map(this::gzip);
        }
    }

    /** The request is stored and, for an instance or segment, Apple has produced that day and the segment number. */
    private boolean exists(Key k) {
        Optional<StoredResource> request = state.get(REQUESTS, k.request());
        if (request.isEmpty()) {
            return false;
        }
        if (k.granularity() == null) {
            return true;
        }
        return instances(k).contains(new Key(k.request(), k.report(), k.granularity(), k.date(), -1))
                && k.segment() < CATALOGUE.get(k.report()).segments();
    }

    /** The report's instances, oldest first: each processing day after the request through the day produced. */
    private List<Key> instances(Key report) {
        Optional<StoredResource> request = state.get(REQUESTS, report.request());
        if (request.isEmpty()) {
            return List.of();
        }
        Object on = request.get().attribute(REQUESTED_ON);
        LocalDate requested = on == null ? LocalDate.MIN : LocalDate.parse(String.valueOf(on));
        LocalDate last = producedThrough.get();
        List<Key> out = new ArrayList<>();
        for (LocalDate d = requested.plusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
            out.add(new Key(report.request(), report.report(), "DAILY", d, -1));
            if (d.getDayOfWeek() == DayOfWeek.MONDAY) {
                out.add(new Key(report.request(), report.report(), "WEEKLY", d, -1));
            }
            if (d.getDayOfMonth() == 1) {
                out.add(new Key(report.request(), report.report(), "MONTHLY", d, -1));
            }
        }
        return out;
    }

    private StoredResource report(Key k) {
        Report r = CATALOGUE.get(k.report());
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("name", r.name());
        attributes.put("category", r.category());
        return new StoredResource(REPORTS, k.encoded(), attributes, Map.of());
    }

    private StoredResource instance(Key k) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("granularity", k.granularity());
        attributes.put("processingDate", k.date().toString());
        return new StoredResource(INSTANCES, k.encoded(), attributes, Map.of());
    }

    private StoredResource segment(Key k) {
        byte[] gzip = gzip(k);
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("checksum", md5(gzip));
        attributes.put("sizeInBytes", gzip.length);
        attributes.put("url", baseUri + SEGMENT_PATH + k.encoded());
        return new StoredResource(SEGMENTS, k.encoded(), attributes, Map.of());
    }

    /**
     * A segment's file: Apple's tab-separated layout (Date, App Name, App Apple Identifier, the report's dimensions,
     * Counts, Unique Counts), a share of the rows per segment, figures derived from the key so that a day's file is the
     * same bytes every time it is asked.
     */
    private byte[] gzip(Key k) {
        Report r = CATALOGUE.get(k.report());
        StoredResource request = state.get(REQUESTS, k.request()).orElseThrow();
        String appId = request.relatedId("app");
        String appName = appId == null ? "" : state.get("apps", appId).map(a -> String.valueOf(a.attribute("name")))
                .orElse("");
        LocalDate first = switch (k.granularity()) {
            case "DAILY" -> k.date().minusDays(1);
            case "WEEKLY" -> k.date().minusWeeks(1);
            default -> k.date().minusMonths(1);
        };
        StringBuilder tsv = new StringBuilder("Date\tApp Name\tApp Apple Identifier");
        r.dimensions().forEach(d -> tsv.append('\t').append(d));
        tsv.append("\tCounts\tUnique Counts\n");
        int row = 0;
        for (LocalDate day = first; day.isBefore(k.date()); day = day.plusDays(1)) {
            for (String territory : TERRITORIES) {
                for (String device : DEVICES) {
                    if (row++ % r.segments() != k.segment()) {
                        continue; // another segment's row
                    }
                    int seed = Math.floorMod((appId + r.name() + day + territory + device).hashCode(), 1000);
                    tsv.append(day).append('\t').append(appName).append('\t').append(appId);
                    for (String d : r.dimensions()) {
                        tsv.append('\t').append(switch (d) {
                            case "Territory" -> territory;
                            case "Device" -> device;
                            case "App Version", "Platform Version" -> "1." + (seed % 3);
                            default -> d.replace(" ", "_").toUpperCase(java.util.Locale.ROOT) + "_" + (seed % 2 + 1);
                        });
                    }
                    int counts = 5 + seed % 200;
                    tsv.append('\t').append(counts).append('\t').append(counts - counts / 4).append('\n');
                }
            }
        }
        return SalesReports.gzip(tsv.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has MD5", e);
        }
    }
}
