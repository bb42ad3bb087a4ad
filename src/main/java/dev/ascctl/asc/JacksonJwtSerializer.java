package dev.ascctl.asc;

import io.jsonwebtoken.io.AbstractSerializer;
import java.io.OutputStream;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * jjwt's JSON hook implemented on Jackson 3, so we need no jjwt-jackson (which is built on Jackson 2).
 * jjwt hands over header and claims maps whose values are already JSON-ready (dates as seconds).
 */
final class JacksonJwtSerializer extends AbstractSerializer<Map<String, ?>> {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void doSerialize(Map<String, ?> map, OutputStream out) {
        JSON.writeValue(out, map);
    }
}
