package dev.ascctl.sandbox.http;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.ApiError;
import dev.ascctl.sandbox.jsonapi.ApiException;
import dev.ascctl.sandbox.jsonapi.Cursor;
import dev.ascctl.sandbox.jsonapi.DocumentWriter;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.LinkageList;
import dev.ascctl.sandbox.jsonapi.ListShape;
import dev.ascctl.sandbox.jsonapi.QueryParameters;
import dev.ascctl.sandbox.jsonapi.ReadRequest;
import dev.ascctl.sandbox.jsonapi.RelatedResolver;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import dev.ascctl.sandbox.model.Operation;
import dev.ascctl.sandbox.model.RelationshipSpec;
import dev.ascctl.sandbox.model.ResourceCatalog;
import dev.ascctl.sandbox.model.ResourceSpec;
import dev.ascctl.sandbox.model.Territories;
import dev.ascctl.sandbox.pricing.PricePoints;
import dev.ascctl.sandbox.reports.AnalyticsReports;
import dev.ascctl.sandbox.reports.SalesReports;
import dev.ascctl.sandbox.rules.AppleRules;
import dev.ascctl.sandbox.rules.ResourceRules;
import dev.ascctl.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.ObjectMapper;

/**
 * The generic JSON:API endpoints, driven by the {@link ResourceCatalog}:
 * {@code /v1/{type}} (GET list, POST), {@code /v1/{type}/{id}} (GET, PATCH, DELETE),
 * {@code /v1/{type}/{id}/{rel}} (related resources) and {@code /v1/{type}/{id}/relationships/{rel}}
 * (linkage). Apple's per-type rules come from {@link AppleRules}. Callers hold the state lock.
 */
public final class ApiRouter {
    private final ResourceCatalog catalog;
    private final SandboxState state;
    private final AppleRules rules;
    private final DocumentWriter documents;
    private final RelatedResolver resolver;
    private final ObjectMapper json;
    private final String baseUri;
    private final dev.ascctl.sandbox.rules.MediaProcessing processing;
    private final SalesReports reports;
    private final AnalyticsReports analytics;
    private final dev.ascctl.sandbox.rules.BuildProcessing buildProcessing;

    public ApiRouter(ResourceCatalog catalog, SandboxState state, ObjectMapper json, String baseUri) {
        this(catalog, state, json, baseUri, SalesReports.withDefaults());
    }

    public ApiRouter(ResourceCatalog catalog, SandboxState state, ObjectMapper json, String baseUri,
                     SalesReports reports) {
        this.reports = reports;
        this.catalog = catalog;
        this.state = state;
        this.json = json;
        this.baseUri = baseUri;
        this.rules = new AppleRules(state, baseUri, () -> reports.availableThrough().plusDays(1));
        this.processing = new dev.ascctl.sandbox.rules.MediaProcessing(state, baseUri);
        this.buildProcessing = new dev.ascctl.sandbox.rules.BuildProcessing(state);
        this.resolver = new RelatedResolver(state);
        this.documents = new DocumentWriter(catalog, resolver, baseUri);
        // Computed types: resources the generic router includes and links to but the sandbox derives, never stores.
        PricePoints.register(state);
        dev.ascctl.sandbox.rules.PriceScheduleRules.emptyUntilPriced(state);
        dev.ascctl.sandbox.pricing.AppPricePoints.register(state);
        dev.ascctl.sandbox.rules.AppPriceScheduleRules.emptyUntilPriced(state);
        this.analytics = AnalyticsReports.register(state, reports::availableThrough, baseUri);
    }

    /** The analytics reports' segment files, for the sandbox's download host. */
    public AnalyticsReports analytics() {
        return analytics;
    }

