package io.touchpoint.ingest.chat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.touchpoint.core.ingest.Connector;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.ingest.ConnectorConformanceTest;
import io.touchpoint.ingest.canonical.CanonicalJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

class ChatTranscriptConformanceTest extends ConnectorConformanceTest {

    @Override
    protected Connector connector() {
        return new ChatTranscriptConnector();
    }

    @Override
    protected List<Object> sample() {
        Instant epoch = ChatTranscriptConnector.DEFAULT_STARTED_AT;
        return List.of(
                Interaction.builder("dialogues:0", Channel.CHAT, epoch)
                        .endedAt(epoch.plusSeconds(10))
                        .turn(Turn.typed(Speaker.AGENT, 0, 0, "Hello. How may I help you today?"))
                        .turn(Turn.typed(Speaker.CUSTOMER, 5000, 5000, "I can't remember my username."))
                        .turn(Turn.typed(Speaker.SYSTEM, 10_000, 10_000, "Account has been pulled up for Ann Lee."))
                        .attribute("intent", "recover_username")
                        .build(),
                Interaction.builder("dialogues:1", Channel.CHAT, epoch.plus(ChatTranscriptConnector.ITEM_SPACING))
                        .endedAt(epoch.plus(ChatTranscriptConnector.ITEM_SPACING))
                        .turn(Turn.typed(Speaker.CUSTOMER, 0, 0, "Where is my order?"))
                        .attribute("intent", "status_delivery_time")
                        .build());
    }

    @Override
    protected Path write(Path folder, List<Object> records) throws IOException {
        return write(folder, items(records));
    }

    /** The bad item goes last: ids are positions, so an item in the middle would renumber the rest. */
    @Override
    protected Path writeWithBadRecord(Path folder, List<Object> records) throws IOException {
        ArrayNode items = items(records);
        items.addArray().add("Hello there, with no speaker prefix").add("timing");
        return write(folder, items);
    }

    @Override
    protected String badRecordField() {
        return "text";
    }

    private static Path write(Path folder, ArrayNode items) throws IOException {
        return Files.writeString(folder.resolve("dialogues.json"), CanonicalJson.mapper().writeValueAsString(items));
    }

    private static ArrayNode items(List<Object> records) {
        ArrayNode items = CanonicalJson.mapper().createArrayNode();
        for (Object record : records) {
            Interaction i = (Interaction) record;
            String text = i.turns().stream().map(turn -> prefix(turn.speaker()) + turn.text()).collect(Collectors.joining("\n\n"));
            items.addArray().add(text).add(i.attributes().get("intent"));
        }
        return items;
    }

    private static String prefix(Speaker speaker) {
        return switch (speaker) {
            case CUSTOMER -> "USR:";
            case AGENT -> "SYS:";
            default -> "ACT:";
        };
    }
}
