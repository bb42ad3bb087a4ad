package dev.ascctl.asc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An immutable GET request: a path plus query parameters, in the order they were added.
 * <pre>
 * ApiQuery.of("/v1/apps").filter("bundleId", List.of("com.example.notes"))
 *         .include("appInfos").fields("apps", "name", "bundleId").limit(200)
 * </pre>
 * List values are comma-joined (the spec's {@code style: form, explode: false}). Each value is
 * percent-encoded; parameter names keep their brackets raw ({@code filter[bundleId]}), which Apple
 * accepts as well as the encoded form.
 */
public final class ApiQuery {
    private final String path;
    private final Map<String, String> params;

    private ApiQuery(String path, Map<String, String> params) {
        this.path = path;
        this.params = Collections.unmodifiableMap(params);
    }

    /** A query for {@code path}, which starts with "/" and carries no query string. */
    public static ApiQuery of(String path) {
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/") || path.contains("?")) {
            throw new IllegalArgumentException("path must start with '/' and have no query: " + path);
        }
        return new ApiQuery(path, new LinkedHashMap<>());
    }

    public ApiQuery filter(String field, List<String> values) {
        return param("filter[" + field + "]", join(values));
    }

    public ApiQuery filter(String field, String... values) {
        return filter(field, Arrays.asList(values));
    }

    public ApiQuery include(String... relationships) {
        return param("include", join(Arrays.asList(relationships)));
    }

    /** Sparse fieldset: {@code fields[type]=a,b}. */
    public ApiQuery fields(String type, String... fieldNames) {
        return param("fields[" + type + "]", join(Arrays.asList(fieldNames)));
    }

    /** Page size of the primary data; Apple allows up to 200 (8000 on price points). */
    public ApiQuery limit(int limit) {
        requireLimit(limit, 8000);
        return param("limit", Integer.toString(limit));
    }

    /** Cap on included items of one relationship: {@code limit[rel]=n}, usually at most 50. */
    public ApiQuery limit(String relationship, int limit) {
        requireLimit(limit, 8000);
        return param("limit[" + relationship + "]", Integer.toString(limit));
    }

    public ApiQuery sort(String... keys) {
        return param("sort", join(Arrays.asList(keys)));
    }

    /** Any other parameter; replaces an earlier value of the same name. */
    public ApiQuery param(String name, String value) {
        if (name == null || name.isBlank() || value == null) {
            throw new IllegalArgumentException("query parameter name and value are required");
        }
        Map<String, String> copy = new LinkedHashMap<>(params);
        copy.put(name, value);
        return new ApiQuery(path, copy);
    }

    public String path() {
        return path;
    }

    /** Parameters in insertion order, values not encoded. */
    public Map<String, String> params() {
        return params;
    }

    /** {@code /v1/apps?filter[bundleId]=com.example.a,com.example.b&limit=200}. */
    public String toPathAndQuery() {
        if (params.isEmpty()) {
            return path;
        }
        return path + "?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + encodeList(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** Encodes each comma-separated item, keeping the separating commas raw. */
    private static String encodeList(String value) {
        return Arrays.stream(value.split(",", -1)).map(ApiQuery::encode).collect(Collectors.joining(","));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String join(List<String> values) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("at least one value is required");
        }
        for (String v : values) {
            if (v == null || v.isBlank() || v.contains(",")) {
                throw new IllegalArgumentException("list values must be non-blank and contain no comma: " + v);
            }
        }
        return String.join(",", values);
    }

    private static void requireLimit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw new IllegalArgumentException("limit must be between 1 and " + max + ": " + limit);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiQuery q && q.path.equals(path) && q.params.equals(params);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, params);
    }

    @Override
    public String toString() {
        return "GET " + toPathAndQuery();
    }
}
