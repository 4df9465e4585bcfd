package org.fantastictrain.platform.training.adapter.out.persistence;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** The JSON written to {@code jsonb} columns: snake_case, independent of the HTTP mapper's settings. */
final class StorageJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private StorageJson() {}

    static String write(Object value) {
        return value == null ? null : MAPPER.writeValueAsString(value);
    }

    static <T> T read(String json, Class<T> type) {
        return json == null ? null : MAPPER.readValue(json, type);
    }

    static <T> T read(String json, TypeReference<T> type) {
        return json == null ? null : MAPPER.readValue(json, type);
    }
}
