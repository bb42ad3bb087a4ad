package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import dev.ascctl.sandbox.model.AppleTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Featuring nominations ({@code /v1/nominations}). A create with {@code submitted: false} is a DRAFT, with
 * {@code submitted: true} SUBMITTED; an update's {@code submitted: true} submits a draft and {@code archived: true}
 * archives. App Store Connect Help ("Nominate your app for featuring") says drafts are edited before submission and
 * submitted nominations can be edited too; an ARCHIVED one is no longer shown for editing, so the sandbox refuses any
 * change to it (409), and a submitted nomination cannot go back to draft. Rules of the nominations CSV template
 * (App Store Connect Help, "Nominations template"): the name has at most 60 characters, the nomination relates to
 * its app and at most 9 more. Publishing ends after it starts. Deleting is for drafts: a submitted nomination is
 * archived instead [assumed: App Store Connect offers Archive, not Delete, for submitted nominations].
 */
public record NominationRules(SandboxState state) implements ResourceRules {
    public static final String TYPE = "nominations";
    static final int NAME_LIMIT = 60;
    static final int RELATED_APPS = 10;

    @Override
    public void beforeCreate(WriteRequest request) {
        check(request.attributes(), request.relationships(), null);
    }

    @Override
    public Map<String, Object> serverAttributes(WriteRequest request) {
        String now = AppleTime.format(Instant.now());
        Map<String, Object> out = new LinkedHashMap<>();
        boolean submitted = Boolean.TRUE.equals(request.attributes().get("submitted"));
        out.put("state", submitted ? "SUBMITTED" : "DRAFT");
        out.put("createdDate", now);
        out.put("lastModifiedDate", now);
        if (submitted) {
            out.put("submittedDate", now);
        }
        return out;
    }

    @Override
    public void beforeUpdate(StoredResource existing, WriteRequest request) {
        Object state = existing.attribute("state");
        if ("ARCHIVED".equals(state)) {
            throw Errors.stateError(null, "An archived nomination cannot be changed; create a new nomination.");
        }
        if ("SUBMITTED".equals(state) && Boolean.FALSE.equals(request.attributes().get("submitted"))) {
            throw Errors.stateError("/data/attributes/submitted", "A submitted nomination cannot go back to draft.");
        }
        check(request.attributes(), request.relationships(), existing);
    }

    @Override
    public Map<String, Object> serverAttributesOnUpdate(StoredResource existing, WriteRequest request) {
        String now = AppleTime.format(Instant.now());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lastModifiedDate", now);
        if (Boolean.TRUE.equals(request.attributes().get("archived"))) {
            out.put("state", "ARCHIVED");
        } else if (Boolean.TRUE.equals(request.attributes().get("submitted")) && "DRAFT".equals(existing.attribute("state"))) {
            out.put("state", "SUBMITTED");
            out.put("submittedDate", now);
        }
        return out;
    }

    @Override
    public void beforeDelete(StoredResource existing) {
        if (!"DRAFT".equals(existing.attribute("state"))) {
            throw Errors.deleteRefused("A " + existing.attribute("state") + " nomination cannot be deleted; archive it"
                    + " (archived: true) instead.");
        }
    }

    private void check(Map<String, Object> attributes, Map<String, List<String>> relationships, StoredResource existing) {
        if (attributes.get("name") instanceof String name && name.codePointCount(0, name.length()) > NAME_LIMIT) {
            throw Errors.invalidAttribute("/data/attributes/name", "A nomination's name has at most " + NAME_LIMIT
                    + " characters.");
        }
        Object start = attributes.containsKey("publishStartDate") ? attributes.get("publishStartDate")
                : existing == null ? null : existing.attribute("publishStartDate");
        Object end = attributes.containsKey("publishEndDate") ? attributes.get("publishEndDate")
                : existing == null ? null : existing.attribute("publishEndDate");
        Instant from = instant("publishStartDate", start);
        Instant to = instant("publishEndDate", end);
        if (from != null && to != null && !to.isAfter(from)) {
            throw Errors.invalidAttribute("/data/attributes/publishEndDate", "The publish end date must be after the"
                    + " publish start date.");
        }
        List<String> apps = relationships.get("relatedApps");
        if (apps != null) {
            if (apps.isEmpty() || apps.size() > RELATED_APPS) {
                throw Errors.invalidRelationship("/data/relationships/relatedApps", "A nomination relates to 1 to "
                        + RELATED_APPS + " apps.");
            }
            apps.stream().filter(id -> state.get("apps", id).isEmpty()).findFirst().ifPresent(id -> {
                throw Errors.invalidRelationship("/data/relationships/relatedApps", "There is no app with the id '"
                        + id + "'.");
            });
        }
    }

    private static Instant instant(String attribute, Object value) {
        if (!(value instanceof String text)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw Errors.invalidAttribute("/data/attributes/" + attribute, "'" + text + "' is not a date-time.");
        }
    }
}
