package dev.ascctl.sandbox.jsonapi;

import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.QueryParameters;
import dev.ascctl.sandbox.model.RelationshipShape;
import dev.ascctl.sandbox.model.RelationshipSpec;
import dev.ascctl.sandbox.model.ResourceCatalog;
import dev.ascctl.sandbox.model.ResourceSpec;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The read options of a GET ({@code include}, {@code fields[...]}, {@code limit}, {@code limit[rel]},
 * {@code filter[...]}, {@code exists[...]}, {@code sort}, {@code cursor}), checked against what the
 * endpoint accepts. Anything unknown is a 400 PARAMETER_ERROR.INVALID naming the parameter, as Apple does.
 */
public record ReadRequest(ResourceSpec primary, List<String> include, Map<String, Set<String>> fields, int limit,
                          Map<String, Integer> relationshipLimits, Map<String, List<String>> filters,
                          Map<String, Boolean> exists, String sort, int offset) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    /**
     * [observed, not in the spec] Without {@code limit[rel]}, live ASC includes at most 10 items of a
     * to-many relationship and says so in the relationship's {@code meta.paging}
     * ({@code {"total": N, "limit": 10}} in asc-recorded fl_apps_GET_list_include_appStoreVersions_prices).
     * A client wanting all 39 locales of an app must send {@code limit[appInfoLocalizations]=50}.
     */
    public static final int DEFAULT_RELATIONSHIP_LIMIT = 10;
    public static final int MAX_RELATIONSHIP_LIMIT = 50;

    public ReadRequest {
        include = List.copyOf(include);
        fields = Map.copyOf(fields);
        relationshipLimits = Map.copyOf(relationshipLimits);
        filters = Map.copyOf(filters);
        exists = Map.copyOf(exists);
    }

    /**
     * @param list           whether the endpoint returns a list (allows limit, cursor, filters, sort)
     * @param allowedFilters the filter names of this endpoint (attribute names, {@code id}, or relationship names for exists[])
     * @param allowedSorts   the sort fields of this endpoint
     * @param allowInclude   whether the endpoint takes include (the *WithoutIncludes endpoints do not)
     */
    public static ReadRequest parse(QueryParameters q, ResourceSpec primary, ResourceCatalog catalog, boolean list,
                                    Set<String> allowedFilters, Set<String> allowedSorts, boolean allowInclude) {
        return parse(q, primary, catalog, list, allowedFilters, allowedSorts, allowInclude, MAX_LIMIT);
    }

    /** As above, for a list whose {@code limit} may go up to {@code maxLimit} (the spec's, per endpoint). */
    public static ReadRequest parse(QueryParameters q, ResourceSpec primary, ResourceCatalog catalog, boolean list,
                                    Set<String> allowedFilters, Set<String> allowedSorts, boolean allowInclude,
                                    int maxLimit) {
        Set<String> seen = new HashSet<>();
        List<String> include = allowInclude ? parseInclude(q, primary, seen) : List.of();
        Map<String, Set<String>> fields = parseFields(q, primary, catalog, seen);
        int limit = DEFAULT_LIMIT;
        Map<String, Integer> relLimits = new LinkedHashMap<>();
        Map<String, List<String>> filters = new LinkedHashMap<>();
        Map<String, Boolean> exists = new LinkedHashMap<>();
        String sort = null;
        int offset = 0;
        if (list) {
            if (q.has("limit")) {
                limit = parseLimit(q, "limit", maxLimit);
                seen.add("limit");
            }
            if (q.has("cursor")) {
                offset = Cursor.decode(q.get("cursor"));
                seen.add("cursor");
            }
            for (String f : q.bracketed("filter")) {
                String p = "filter[" + f + "]";
                // A relationship name is a filter only where the endpoint lists it (filter[apps] on /v1/betaTesters,
                // filter[app] on /v1/builds).
                if (!allowedFilters.contains(f)) {
                    throw Errors.invalidParameter(p, "'" + f + "' is not a valid filter type");
                }
                filters.put(f, q.list(p));
                seen.add(p);
            }
            for (String e : q.bracketed("exists")) {
                String p = "exists[" + e + "]";
                if (!allowedFilters.contains(e) || !primary.relationships().containsKey(e)) {
                    throw Errors.invalidParameter(p, "'" + e + "' is not a valid exists filter");
                }
                String v = q.get(p);
                if (!v.equals("true") && !v.equals("false")) {
                    throw Errors.invalidParameter(p, "'" + v + "' is not a valid value; expected true or false");
                }
                exists.put(e, Boolean.parseBoolean(v));
                seen.add(p);
            }
            if (q.has("sort")) {
                sort = q.get("sort");
                String field = sort.startsWith("-") ? sort.substring(1) : sort;
                if (!allowedSorts.contains(field)) {
                    throw Errors.invalidParameter("sort", "'" + field + "' is not a valid field name");
                }
                seen.add("sort");
            }
        }
        for (String rel : q.bracketed("limit")) {
            String p = "limit[" + rel + "]";
            Optional<RelationshipSpec> spec = primary.relationship(rel);
            if (!allowInclude || spec.isEmpty() || !spec.get().toMany()) {
                throw Errors.invalidParameter(p, "'" + rel + "' is not a valid relationship limit");
            }
            relLimits.put(rel, parseLimit(q, p, MAX_RELATIONSHIP_LIMIT));
            seen.add(p);
        }
        for (String name : q.names()) {
            if (!seen.contains(name)) {
                throw Errors.invalidParameter(name, "The parameter '" + name + "' can not be used with this request");
            }
        }
        return new ReadRequest(primary, include, fields, limit, relLimits, filters, exists, sort, offset);
    }

    /**
     * The paging of a relationship endpoint ({@code /v1/x/{id}/relationships/rel}): a to-many takes
     * {@code limit} and {@code cursor}, a to-one takes nothing, as the spec declares.
     */
    public static ReadRequest forLinkage(QueryParameters q, ResourceSpec target, boolean toMany) {
        int limit = DEFAULT_LIMIT;
        int offset = 0;
        for (String name : q.names()) {
            switch (toMany ? name : "") {
                case "limit" -> limit = parseLimit(q, name, MAX_LIMIT);
                case "cursor" -> offset = Cursor.decode(q.get(name));
                default -> throw Errors.invalidParameter(name,
                        "The parameter '" + name + "' can not be used with this request");
            }
        }
        return new ReadRequest(target, List.of(), Map.of(), limit, Map.of(), Map.of(), Map.of(), null, offset);
    }

    private static List<String> parseInclude(QueryParameters q, ResourceSpec primary, Set<String> seen) {
        if (!q.has("include")) {
            return List.of();
        }
        seen.add("include");
        List<String> include = q.list("include");
        for (String rel : include) {
            if (primary.relationship(rel).filter(r -> r.shape() != RelationshipShape.WRITE_ONLY).isEmpty()) {
                throw Errors.invalidParameter("include", "'" + rel + "' is not a valid relationship name");
            }
        }
        return include.stream().distinct().toList();
    }

    private static Map<String, Set<String>> parseFields(QueryParameters q, ResourceSpec primary, ResourceCatalog catalog,
                                                        Set<String> seen) {
        Set<String> reachable = new HashSet<>();
        reachable.add(primary.type());
        primary.relationships().values().forEach(r -> reachable.add(r.targetType()));
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        for (String type : q.bracketed("fields")) {
            String p = "fields[" + type + "]";
            if (!reachable.contains(type)) {
                throw Errors.invalidParameter(p, "'" + type + "' is not a valid resource type for this request");
            }
            ResourceSpec spec = catalog.get(type);
            List<String> names = q.list(p);
            for (String n : names) {
                if (!spec.attributes().containsKey(n) && !spec.relationships().containsKey(n)) {
                    throw Errors.invalidParameter(p, "'" + n + "' is not a valid field name");
                }
            }
            fields.put(type, Set.copyOf(names));
            seen.add(p);
        }
        return fields;
    }

    private static int parseLimit(QueryParameters q, String name, int max) {
        String v = q.get(name);
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw Errors.invalidParameter(name, "'" + v + "' is not a valid integer");
        }
        if (n < 1 || n > max) {
            throw Errors.invalidParameter(name, "'" + n + "' is not a valid value; the maximum is " + max);
        }
        return n;
    }

    public int relationshipLimit(String rel) {
        return relationshipLimits.getOrDefault(rel, DEFAULT_RELATIONSHIP_LIMIT);
    }

    /** Whether a field of {@code type} is shown under the sparse fieldsets (all are, when none given). */
    public boolean shows(String type, String field) {
        Set<String> chosen = fields.get(type);
        return chosen == null || chosen.contains(field);
    }
}
