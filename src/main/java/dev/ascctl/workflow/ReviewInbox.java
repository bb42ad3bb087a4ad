package dev.ascctl.workflow;

import dev.ascctl.adoption.YamlText;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.AscClient;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.reviews.CustomerReviews;
import dev.ascctl.resource.kinds.reviews.CustomerReview;
import dev.ascctl.resource.kinds.reviews.ReviewReplyHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code ascctl reviews pull}: the app's unanswered reviews written to {@code apps/<app>/reviews/inbox.yaml}, newest
 * first, so a pull request shows each review beside its draft reply in {@code replies.yaml}:
 * <pre>
 * 00000028-b08c-0014-729e-fbd500000000:
 *   rating: 1
 *   title: Stürzt ständig ab
 *   body: Die App stürzt jedes Mal ab ...
 *   territory: DEU
 *   language: de
 *   date: 2026-11-30T09:15:00Z
 *   version: "1.1"
 *   reviewer: max
 * </pre>
 * A review with a reply pending publication counts as answered. The file is rewritten by each pull (it is Apple's
 * data, read-only in git); the store loader does not read it. Requests: the unanswered reviews (200 a page), the
 * app's versions, and per version its unanswered reviews' ids (to tell each review's version).
 */
public final class ReviewInbox {
    /** The inbox's file in the app folder. */
    public static final String FILE = "reviews/inbox.yaml";

    /** One unanswered review as the inbox keeps it. */
    public record Entry(String id, int rating, String title, String body, String territory, String language,
                        Instant date, String version, String reviewer) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(territory, "territory");
            Objects.requireNonNull(language, "language");
        }
    }

    private ReviewInbox() {
    }

    /** Reads the app's unanswered reviews and writes the inbox; returns what it wrote. */
    public static List<Entry> pull(AscClient client, String bundleId, Path appDir) {
        ReviewListing listing = new ReviewListing(client, bundleId);
        ReviewListing.Filter unanswered = new ReviewListing.Filter(List.of(), null, true, null, "-createdDate", null);
        List<CustomerReview> reviews = listing.reviews(unanswered);
        Map<String, String> versions = versionsOf(client, listing.appId());
        List<Entry> entries = reviews.stream().map(r -> new Entry(r.id(), r.rating(), r.title(), r.body(),
                r.territory(), r.language(), r.created(), versions.get(r.id()), r.nickname())).toList();
        write(appDir, bundleId, entries);
        return entries;
    }

    /** Review id → the version string it was written for, from each version's unanswered reviews. */
    private static Map<String, String> versionsOf(AscClient client, String appId) {
        Map<String, String> out = new HashMap<>();
        for (Resource version : client.getAll(ApiQuery.of("/v1/apps/" + appId + "/appStoreVersions")
                .fields("appStoreVersions", "versionString").limit(200)).data()) {
            String versionString = version.text("versionString").orElse(null);
            client.getAll(CustomerReviews.ofVersion(version.id()).param("exists[publishedResponse]", "false")
                    .fields(CustomerReviews.TYPE, "rating")).data()
                    .forEach(r -> out.put(r.id(), versionString));
        }
        return out;
    }

    private static void write(Path appDir, String bundleId, List<Entry> entries) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        for (Entry e : entries) {
            ObjectNode o = root.putObject(e.id());
            o.put("rating", e.rating());
            o.put("title", e.title());
            o.put("body", e.body());
            o.put("territory", e.territory());
            o.put("language", e.language());
            o.put("date", e.date().toString());
            if (e.version() != null) {
                o.put("version", e.version());
            }
            o.put("reviewer", e.reviewer());
        }
        String header = "# Written by `ascctl reviews pull`: the unanswered customer reviews of " + bundleId
                + ", newest first.\n# Reply in " + ReviewReplyHandler.FILE.substring("reviews/".length())
                + " under the same id (ascctl reviews draft writes drafts); the next pull rewrites this file.\n";
        Path file = appDir.resolve(FILE);
        try {
            Files.createDirectories(file.getParent());
            if (Files.isSymbolicLink(file)) {
                throw new IllegalArgumentException(file + " is a symbolic link; ascctl writes only regular files");
            }
            Files.writeString(file, header + (entries.isEmpty() ? "{}\n" : YamlText.of(root)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The inbox as the last pull wrote it; empty when there is none. */
    public static List<Entry> read(Path appDir) {
        Path file = appDir.resolve(FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        JsonNode root;
        try {
            root = YAMLMapper.builder().build().readTree(file.toFile());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + " is not the inbox `ascctl reviews pull` writes; pull again", e);
        }
        List<Entry> out = new ArrayList<>();
        if (root == null || !root.isObject()) {
            return out;
        }
        root.properties().forEach(e -> {
            JsonNode v = e.getValue();
            out.add(new Entry(e.getKey(), v.path("rating").asInt(0), v.path("title").asString(""),
                    v.path("body").asString(""), v.path("territory").asString(""), v.path("language").asString("en"),
                    v.path("date").isString() ? Instant.parse(v.path("date").asString()) : Instant.EPOCH,
                    v.path("version").isString() ? v.path("version").asString() : null, v.path("reviewer").asString("")));
        });
        return out;
    }
}
