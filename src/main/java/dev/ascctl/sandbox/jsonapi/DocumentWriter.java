package dev.ascctl.sandbox.jsonapi;

import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.model.AttributeSpec;
import dev.ascctl.sandbox.model.RelationshipShape;
import dev.ascctl.sandbox.model.RelationshipSpec;
import dev.ascctl.sandbox.model.ResourceCatalog;
import dev.ascctl.sandbox.model.ResourceSpec;
import dev.ascctl.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds JSON:API documents in the shapes live ASC sends (see asc-recorded/INDEX.md):
 * {@code links.self} on every resource and document; relationships with {@code links} and, only when
 * included, {@code data} (plus {@code meta.paging} on to-many, {@code null} on an empty to-one); lists in their
 * {@link ListShape}; unset attributes as explicit
 * {@code null}; {@code included[]} de-duplicated by (type, id) in first-reference order, its resources
 * carrying links-only relationships.
 */
public record DocumentWriter(ResourceCatalog catalog, RelatedResolver resolver, String baseUri) {
    /**
     * Left out unless included: the retired appStoreVersionSubmission is recorded with {@code "data": null} beside its
     * links in a list fastlane asked with its include (fl_appStoreVersions_GET_list_filter_state_ready) and with links
     * only in an instance (cm_appStoreVersions_resource_object); which a request gets is not known here.
     */
    private static final java.util.Set<String> UNLESS_INCLUDED = java.util.Set.of(
            "appStoreVersions.appStoreVersionSubmission");

    /** {@code {data, included?, links}} for one resource. */
    public Map<String, Object> single(StoredResource resource, ReadRequest read, String selfLink) {
        Objects.requireNonNull(resource, "resource");
        Included included = new Included();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("data", primaryObject(resource, read, included));
        included.addTo(doc);
        doc.put("links", Map.of("self", selfLink));
        return doc;
    }

    /**
     * {@code {data[], included?, links{self,next?}, meta{paging}?}} for one page of a list, in the list's
     * {@link ListShape}.
     */
    public Map<String, Object> page(List<StoredResource> all, ReadRequest read, String selfLink, String nextLink,
                                    ListShape shape) {
        Included included = new Included();
        List<Object> data = new ArrayList<>();
        for (StoredResource r : slice(all, read.offset(), read.limit())) {
            data.add(primaryObject(r, read, included));
        }
        return pagedDocument(data, included, all.size(), read.offset(), read.limit(), selfLink, nextLink, shape);
    }

