package io.touchpoint.insights;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.touchpoint.core.TouchpointException;

/**
 * JSON of the insights records (quantification, opportunities, objectives, trends) as docs/insights.md documents
 * it: record components as fields, dates and instants as ISO-8601 text, and a number that is not defined (NaN, such
 * as the mean of nothing) as {@code null}. The server and the CLI use the same mapper so both give the same shapes.
 */
public final class InsightsJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("undefined-numbers-as-null")
                    .addSerializer(Double.class, new UndefinedAsNull())
                    .addSerializer(double.class, new UndefinedAsNull()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** For storage: keeps NaN (as "NaN") so that a stored record reads back exactly. */
    private static final ObjectMapper STORAGE = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private InsightsJson() {
    }

    /** NaN and infinities are not JSON numbers; consumers handle {@code null} better than {@code "NaN"}. */
    private static final class UndefinedAsNull extends StdSerializer<Double> {
        UndefinedAsNull() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (value == null || value.isNaN() || value.isInfinite()) {
                generator.writeNull();
            } else {
                generator.writeNumber(value);
            }
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Pretty-printed JSON of {@code value}. */
    public static String write(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new TouchpointException(TouchpointException.Kind.INTERNAL, "cannot write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getMessage(), e);
        }
    }

    /** Compact JSON for storage, read back by {@link #read}. */
    public static String compact(Object value) {
        try {
            return STORAGE.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new TouchpointException(TouchpointException.Kind.INTERNAL, "cannot write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getMessage(), e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return STORAGE.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new TouchpointException(TouchpointException.Kind.INTERNAL, "cannot read " + type.getSimpleName() + " from JSON: " + e.getMessage(), e);
        }
    }
}