    public Response handle(String method, String rawPath, String rawQuery, String body) {
        processing.advance(); // Apple processes committed uploads on its own; here, before the next answer
        rules.advance(); // and publishes review responses
        buildProcessing.advance();
        String[] seg = rawPath.replaceAll("/+$", "").split("/");
        // seg[0] is "" (leading slash); seg[1] the API version.
        if (seg.length < 3) {
            throw Errors.pathNotFound();
        }
        QueryParameters q = QueryParameters.parse(rawQuery);
        if (SalesReports.serves(rawPath)) { // files, not JSON:API documents
            return new Response(200, reports.answer(method, rawPath, q), SalesReports.CONTENT_TYPE);
        }
        // Apple echoes the query with brackets percent-encoded (asc-recorded INDEX, fact 1); raw brackets
        // would also not be a valid uri-reference, which the spec's links declare.
        String query = q.encodeWithout(null);
        String self = baseUri + rawPath + (query.isEmpty() ? "" : "?" + query);
        if (method.equals("GET")) {
            Optional<Response> declared = declaredRead(seg, q, self, rawPath);
            if (declared.isPresent()) {
                return declared.get();
            }
        }
        try {
            return route(method, seg, q, self, rawPath, body);
        } catch (ApiException refused) {
            // A write Apple's spec declares on a type the sandbox serves, which the sandbox does not simulate (PATCH
            // /v1/builds/{id}): says so, instead of the 404 "path does not match" or the 403 of an operation Apple
            // does not offer, which a client would read as Apple's answer (issue 11 scope 7).
            if (!method.equals("GET") && isRouteRefusal(refused) && seg.length <= 6
                    && catalog.declares(method, template(seg))) {
                throw Errors.notSimulated(method, template(seg));
            }
            throw refused;
        }
    }

    /** Apple's path template of a request path: {@code /v1/apps/{id}/relationships/betaGroups}. */
    private static String template(String[] seg) {
        StringBuilder t = new StringBuilder();
        for (int i = 1; i < seg.length; i++) {
            t.append('/').append(i == 3 ? "{id}" : seg[i]);
        }
        return t.toString();
    }

    /** The router's own refusals: no such path, or an operation the type does not offer. */
    private static boolean isRouteRefusal(ApiException e) {
        ApiError first = e.errors().get(0);
        return first.status() == 404 && first.detail() != null && first.detail().startsWith("The path provided")
                || first.status() == 403 && first.detail() != null && first.detail().startsWith("The resource '");
    }

    private Response route(String method, String[] seg, QueryParameters q, String self, String rawPath, String body) {
        ResourceSpec spec = catalog.find(seg[2]).filter(s -> !s.operations().isEmpty())
                .filter(s -> catalog.apiVersion(s.type()).equals(seg[1])) // /v2/inAppPurchases, not /v1/...
                .orElseThrow(Errors::pathNotFound);
        return switch (seg.length) {
            case 3 -> switch (method) {
                case "GET" -> list(spec, q, self, rawPath);
                case "POST" -> create(spec, body);
                default -> throw notAllowed(spec, method.equals("PATCH") ? Operation.UPDATE : Operation.DELETE);
            };
            case 4 -> switch (method) {
                case "GET" -> get(spec, seg[3], q, self);
                case "PATCH" -> update(spec, seg[3], body);
                case "DELETE" -> delete(spec, seg[3]);
                default -> throw notAllowed(spec, Operation.CREATE);
            };
            case 5 -> related(spec, seg[3], seg[4], method, q, self, rawPath);
            case 6 -> {
                if (!seg[4].equals("relationships")) {
                    throw Errors.pathNotFound();
                }
                if (method.equals("PATCH") && catalog.replacesLinkages(spec.type(), seg[5])) {
                    yield replaceLinkages(spec, seg[3], seg[5], body);
                }
                if (method.equals("PATCH") && catalog.setsToOne(spec.type(), seg[5])) {
                    yield setToOne(spec, seg[3], seg[5], body);
                }
                if (method.equals("PATCH")) {
                    throw Errors.pathNotFound();
                }
                yield switch (method) {
                    case "GET" -> linkage(spec, seg[3], seg[5], q, self, rawPath);
                    case "POST", "DELETE" -> linkageWrite(spec, seg[3], seg[5], method.equals("POST"), body);
                    default -> throw Errors.pathNotFound();
                };
            }
            default -> throw Errors.pathNotFound();
        };
    }

