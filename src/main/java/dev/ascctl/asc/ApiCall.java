package dev.ascctl.asc;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One write to App Store Connect, as data. Plans store these, so the JSON shape is stable:
 * <pre>
 * {"method":"PATCH","path":"/v1/appStoreReviewDetails/42",
 *  "body":{"data":{...,"attributes":{"demoAccountPassword":"${env:ASC_DEMO_PASSWORD}"}}},
 *  "secretPointers":["/data/attributes/demoAccountPassword"]}
 * </pre>
 * A plan never holds a secret: each {@code secretPointers} entry points at a string in the body that
 * is a secret <em>reference</em> ({@code ${env:NAME}} or {@code ${file:path}}); the client replaces
 * it with the real value only while sending ({@link #resolvedBody}).
 *
 * @param method         POST, PATCH or DELETE
 * @param path           API path starting with "/", e.g. {@code /v1/appInfoLocalizations/abc}
 * @param body           the JSON body, or null (a DELETE of a resource has none)
 * @param secretPointers JSON pointers into body whose values are secret references; sorted
 * @param upload         for the reservation of an asset (a POST), the file apply uploads after it; otherwise null
 */
@JsonPropertyOrder({"method", "path", "body", "secretPointers", "upload"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiCall(String method, String path, JsonNode body, Set<String> secretPointers, AssetUpload upload) {
    private static final Set<String> METHODS = Set.of("POST", "PATCH", "DELETE");
    private static final Pattern SECRET_REFERENCE = Pattern.compile("\\$\\{(env|file):[^}]+}");

    public ApiCall {
        if (method == null || !METHODS.contains(method)) {
            throw new IllegalArgumentException("method must be POST, PATCH or DELETE: " + method);
        }
        if (path == null || !path.startsWith("/") || path.contains("?")) {
            throw new IllegalArgumentException("path must start with '/' and carry no query: " + path);
        }
        if (!"DELETE".equals(method) && (body == null || !body.isObject())) {
            throw new IllegalArgumentException(method + " " + path + " needs a JSON object body");
        }
        body = body == null ? null : body.deepCopy();
        SortedSet<String> pointers = new TreeSet<>(Objects.requireNonNullElse(secretPointers, Set.of()));
        for (String pointer : pointers) {
            JsonNode target = body == null ? null : body.at(JsonPointer.compile(pointer));
            if (target == null || !target.isString() || !SECRET_REFERENCE.matcher(target.asString()).matches()) {
                // Refusing here keeps a literal secret out of any plan file.
                throw new IllegalArgumentException("secret pointer " + pointer + " of " + method + " " + path
                        + " must point at a ${env:NAME} or ${file:path} reference");
            }
        }
        secretPointers = Collections.unmodifiableSortedSet(pointers);
        if (upload != null && !"POST".equals(method)) {
            throw new IllegalArgumentException("only a reservation (POST) carries an upload: " + method + " " + path);
        }
    }

    /** A call without an upload. */
    public ApiCall(String method, String path, JsonNode body, Set<String> secretPointers) {
        this(method, path, body, secretPointers, null);
    }

    /** A reservation: POST {@code path} with {@code body}, then the upload of {@code upload}'s file. */
    public static ApiCall reserve(String path, JsonNode body, AssetUpload upload) {
        return new ApiCall("POST", path, body, Set.of(), java.util.Objects.requireNonNull(upload, "upload"));
    }

    /**
     * How many App Store Connect requests this call costs at least: one, or for a reservation also the commit and
     * one poll (the PUTs go to the upload host, not to the API).
     */
    @JsonIgnore
    public int requestCount() {
        return upload == null ? 1 : 3;
    }

    /** The body (a copy: the call stays immutable), or null. */
    @Override
    public JsonNode body() {
        return body == null ? null : body.deepCopy();
    }

    public static ApiCall post(String path, JsonNode body) {
        return new ApiCall("POST", path, body, Set.of());
    }

    public static ApiCall patch(String path, JsonNode body) {
        return new ApiCall("PATCH", path, body, Set.of());
    }

    public static ApiCall delete(String path) {
        return new ApiCall("DELETE", path, null, Set.of());
    }

    /** A DELETE with a linkages body, as relationship removals take. */
    public static ApiCall delete(String path, JsonNode body) {
        return new ApiCall("DELETE", path, body, Set.of());
    }

    /** The same call, with the given pointers marked as secret references. */
    public ApiCall withSecretPointers(Set<String> pointers) {
        return new ApiCall(method, path, body, pointers, upload);
    }

    /** True for a create: never retried blindly. Not part of the JSON shape. */
    @JsonIgnore
    public boolean isCreate() {
        return "POST".equals(method);
    }

    /**
     * The body to send, with each secret reference replaced by {@code resolver.apply(reference)}.
     * This call itself is left unchanged.
     */
    public JsonNode resolvedBody(Function<String, String> resolver) {
        if (body == null || secretPointers.isEmpty()) {
            return body;
        }
        Objects.requireNonNull(resolver, "a secret resolver is needed for " + method + " " + path);
        JsonNode copy = body.deepCopy();
        for (String pointer : secretPointers) {
            JsonPointer p = JsonPointer.compile(pointer);
            String reference = copy.at(p).asString();
            String secret = resolver.apply(reference);
            if (secret == null) {
                throw new AscException("The secret " + reference + " for " + method + " " + path + " has no value");
            }
            ((ObjectNode) copy.at(p.head())).put(p.last().getMatchingProperty(), secret);
        }
        return copy;
    }
}
