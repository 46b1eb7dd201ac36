package io.touchpoint.core.ingest;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;

/**
 * Settings every connector may read.
 *
 * @param maxRecordBytes a record (line, message, row) larger than this is rejected as oversized
 * @param defaultPhoneRegion the ISO region used to read phone numbers written without a country code
 * @param settings connector-specific settings, such as a CSV column mapping ({@code csv.column.text=body})
 */
public record IngestOptions(int maxRecordBytes, String defaultPhoneRegion, Map<String, String> settings) {

    public static final int DEFAULT_MAX_RECORD_BYTES = 4 * 1024 * 1024;

    public IngestOptions {
        if (maxRecordBytes < 1024) {
            throw new IllegalArgumentException("maxRecordBytes must be at least 1024, got " + maxRecordBytes);
        }
        requireNonNull(defaultPhoneRegion, "defaultPhoneRegion is null");
        settings = Map.copyOf(requireNonNull(settings, "settings is null"));
    }

    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_RECORD_BYTES, "US", Map.of());
    }

    public Optional<String> setting(String key) {
        return Optional.ofNullable(settings.get(key));
    }

    public IngestOptions withSettings(Map<String, String> newSettings) {
        return new IngestOptions(maxRecordBytes, defaultPhoneRegion, newSettings);
    }
}
