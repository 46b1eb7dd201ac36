package io.touchpoint.insights.kpi;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Writes a {@link KpiResult} as JSON or CSV; columns are the dimension names, volume, then every {@link Kpi}. */
public final class KpiResultWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final CsvMapper CSV = new CsvMapper();

    private KpiResultWriter() {
    }

    /** The column names of every row, in order. */
    public static List<String> columns(KpiQuery query) {
        List<String> columns = new ArrayList<>();
        query.dimensions().forEach(dimension -> columns.add(dimension.wireName()));
        columns.add("volume");
        for (Kpi kpi : Kpi.values()) {
            columns.add(kpi.column());
        }
        return columns;
    }

    /**
     * One JSON document: the query ({@code dimensions}, {@code from}, {@code to}, filters, thresholds) and
     * {@code rows}, each an object keyed by column name; a measure without data is {@code null}.
     */
    public static String json(KpiResult result) {
        requireNonNull(result, "result is null");
        KpiQuery query = result.query();
        ObjectNode root = JSON.createObjectNode();
        ArrayNode dimensions = root.putArray("dimensions");
        query.dimensions().forEach(dimension -> dimensions.add(dimension.wireName()));
        root.put("from", query.fromInstant().map(Object::toString).orElse(null));
        root.put("to", query.toInstant().map(Object::toString).orElse(null));
        ObjectNode filters = root.putObject("filters");
        query.channels().forEach(filters.withArray("channel")::add);
        query.queues().forEach(filters.withArray("queue")::add);
        query.agents().forEach(filters.withArray("agent")::add);
        root.put("earlyTransferSeconds", query.earlyTransferSeconds());
        root.put("fcrDays", query.fcrDays());
        ArrayNode rows = root.putArray("rows");
        for (KpiRow row : result.rows()) {
            ObjectNode node = rows.addObject();
            for (int d = 0; d < query.dimensions().size(); d++) {
                node.put(query.dimensions().get(d).wireName(), row.dimensionValues().get(d));
            }
            node.put("volume", row.volume());
            for (Kpi kpi : Kpi.values()) {
                OptionalDouble value = row.value(kpi);
                if (value.isPresent()) {
                    node.put(kpi.column(), value.getAsDouble());
                } else {
                    node.putNull(kpi.column());
                }
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSV with a header row; an unknown dimension value and a measure without data are empty cells. */
    public static String csv(KpiResult result) {
        requireNonNull(result, "result is null");
        List<String> columns = columns(result.query());
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        List<List<Object>> lines = new ArrayList<>();
        for (KpiRow row : result.rows()) {
            List<Object> line = new ArrayList<>(columns.size());
            row.dimensionValues().forEach(value -> line.add(value == null ? "" : value));
            line.add(row.volume());
            for (Kpi kpi : Kpi.values()) {
                OptionalDouble value = row.value(kpi);
                line.add(value.isPresent() ? value.getAsDouble() : "");
            }
            lines.add(line);
        }
        try {
            return CSV.writer(schema.build()).writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
