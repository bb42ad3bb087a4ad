package dev.ascctl.sandbox.jsonapi;

import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.model.AttributeSpec;
import dev.ascctl.sandbox.model.RelationshipSpec;
import dev.ascctl.sandbox.model.ResourceCatalog;
import dev.ascctl.sandbox.model.ResourceSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds JSON:API documents in the shapes live ASC sends (see asc-recorded/INDEX.md):
 * {@code links.self} on every resource and document; relationships with {@code links} and, only when
 * included, {@code data} (plus {@code meta.paging} on to-many); unset attributes as explicit
 * {@code null}; {@code included[]} de-duplicated by (type, id) in first-reference order, its resources
 * carrying links-only relationships.
 */
public final class DocumentWriter {
    private final ResourceCatalog catalog;
    private final RelatedResolver resolver;
    private final String baseUri;

    public DocumentWriter(ResourceCatalog catalog, RelatedResolver resolver, String baseUri) {
        this.catalog = catalog;
        this.resolver = resolver;
        this.baseUri = baseUri;
    }

    /** {@code {data, included?, links}} for one resource; {@code resource} may be null for an empty to-one. */
    public Map<String, Object> single(StoredResource resource, ReadRequest read, String selfLink) {
        Included included = new Included();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("data", resource == null ? null : primaryObject(resource, read, included));
        included.addTo(doc);
        doc.put("links", Map.of("self", selfLink));
        return doc;
    }

    /** {@code {data[], included?, links{self,next?}, meta{paging}}} for one page of a list. */
    public Map<String, Object> page(List<StoredResource> all, ReadRequest read, String selfLink, String nextLink,
                                    String nextCursor) {
        int from = Math.min(read.offset(), all.size());
        int to = Math.min(from + read.limit(), all.size());
        Included included = new Included();
        List<Object> data = new ArrayList<>();
        for (StoredResource r : all.subList(from, to)) {
            data.add(primaryObject(r, read, included));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("data", data);
        included.addTo(doc);
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", selfLink);
        Map<String, Object> paging = new LinkedHashMap<>();
        paging.put("total", all.size());
        paging.put("limit", read.limit());
        if (to < all.size()) {
            links.put("next", nextLink);
            paging.put("nextCursor", nextCursor);
        }
        doc.put("links", links);
        doc.put("meta", Map.of("paging", paging));
        return doc;
    }

    /** {@code GET /v1/x/{id}/relationships/rel}: linkage only. */
    public Map<String, Object> linkage(StoredResource owner, RelationshipSpec rel, int limit) {
        List<StoredResource> targets = resolver.resolve(owner, rel);
        Map<String, Object> doc = new LinkedHashMap<>();
        if (rel.toMany()) {
            doc.put("data", targets.stream().limit(limit).map(DocumentWriter::identifier).toList());
        } else {
            doc.put("data", targets.isEmpty() ? null : identifier(targets.get(0)));
        }
        doc.put("links", Map.of("self", relationshipSelf(owner, rel), "related", relatedLink(owner, rel)));
        if (rel.toMany()) {
            doc.put("meta", Map.of("paging", Map.of("total", targets.size(), "limit", limit)));
        }
        return doc;
    }

    public String resourceLink(StoredResource r) {
        return baseUri + "/v1/" + r.type() + "/" + r.id();
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
            if (read.shows(r.type(), a.name())) {
                attributes.put(a.name(), r.attribute(a.name())); // unset → explicit null, as live ASC does
            }
        }
        if (!attributes.isEmpty()) {
            o.put("attributes", attributes);
        }
        // Data is gathered in include-parameter order, so included[] follows it as in Apple's recordings.
        Map<String, Map<String, Object>> dataByRelationship = new LinkedHashMap<>();
        if (primary) {
            for (String name : read.include()) {
                spec.relationship(name).filter(rel -> read.shows(r.type(), name)).ifPresent(rel -> {
                    Map<String, Object> data = new LinkedHashMap<>();
                    addData(data, r, rel, read, included);
                    dataByRelationship.put(name, data);
                });
            }
        }
        Map<String, Object> relationships = new LinkedHashMap<>();
        for (RelationshipSpec rel : spec.relationships().values()) {
            if (!read.shows(r.type(), rel.name())) {
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
            int limit = read.relationshipLimit(rel.name());
            List<StoredResource> shown = targets.stream().limit(limit).toList();
            member.put("data", shown.stream().map(DocumentWriter::identifier).toList());
            member.put("meta", Map.of("paging", Map.of("total", targets.size(), "limit", limit)));
            shown.forEach(t -> included.add(t, () -> object(t, read, included, false)));
        } else {
            StoredResource target = targets.isEmpty() ? null : targets.get(0);
            member.put("data", target == null ? null : identifier(target));
            if (target != null) {
                included.add(target, () -> object(target, read, included, false));
            }
        }
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