    /**
     * A GET Apple's spec declares on a type the sandbox serves, where the sandbox keeps less than the spec has (a
     * relationship it does not store, {@code /v1/apps/{id}/customerReviews}; a type it serves only as related
     * resources, {@code /v1/territories}): answered as Apple answers an account that has none of those, never with
     * the 404 "path does not match" a client reads as "does not exist" (DESIGN 6). Lists are empty (or, where the
     * related type is stored, what refers to the owner), to-one documents {@code "data": null}, as the client reads
     * "none" either way. Empty if the routes below serve the path themselves, or the spec has no such GET.
     */
    private Optional<Response> declaredRead(String[] seg, QueryParameters q, String self, String rawPath) {
        if (seg.length < 3 || seg.length > 6) {
            return Optional.empty();
        }
        Optional<ResourceSpec> owner = catalog.find(seg[2]).filter(s -> catalog.apiVersion(s.type()).equals(seg[1]));
        if (owner.isEmpty() || servesRead(owner.get(), seg)) {
            return Optional.empty();
        }
        ResourceSpec spec = owner.get();
        String template = switch (seg.length) {
            case 3 -> "/" + seg[1] + "/" + seg[2];
            case 4 -> "/" + seg[1] + "/" + seg[2] + "/{id}";
            case 5 -> "/" + seg[1] + "/" + seg[2] + "/{id}/" + seg[4];
            default -> "/" + seg[1] + "/" + seg[2] + "/{id}/" + seg[4] + "/" + seg[5];
        };
        Optional<Vocabulary.Operation> declared = catalog.read(template);
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        Vocabulary.Operation op = declared.get();
        if (seg.length == 3) { // the collection of a type served as related resources only (territories)
            ReadRequest read = read(q, spec, template);
            // Territories are computed (PricePoints.register), never stored: all of Apple's codes.
            List<StoredResource> all = spec.type().equals("territories")
                    ? Territories.codes().stream().map(code -> state.get("territories", code)).flatMap(Optional::stream)
                    .toList() : state.all(spec.type());
            return Optional.of(page(filterAndSort(all, read), read, q, self, rawPath, template));
        }
        StoredResource r = existing(spec, seg[3]);
        if (seg.length == 4) {
            return Optional.of(new Response(200, documents.single(r, read(q, spec, template), self)));
        }
        Optional<ResourceSpec> target = op.answeredType().flatMap(catalog::find);
        ReadRequest read = read(q, target.orElse(null), template);
        if (!op.answersList()) {
            if (op.answers() == null) {
                // Xcode's power and performance metrics (application/vnd.apple.xcode-metrics+json): none yet.
                return Optional.of(new Response(200, Map.of("productData", List.of()),
                        "application/vnd.apple.xcode-metrics+json"));
            }
            Map<String, Object> none = new LinkedHashMap<>();
            none.put("data", null);
            none.put("links", Map.of("self", self));
            return Optional.of(new Response(200, none));
        }
        String relName = seg.length == 5 ? seg[4] : seg[5];
        List<StoredResource> related = state.computedRelated(r, relName)
                .orElseGet(() -> target.map(t -> referring(t, spec, r, op)).orElse(List.of()));
        if (seg.length == 6 && seg[4].equals("relationships")) {
            String cursor = Cursor.encode(read.offset() + read.limit());
            return Optional.of(new Response(200, documents.linkages(related, read.offset(), read.limit(), self,
                    nextLink(rawPath, q, cursor))));
        }
        return Optional.of(page(filterAndSort(related, read), read, q, self, rawPath, template));
    }

    /** Whether the generic routes below serve this GET themselves. */
    private static boolean servesRead(ResourceSpec spec, String[] seg) {
        return switch (seg.length) {
            case 3 -> spec.allows(Operation.GET_COLLECTION);
            case 4 -> spec.allows(Operation.GET_INSTANCE);
            case 5 -> spec.relationship(seg[4]).filter(RelationshipSpec::hasLinks).isPresent();
            default -> seg[4].equals("relationships")
                    && spec.relationship(seg[5]).filter(RelationshipSpec::hasLinks).isPresent();
        };
    }

