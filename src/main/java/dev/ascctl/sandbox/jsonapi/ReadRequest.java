package dev.ascctl.sandbox.jsonapi;

import dev.ascctl.sandbox.model.ResourceSpec;
import dev.ascctl.vocabulary.Vocabulary;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The read options of a GET ({@code include}, {@code fields[...]}, {@code limit}, {@code limit[rel]},
 * {@code filter[...]}, {@code exists[...]}, {@code sort}, {@code cursor}), checked against what the
 * endpoint accepts (Apple's spec, through the generated vocabulary). Errors name the parameter, as Apple does.
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
    private static final Vocabulary.Operation NOTHING = new Vocabulary.Operation("GET", "", List.of(), Map.of(),
            Map.of(), List.of(), List.of(), 0, Map.of(), List.of(), null, 200, null);

    public ReadRequest {
        include = List.copyOf(include);
        fields = Map.copyOf(fields);
        relationshipLimits = Map.copyOf(relationshipLimits);
        filters = Map.copyOf(filters);
        exists = Map.copyOf(exists);
    }

    /**
     * Reads the query of a GET against what Apple's spec declares for that operation ({@code declared}; {@code null}
     * when the spec has none, which accepts nothing). A parameter name the operation does not declare is a 400
     * {@code PARAMETER_ERROR.ILLEGAL}; a declared one with a value the spec does not list is a 400
     * {@code PARAMETER_ERROR.INVALID}. Every declared value is accepted, also where the sandbox keeps nothing behind
     * it (an included relationship it does not store reads as empty).
     */
    public static ReadRequest parse(QueryParameters q, ResourceSpec primary, Vocabulary.Operation declared) {
        Vocabulary.Operation op = declared != null ? declared : NOTHING;
        Set<String> seen = new HashSet<>();
        List<String> include = List.of();
        if (q.has("include")) {
            legal(op.includes().isEmpty(), "include");
            include = checked(q, "include", op.includes()::contains,
                    rel -> "'" + rel + "' is not a valid relationship name").stream().distinct().toList();
            seen.add("include");
        }
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        bracketed(q, "fields", op.fields(), (allowed, n) -> allowed.contains(n),
                (p, n) -> "'" + n + "' is not a valid field name", seen)
                .forEach((type, names) -> fields.put(type, Set.copyOf(names)));
        int limit = DEFAULT_LIMIT;
        int offset = 0;
        if (q.has("limit")) {
            legal(op.limit() <= 0, "limit");
            limit = parseLimit(q, "limit", op.limit());
            seen.add("limit");
        }
        if (q.has("cursor")) {
            legal(op.limit() <= 0, "cursor"); // cursors page what limit pages
            offset = Cursor.decode(q.get("cursor"));
            seen.add("cursor");
        }
        Map<String, List<String>> filters = bracketed(q, "filter", op.filters(),
                (allowed, v) -> allowed.isEmpty() || allowed.contains(v), (p, v) -> "'" + v + "' is not a valid value for " + p,
                seen);
        Map<String, Boolean> exists = new LinkedHashMap<>();
        for (String e : q.bracketed("exists")) {
            String p = "exists[" + e + "]";
            legal(!op.exists().contains(e), p);
            String v = q.get(p);
            if (!v.equals("true") && !v.equals("false")) {
                throw Errors.invalidParameter(p, "'" + v + "' is not a valid value; expected true or false");
            }
            exists.put(e, Boolean.parseBoolean(v));
            seen.add(p);
        }
        String sort = null;
        if (q.has("sort")) {
            legal(op.sorts().isEmpty(), "sort");
            for (String s : q.list("sort")) {
                if (!op.sorts().contains(s)) {
                    String field = s.startsWith("-") ? s.substring(1) : s;
                    throw Errors.invalidParameter("sort", "'" + field + "' is not a valid field name");
                }
            }
            sort = String.join(",", q.list("sort"));
            seen.add("sort");
        }
        Map<String, Integer> relLimits = new LinkedHashMap<>();
        for (String rel : q.bracketed("limit")) {
            String p = "limit[" + rel + "]";
            Integer max = op.relationshipLimits().get(rel);
            legal(max == null, p);
            relLimits.put(rel, parseLimit(q, p, max));
            seen.add(p);
        }
        for (String name : q.names()) {
            legal(!seen.contains(name), name);
        }
        return new ReadRequest(primary, include, fields, limit, relLimits, filters, exists, sort, offset);
    }

    /** A parameter the operation does not declare: Apple's 400 PARAMETER_ERROR.ILLEGAL. */
    private static void legal(boolean undeclared, String name) {
        if (undeclared) {
            throw Errors.illegalParameter(name);
        }
    }

    /** The read of a write's answer: no query, nothing included. */
    public static ReadRequest none(ResourceSpec primary) {
        return new ReadRequest(primary, List.of(), Map.of(), DEFAULT_LIMIT, Map.of(), Map.of(), Map.of(), null, 0);
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

    /**
     * The parameters {@code name[key]=v1,v2} ({@code fields}, {@code filter}) by key: each key must be one the
     * operation declares, each value one {@code accepts} lets through (else Apple's 400, with {@code why}).
     */
    private static Map<String, List<String>> bracketed(QueryParameters q, String name, Map<String, List<String>> declared,
                                                       BiPredicate<List<String>, String> accepts,
                                                       BinaryOperator<String> why, Set<String> seen) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String key : q.bracketed(name)) {
            String p = name + "[" + key + "]";
            List<String> allowed = declared.get(key);
            legal(allowed == null, p);
            out.put(key, checked(q, p, v -> accepts.test(allowed, v), v -> why.apply(p, v)));
            seen.add(p);
        }
        return out;
    }

    /** The values of {@code p}; the first that {@code allowed} refuses is Apple's 400, with {@code why} it is wrong. */
    private static List<String> checked(QueryParameters q, String p, Predicate<String> allowed,
                                        Function<String, String> why) {
        List<String> values = q.list(p);
        for (String v : values) {
            if (!allowed.test(v)) {
                throw Errors.invalidParameter(p, why.apply(v));
            }
        }
        return values;
    }
}
