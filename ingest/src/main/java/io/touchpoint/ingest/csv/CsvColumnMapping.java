package io.touchpoint.ingest.csv;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.text.EditDistance;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which CSV column holds which interaction field, from the settings {@code csv.column.<field>=<header>}
 * (for example {@code csv.column.text=body}). Without any such setting each field is looked up
 * under its own name, loosely ({@code startedAt} matches a {@code started_at} column).
 *
 * <p>Fields: {@value #FIELD_LIST}.
 */
public final class CsvColumnMapping {

    public static final String PREFIX = "csv.column.";
    /** The default channel when no channel column is mapped: {@code csv.channel=chat}. */
    public static final String DEFAULT_CHANNEL = "csv.channel";

    static final String FIELD_LIST = "id, channel, direction, startedAt, endedAt, customerId, customerEmail, "
            + "customerPhone, customerHandle, agentId, queue, language, text, speaker, conversationId, resolved, "
            + "transferred, csat";

    public static final List<String> FIELDS = List.of(FIELD_LIST.split(", "));

    private final Map<String, String> columns;

    private CsvColumnMapping(Map<String, String> columns) {
        this.columns = Map.copyOf(columns);
    }

    /** Whether the options configure any column explicitly. */
    public static boolean isConfigured(IngestOptions options) {
        return options.settings().keySet().stream().anyMatch(key -> key.startsWith(PREFIX));
    }

    /**
     * The mapping for a file with {@code header}.
     *
     * @throws TouchpointException (user error) for an unknown field in a {@code csv.column.*} key or a
     *     mapped column the header lacks, naming the known fields or columns
     */
    public static CsvColumnMapping resolve(IngestOptions options, CsvHeader header, String source) {
        requireNonNull(options, "options is null");
        requireNonNull(header, "header is null");
        Map<String, String> columns = new LinkedHashMap<>();
        if (isConfigured(options)) {
            for (Map.Entry<String, String> setting : options.settings().entrySet()) {
                if (!setting.getKey().startsWith(PREFIX)) {
                    continue;
                }
                String field = setting.getKey().substring(PREFIX.length());
                if (!FIELDS.contains(field)) {
                    throw TouchpointException.userError("unknown setting '" + setting.getKey() + "'"
                            + closest(field).map(known -> "; did you mean '" + PREFIX + known + "'?").orElse("")
                            + " (fields: " + FIELD_LIST + ")");
                }
                String column = header.find(setting.getValue()).orElseThrow(() -> TouchpointException.userError(
                        setting.getKey() + " maps to column '" + setting.getValue() + "', which " + source
                                + " does not have (columns: " + header + ")"));
                columns.put(field, column);
            }
        } else {
            for (String field : FIELDS) {
                header.find(field).ifPresent(column -> columns.put(field, column));
            }
        }
        return new CsvColumnMapping(columns);
    }

    /** The header name mapped to {@code field}, if any. */
    public Optional<String> column(String field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** The mapped header name, or null: CsvRow getters return null for a null column. */
    public String columnOrNull(String field) {
        return columns.get(field);
    }

    public boolean maps(String field) {
        return columns.containsKey(field);
    }

    /** The header names used by the mapping; the others become attributes. */
    public Collection<String> mappedColumns() {
        return Set.copyOf(columns.values());
    }

    private static Optional<String> closest(String field) {
        return FIELDS.stream()
                .min(Comparator.comparingInt(known -> EditDistance.levenshtein(known.toLowerCase(), field.toLowerCase())))
                .filter(known -> EditDistance.levenshtein(known.toLowerCase(), field.toLowerCase()) <= 3);
    }

    @Override
    public String toString() {
        return columns.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