    /**
     * The stored resources of {@code target} whose one to-one relationship back to the owner's type names the owner
     * ({@code /v1/apps/{id}/builds}: the builds whose {@code app} is it); none where there is no such single
     * relationship, or where the operation answers another representation of the type (the retired v1 in-app
     * purchases, whose type name the v2 ones kept).
     */
    private List<StoredResource> referring(ResourceSpec target, ResourceSpec owner, StoredResource r,
                                           Vocabulary.Operation op) {
        if (catalog.apiVersion(target.type()).equals("v2") && (op.response() == null || !op.response().contains("V2"))) {
            return List.of();
        }
        List<RelationshipSpec> back = target.relationships().values().stream()
                .filter(rel -> !rel.toMany() && rel.inverse() == null && rel.targetType().equals(owner.type())).toList();
        return back.size() != 1 ? List.of() : state.referencing(target.type(), back.get(0).name(), r.id());
    }

    private Response list(ResourceSpec spec, QueryParameters q, String self, String rawPath) {
        require(spec, Operation.GET_COLLECTION);
        String template = "/" + catalog.apiVersion(spec.type()) + "/" + spec.type();
        ReadRequest read = read(q, spec, template);
        return page(filterAndSort(state.all(spec.type()), read), read, q, self, rawPath, template);
    }

    private Response get(ResourceSpec spec, String id, QueryParameters q, String self) {
        require(spec, Operation.GET_INSTANCE);
        StoredResource r = existing(spec, id);
        ReadRequest read = read(q, spec, instanceTemplate(spec));
        return new Response(200, documents.single(r, read, self));
    }

    private Response related(ResourceSpec spec, String id, String relName, String method, QueryParameters q,
                             String self, String rawPath) {
        RelationshipSpec rel = spec.relationship(relName).filter(RelationshipSpec::hasLinks).orElseThrow(Errors::pathNotFound);
        if (!method.equals("GET")) {
            throw Errors.pathNotFound();
        }
        StoredResource owner = existing(spec, id);
        ResourceSpec target = catalog.get(rel.targetType());
        String template = instanceTemplate(spec) + "/" + relName;
        ReadRequest read = read(q, target, template);
        List<StoredResource> targets = resolver.resolve(owner, rel);
        if (!rel.toMany()) {
            // One object, never a list; nothing behind it is a 404 (see Errors.relatedNotFound).
            StoredResource one = targets.stream().findFirst().orElseThrow(() -> Errors.relatedNotFound(target.type()));
            return new Response(200, documents.single(one, read, self));
        }
        return page(filterAndSort(targets, read), read, q, self, rawPath, template);
    }

    /**
     * The read options of a GET on {@code template}, checked against the query Apple's spec declares for it,
     * required parameters included ({@code filter[app]} on {@code GET /v1/reviewSubmissions}).
     */
    private ReadRequest read(QueryParameters q, ResourceSpec primary, String template) {
        Optional<Vocabulary.Operation> declared = catalog.read(template);
        declared.ifPresent(o -> o.required().stream().filter(p -> !q.has(p)).findFirst().ifPresent(p -> {
            throw Errors.invalidParameter(p, "The parameter '" + p + "' is required.");
        }));
        return ReadRequest.parse(q, primary, declared.orElse(null));
    }

    private String instanceTemplate(ResourceSpec spec) {
        return "/" + catalog.apiVersion(spec.type()) + "/" + spec.type() + "/{id}";
    }

    private Response linkage(ResourceSpec spec, String id, String relName, QueryParameters q, String self,
                             String rawPath) {
        RelationshipSpec rel = spec.relationship(relName).filter(RelationshipSpec::hasLinks)
                .orElseThrow(Errors::pathNotFound);
        StoredResource owner = existing(spec, id);
        ReadRequest read = read(q, catalog.get(rel.targetType()), instanceTemplate(spec) + "/relationships/" + relName);
        List<StoredResource> targets = resolver.resolve(owner, rel);
        if (!rel.toMany()) {
            StoredResource one = targets.stream().findFirst().orElseThrow(() -> Errors.relatedNotFound(rel.targetType()));
            return new Response(200, documents.linkage(one, self));
        }
        String cursor = Cursor.encode(read.offset() + read.limit());
        return new Response(200, documents.linkages(targets, read.offset(), read.limit(), self,
                nextLink(rawPath, q, cursor)));
    }

