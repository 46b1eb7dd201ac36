package io.touchpoint.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Direction;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.ingest.InvalidFieldException;
import io.touchpoint.ingest.canonical.CanonicalJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicJsonTest {

    private static final Instant SENT = Instant.parse("2026-03-02T14:05:12.345Z");

    static Interaction interaction(String id) {
        return Interaction.builder(id, Channel.CHAT, Instant.parse("2026-03-02T14:05:11Z"))
                .agentId("A-7").queue("billing")
                .turn(Turn.typed(Speaker.AGENT, 0, 2900, "thank you for contacting us"))
                .turn(Turn.typed(Speaker.CUSTOMER, 3100, 7400, "I was charged a late fee"))
                .build();
    }

    @Test
    void everyEventTypeRoundTrips() throws Exception {
        List<LiveEvent> events = List.of(
                new LiveEvent.InteractionEvent(interaction("c-1"), SENT),
                new LiveEvent.ConversationStart("c-2", Channel.VOICE, Direction.OUTBOUND, "collections", "A-1", "C-9",
                        Instant.parse("2026-03-02T14:00:00Z"), SENT),
                new LiveEvent.TurnEvent("c-2", 3, new Turn(Speaker.CUSTOMER, 100, 900, "I filed for bankruptcy", 0.8),
                        SENT),
                new LiveEvent.ConversationEnd("c-2", SENT));
        for (LiveEvent event : events) {
            assertThat(TopicJson.decodeEvent(TopicJson.encode(event))).isEqualTo(event);
        }
    }

    @Test
    void everyEventCarriesTheSchemaVersion() {
        String json = new String(TopicJson.encode(new LiveEvent.ConversationEnd("c-2", SENT)), StandardCharsets.UTF_8);
        assertThat(json).contains("\"schemaVersion\":1").contains("\"type\":\"end\"");
    }

    @Test
    void readsAPlainCanonicalInteractionAsAnInteractionEvent() throws Exception {
        byte[] line = CanonicalJson.toLine(interaction("c-3")).getBytes(StandardCharsets.UTF_8);
        LiveEvent event = TopicJson.decodeEvent(line);
        assertThat(event).isInstanceOf(LiveEvent.InteractionEvent.class);
        assertThat(((LiveEvent.InteractionEvent) event).interaction()).isEqualTo(interaction("c-3"));
        assertThat(TopicJson.interactionIdOf(line)).isEqualTo("c-3");
    }

    @Test
    void rejectsANewerSchemaVersionSayingToUpgrade() {
        byte[] value = "{\"schemaVersion\":2,\"type\":\"end\",\"interactionId\":\"c\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TopicJson.decodeEvent(value)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("2 is not supported").hasMessageContaining("upgrade")
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("schemaVersion"));
    }

    @Test
    void namesTheBadFieldOfATurn() {
        byte[] value = ("{\"schemaVersion\":1,\"type\":\"turn\",\"interactionId\":\"c\",\"turnIndex\":0,"
                + "\"turn\":{\"speaker\":\"robot\",\"startMs\":0,\"endMs\":5,\"text\":\"hi\"}}").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TopicJson.decodeEvent(value)).isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("turn.speaker"));
    }

    @Test
    void namesTheBadFieldInsideAnInteractionEvent() {
        byte[] value = ("{\"schemaVersion\":1,\"type\":\"interaction\",\"interaction\":{\"id\":\"x\",\"channel\":\"voice\","
                + "\"startedAt\":\"yesterday\",\"turns\":[]}}").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TopicJson.decodeEvent(value)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("ISO-8601")
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("interaction.startedAt"));
    }

    @Test
    void rejectsAnUnknownEventType() {
        byte[] value = "{\"schemaVersion\":1,\"type\":\"pause\",\"interactionId\":\"c\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TopicJson.decodeEvent(value)).hasMessageContaining("'pause' is not an event type");
    }

    @Test
    void rejectsAMessageThatIsNotJson() {
        assertThatThrownBy(() -> TopicJson.decodeEvent("call me".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("is not JSON");
    }

    @Test
    void findingAndAlertRecordsRoundTrip() throws Exception {
        Finding finding = new Finding("rules", "event", "bankruptcy_mention", "", 1.0, 0.9,
                List.of(new Evidence(3, 2, 12, 100, 400), new Evidence(4, 0, 5, 500, 600)));
        FindingRecord record = new FindingRecord(FindingRecord.idOf("c-2", finding), "c-2", 4, finding, "live-v1", SENT);
        assertThat(TopicJson.decodeFinding(TopicJson.encode(record))).isEqualTo(record);

        AlertRecord alert = new AlertRecord("c-2:event:bankruptcy_mention", "legal_mention", "high", "c-2", null, 4,
                "The customer mentioned bankruptcy.", "Stop collecting.", "bankruptcy", SENT.plusMillis(40), SENT);
        assertThat(TopicJson.decodeAlert(TopicJson.encode(alert))).isEqualTo(alert);
    }

    @Test
    void findingIdsIgnoreTheScoreButNotTheEvidence() {
        Finding finding = new Finding("text", "sentiment.turn", "customer", "negative", -0.4, 0.8,
                List.of(new Evidence(1, 0, 10, 0, 100)));
        Finding rescored = new Finding("text", "sentiment.turn", "customer", "negative", -0.6, 0.7,
                List.of(new Evidence(1, 0, 10, 0, 100)));
        Finding otherTurn = new Finding("text", "sentiment.turn", "customer", "negative", -0.4, 0.8,
                List.of(new Evidence(2, 0, 10, 0, 100)));
        assertThat(FindingRecord.idOf("c", finding)).isEqualTo(FindingRecord.idOf("c", rescored))
                .isNotEqualTo(FindingRecord.idOf("c", otherTurn)).isNotEqualTo(FindingRecord.idOf("d", finding))
                .hasSize(32);
    }
}
