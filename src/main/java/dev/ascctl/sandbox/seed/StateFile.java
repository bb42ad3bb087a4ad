package dev.ascctl.sandbox.seed;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * The sandbox's stored objects as JSON, so a demo can stop and resume:
 * {@code {"resources":[{"type":"apps","id":"1500000000","attributes":{...},"relationships":{"app":["..."]}}]}}.
 * Note that review demo passwords are stored as sent; the file is local test data, not a secret store.
 */
public final class StateFile {
    private StateFile() {
    }

    public static void save(Path file, SandboxState state, ObjectMapper json) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (StoredResource r : state.snapshot()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", r.type());
            m.put("id", r.id());
            m.put("attributes", r.attributes());
            m.put("relationships", r.relationships());
            out.add(m);
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("resources", out)));
    }

    @SuppressWarnings("unchecked")
    public static void load(Path file, SandboxState state, ObjectMapper json) throws IOException {
        try {
            Map<String, Object> root = json.readValue(Files.readString(file), Map.class);
            List<StoredResource> resources = new ArrayList<>();
            for (Map<String, Object> m : (List<Map<String, Object>>) root.get("resources")) {
                resources.add(new StoredResource((String) m.get("type"), (String) m.get("id"),
                        (Map<String, Object>) m.get("attributes"), (Map<String, List<String>>) m.get("relationships")));
            }
            state.replaceAll(resources);
        } catch (JacksonException | ClassCastException | NullPointerException e) {
            throw new IOException("sandbox state file " + file + " is not valid", e);
        }
    }
}
