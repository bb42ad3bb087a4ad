package dev.ascctl.resource;

import dev.ascctl.asc.ApiCall;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The id of an object that the same apply creates, written into a planned call as {@code {{id:ADDRESS}}}
 * (e.g. a tester added to a beta group created a moment before). Apply replaces it once the object exists,
 * and runs the call only after the object's change.
 */
public final class IdReference {
    private static final Pattern TOKEN = Pattern.compile("\\{\\{id:([^}]+)}}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private IdReference() {
    }

    /** The placeholder for the id of the object at {@code address}. */
    public static String token(Address address) {
        return "{{id:" + address.value() + "}}";
    }

    /** The addresses whose ids a call needs. */
    public static Set<Address> referencedBy(ApiCall call) {
        Set<Address> out = new LinkedHashSet<>();
        collect(call.path(), out);
        if (call.body() != null) {
            collect(call.body().toString(), out);
        }
        return out;
    }

    /** The addresses whose ids a path needs (e.g. a read of what a new product has once it exists). */
    public static Set<Address> referencedBy(String path) {
        Set<Address> out = new LinkedHashSet<>();
        collect(path, out);
        return out;
    }

    /**
     * The call with every placeholder replaced by the created id.
     *
     * @throws IllegalStateException naming the object whose id is not known
     */
    public static ApiCall resolve(ApiCall call, Map<Address, String> ids) {
        Set<Address> needed = referencedBy(call);
        if (needed.isEmpty()) {
            return call;
        }
        String path = replace(call.path(), ids);
        JsonNode body = call.body() == null ? null : JSON.readTree(replace(call.body().toString(), ids));
        return new ApiCall(call.method(), path, body, call.secretPointers(), call.upload());
    }

    /** A path with every placeholder replaced by the created id. */
    public static String resolvePath(String path, Map<Address, String> ids) {
        return replace(path, ids);
    }

    private static void collect(String text, Set<Address> out) {
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(Address.parse(m.group(1)));
        }
    }

    private static String replace(String text, Map<Address, String> ids) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = ids.get(Address.parse(m.group(1)));
            if (id == null) {
                throw new IllegalStateException("needs the id of " + m.group(1) + ", which this apply did not create");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(id));
        }
        m.appendTail(out);
        return out.toString();
    }
}