    /**
     * {@code POST} (add) and {@code DELETE} (remove) on {@code /v1/{type}/{id}/relationships/{rel}} with a
     * to-many linkages body: 204. Served where Apple's spec has the path ({@link ResourceCatalog#linkageWrites}).
     */
    private Response linkageWrite(ResourceSpec spec, String id, String relName, boolean add, String body) {
        if (!catalog.linkageWrites(spec.type(), relName, add)) {
            throw Errors.pathNotFound();
        }
        RelationshipSpec rel = spec.relationship(relName).orElseThrow(Errors::pathNotFound);
        StoredResource owner = existing(spec, id);
        List<String> ids = LinkageList.parse(body, rel.targetType(), json);
        for (String target : ids) {
            if (state.get(rel.targetType(), target).isEmpty()) {
                throw Errors.invalidRelationship("/data", "There is no resource of type '" + rel.targetType()
                        + "' with id '" + target + "'.");
            }
        }
        rules.forType(spec.type()).beforeLink(owner, relName, ids, add);
        for (String target : ids) {
            if (rel.inverse() == null) {
                StoredResource current = existing(spec, id);
                state.put(current.withRelationships(Map.of(relName, edit(current.related(relName), target, add))));
            } else {
                StoredResource other = state.require(rel.targetType(), target);
                state.put(other.withRelationships(Map.of(rel.inverse(), edit(other.related(rel.inverse()), id, add))));
            }
        }
        rules.forType(spec.type()).afterLink(existing(spec, id), relName, ids, add);
        return new Response(204, null);
    }

    private static List<String> edit(List<String> ids, String id, boolean add) {
        List<String> out = new ArrayList<>(ids);
        out.remove(id);
        if (add) {
            out.add(id);
        }
        return out;
    }

    /**
     * {@code PATCH /v1/{type}/{id}/relationships/{rel}} of an ordered to-many (a set's screenshots): the body must
     * name exactly the current members, in the new order; Apple's rules may refuse (e.g. a version in review).
     */
    private Response replaceLinkages(ResourceSpec spec, String id, String relName, String body) {
        RelationshipSpec rel = spec.relationship(relName).orElseThrow(Errors::pathNotFound);
        StoredResource owner = existing(spec, id);
        List<String> ids = LinkageList.parse(body, rel.targetType(), json);
        List<String> current = resolver.resolve(owner, rel).stream().map(StoredResource::id).sorted().toList();
        if (!ids.stream().sorted().toList().equals(current)) {
            throw Errors.invalidRelationship("/data", "The list must contain exactly the current " + relName
                    + " of this " + spec.type() + ", each once, in the new order.");
        }
        rules.forType(spec.type()).beforeUpdate(owner, new WriteRequest(Operation.UPDATE, Map.of(), Map.of(relName, ids)));
        state.put(owner.withRelationships(Map.of(relName, ids)));
        return new Response(204, null);
    }

    /**
     * {@code PATCH /v1/{type}/{id}/relationships/{rel}} of a to-one ({@code BuildAppEncryptionDeclarationLinkageRequest}):
     * the body is one resource identifier of the target type, which must exist; Apple's rules may refuse. 204.
     */
    private Response setToOne(ResourceSpec spec, String id, String relName, String body) {
        RelationshipSpec rel = spec.relationship(relName).orElseThrow(Errors::pathNotFound);
        StoredResource owner = existing(spec, id);
        String target = LinkageList.parseOne(body, rel.targetType(), json);
        if (state.get(rel.targetType(), target).isEmpty()) {
            throw Errors.invalidRelationship("/data", "There is no resource of type '" + rel.targetType()
                    + "' with id '" + target + "'.");
        }
        rules.forType(spec.type()).beforeLink(owner, relName, List.of(target), true);
        state.put(owner.withRelationships(Map.of(relName, List.of(target))));
        rules.forType(spec.type()).afterLink(existing(spec, id), relName, List.of(target), true);
        return new Response(204, null);
    }

    private Response page(List<StoredResource> all, ReadRequest read, QueryParameters q, String self, String rawPath,
                          String template) {
        String cursor = Cursor.encode(read.offset() + read.limit());
        return new Response(200, documents.page(all, read, self, nextLink(rawPath, q, cursor),
                ListShape.of(template, q)));
    }

