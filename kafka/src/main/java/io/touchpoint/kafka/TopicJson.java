package io.touchpoint.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Direction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.ingest.InvalidFieldException;
import io.touchpoint.ingest.canonical.CanonicalJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON of the three topics (docs/scale.md). Every message carries {@code schemaVersion}; this
 * build reads version 1 and rejects newer ones with a message that says so. Reading names the
 * first bad field, as the canonical NDJSON reader does.
 *
 * <pre>{@code
 * byte[] value = TopicJson.encode(new LiveEvent.TurnEvent("c-1", 0, Turn.typed(Speaker.CUSTOMER, 0, 900, "hi"), Instant.now()));
 * LiveEvent event = TopicJson.decodeEvent(value);
 * }</pre>
 */
public final class TopicJson {

    /** The schema version this build writes and the newest it reads. */
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = CanonicalJson.mapper();

    private TopicJson() {
    }

    // ------------------------------------------------------------------ events

    public static byte[] encode(LiveEvent event) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("schemaVersion", SCHEMA_VERSION);
        switch (event) {
            case LiveEvent.InteractionEvent interaction -> {
                node.put("type", "interaction");
                node.put("interactionId", interaction.interactionId());
                node.set("interaction", CanonicalJson.toJson(interaction.interaction()));
            }
            case LiveEvent.ConversationStart start -> {
                node.put("type", "start");
                node.put("interactionId", start.interactionId());
                node.put("channel", start.channel().wireName());
                node.put("direction", start.direction().wireName());
                putIfPresent(node, "queue", start.queue());
                putIfPresent(node, "agentId", start.agentId());
                putIfPresent(node, "customerId", start.customerId());
                node.put("startedAt", start.startedAt().toString());
            }
            case LiveEvent.TurnEvent turn -> {
                node.put("type", "turn");
                node.put("interactionId", turn.interactionId());
                node.put("turnIndex", turn.turnIndex());
                ObjectNode turnNode = node.putObject("turn");
                turnNode.put("speaker", turn.turn().speaker().wireName());
                turnNode.put("startMs", turn.turn().startMs());
                turnNode.put("endMs", turn.turn().endMs());
                turnNode.put("text", turn.turn().text());
                turnNode.put("confidence", turn.turn().confidence());
            }
            case LiveEvent.ConversationEnd end -> {
                node.put("type", "end");
                node.put("interactionId", end.interactionId());
            }
        }
        node.put("sentAt", event.sentAt().toString());
        return bytes(node);
    }

    /**
     * Reads one events-topic message. A plain canonical interaction object (no
     * {@code schemaVersion}, as in an NDJSON file) is read as an {@link LiveEvent.InteractionEvent}
     * sent now, so a topic filled line by line from NDJSON files works too.
     *
     * @throws InvalidFieldException naming the first field that cannot be read
     */
    public static LiveEvent decodeEvent(byte[] value) throws InvalidFieldException {
        JsonNode node = parse(value);
        if (!node.has("schemaVersion")) {
            if (node.has("turns") && node.has("id")) {
                return new LiveEvent.InteractionEvent(CanonicalJson.readInteraction(node), Instant.now());
            }
            throw new InvalidFieldException("schemaVersion", "is missing (and the message is no canonical interaction "
                    + "either: it has no 'id' and 'turns')");
        }
        checkVersion(node);
        String type = text(node, "type", true);
        Instant sentAt = node.has("sentAt") ? instant(node, "sentAt") : Instant.now();
        try {
            return switch (type) {
                case "interaction" -> {
                    JsonNode interaction = node.get("interaction");
                    if (interaction == null || !interaction.isObject()) {
                        throw new InvalidFieldException("interaction", "is missing; an 'interaction' event carries the "
                                + "interaction in the canonical format");
                    }
                    try {
                        yield new LiveEvent.InteractionEvent(CanonicalJson.readInteraction(interaction), sentAt);
                    } catch (InvalidFieldException e) {
                        throw new InvalidFieldException("interaction." + e.field(), e.getMessage());
                    }
                }
                case "start" -> new LiveEvent.ConversationStart(text(node, "interactionId", true),
                        channel(text(node, "channel", true)), direction(text(node, "direction", false)),
                        text(node, "queue", false), text(node, "agentId", false), text(node, "customerId", false),
                        instant(node, "startedAt"), sentAt);
                case "turn" -> new LiveEvent.TurnEvent(text(node, "interactionId", true),
                        integer(node, "turnIndex"), turn(node.get("turn")), sentAt);
                case "end" -> new LiveEvent.ConversationEnd(text(node, "interactionId", true), sentAt);
                default -> throw new InvalidFieldException("type", "'" + type
                        + "' is not an event type (expected interaction, start, turn or end)");
            };
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("(record)", e.getMessage());
        }
    }

    /** The interaction id of an events-topic message, without reading the rest; null when it has none. */
    public static String interactionIdOf(byte[] value) {
        try {
            JsonNode node = MAPPER.readTree(value);
            JsonNode id = node.has("schemaVersion") ? node.get("interactionId") : node.get("id");
            return id == null || !id.isTextual() ? null : id.asText();
        } catch (IOException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ findings

    public static byte[] encode(FindingRecord record) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("schemaVersion", SCHEMA_VERSION);
        node.put("findingId", record.findingId());
        node.put("interactionId", record.interactionId());
        node.put("turnIndex", record.turnIndex());
        Finding finding = record.finding();
        node.put("analyzer", finding.analyzer());
        node.put("type", finding.type());
        node.put("name", finding.name());
        node.put("label", finding.label());
        node.put("score", finding.score());
        node.put("confidence", finding.confidence());
        ArrayNode evidence = node.putArray("evidence");
        for (Evidence item : finding.evidence()) {
            ObjectNode entry = evidence.addObject();
            entry.put("turnIndex", item.turnIndex());
            entry.put("charStart", item.charStart());
            entry.put("charEnd", item.charEnd());
            entry.put("startMs", item.startMs());
            entry.put("endMs", item.endMs());
        }
        node.put("pipelineVersion", record.pipelineVersion());
        node.put("turnSentAt", record.turnSentAt().toString());
        return bytes(node);
    }

    public static FindingRecord decodeFinding(byte[] value) throws InvalidFieldException {
        JsonNode node = parse(value);
        checkVersion(node);
        List<Evidence> evidence = new ArrayList<>();
        JsonNode items = node.get("evidence");
        if (items == null || !items.isArray()) {
            throw new InvalidFieldException("evidence", "is missing or not an array");
        }
        try {
            for (JsonNode item : items) {
                evidence.add(new Evidence(integer(item, "turnIndex"), integer(item, "charStart"),
                        integer(item, "charEnd"), longValue(item, "startMs"), longValue(item, "endMs")));
            }
            Finding finding = new Finding(text(node, "analyzer", true), text(node, "type", true),
                    text(node, "name", true), text(node, "label", false), number(node, "score"),
                    number(node, "confidence"), evidence);
            return new FindingRecord(text(node, "findingId", true), text(node, "interactionId", true),
                    integer(node, "turnIndex"), finding, text(node, "pipelineVersion", true),
                    instant(node, "turnSentAt"));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("(record)", e.getMessage());
        }
    }

    // ------------------------------------------------------------------ alerts

    public static byte[] encode(AlertRecord alert) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("schemaVersion", SCHEMA_VERSION);
        node.put("alertId", alert.alertId());
        node.put("kind", alert.kind());
        node.put("severity", alert.severity());
        node.put("interactionId", alert.interactionId());
        putIfPresent(node, "agentId", alert.agentId());
        node.put("turnIndex", alert.turnIndex());
        node.put("message", alert.message());
        node.put("assist", alert.assist());
        node.put("evidence", alert.evidence());
        node.put("raisedAt", alert.raisedAt().toString());
        node.put("turnSentAt", alert.turnSentAt().toString());
        return bytes(node);
    }

    public static AlertRecord decodeAlert(byte[] value) throws InvalidFieldException {
        JsonNode node = parse(value);
        checkVersion(node);
        try {
            return new AlertRecord(text(node, "alertId", true), text(node, "kind", true), text(node, "severity", true),
                    text(node, "interactionId", true), text(node, "agentId", false), integer(node, "turnIndex"),
                    text(node, "message", true), text(node, "assist", false), text(node, "evidence", false),
                    instant(node, "raisedAt"), instant(node, "turnSentAt"));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("(record)", e.getMessage());
        }
    }

    // ------------------------------------------------------------------ helpers

    private static JsonNode parse(byte[] value) throws InvalidFieldException {
        if (value == null) {
            throw new InvalidFieldException("(record)", "is empty (a null message value)");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(value);
        } catch (IOException e) {
            throw new InvalidFieldException("(record)", "is not JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException json ? json.getOriginalMessage() : e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            throw new InvalidFieldException("(record)", "is not a JSON object");
        }
        return node;
    }

    private static void checkVersion(JsonNode node) throws InvalidFieldException {
        JsonNode version = node.get("schemaVersion");
        if (version == null || !version.canConvertToInt()) {
            throw new InvalidFieldException("schemaVersion", "is missing or not a whole number");
        }
        if (version.asInt() < 1 || version.asInt() > SCHEMA_VERSION) {
            throw new InvalidFieldException("schemaVersion", version.asInt() + " is not supported: this Touchpoint "
                    + "reads schema version 1 to " + SCHEMA_VERSION + "; upgrade the consumer");
        }
    }

    private static Turn turn(JsonNode node) throws InvalidFieldException {
        if (node == null || !node.isObject()) {
            throw new InvalidFieldException("turn", "is missing or not an object");
        }
        Speaker speaker;
        try {
            speaker = Speaker.parse(text(node, "speaker", true));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("turn.speaker", e.getMessage());
        }
        double confidence = node.has("confidence") ? number(node, "confidence") : 1.0;
        try {
            return new Turn(speaker, longValue(node, "startMs"), longValue(node, "endMs"), text(node, "text", true),
                    confidence);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("turn", e.getMessage());
        }
    }

    private static Channel channel(String value) throws InvalidFieldException {
        try {
            return Channel.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("channel", e.getMessage());
        }
    }

    private static Direction direction(String value) throws InvalidFieldException {
        if (value == null) {
            return Direction.INBOUND;
        }
        try {
            return Direction.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("direction", e.getMessage());
        }
    }

    private static String text(JsonNode node, String field, boolean required) throws InvalidFieldException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new InvalidFieldException(field, "is missing");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidFieldException(field, "is not a string");
        }
        return value.asText();
    }

    private static int integer(JsonNode node, String field) throws InvalidFieldException {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new InvalidFieldException(field, "is missing or not a whole number");
        }
        return value.asInt();
    }

    private static long longValue(JsonNode node, String field) throws InvalidFieldException {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber()) {
            throw new InvalidFieldException(field, "is missing or not a whole number");
        }
        return value.asLong();
    }

    private static double number(JsonNode node, String field) throws InvalidFieldException {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new InvalidFieldException(field, "is missing or not a number");
        }
        return value.asDouble();
    }

    private static Instant instant(JsonNode node, String field) throws InvalidFieldException {
        String value = text(node, field, true);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "'" + value + "' is not an ISO-8601 instant such as 2026-03-02T14:05:11Z");
        }
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
