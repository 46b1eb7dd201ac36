package io.touchpoint.ingest.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.ingest.CollectingSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatTranscriptConnectorTest {

    @TempDir
    Path dir;

    private final ChatTranscriptConnector connector = new ChatTranscriptConnector();

    private CollectingSink read(Path file, IngestOptions options) throws IOException {
        CollectingSink sink = new CollectingSink();
        connector.read(file, options, sink);
        return sink;
    }

    @Test
    void startsItemsAtTheConfiguredInstantOneHourApart() throws IOException {
        Path file = Files.writeString(dir.resolve("chats.json"), "[[\"USR:hi\",\"a\"],[\"SYS:hello\",\"b\"]]");
        IngestOptions options = IngestOptions.defaults()
                .withSettings(Map.of(ChatTranscriptConnector.STARTED_AT_SETTING, "2026-03-01T08:00:00Z"));
        assertThat(read(file, options).interactions()).extracting(Interaction::startedAt).containsExactly(
                Instant.parse("2026-03-01T08:00:00Z"), Instant.parse("2026-03-01T09:00:00Z"));
    }

    @Test
    void rejectsItemsThatAreNotTextLabelPairsAndReadsTheRest() throws IOException {
        Path file = Files.writeString(dir.resolve("chats.json"), "[[\"USR:hi\",\"a\"],{\"text\":\"x\"},[\"USR:bye\",\"b\"]]");
        CollectingSink sink = read(file, IngestOptions.defaults());
        assertThat(sink.interactions()).extracting(Interaction::id).containsExactly("chats:0", "chats:2");
        assertThat(sink.rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.location().toString()).isEqualTo("item 2 of chats.json");
            assertThat(rejected.reason()).isEqualTo("is not a [text, label] pair");
        });
    }

    @Test
    void rejectsTheRestOfATruncatedFile() throws IOException {
        Path file = Files.writeString(dir.resolve("chats.json"), "[[\"USR:hi\",\"a\"],[\"USR:by");
        CollectingSink sink = read(file, IngestOptions.defaults());
        assertThat(sink.interactions()).hasSize(1);
        assertThat(sink.rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.location().position()).isEqualTo(2);
            assertThat(rejected.reason()).startsWith("malformed JSON, the rest of the file is not read");
        });
    }

    @Test
    void keepsUnprefixedParagraphsWithTheTurnBefore() throws IOException {
        Path file = Files.writeString(dir.resolve("chats.json"), "[[\"USR:first line\\n\\nstill me\\n\\nSYS:ok\",\"a\"]]");
        Interaction chat = read(file, IngestOptions.defaults()).interactions().getFirst();
        assertThat(chat.turns()).extracting(t -> t.text()).containsExactly("first line\n\nstill me", "ok");
        assertThat(chat.turns().get(1).startMs()).isEqualTo(ChatTranscriptConnector.TURN_SPACING_MS);
    }

    @Test
    void claimsOnlyJsonArraysOfPairs() throws IOException {
        assertThat(connector.canRead(Files.writeString(dir.resolve("a.json"), "[[\"USR:hi\",\"x\"]]"))).isTrue();
        assertThat(connector.canRead(Files.writeString(dir.resolve("b.json"), "{\"intents\":[]}"))).isFalse();
    }
}