    /** Apple puts the cursor first and repeats the rest of the query (asc-recorded INDEX, fact 7). */
    private String nextLink(String rawPath, QueryParameters q, String cursor) {
        String rest = q.encodeWithout("cursor");
        return baseUri + rawPath + "?cursor=" + cursor + (rest.isEmpty() ? "" : "&" + rest);
    }

    private List<StoredResource> filterAndSort(List<StoredResource> all, ReadRequest read) {
        List<StoredResource> out = new ArrayList<>();
        for (StoredResource r : all) {
            boolean keep = read.filters().entrySet().stream().allMatch(f -> matches(r, f.getKey(), f.getValue()))
                    && read.exists().entrySet().stream().allMatch(e -> exists(r, e.getKey()) == e.getValue());
            if (keep) {
                out.add(r);
            }
        }
        if (read.sort() != null) {
            Comparator<StoredResource> order = null;
            for (String key : read.sort().split(",")) { // sort=a,-b: by a, then by b descending
                boolean descending = key.startsWith("-");
                String field = descending ? key.substring(1) : key;
                Map<StoredResource, Object> keys = new java.util.IdentityHashMap<>(); // each value read once
                out.forEach(r -> keys.put(r, sortKey(r.attribute(field))));
                Comparator<StoredResource> c = (a, b) -> compareValues(keys.get(a), keys.get(b));
                c = descending ? c.reversed() : c;
                order = order == null ? c : order.thenComparing(c);
            }
            out.sort(order);
        }
        return out;
    }

    /**
     * Sort order of two attribute values: numbers by value (a rating of 10 after 9), date-times by instant (the
     * sandbox writes Cupertino's offset, -08:00 or -07:00, so text order is off by an hour across daylight saving),
     * the rest as text; unset values first.
     */
    private static int compareValues(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof java.time.Instant x && b instanceof java.time.Instant y) {
            return x.compareTo(y);
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }

    /** A value as it sorts: a number or null as it is, a date-time as its instant, anything else as text. */
    private static Object sortKey(Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        String text = String.valueOf(value);
        if (text.length() >= 20 && text.charAt(4) == '-' && text.charAt(10) == 'T') {
            try {
                return java.time.OffsetDateTime.parse(text).toInstant();
            } catch (java.time.format.DateTimeParseException notADate) {
                return text;
            }
        }
        return text;
    }

    private boolean matches(StoredResource r, String filter, List<String> values) {
        if (filter.equals("id")) {
            return values.contains(r.id());
        }
        ResourceSpec spec = catalog.get(r.type());
        int dot = filter.indexOf('.');
        if (dot > 0) {
            // filter[preReleaseVersion.platform]: an attribute of a related resource.
            // A relationship the sandbox does not keep (filter[reviewSubmissions.state] on apps) relates nothing.
            String rest = filter.substring(dot + 1);
            return spec.relationship(filter.substring(0, dot))
                    .map(rel -> resolver.resolve(r, rel).stream().anyMatch(t -> matches(t, rest, values)))
                    .orElse(false);
        }
        if (spec.relationship(filter).isPresent()) {
            // filter[app]: the ids the relationship points at.
            return resolver.resolve(r, spec.relationship(filter).get()).stream().anyMatch(t -> values.contains(t.id()));
        }
        if (!r.related(filter).isEmpty() || r.relationships().containsKey(filter)) {
            return r.related(filter).stream().anyMatch(values::contains);
        }
        Object v = r.attribute(filter);
        if (v instanceof List<?> list) {
            return list.stream().anyMatch(x -> values.contains(String.valueOf(x)));
        }
        return v != null && values.contains(String.valueOf(v));
    }

    /** exists[rel]: as Apple's rules compute it, else a relationship the sandbox does not keep relates nothing. */
    private boolean exists(StoredResource r, String relationship) {
        return rules.forType(r.type()).exists(r, relationship).orElseGet(() -> catalog.get(r.type())
                .relationship(relationship).map(rel -> !resolver.resolve(r, rel).isEmpty()).orElse(false));
    }

