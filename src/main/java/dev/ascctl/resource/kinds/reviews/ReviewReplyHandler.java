package dev.ascctl.resource.kinds.reviews;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.endpoint.reviews.CustomerReviews;
import dev.ascctl.resource.AdoptionCheck;
import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.OwnsStoreSection;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.StraightReads;
import dev.ascctl.resource.kinds.AppKey;
import dev.ascctl.resource.kinds.Handlers;
import dev.ascctl.resource.kinds.NamedKey;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.PlanTimeProblemException;
import dev.ascctl.store.Problem;
import dev.ascctl.store.SectionInput;
import dev.ascctl.store.StoreSection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;

/**
 * Replies to customer reviews as desired state ({@code app[b].reviewReply[<review id>]}, Apple's
 * {@code customerReviewResponses}), from the app's own file {@code reviews/replies.yaml}:
 * <pre>
 * 00000028-b08c-0014-729e-fbd500000000:
 *   body: "Thanks! Sync is fixed in 2.4."      # published by apply
 * 00000028-b08c-0014-9674-c54800000000:
 *   body: "Danke! ..."
 *   draft: true                                 # not approved yet: never sent, its live reply left alone
 * </pre>
 * Apple has no PATCH for a reply: a changed body is a {@code -/+} replacement (delete, then create). A live reply
 * the file does not list is withdrawn only with {@code policy.prune.reviewReplies}. A lost create answer is
 * adopted by reading the review's response, never sent again: each reply notifies the customer.
 *
 * <p>Reads, only for an app with the file: the app's reviews that have a published reply (Apple's
 * {@code exists[publishedResponse]=true}, 200 a page, reply included); when two or more approved entries are not
 * among them, the newest 200 unanswered reviews (one request); then one read per approved entry still not found (an
 * older review, or an unknown review id). So a plan reads the replies it compares and the reviews it answers, never
 * the app's whole review history.
 */