    /** {@code GET /v1/x/{id}/relationships/rel} of a to-one: the linkage of a present target. */
    public Map<String, Object> linkage(StoredResource target, String selfLink) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("data", identifier(target));
        doc.put("links", Map.of("self", selfLink));
        return doc;
    }

    /** {@code GET /v1/x/{id}/relationships/rel} of a to-many: one page of linkages, paged like a list. */
    public Map<String, Object> linkages(List<StoredResource> all, int offset, int limit, String selfLink,
                                        String nextLink) {
        List<Object> data = new ArrayList<>();
        slice(all, offset, limit).forEach(r -> data.add(identifier(r)));
        return pagedDocument(data, new Included(), all.size(), offset, limit, selfLink, nextLink, ListShape.USUAL);
    }

    private static List<StoredResource> slice(List<StoredResource> all, int offset, int limit) {
        int from = Math.min(offset, all.size());
        return all.subList(from, Math.min(from + limit, all.size()));
    }

    /**
     * The paged shape: {@code links.next} while more remain; on the last page {@code "next": null} or nothing, and
     * {@code meta.paging {total, limit}} or none, as the {@link ListShape} says. The cursor lives in {@code next}
     * only: Apple's paging meta carries no cursor (asc-recorded fl_builds_GET_list).
     */
    private static Map<String, Object> pagedDocument(List<Object> data, Included included, int total, int offset,
                                                     int limit, String selfLink, String nextLink, ListShape shape) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("data", data);
        included.addTo(doc);
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", selfLink);
        if (offset + limit < total) {
            links.put("next", nextLink);
        } else if (shape.nullNext()) {
            links.put("next", null);
        }
        doc.put("links", links);
        if (shape.meta()) {
            Map<String, Object> paging = new LinkedHashMap<>();
            paging.put("total", total);
            paging.put("limit", limit);
            doc.put("meta", Map.of("paging", paging));
        }
        return doc;
    }

    public String resourceLink(StoredResource r) {
        return baseUri + "/" + catalog.apiVersion(r.type()) + "/" + r.type() + "/" + r.id();
    }

    private Map<String, Object> primaryObject(StoredResource r, ReadRequest read, Included included) {
        return object(r, read, included, true);
    }

    private Map<String, Object> object(StoredResource r, ReadRequest read, Included included, boolean primary) {
        ResourceSpec spec = catalog.get(r.type());
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", r.type());
        o.put("id", r.id());
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (AttributeSpec a : spec.attributes().values()) {
            if (a.access().readable() && read.shows(r.type(), a.name())) {
                attributes.put(a.name(), r.attribute(a.name())); // unset → explicit null, as live ASC does
            }
        }
        if (!attributes.isEmpty()) {
            o.put("attributes", attributes);
        }
        // Data is gathered in include-parameter order, so included[] follows it as in Apple's recordings.
        Map<String, Map<String, Object>> dataByRelationship = new LinkedHashMap<>();
        Map<String, Map<String, Object>> notKept = new LinkedHashMap<>();
        if (primary) {
            for (String name : read.include()) {
                if (!read.shows(r.type(), name)) {
                    continue;
                }
                spec.relationship(name).ifPresentOrElse(rel -> {
                    Map<String, Object> data = new LinkedHashMap<>();
                    addData(data, r, rel, read, included);
                    dataByRelationship.put(name, data);
                }, () -> notKept.put(name, notKept(r, name, read)));
            }
        }
        Map<String, Object> relationships = new LinkedHashMap<>();
        for (RelationshipSpec rel : spec.relationships().values()) {
            if (!read.shows(r.type(), rel.name()) || rel.shape() == RelationshipShape.WRITE_ONLY) {
                continue;
            }
            Map<String, Object> member = new LinkedHashMap<>();
            if (rel.hasLinks()) {
                member.put("links", Map.of("self", relationshipSelf(r, rel), "related", relatedLink(r, rel)));
            }
            member.putAll(dataByRelationship.getOrDefault(rel.name(), Map.of()));
            if (!member.isEmpty()) {
                relationships.put(rel.name(), member);
            }
        }
        relationships.putAll(notKept);
        // The rest of Apple's relationships, which relate nothing here, as live ASC lists them all: links only
        // (asc-recorded INDEX fact 2), their related GETs answering (ApiRouter.declaredRead), so every link handed
        // out works; one the spec gives no links (data only) carries its empty data on a primary object, as recorded
        // for reviewSubmissions.submittedByActor and reviewSubmissionItems.appEvent (fact 3).
        for (Vocabulary.Relationship v : Vocabulary.get().type(r.type()).relationships().values()) {
            if (relationships.containsKey(v.name()) || spec.relationship(v.name()).isPresent()
                    || !read.shows(r.type(), v.name()) || UNLESS_INCLUDED.contains(r.type() + "." + v.name())) {
                continue;
            }
            Map<String, Object> member = new LinkedHashMap<>();
            if (v.links() && catalog.read("/" + catalog.apiVersion(r.type()) + "/" + r.type() + "/{id}/" + v.name())
                    .isPresent()) {
                member.put("links", Map.of("self", resourceLink(r) + "/relationships/" + v.name(),
                        "related", resourceLink(r) + "/" + v.name()));
            }
            if (primary && !v.links()) {
                member.put("data", v.toMany() ? List.of() : null);
            }
            if (!member.isEmpty()) {
                relationships.put(v.name(), member);
            }
        }
        if (!relationships.isEmpty()) {
            o.put("relationships", relationships);
        }
        o.put("links", Map.of("self", resourceLink(r)));
        return o;
    }

    private void addData(Map<String, Object> member, StoredResource owner, RelationshipSpec rel, ReadRequest read,
                         Included included) {
        List<StoredResource> targets = resolver.resolve(owner, rel);
        if (rel.toMany()) {
            // Without limit[rel], ASC includes 10 per relationship (see ReadRequest.DEFAULT_RELATIONSHIP_LIMIT).
            int limit = read.relationshipLimit(rel.name());
            List<StoredResource> shown = targets.stream().limit(limit).toList();
            member.put("data", shown.stream().map(DocumentWriter::identifier).toList());
            member.put("meta", Map.of("paging", Map.of("total", targets.size(), "limit", limit)));
            shown.forEach(t -> included.add(t, () -> object(t, read, included, false)));
        } else if (!targets.isEmpty()) {
            StoredResource target = targets.get(0);
            member.put("data", identifier(target));
            included.add(target, () -> object(target, read, included, false));
        } else {
            // An included to-one with nothing behind it is "data": null on live ASC (asc-recorded INDEX fact 3),
            // though the spec types relationship data as an object.
            member.put("data", null);
        }
    }

    /**
     * An included relationship Apple's spec declares but the sandbox does not keep (e.g. an app's builds): it relates
     * nothing here, so it reads as an empty list or {@code "data": null}, never as a refused include.
     */
    private Map<String, Object> notKept(StoredResource r, String name, ReadRequest read) {
        Map<String, Object> member = new LinkedHashMap<>();
        Vocabulary.Relationship rel = Vocabulary.get().type(r.type()).relationships().get(name);
        if (rel != null && rel.links()) {
            member.put("links", Map.of("self", resourceLink(r) + "/relationships/" + name,
                    "related", resourceLink(r) + "/" + name));
        }
        if (rel != null && rel.toMany()) {
            member.put("data", List.of());
            member.put("meta", Map.of("paging", Map.of("total", 0, "limit", read.relationshipLimit(name))));
        } else {
            member.put("data", null);
        }
        return member;
    }

    private String relationshipSelf(StoredResource r, RelationshipSpec rel) {
        return resourceLink(r) + "/relationships/" + rel.name();
    }

    private String relatedLink(StoredResource r, RelationshipSpec rel) {
        return resourceLink(r) + "/" + rel.name();
    }

    private static Map<String, Object> identifier(StoredResource r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", r.type());
        m.put("id", r.id());
        return m;
    }

    /** The {@code included[]} being collected, keyed by (type, id) so each resource appears once. */
    private static final class Included {
        private final Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();

        void add(StoredResource r, java.util.function.Supplier<Map<String, Object>> render) {
            String key = r.type() + "/" + r.id();
            if (!byKey.containsKey(key)) {
                byKey.put(key, render.get());
            }
        }

        void addTo(Map<String, Object> doc) {
            if (!byKey.isEmpty()) {
                doc.put("included", new ArrayList<>(byKey.values()));
            }
        }
    }
}
