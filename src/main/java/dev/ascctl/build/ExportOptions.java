package dev.ascctl.build;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code ExportOptions.plist} that {@code xcodebuild -exportArchive -exportOptionsPlist} reads, from app.yaml's
 * {@code xcode.exportOptions} with ascctl's defaults for an App Store build that ascctl uploads itself:
 * <pre>
 * method: app-store-connect   # Xcode 15.3's name for App Store Connect distribution (app-store before it)
 * signingStyle: automatic
 * uploadSymbols: true         # crash reports symbolicated by Apple
 * destination: export         # write the .ipa; ascctl uploads it through the API (upload would have Xcode do it)
 * </pre>
 * Keys and values are Apple's, as {@code xcodebuild -help} lists them; the schema of app.yaml checks them.
 *
 * @param values key → String, Boolean or Map (provisioningProfiles), in the order written
 */
public record ExportOptions(Map<String, Object> values) {
    static final Map<String, Object> DEFAULTS = Map.of("method", "app-store-connect", "signingStyle", "automatic",
            "uploadSymbols", Boolean.TRUE, "destination", "export");
    private static final List<String> ORDER = List.of("method", "teamID", "signingStyle", "uploadSymbols",
            "destination");

    public ExportOptions {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String key : ORDER) {
            Object v = values.containsKey(key) ? values.get(key) : DEFAULTS.get(key);
            if (v != null) {
                ordered.put(key, v);
            }
        }
        values.forEach(ordered::putIfAbsent);
        for (Map.Entry<String, Object> e : ordered.entrySet()) {
            if (!(e.getValue() instanceof String || e.getValue() instanceof Boolean || e.getValue() instanceof Map<?, ?>)) {
                throw new IllegalArgumentException("export option " + e.getKey() + " is not a string, boolean or map");
            }
        }
        values = java.util.Collections.unmodifiableMap(ordered);
    }

    /** Whether Xcode writes the .ipa (export) rather than uploading it itself (upload). */
    public boolean exports() {
        return "export".equals(values.get("destination"));
    }

    /** The plist as XML, as Xcode writes one. */
    public String toXml() {
        StringBuilder out = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                """);
        dict(out, values, "");
        return out.append("</plist>\n").toString();
    }

    private static void dict(StringBuilder out, Map<?, ?> map, String indent) {
        out.append(indent).append("<dict>\n");
        map.forEach((k, v) -> {
            out.append(indent).append("\t<key>").append(escape(String.valueOf(k))).append("</key>\n");
            if (v instanceof Boolean b) {
                out.append(indent).append('\t').append(b ? "<true/>" : "<false/>").append('\n');
            } else if (v instanceof Map<?, ?> m) {
                dict(out, m, indent + "\t");
            } else {
                out.append(indent).append("\t<string>").append(escape(String.valueOf(v))).append("</string>\n");
            }
        });
        out.append(indent).append("</dict>\n");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