public final class ReviewReplyHandler extends dev.ascctl.resource.kinds.Kind<NamedKey<AppKey>>
        implements OwnsStoreSection, StraightReads, StraightReads.ForExport, Creatable<NamedKey<AppKey>>,
        Deletable<NamedKey<AppKey>> {
    /** The section's key (its file is {@link #FILE}); also the store path area and the prune key. */
    public static final String KEY = "reviewReplies";
    /** The app folder's file. */
    public static final String FILE = "reviews/replies.yaml";
    /**
     * The longest reply App Store Connect accepts, in characters. Apple's API documentation states no limit (the
     * spec's {@code responseBody} has no maxLength); App Store Connect's reply form stops at 5,970 characters, the
     * figure review tools report (AppFollow, "Responding to app store reviews": "App Store | 5970 characters";
     * the app-store-connect-mcp {@code respond_to_review} tool: "max 5970 chars"). Observed, not documented.
     */
    public static final int LIMIT = 5970;
    static final String BODY = "responseBody";
    private static final String SEGMENT = "reviewReply";
    private static final KindSpec SPEC = new KindSpec(SEGMENT, 40, KEY);

    public ReviewReplyHandler() {
        super(SPEC, List.of(AttributeSpec.of(BODY).replacing()));
    }

    @Override
    public StoreSection storeSection() {
        return StoreSection.ownFile(KEY, FILE, SCHEMA, ReviewReplyHandler::problems);
    }

    private static final JsonNode SCHEMA = JsonMapper.builder().build().readTree("""
            {"description": "Replies to customer reviews, by Apple's review id (ascctl reviews list or pull shows\
             them). apply publishes each reply that is not a draft; a changed body replaces the live reply.",
             "examples": [{"00000028-b08c-0014-729e-fbd500000000": {"body": "Thanks! Sync is fixed in 2.4."}}],
             "type": "object",
             "additionalProperties": {
               "description": "The reply to this review.",
               "examples": [{"body": "Thanks! Sync is fixed in 2.4.", "draft": true}],
               "type": "object", "additionalProperties": false, "required": ["body"],
               "properties": {
                 "body": {"description": "The reply as customers see it (plain text, at most 5,970 characters).",
                   "examples": ["Thanks! Sync is fixed in 2.4."], "type": "string", "minLength": 1},
                 "draft": {"description": "true: not approved yet; never sent, and the live reply is left alone.",
                   "examples": [true], "type": "boolean"}}}}""");

    /** Apple's length limit, counted in characters (code points) as App Store Connect counts them. */
    private static List<Problem> problems(SectionInput replies) {
        List<Problem> out = new ArrayList<>();
        replies.value().properties().forEach(e -> {
            JsonNode body = e.getValue().path("body");
            if (body.isString() && body.asString().codePointCount(0, body.asString().length()) > LIMIT) {
                out.add(replies.problemAt(SectionInput.child(SectionInput.child("", e.getKey()), "body"),
                        "the reply to review " + e.getKey() + " has " + body.asString().codePointCount(0,
                                body.asString().length()) + " characters; App Store Connect takes at most " + LIMIT));
            }
            if (e.getKey().isBlank() || e.getKey().contains("/") || e.getKey().contains("?")) {
                out.add(replies.problemAt(SectionInput.child("", e.getKey()), "'" + e.getKey()
                        + "' is not a review id (ascctl reviews list shows them)"));
            }
        });
        return out;
    }

    private static NamedKey<AppKey> key(String bundleId, String reviewId) {
        return new NamedKey<>(new AppKey(bundleId), SEGMENT, reviewId);
    }

    /** The file's entries by review id: approved (true) or draft (false). */
    private static Map<String, Boolean> entries(AppSpec spec) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        spec.section(KEY).ifPresent(s -> s.value().properties().forEach(e ->
                out.put(e.getKey(), !e.getValue().path("draft").asBoolean(false))));
        return out;
    }

    @Override
    public List<DesiredObject<NamedKey<AppKey>>> desired(AppSpec app) {
        Optional<SectionInput> section = app.section(KEY);
        if (section.isEmpty()) {
            return List.of();
        }
        List<DesiredObject<NamedKey<AppKey>>> out = new ArrayList<>();
        section.get().value().properties().forEach(e -> {
            if (e.getValue().path("draft").asBoolean(false)) {
                return; // a draft is never sent
            }
            out.add(new DesiredObject<>(key(app.bundleId(), e.getKey()), SPEC.name(),
                    Handlers.storePath(app) + ".reviews." + e.getKey(),
                    Map.of(BODY, StringNode.valueOf(e.getValue().path("body").asString())), Set.of(),
                    section.get().keyMark(SectionInput.child("", e.getKey()))));
        });
        return out;
    }

    @Override
    public void read(LiveApp app, AppSpec spec, Reads reads) {
        if (spec.section(KEY).isEmpty()) {
            return; // no replies.yaml: replies are not managed for the app
        }
        Set<String> found = new LinkedHashSet<>();
        CustomerReview.from(reads.get(answered(app))).forEach(r -> found.add(r.id()));
        List<String> wanted = entries(spec).entrySet().stream().filter(e -> e.getValue() && !found.contains(e.getKey()))
                .map(Map.Entry::getKey).toList();
        if (wanted.size() > 1) {
            // Apple has no filter by review id. Replies go mostly to recent reviews (reviews pull lists the newest
            // first), so the newest 200 unanswered reviews, one request, usually hold them all; a pending reply comes
            // with its review. Those not among them are read one by one: at most one request more than by id alone.
            CustomerReview.from(reads.firstPage(recentUnanswered(app))).forEach(r -> found.add(r.id()));
        }
        reads.oneEach(wanted.stream().filter(id -> !found.contains(id)).map(ReviewReplyHandler::review).toList());
    }

    @Override
    public void readForExport(LiveApp app, Reads reads) {
        reads.get(answered(app));
    }

    @Override
    public List<LiveObject<NamedKey<AppKey>>> live(LiveApp app, AppSpec spec) {
        if (spec.section(KEY).isEmpty()) {
            return List.of();
        }
        Map<String, Boolean> entries = entries(spec);
        Map<String, CustomerReview> reviews = liveReviews(app, entries.keySet());
        List<LiveObject<NamedKey<AppKey>>> out = new ArrayList<>();
        reviews.values().forEach(r -> r.reply().ifPresent(reply -> {
            if (entries.getOrDefault(r.id(), true)) { // a drafted review's live reply is not managed
                out.add(new LiveObject<>(key(app.bundleId(), r.id()), SPEC.name(), reply.id(),
                        Map.of(BODY, StringNode.valueOf(reply.body())), null));
            }
        }));
        return out;
    }

    /** Every review this plan read: those with a published reply, the newest unanswered, and those read by id. */
    private static Map<String, CustomerReview> liveReviews(LiveApp app, Set<String> ids) {
        Map<String, CustomerReview> out = new LinkedHashMap<>();
        app.read(answered(app)).ifPresent(doc -> CustomerReview.from(doc).forEach(r -> out.put(r.id(), r)));
        app.read(recentUnanswered(app)).ifPresent(doc -> CustomerReview.from(doc).forEach(r -> out.putIfAbsent(r.id(),
                r)));
        for (String id : ids) {
            if (!out.containsKey(id)) {
                app.read(review(id)).ifPresent(doc -> CustomerReview.from(doc).forEach(r -> out.put(r.id(), r)));
            }
        }
        return out;
    }

    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        Map<String, JsonNode> replies = new LinkedHashMap<>();
        app.read(answered(app)).ifPresent(doc -> CustomerReview.from(doc).forEach(r -> r.reply().ifPresent(reply ->
                replies.put(r.id(), JsonNodeFactory.instance.objectNode().put("body", reply.body())))));
        return replies.isEmpty() ? List.of() : List.of(new ExportedObject("apps." + label + ".reviews", replies));
    }

    @Override
    public List<ApiCall> create(DesiredObject<NamedKey<AppKey>> desired, LiveApp app) {
        String id = desired.key().name();
        Optional<Document> read = app.read(review(id));
        if (read.isPresent() && read.get().single().isEmpty()) {
            throw new PlanTimeProblemException(new Problem(desired.origin(), "review " + id + " is not one of "
                    + app.bundleId() + "'s customer reviews in App Store Connect (ascctl reviews list shows their"
                    + " ids); nothing was sent"));
        }
        return List.of(CustomerReviews.reply(id, desired.attributes().get(BODY).asString()));
    }

    /** A reply whose create answer was lost is found at the review's response, and adopted if it has this body. */
    @Override
    public Optional<AdoptionCheck> adoptionCheck(DesiredObject<NamedKey<AppKey>> desired, LiveApp app) {
        return Optional.of(AdoptionCheck.single(CustomerReviews.response(desired.key().name()).path(), "responseBody",
                desired.attributes().get(BODY).asString()));
    }

    @Override
    public List<ApiCall> delete(LiveObject<NamedKey<AppKey>> live, LiveApp app) {
        return List.of(CustomerReviews.withdraw(live.id()));
    }

    /** The app's reviews that have a published reply, the reply included: the live replies. */
    static ApiQuery answered(LiveApp app) {
        return CustomerReviews.ofApp(app.app().id()).param("exists[publishedResponse]", "true");
    }

    /** The app's reviews without a published reply, newest first, a pending reply included: read a page only. */
    static ApiQuery recentUnanswered(LiveApp app) {
        return CustomerReviews.ofApp(app.app().id()).param("exists[publishedResponse]", "false").sort("-createdDate");
    }

    /** One review with its reply (404 when the id is none of Apple's reviews). */
    static ApiQuery review(String id) {
        return ApiQuery.of("/v1/" + CustomerReviews.TYPE + "/" + id).include("response");
    }
}
