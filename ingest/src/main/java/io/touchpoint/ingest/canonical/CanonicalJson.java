package io.touchpoint.ingest.canonical;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.touchpoint.core.model.AudioRef;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.CustomerRef;
import io.touchpoint.core.model.DesktopEvent;
import io.touchpoint.core.model.DesktopEventType;
import io.touchpoint.core.model.Direction;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Outcome;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.ingest.InvalidFieldException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical interchange format (docs/interchange-format.md): one JSON object per interaction
 * or desktop event. Reading validates every field and names the first bad one; writing is the
 * exact inverse, so a record round-trips.
 */
public final class CanonicalJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CanonicalJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    // ---------------------------------------------------------------- interactions

    /** Reads one interaction object. */
    public static Interaction readInteraction(JsonNode node) throws InvalidFieldException {
        if (node == null || !node.isObject()) {
            throw new InvalidFieldException("(record)", "is not a JSON object");
        }
        String id = requiredText(node, "id");
        Channel channel;
        try {
            channel = Channel.parse(requiredText(node, "channel"));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("channel", e.getMessage());
        }
        Instant startedAt = instant(node, "startedAt", true);
        Instant endedAt = instant(node, "endedAt", false);
        Direction direction = Direction.INBOUND;
        String directionText = optionalText(node, "direction");
        if (directionText != null) {
            try {
                direction = Direction.parse(directionText);
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException("direction", e.getMessage());
            }
        }
        CustomerRef customer = CustomerRef.UNKNOWN;
        JsonNode customerNode = node.get("customer");
        if (customerNode != null && !customerNode.isNull()) {
            if (customerNode.isTextual()) {
                customer = CustomerRef.ofId(customerNode.asText());
            } else if (customerNode.isObject()) {
                customer = new CustomerRef(optionalText(customerNode, "id", "customer.id"),
                        lower(optionalText(customerNode, "email", "customer.email")),
                        optionalText(customerNode, "phone", "customer.phone"),
                        optionalText(customerNode, "handle", "customer.handle"));
            } else {
                throw new InvalidFieldException("customer", "must be an object with id, email, phone or handle");
            }
        }
        List<Turn> turns = turns(node.get("turns"));
        AudioRef audio = audio(node.get("audio"));
        Outcome outcome = outcome(node.get("outcome"));
        Map<String, String> attributes = attributes(node.get("attributes"));
        try {
            return new Interaction(id, channel, direction, startedAt, endedAt, customer,
                    optionalText(node, "agentId"), optionalText(node, "queue"), optionalText(node, "language"),
                    turns, audio, outcome, attributes);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(fieldOf(e.getMessage()), e.getMessage());
        }
    }

    /** Writes one interaction as a JSON object. */
    public static ObjectNode toJson(Interaction interaction) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", interaction.id());
        node.put("channel", interaction.channel().wireName());
        node.put("direction", interaction.direction().wireName());
        node.put("startedAt", interaction.startedAt().toString());
        if (interaction.endedAt() != null) {
            node.put("endedAt", interaction.endedAt().toString());
        }
        CustomerRef customer = interaction.customer();
        if (!customer.isUnknown()) {
            ObjectNode customerNode = node.putObject("customer");
            putIfPresent(customerNode, "id", customer.id());
            putIfPresent(customerNode, "email", customer.email());
            putIfPresent(customerNode, "phone", customer.phone());
            putIfPresent(customerNode, "handle", customer.handle());
        }
        putIfPresent(node, "agentId", interaction.agentId());
        putIfPresent(node, "queue", interaction.queue());
        putIfPresent(node, "language", interaction.language());
        ArrayNode turns = node.putArray("turns");
        for (Turn turn : interaction.turns()) {
            ObjectNode turnNode = turns.addObject();
            turnNode.put("speaker", turn.speaker().wireName());
            turnNode.put("startMs", turn.startMs());
            turnNode.put("endMs", turn.endMs());
            turnNode.put("text", turn.text());
            if (turn.confidence() < 1.0) {
                turnNode.put("confidence", turn.confidence());
            }
        }
        if (interaction.audio() != null) {
            ObjectNode audioNode = node.putObject("audio");
            audioNode.put("uri", interaction.audio().uri());
            ObjectNode channels = audioNode.putObject("channels");
            interaction.audio().channels().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> channels.put(String.valueOf(entry.getKey()), entry.getValue().wireName()));
        }
        Outcome outcome = interaction.outcome();
        if (!outcome.equals(Outcome.UNKNOWN)) {
            ObjectNode outcomeNode = node.putObject("outcome");
            outcomeNode.put("resolved", outcome.resolved());
            outcomeNode.put("transferred", outcome.transferred());
            outcomeNode.put("sale", outcome.sale());
            outcomeNode.put("csat", outcome.csat());
        }
        if (!interaction.attributes().isEmpty()) {
            ObjectNode attributes = node.putObject("attributes");
            interaction.attributes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> attributes.put(entry.getKey(), entry.getValue()));
        }
        return node;
    }

    /** One NDJSON line (no trailing newline). */
    public static String toLine(Interaction interaction) {
        return write(toJson(interaction));
    }

    // ---------------------------------------------------------------- desktop events

    public static DesktopEvent readDesktopEvent(JsonNode node) throws InvalidFieldException {
        if (node == null || !node.isObject()) {
            throw new InvalidFieldException("(record)", "is not a JSON object");
        }
        String agentId = requiredText(node, "agentId");
        Instant timestamp = instant(node, "timestamp", true);
        DesktopEventType type;
        try {
            type = DesktopEventType.parse(requiredText(node, "type"));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("type", e.getMessage());
        }
        try {
            return new DesktopEvent(agentId, timestamp, type, optionalText(node, "application"),
                    optionalText(node, "process"), optionalText(node, "url"), optionalText(node, "interactionId"));
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw new InvalidFieldException(message.startsWith("processName") ? "process" : fieldOf(message), message);
        }
    }

    public static ObjectNode toJson(DesktopEvent event) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("agentId", event.agentId());
        node.put("timestamp", event.timestamp().toString());
        node.put("type", event.type().wireName());
        putIfPresent(node, "application", event.application());
        putIfPresent(node, "process", event.processName());
        putIfPresent(node, "url", event.url());
        putIfPresent(node, "interactionId", event.interactionId());
        return node;
    }

    public static String toLine(DesktopEvent event) {
        return write(toJson(event));
    }

    // ---------------------------------------------------------------- helpers

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Turn> turns(JsonNode node) throws InvalidFieldException {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidFieldException("turns", "must be an array");
        }
        List<Turn> turns = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode turn = node.get(i);
            String prefix = "turns[" + i + "]";
            if (!turn.isObject()) {
                throw new InvalidFieldException(prefix, "must be an object");
            }
            Speaker speaker;
            try {
                speaker = Speaker.parse(requiredText(turn, "speaker", prefix + ".speaker"));
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException(prefix + ".speaker", e.getMessage());
            }
            String text = requiredText(turn, "text", prefix + ".text", true);
            long startMs = longValue(turn, "startMs", prefix + ".startMs", 0);
            long endMs = longValue(turn, "endMs", prefix + ".endMs", startMs);
            double confidence = 1.0;
            JsonNode confidenceNode = turn.get("confidence");
            if (confidenceNode != null && !confidenceNode.isNull()) {
                if (!confidenceNode.isNumber()) {
                    throw new InvalidFieldException(prefix + ".confidence", "must be a number in [0, 1]");
                }
                confidence = confidenceNode.asDouble();
            }
            try {
                turns.add(new Turn(speaker, startMs, endMs, text, confidence));
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException(prefix + "." + fieldOf(e.getMessage()), e.getMessage());
            }
        }
        return turns;
    }

    private static AudioRef audio(JsonNode node) throws InvalidFieldException {
        if (node == null || node.isNull()) {
            return null;
        }
        String uri = requiredText(node, "uri", "audio.uri");
        Map<Integer, Speaker> channels = new LinkedHashMap<>();
        JsonNode channelsNode = node.get("channels");
        if (channelsNode != null && channelsNode.isObject()) {
            for (Map.Entry<String, JsonNode> entry : channelsNode.properties()) {
                try {
                    channels.put(Integer.parseInt(entry.getKey()), Speaker.parse(entry.getValue().asText()));
                } catch (IllegalArgumentException e) {
                    throw new InvalidFieldException("audio.channels." + entry.getKey(), e.getMessage());
                }
            }
        }
        try {
            return new AudioRef(uri, channels);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("audio", e.getMessage());
        }
    }

    private static Outcome outcome(JsonNode node) throws InvalidFieldException {
        if (node == null || node.isNull()) {
            return Outcome.UNKNOWN;
        }
        if (!node.isObject()) {
            throw new InvalidFieldException("outcome", "must be an object");
        }
        Integer csat = null;
        JsonNode csatNode = node.get("csat");
        if (csatNode != null && !csatNode.isNull()) {
            if (!csatNode.canConvertToInt() || !csatNode.isIntegralNumber()) {
                throw new InvalidFieldException("outcome.csat", "must be a whole number from 1 to 5");
            }
            csat = csatNode.asInt();
        }
        try {
            return new Outcome(bool(node, "resolved"), bool(node, "transferred"), bool(node, "sale"), csat);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("outcome.csat", e.getMessage());
        }
    }

    private static Boolean bool(JsonNode node, String field) throws InvalidFieldException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new InvalidFieldException("outcome." + field, "must be true, false or null");
        }
        return value.asBoolean();
    }

    private static Map<String, String> attributes(JsonNode node) throws InvalidFieldException {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw new InvalidFieldException("attributes", "must be an object of strings");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            JsonNode value = entry.getValue();
            if (value.isContainerNode()) {
                throw new InvalidFieldException("attributes." + entry.getKey(), "must be a string, number or boolean");
            }
            if (!value.isNull()) {
                attributes.put(entry.getKey(), value.asText());
            }
        }
        return attributes;
    }

    private static Instant instant(JsonNode node, String field, boolean required) throws InvalidFieldException {
        String text = required ? requiredText(node, field) : optionalText(node, field);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException again) {
                throw new InvalidFieldException(field, "'" + text + "' is not an ISO-8601 instant such as 2026-03-02T14:05:11Z");
            }
        }
    }

    private static long longValue(JsonNode node, String field, String path, long fallback) throws InvalidFieldException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new InvalidFieldException(path, "must be a whole number of milliseconds");
        }
        return value.asLong();
    }

    private static String requiredText(JsonNode node, String field) throws InvalidFieldException {
        return requiredText(node, field, field);
    }

    private static String requiredText(JsonNode node, String field, String path) throws InvalidFieldException {
        return requiredText(node, field, path, false);
    }

    private static String requiredText(JsonNode node, String field, String path, boolean blankAllowed)
            throws InvalidFieldException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidFieldException(path, "is missing");
        }
        if (!value.isValueNode()) {
            throw new InvalidFieldException(path, "must be a string");
        }
        String text = value.asText();
        if (!blankAllowed && text.isBlank()) {
            throw new InvalidFieldException(path, "is blank");
        }
        return text;
    }

    private static String optionalText(JsonNode node, String field) throws InvalidFieldException {
        return optionalText(node, field, field);
    }

    private static String optionalText(JsonNode node, String field, String path) throws InvalidFieldException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new InvalidFieldException(path, "must be a string");
        }
        return value.asText();
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(java.util.Locale.ROOT);
    }

    /** The record constructors start their messages with the field name ("endedAt ... is before ..."). */
    private static String fieldOf(String message) {
        if (message == null || message.isEmpty()) {
            return "(record)";
        }
        int space = message.indexOf(' ');
        return space > 0 ? message.substring(0, space) : message;
    }

    /** Writes with a shared generator, for callers that stream many records. */
    public static void write(JsonGenerator generator, Interaction interaction) throws IOException {
        MAPPER.writeTree(generator, toJson(interaction));
    }
}