    private Response create(ResourceSpec spec, String body) {
        require(spec, Operation.CREATE);
        WriteRequest w = WriteRequest.parse(body, spec, Operation.CREATE, null, state, json, catalog);
        ResourceRules r = rules.forType(spec.type());
        r.beforeCreate(w);
        Map<String, List<String>> relationships = createIncluded(w);
        Map<String, Object> attributes = new LinkedHashMap<>();
        spec.attributes().keySet().forEach(a -> attributes.put(a, null));
        attributes.putAll(r.serverAttributes(w));
        attributes.putAll(w.attributes());
        String id = rules.id(spec.type(), w).orElseGet(() -> state.newId(spec.type()));
        StoredResource created = new StoredResource(spec.type(), id, attributes, relationships);
        state.put(created);
        r.afterCreate(created);
        StoredResource answered = state.get(spec.type(), created.id()).orElse(created); // as afterCreate left it
        return new Response(201, documents.single(answered, emptyRead(spec), documents.resourceLink(answered)));
    }

    /**
     * Creates the resources a request carries inline in {@code included} (a schedule's or an offer's prices), each
     * under a new id, once its own rules passed: the request's relationships, with the client's placeholder ids
     * replaced by those. Only the ones a relationship names are created.
     */
    private Map<String, List<String>> createIncluded(WriteRequest w) {
        Map<String, List<String>> relationships = new LinkedHashMap<>();
        w.relationships().forEach((name, ids) -> relationships.put(name, ids.stream().map(id -> {
            WriteRequest.Inline inline = w.included().get(id);
            if (inline == null) {
                return id;
            }
            ResourceSpec spec = catalog.get(inline.type());
            Map<String, Object> attributes = new LinkedHashMap<>();
            spec.attributes().keySet().forEach(a -> attributes.put(a, null));
            attributes.putAll(inline.request().attributes());
            StoredResource created = new StoredResource(spec.type(), state.newId(spec.type()), attributes,
                    inline.request().relationships());
            state.put(created);
            return created.id();
        }).toList()));
        return relationships;
    }

    private Response update(ResourceSpec spec, String id, String body) {
        require(spec, Operation.UPDATE);
        StoredResource existing = existing(spec, id);
        WriteRequest w = WriteRequest.parse(body, spec, Operation.UPDATE, id, state, json, catalog);
        ResourceRules r = rules.forType(spec.type());
        r.beforeUpdate(existing, w);
        Map<String, List<String>> relationships = createIncluded(w);
        Map<String, Object> attributes = new LinkedHashMap<>(w.attributes());
        attributes.putAll(r.serverAttributesOnUpdate(existing, w));
        StoredResource updated = existing.withAttributes(attributes).withRelationships(relationships);
        state.put(updated);
        rules.forType(spec.type()).afterUpdate(updated);
        StoredResource answered = state.get(spec.type(), id).orElse(updated); // as afterUpdate left it
        return new Response(200, documents.single(answered, emptyRead(spec), documents.resourceLink(answered)));
    }

    private Response delete(ResourceSpec spec, String id) {
        require(spec, Operation.DELETE);
        StoredResource existing = existing(spec, id);
        ResourceRules r = rules.forType(spec.type());
        try {
            r.beforeDelete(existing);
        } catch (ApiException refused) {
            if (refused.status() == 409) {
                throw Errors.deleteRefused(refused.errors().get(0).detail()); // see Errors.deleteRefused
            }
            throw refused;
        }
        state.remove(spec.type(), id);
        r.afterDelete(existing);
        return new Response(204, null);
    }

    private ReadRequest emptyRead(ResourceSpec spec) {
        return ReadRequest.none(spec);
    }

    private StoredResource existing(ResourceSpec spec, String id) {
        return state.get(spec.type(), id).orElseThrow(() -> Errors.resourceNotFound(spec.type(), id));
    }

    private static void require(ResourceSpec spec, Operation op) {
        if (!spec.allows(op)) {
            throw notAllowed(spec, op);
        }
    }

    private static ApiException notAllowed(ResourceSpec spec, Operation op) {
        Set<String> allowed = new TreeSet<>();
        spec.operations().forEach(o -> allowed.add(o.name()));
        return Errors.operationNotAllowed(spec.type(), op.name(), String.join(", ", allowed));
    }
}
