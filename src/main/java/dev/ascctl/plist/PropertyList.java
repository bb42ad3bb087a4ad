package dev.ascctl.plist;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads Apple property lists, both forms an app's {@code Info.plist} comes in: XML ({@code <plist><dict>...}, what
 * Xcode writes in a project) and binary ({@code bplist00}, what Xcode writes into a built {@code .app}). Values come
 * back as Java values: {@code String}, {@code Long}, {@code Double}, {@code Boolean}, {@code byte[]} (data),
 * {@code java.time.Instant} (date), {@code List}, {@code Map<String, Object>} (insertion order kept). Shared by the
 * client (reading an archive before upload) and the sandbox (Apple's processing reading it after): it is Apple's file
 * format, like the vocabulary, not client logic.
 */
public final class PropertyList {
    private static final byte[] BINARY_MAGIC = "bplist00".getBytes(StandardCharsets.US_ASCII);
    /** 2001-01-01T00:00:00Z, the epoch of binary plist dates. */
    private static final long APPLE_EPOCH_SECONDS = 978_307_200L;

    private PropertyList() {
    }

    /** The top object of the plist in {@code bytes}, either form; throws {@link PropertyListException} if unreadable. */
    public static Object parse(byte[] bytes) {
        if (bytes.length >= BINARY_MAGIC.length && java.util.Arrays.equals(bytes, 0, BINARY_MAGIC.length, BINARY_MAGIC,
                0, BINARY_MAGIC.length)) {
            return new Binary(bytes).top();
        }
        return xml(bytes);
    }

    /** The top dictionary; throws when the plist's top object is not one (an Info.plist always is). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseDictionary(byte[] bytes) {
        Object top = parse(bytes);
        if (!(top instanceof Map<?, ?>)) {
            throw new PropertyListException("the property list's top object is not a dictionary");
        }
        return (Map<String, Object>) top;
    }

    // ---- XML ----

    private static Object xml(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // Apple's plist DOCTYPE names a DTD on apple.com: never fetched, no entities expanded.
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Element root = builder.parse(new ByteArrayInputStream(bytes)).getDocumentElement();
            if (!root.getTagName().equals("plist")) {
                throw new PropertyListException("not a property list (root element <" + root.getTagName() + ">)");
            }
            List<Element> children = elements(root);
            if (children.size() != 1) {
                throw new PropertyListException("a property list holds exactly one top object");
            }
            return value(children.get(0));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new PropertyListException("not a readable XML property list: " + e.getMessage());
        }
    }

    private static Object value(Element e) {
        String text = e.getTextContent().strip();
        return switch (e.getTagName()) {
            case "string" -> e.getTextContent();
            case "integer" -> parseLong(text);
            case "real" -> Double.parseDouble(text);
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "date" -> java.time.Instant.parse(text);
            case "data" -> Base64.getMimeDecoder().decode(text);
            case "array" -> {
                List<Object> out = new ArrayList<>();
                elements(e).forEach(c -> out.add(value(c)));
                yield out;
            }
            case "dict" -> {
                Map<String, Object> out = new LinkedHashMap<>();
                List<Element> c = elements(e);
                if (c.size() % 2 != 0) {
                    throw new PropertyListException("a <dict> with a key and no value");
                }
                for (int i = 0; i < c.size(); i += 2) {
                    if (!c.get(i).getTagName().equals("key")) {
                        throw new PropertyListException("<dict> expects <key>, found <" + c.get(i).getTagName() + ">");
                    }
                    out.put(c.get(i).getTextContent(), value(c.get(i + 1)));
                }
                yield out;
            }
            default -> throw new PropertyListException("unknown property list element <" + e.getTagName() + ">");
        };
    }

    private static long parseLong(String text) {
        try {
            return text.startsWith("0x") ? Long.parseLong(text.substring(2), 16) : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new PropertyListException("not an integer: " + text);
        }
    }

    private static List<Element> elements(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                out.add(child);
            }
        }
        return out;
    }

    // ---- binary ("bplist00": a trailer with the offset table's place, objects referring to each other by index) ----

    private static final class Binary {
        private final byte[] b;
        private final int offsetSize;
        private final int refSize;
        private final int count;
        private final int top;
        private final int tableAt;
        private int depth;

        Binary(byte[] bytes) {
            this.b = bytes;
            if (b.length < BINARY_MAGIC.length + 32) {
                throw new PropertyListException("a binary property list too short for its trailer");
            }
            int t = b.length - 32;
            offsetSize = b[t + 6] & 0xff;
            refSize = b[t + 7] & 0xff;
            count = checkedInt(uint(t + 8, 8));
            top = checkedInt(uint(t + 16, 8));
            tableAt = checkedInt(uint(t + 24, 8));
            if (offsetSize < 1 || offsetSize > 8 || refSize < 1 || refSize > 8 || top >= count
                    || (long) tableAt + (long) count * offsetSize > t) {
                throw new PropertyListException("a binary property list with a broken trailer");
            }
        }

        Object top() {
            return object(top);
        }

        private Object object(int index) {
            if (index < 0 || index >= count) {
                throw new PropertyListException("a binary property list refers to object " + index + " of " + count);
            }
            if (++depth > 512) { // a reference cycle, which Apple's writer never produces
                throw new PropertyListException("a binary property list nested too deeply");
            }
            try {
                int at = checkedInt(uint(tableAt + index * offsetSize, offsetSize));
                return objectAt(at);
            } finally {
                depth--;
            }
        }

        private Object objectAt(int at) {
            int marker = byteAt(at) & 0xff;
            int kind = marker >> 4;
            int info = marker & 0x0f;
            switch (kind) {
                case 0x0:
                    return switch (info) {
                        case 0x0 -> null;
                        case 0x8 -> Boolean.FALSE;
                        case 0x9 -> Boolean.TRUE;
                        default -> throw new PropertyListException("unknown binary plist marker " + marker);
                    };
                case 0x1: {
                    int n = 1 << info;
                    if (n > 8) {
                        throw new PropertyListException("an integer of " + n + " bytes");
                    }
                    return uint(at + 1, n); // an 8-byte integer is signed: the long's two's complement is right
                }
                case 0x2: {
                    int n = 1 << info;
                    return n == 4 ? (double) Float.intBitsToFloat((int) uint(at + 1, 4))
                            : Double.longBitsToDouble(uint(at + 1, 8));
                }
                case 0x3:
                    return java.time.Instant.ofEpochMilli(Math.round(
                            (Double.longBitsToDouble(uint(at + 1, 8)) + APPLE_EPOCH_SECONDS) * 1000));
                case 0x4: {
                    int[] len = length(at, info);
                    return java.util.Arrays.copyOfRange(b, len[1], checkedEnd(len[1], len[0]));
                }
                case 0x5: {
                    int[] len = length(at, info);
                    return new String(b, len[1], checkedEnd(len[1], len[0]) - len[1], StandardCharsets.US_ASCII);
                }
                case 0x6: {
                    int[] len = length(at, info);
                    return new String(b, len[1], checkedEnd(len[1], len[0] * 2) - len[1], StandardCharsets.UTF_16BE);
                }
                case 0x8:
                    return uint(at + 1, info + 1);
                case 0xA:
                case 0xC: {
                    int[] len = length(at, info);
                    List<Object> out = new ArrayList<>();
                    for (int i = 0; i < len[0]; i++) {
                        out.add(object(checkedInt(uint(len[1] + i * refSize, refSize))));
                    }
                    return out;
                }
                case 0xD: {
                    int[] len = length(at, info);
                    Map<String, Object> out = new LinkedHashMap<>();
                    for (int i = 0; i < len[0]; i++) {
                        Object key = object(checkedInt(uint(len[1] + i * refSize, refSize)));
                        Object value = object(checkedInt(uint(len[1] + (len[0] + i) * refSize, refSize)));
                        out.put(String.valueOf(key), value);
                    }
                    return out;
                }
                default:
                    throw new PropertyListException("unknown binary plist marker " + marker);
            }
        }

        /** {count, where the contents start}: a count of 15 means an integer object with the real count follows. */
        private int[] length(int at, int info) {
            if (info != 0x0f) {
                return new int[] {info, at + 1};
            }
            int marker = byteAt(at + 1) & 0xff;
            if (marker >> 4 != 0x1) {
                throw new PropertyListException("a binary plist length that is not an integer");
            }
            int n = 1 << (marker & 0x0f);
            return new int[] {checkedInt(uint(at + 2, n)), at + 2 + n};
        }

        private byte byteAt(int at) {
            if (at < 0 || at >= b.length) {
                throw new PropertyListException("a binary property list points outside itself");
            }
            return b[at];
        }

        private int checkedEnd(int from, long length) {
            if (length < 0 || from + length > b.length) {
                throw new PropertyListException("a binary property list value runs past its end");
            }
            return (int) (from + length);
        }

        private long uint(int at, int n) {
            if (at < 0 || at + n > b.length) {
                throw new PropertyListException("a binary property list points outside itself");
            }
            long v = 0;
            for (int i = 0; i < n; i++) {
                v = (v << 8) | (b[at + i] & 0xff);
            }
            return v;
        }

        private static int checkedInt(long v) {
            if (v < 0 || v > Integer.MAX_VALUE) {
                throw new PropertyListException("a binary property list offset out of range");
            }
            return (int) v;
        }
    }
}
