package dev.ascctl.plan;

import dev.ascctl.resource.LiveObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeMap;

/** SHA-256 of a live object's attributes, leaving out sensitive ones so no secret is hashed into a plan file. */
public final class Fingerprints {
    private Fingerprints() {
    }

    public static String of(LiveObject<?> object, Set<String> sensitive) {
        TreeMap<String, String> sorted = new TreeMap<>();
        object.attributes().forEach((k, v) -> {
            if (!sensitive.contains(k) && !k.equals("demoAccountPassword")) {
                sorted.put(k, v == null ? "null" : v.toString());
            }
        });
        return sha256(object.id() + "|" + sorted);
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
