package dev.storybot.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.document.Metadata;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * LangChain4j {@link Metadata} as JSON that keeps each value's type:
 * {@code {"year": {"type": "Integer", "value": "2020"}}}. Values are written as strings so that
 * longs and floats come back bit-for-bit. Thread-safe.
 */
final class MetadataJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, TypedValue>> SHAPE = new TypeReference<>() {
    };

    /** One metadata value and the Java type it had. */
    record TypedValue(String type, String value) {
    }

    private MetadataJson() {
    }

    static String write(Metadata metadata) {
        Map<String, TypedValue> typed = new LinkedHashMap<>();
        metadata.toMap().forEach((key, value) -> typed.put(key, new TypedValue(typeOf(value), value.toString())));
        try {
            return JSON.writeValueAsString(typed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write metadata as JSON: " + e.getMessage(), e);
        }
    }

    static Metadata read(String json) {
        Map<String, TypedValue> typed;
        try {
            typed = JSON.readValue(json, SHAPE);
        } catch (JsonProcessingException e) {
            throw new DatabaseException("Stored embedding metadata is not valid JSON (" + e.getOriginalMessage()
                    + "); run a refresh to rebuild the index.", e);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        typed.forEach((key, v) -> values.put(key, valueOf(v)));
        return Metadata.from(values);
    }

    private static String typeOf(Object value) {
        if (value instanceof String || value instanceof UUID || value instanceof Integer
                || value instanceof Long || value instanceof Float || value instanceof Double) {
            return value.getClass().getSimpleName();
        }
        throw new IllegalArgumentException("unsupported metadata value type: " + value.getClass().getName());
    }

    private static Object valueOf(TypedValue v) {
        return switch (v.type()) {
            case "String" -> v.value();
            case "UUID" -> UUID.fromString(v.value());
            case "Integer" -> Integer.valueOf(v.value());
            case "Long" -> Long.valueOf(v.value());
            case "Float" -> Float.valueOf(v.value());
            case "Double" -> Double.valueOf(v.value());
            default -> throw new DatabaseException("Stored embedding metadata has an unknown type '" + v.type()
                    + "'; run a refresh to rebuild the index.");
        };
    }
}
