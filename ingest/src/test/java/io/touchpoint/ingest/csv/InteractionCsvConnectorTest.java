package io.touchpoint.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.ingest.CollectingSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InteractionCsvConnectorTest {

    @TempDir
    Path dir;

    private final InteractionCsvConnector connector = new InteractionCsvConnector();

    private CollectingSink read(Path file, Map<String, String> settings) throws IOException {
        CollectingSink sink = new CollectingSink();
        connector.read(file, IngestOptions.defaults().withSettings(settings), sink);
        return sink;
    }

    @Test
    void groupsOneRowPerMessageIntoConversations() throws IOException {
        Path file = Files.writeString(dir.resolve("chat-export.csv"), """
                conv,sent,who,body,agent,email
                k-2,2026-03-02 10:00:00,customer,Is the store open?,,bob@example.org
                k-1,2026-03-02T09:00:05Z,agent,Sure — what's the order number?,A-3,
                k-1,2026-03-02T09:00:00Z,customer,I need help with an order,,ANN@example.com
                k-1,2026-03-02T09:01:00Z,customer,It's 1234,,
                k-1,not a time,customer,lost row,,
                """);
        Map<String, String> mapping = Map.of("csv.column.conversationId", "conv", "csv.column.startedAt", "sent",
                "csv.column.speaker", "who", "csv.column.text", "body", "csv.column.agentId", "agent",
                "csv.column.customerEmail", "email", "csv.channel", "chat");

        CollectingSink sink = read(file, mapping);

        assertThat(sink.rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.location().toString()).isEqualTo("row 5 of chat-export.csv");
            assertThat(rejected.field()).isEqualTo("sent");
        });
        assertThat(sink.interactions()).extracting(Interaction::id).containsExactly("k-2", "k-1");
        Interaction k1 = sink.interactions().get(1);
        assertThat(k1.channel()).isEqualTo(Channel.CHAT);
        assertThat(k1.startedAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(k1.endedAt()).isEqualTo(Instant.parse("2026-03-02T09:01:00Z"));
        assertThat(k1.agentId()).isEqualTo("A-3");
        assertThat(k1.customer().email()).isEqualTo("ann@example.com");
        assertThat(k1.turns()).extracting(Turn::speaker, Turn::startMs, Turn::text).containsExactly(
                Tuple.tuple(Speaker.CUSTOMER, 0L, "I need help with an order"),
                Tuple.tuple(Speaker.AGENT, 5_000L, "Sure — what's the order number?"),
                Tuple.tuple(Speaker.CUSTOMER, 60_000L, "It's 1234"));
        assertThat(sink.records.get(2).location().position()).isEqualTo(2);
    }

    @Test
    void splitsASpeakerPrefixedTranscriptOverTheDuration() throws IOException {
        Path file = Files.writeString(dir.resolve("calls.csv"), """
                id,channel,started_at,ended_at,text
                v-1,voice,2026-03-02T09:00:00Z,2026-03-02T09:01:00Z,"Agent: Thanks for calling.
                Customer: My bill is wrong.
                It doubled.
                Agent: Let me check."
                """);
        Interaction call = read(file, Map.of()).interactions().getFirst();
        assertThat(call.turns()).extracting(Turn::speaker, Turn::startMs, Turn::endMs, Turn::text).containsExactly(
                Tuple.tuple(Speaker.AGENT, 0L, 20_000L, "Thanks for calling."),
                Tuple.tuple(Speaker.CUSTOMER, 20_000L, 40_000L, "My bill is wrong.\nIt doubled."),
                Tuple.tuple(Speaker.AGENT, 40_000L, 60_000L, "Let me check."));
    }

    @Test
    void keepsUnmappedColumnsAsAttributesAndAnUnreadablePhoneAsWritten() throws IOException {
        Path file = Files.writeString(dir.resolve("forms.csv"), """
                ref,submitted,message,phone,utm_source
                f-1,2026-03-02T09:00:00Z,Call me back,after 6pm please,newsletter
                """);
        Interaction form = read(file, Map.of("csv.column.id", "ref", "csv.column.startedAt", "submitted",
                "csv.column.text", "message", "csv.column.customerPhone", "phone", "csv.channel", "webform"))
                .interactions().getFirst();
        assertThat(form.attributes()).isEqualTo(Map.of("utm_source", "newsletter"));
        assertThat(form.customer().phone()).isEqualTo("after 6pm please");
        assertThat(form.turns()).singleElement().extracting(Turn::speaker).isEqualTo(Speaker.CUSTOMER);
    }

    @Test
    void generatesIdsFromFileAndRowWithoutAnIdColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("sms.csv"), "at,body\n2026-03-02T09:00:00Z,STOP\n");
        assertThat(read(file, Map.of("csv.column.startedAt", "at", "csv.column.text", "body", "csv.channel", "sms"))
                .interactions()).extracting(Interaction::id).containsExactly("sms:1");
    }

    @Test
    void rejectsABadCsatNamingItsColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("calls.csv"), """
                id,channel,started_at,text,score
                v-1,voice,2026-03-02T09:00:00Z,hi,9
                """);
        assertThat(read(file, Map.of("csv.column.id", "id", "csv.column.channel", "channel",
                "csv.column.startedAt", "started_at", "csv.column.text", "text", "csv.column.csat", "score")).rejected())
                .singleElement().satisfies(rejected -> {
                    assertThat(rejected.field()).isEqualTo("score");
                    assertThat(rejected.reason()).isEqualTo("9 is outside 1..5");
                });
    }

    @Test
    void failsLoudlyOnAnUnknownMappingKey() throws IOException {
        Path file = Files.writeString(dir.resolve("calls.csv"), "id,channel,started_at,text\n");
        assertThatThrownBy(() -> read(file, Map.of("csv.column.startedat", "started_at")))
                .isInstanceOf(TouchpointException.class)
                .hasMessageContaining("unknown setting 'csv.column.startedat'; did you mean 'csv.column.startedAt'?");
    }

    @Test
    void claimsCsvFilesOnlyWithAMappingOrTheDefaultColumns() throws IOException {
        Path defaults = Files.writeString(dir.resolve("a.csv"), "id,channel,startedAt,text\n");
        Path other = Files.writeString(dir.resolve("b.csv"), "ref,body\n");
        IngestOptions mapped = IngestOptions.defaults().withSettings(Map.of("csv.column.text", "body"));
        assertThat(connector.canRead(defaults, IngestOptions.defaults())).isTrue();
        assertThat(connector.canRead(other, IngestOptions.defaults())).isFalse();
        assertThat(connector.canRead(other, mapped)).isTrue();
        assertThat(connector.canRead(dir.resolve("b.txt"), mapped)).isFalse();
    }
}
