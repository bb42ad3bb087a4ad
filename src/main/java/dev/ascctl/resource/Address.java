package dev.ascctl.resource;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The stable, readable name of one managed object, used in plan output, {@code --target} and saved plans: a list
 * of segments, each a name with an optional key.
 *
 * <pre>
 * app[com.example.notes]
 * app[com.example.notes].ageRating
 * app[com.example.notes].locale[de-DE].info
 * app[com.example.notes].version[2.4.0].locale[de-DE]
 * subscriptionGroup[Pro \[yearly\]]          # '[', ']' and '\' in a key are escaped by a backslash
 * </pre>
 *
 * Kinds build addresses from their typed keys and never read a key back out of one; {@link #parse} exists for
 * what users and saved plans write. A saved plan holds the text form under {@code value}, as before segments.
 */
public record Address(@JsonIgnore List<Segment> segments) implements Comparable<Address> {
    private static final String EXAMPLE = " (expected e.g. app[com.example.notes].locale[de-DE].info)";

    /**
     * One part of an address.
     *
     * @param name letters only, e.g. {@code locale}
     * @param key  the natural key inside the brackets, any non-empty text, or {@code null} for none
     */
    public record Segment(String name, String key) {
        public Segment {
            Objects.requireNonNull(name, "name");
            if (name.isEmpty() || !name.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                throw new IllegalArgumentException("not an address segment name: '" + name + "'");
            }
            if (key != null && key.isEmpty()) {
                throw new IllegalArgumentException("the key of address segment " + name + " is empty");
            }
        }

        @Override
        public String toString() {
            return key == null ? name : name + "[" + escape(key) + "]";
        }
    }

    public Address {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("an address has at least one segment");
        }
    }

    /** Reads a saved plan's {@code {"value": "..."}}. */
    @JsonCreator
    static Address fromJson(@JsonProperty("value") String value) {
        return parse(value);
    }

    /**
     * Parses the text form (a {@code --target}, a saved plan, an id placeholder); the exact inverse of
     * {@link #value()}. Throws IllegalArgumentException with a readable message.
     */
    public static Address parse(String text) {
        String s = Objects.requireNonNull(text, "text").trim();
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (true) {
            int start = i;
            while (i < s.length() && Character.isLetter(s.charAt(i)) && s.charAt(i) < 128) {
                i++;
            }
            if (i == start) {
                throw notAnAddress(text);
            }
            String name = s.substring(start, i);
            String key = null;
            if (i < s.length() && s.charAt(i) == '[') {
                StringBuilder k = new StringBuilder();
                i++;
                while (i < s.length() && s.charAt(i) != ']') {
                    char c = s.charAt(i);
                    if (c == '[') {
                        throw notAnAddress(text);
                    }
                    if (c == '\\') {
                        if (i + 1 == s.length() || "[]\\".indexOf(s.charAt(i + 1)) < 0) {
                            throw notAnAddress(text);
                        }
                        c = s.charAt(++i);
                    }
                    k.append(c);
                    i++;
                }
                if (i == s.length() || k.isEmpty()) {
                    throw notAnAddress(text);
                }
                i++;
                key = k.toString();
            }
            out.add(new Segment(name, key));
            if (i == s.length()) {
                return new Address(out);
            }
            if (s.charAt(i) != '.') {
                throw notAnAddress(text);
            }
            i++;
        }
    }

    private static IllegalArgumentException notAnAddress(String text) {
        return new IllegalArgumentException("not a resource address: '" + text + "'" + EXAMPLE);
    }

    static String escape(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (char c : key.toCharArray()) {
            if (c == '[' || c == ']' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    public static Address app(String bundleId) {
        return new Address(List.of(new Segment("app", bundleId)));
    }

    /** A child without a key, e.g. {@code .ageRating}. */
    public Address child(String name) {
        return child(new Segment(name, null));
    }

    /** A child with a key, e.g. {@code .locale[de-DE]}. */
    public Address child(String name, String key) {
        return child(new Segment(name, Objects.requireNonNull(key, "key")));
    }

    private Address child(Segment segment) {
        List<Segment> out = new ArrayList<>(segments);
        out.add(segment);
        return new Address(out);
    }

    /** The innermost segment, e.g. {@code locale[de-DE]} of {@code app[x].version[1.0].locale[de-DE]}. */
    public Segment last() {
        return segments.get(segments.size() - 1);
    }

    /** The text form: segments joined by dots, keys escaped; what plans show and {@link #parse} reads. */
    @JsonProperty("value")
    public String value() {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments) {
            if (!out.isEmpty()) {
                out.append('.');
            }
            out.append(segment);
        }
        return out.toString();
    }

    /**
     * True when this address is {@code other} or lies inside it ({@code --target app[x]} selects all of app x),
     * segment by segment: {@code app[a.b]} is not inside {@code app[a]}.
     */
    public boolean isWithin(Address other) {
        return segments.size() >= other.segments.size()
                && segments.subList(0, other.segments.size()).equals(other.segments);
    }

    /** Ordered by the text form, so plans list objects as they always have. */
    @Override
    public int compareTo(Address o) {
        return value().compareTo(o.value());
    }

    @Override
    public String toString() {
        return value();
    }
}
