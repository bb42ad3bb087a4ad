package dev.ascctl.conformance;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A raw query string split into decoded parameters, in order. Brackets may arrive raw
 * ({@code filter[bundleId]}) or percent-encoded ({@code filter%5BbundleId%5D}); both decode to
 * the same name, as Apple accepts both.
 *
 * @param parameters the parameters in the order sent
 */
record RawQuery(List<Parameter> parameters) {

    /** One {@code name=value} pair, both decoded. A pair without '=' has the value "". */
    record Parameter(String name, String value) {
        Parameter {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    RawQuery {
        parameters = List.copyOf(parameters);
    }

    /**
     * Parses a raw query (without '?'); {@code null} or blank gives no parameters.
     *
     * @throws IllegalArgumentException when a percent escape is malformed
     */
    static RawQuery parse(String rawQuery) {
        List<Parameter> parameters = new ArrayList<>();
        if (rawQuery != null && !rawQuery.isBlank()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                parameters.add(new Parameter(decode(name), decode(value)));
            }
        }
        return new RawQuery(parameters);
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }
}
