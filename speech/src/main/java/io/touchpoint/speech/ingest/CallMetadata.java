package io.touchpoint.speech.ingest;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.touchpoint.core.model.CustomerRef;
import io.touchpoint.core.model.Direction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a call center's recorder knows about a call besides its audio, from a sidecar: a JSON
 * object beside the recording ({@code call-17.wav} + {@code call-17.json}), or a row of a
 * {@code calls.csv} / {@code calls.json} (an array) in the same folder whose {@code file} column
 * names the recording. Fields: {@code id}, {@code agent} / {@code agentId}, {@code customer} /
 * {@code customerId}, {@code queue}, {@code startedAt}, {@code endedAt}, {@code direction},
 * {@code channels} ({@code 0=agent,1=customer}); any other field becomes an attribute.
 */
public record CallMetadata(Optional<String> id, Optional<String> agentId, CustomerRef customer, Optional<String> queue,
        Optional<Instant> startedAt, Optional<Instant> endedAt, Optional<Direction> direction, Optional<String> channels,
        Map<String, String> attributes) {

    public static final CallMetadata NONE = new CallMetadata(Optional.empty(), Optional.empty(), CustomerRef.UNKNOWN,
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of());

    public static final List<String> FOLDER_SIDECARS = List.of("calls.csv", "calls.json");

    private static final ObjectMapper JSON = new ObjectMapper();

    public CallMetadata {
        requireNonNull(customer, "customer is null");
        attributes = Map.copyOf(requireNonNull(attributes, "attributes is null"));
    }

    /** A field of a sidecar that cannot be read: named, with the value and what was expected. */
    public static final class BadField extends Exception {
        private static final long serialVersionUID = 1L;
        private final String field;

        BadField(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** The sidecar rows of a folder's {@code calls.csv} / {@code calls.json}, by recording file name. */
    public static Map<String, Map<String, String>> folderRows(Path folder) throws IOException {
        Map<String, Map<String, String>> rows = new HashMap<>();
        Path csv = folder.resolve("calls.csv");
        if (Files.isRegularFile(csv)) {
            CsvMapper mapper = new CsvMapper();
            try (MappingIterator<Map<String, String>> iterator = mapper.readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
                while (iterator.hasNext()) {
                    Map<String, String> row = iterator.next();
                    String file = row.getOrDefault("file", row.get("audio"));
                    if (file != null && !file.isBlank()) {
                        rows.put(Path.of(file.trim()).getFileName().toString(), row);
                    }
                }
            }
        }
        Path json = folder.resolve("calls.json");
        if (Files.isRegularFile(json)) {
            for (JsonNode node : JSON.readTree(json.toFile())) {
                Map<String, String> row = flat(node);
                String file = row.getOrDefault("file", row.get("audio"));
                if (file != null && !file.isBlank()) {
                    rows.put(Path.of(file.trim()).getFileName().toString(), row);
                }
            }
        }
        return rows;
    }

    /** The JSON sidecar beside {@code audio} ({@code NAME.json}), if there is one. */
    public static Optional<Path> sidecarOf(Path audio) {
        String name = audio.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path sidecar = audio.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".json");
        return Files.isRegularFile(sidecar) ? Optional.of(sidecar) : Optional.empty();
    }

    public static Map<String, String> readSidecar(Path sidecar) throws IOException {
        return flat(JSON.readTree(sidecar.toFile()));
    }

    /** A sidecar JSON object as the flat row {@link #of} reads. */
    public static Map<String, String> flatten(JsonNode node) {
        return flat(node);
    }

    private static Map<String, String> flat(JsonNode node) {
        Map<String, String> row = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (value.isObject() && field.getKey().equals("customer")) {
                value.fields().forEachRemaining(inner -> row.put("customer." + inner.getKey(), inner.getValue().asText()));
            } else if (value.isObject() && field.getKey().equals("attributes")) {
                value.fields().forEachRemaining(inner -> row.put(inner.getKey(), inner.getValue().asText()));
            } else if (!value.isNull()) {
                row.put(field.getKey(), value.asText());
            }
        });
        return row;
    }

    /** Reads a sidecar row; names the field at fault when a value cannot be read. */
    public static CallMetadata of(Map<String, String> row) throws BadField {
        Map<String, String> rest = new LinkedHashMap<>(row);
        Optional<String> id = take(rest, "id", "callId", "call_id");
        Optional<String> agent = take(rest, "agentId", "agent_id", "agent");
        Optional<String> customerId = take(rest, "customerId", "customer_id", "customer", "customer.id");
        Optional<String> email = take(rest, "customer.email", "customer_email");
        Optional<String> phone = take(rest, "customer.phone", "customer_phone", "ani");
        Optional<String> queue = take(rest, "queue");
        Optional<Instant> started = instant(rest, "startedAt", "started_at", "start");
        Optional<Instant> ended = instant(rest, "endedAt", "ended_at", "end");
        Optional<String> directionText = take(rest, "direction");
        Optional<Direction> direction;
        try {
            direction = directionText.map(Direction::parse);
        } catch (IllegalArgumentException e) {
            throw new BadField("direction", e.getMessage());
        }
        Optional<String> channels = take(rest, "channels");
        rest.remove("file");
        rest.remove("audio");
        CustomerRef customer = new CustomerRef(customerId.orElse(null), email.orElse(null), phone.orElse(null), null);
        return new CallMetadata(id, agent, customer, queue, started, ended, direction, channels, rest);
    }

    private static Optional<String> take(Map<String, String> row, String... keys) {
        Optional<String> found = Optional.empty();
        for (String key : keys) {
            String value = row.remove(key);
            if (found.isEmpty() && value != null && !value.isBlank()) {
                found = Optional.of(value.trim());
            }
        }
        return found;
    }

    private static Optional<Instant> instant(Map<String, String> row, String... keys) throws BadField {
        Optional<String> text = take(row, keys);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.get()));
        } catch (DateTimeParseException e) {
            throw new BadField(keys[0], "'" + text.get() + "' is not an ISO-8601 instant such as 2026-03-02T14:05:11Z");
        }
    }

    static boolean isFolderSidecar(Path file) {
        return FOLDER_SIDECARS.contains(file.getFileName().toString().toLowerCase(Locale.ROOT));
    }
}
