package dev.ascctl.sandbox.jsonapi;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query string of a request, decoded. Clients send brackets raw ({@code filter[bundleId]}) or
 * percent-encoded ({@code filter%5BbundleId%5D}) and comma lists encoded or not; all read the same here.
 */
public final class QueryParameters {
    private final Map<String, String> values;

    private QueryParameters(Map<String, String> values) {
        this.values = values;
    }

    public static QueryParameters parse(String rawQuery) {
        Map<String, String> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                values.put(name, value);
            }
        }
        return new QueryParameters(values);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Errors.invalidParameter(s, "The query string could not be decoded.");
        }
    }

    public Set<String> names() {
        return values.keySet();
    }

    public String get(String name) {
        return values.get(name);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** A comma list, e.g. {@code include=a,b}; empty when absent. */
    public List<String> list(String name) {
        String v = values.get(name);
        if (v == null || v.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The names {@code family[x]} for a family such as {@code filter}, as the inner x. */
    public List<String> bracketed(String family) {
        List<String> inner = new ArrayList<>();
        for (String n : values.keySet()) {
            if (n.startsWith(family + "[") && n.endsWith("]")) {
                inner.add(n.substring(family.length() + 1, n.length() - 1));
            }
        }
        return inner;
    }

    /**
     * This query without the named parameter ({@code null} keeps all), re-encoded the way Apple echoes
     * it (brackets as %5B/%5D).
     */
    public String encodeWithout(String name) {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> {
            if (!k.equals(name)) {
                if (sb.length() > 0) {
                    sb.append('&');
                }
                sb.append(encode(k)).append('=').append(encode(v));
            }
        });
        return sb.toString();
    }

    private static String encode(String s) {
        // Keep commas readable as Apple does not care; encode everything else that needs it.
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("%2C", ",");
    }
}
