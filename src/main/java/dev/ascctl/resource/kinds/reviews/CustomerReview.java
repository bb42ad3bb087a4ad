package dev.ascctl.resource.kinds.reviews;

import dev.ascctl.asc.AppleDates;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One customer review as App Store Connect lists it, with the developer's reply when the list included it.
 *
 * @param id        Apple's review id, the key of {@code reviews/replies.yaml}
 * @param rating    1 to 5 stars
 * @param territory Apple's territory code of the storefront it was written in (USA, DEU, ...)
 * @param created   when the customer wrote (or last edited) it
 * @param reply     the developer's reply, if any
 */
public record CustomerReview(String id, int rating, String title, String body, String nickname, String territory,
                             Instant created, Optional<Reply> reply) {
    /**
     * A developer's reply as Apple keeps it.
     *
     * @param state PUBLISHED, or PENDING_PUBLISH until Apple has published it
     */
    public record Reply(String id, String body, String state) {
        public Reply {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(body, "body");
        }

        public boolean published() {
            return "PUBLISHED".equals(state);
        }
    }

    public CustomerReview {
        Objects.requireNonNull(id, "id");
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("review " + id + ": a rating is 1 to 5, was " + rating);
        }
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        nickname = nickname == null ? "" : nickname;
        territory = territory == null ? "" : territory;
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(reply, "reply");
    }

    /** Whether the review has a reply, published or still pending: either way a second one must not be sent. */
    public boolean answered() {
        return reply.isPresent();
    }

    /**
     * The reviews of a list read with {@code include=response}. A review whose response relationship carries no
     * data was read without the include, and counts as unanswered only if the read asked for it (the caller's
     * business: every read in ascctl includes it).
     */
    public static List<CustomerReview> from(Document doc) {
        List<CustomerReview> out = new ArrayList<>();
        for (Resource r : doc.data()) {
            Optional<Reply> reply = r.relationship("response").flatMap(rel -> rel.one()).flatMap(doc::find)
                    .map(CustomerReview::reply);
            out.add(new CustomerReview(r.id(), r.attribute("rating") == null ? 0 : r.attribute("rating").asInt(0),
                    r.text("title").orElse(""), r.text("body").orElse(""), r.text("reviewerNickname").orElse(""),
                    r.text("territory").orElse(""), r.text("createdDate").flatMap(AppleDates::instant)
                    .orElse(Instant.EPOCH), reply));
        }
        return out;
    }

    /** A {@code customerReviewResponses} resource as a reply. */
    public static Reply reply(Resource response) {
        return new Reply(response.id(), response.text("responseBody").orElse(""), response.text("state").orElse(""));
    }

    /** The language a reply to this review should be written in: the storefront's main language. */
    public String language() {
        return Storefronts.language(territory);
    }
}
