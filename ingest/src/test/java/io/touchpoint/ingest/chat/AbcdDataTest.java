package io.touchpoint.ingest.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.core.testing.SharedData;
import io.touchpoint.ingest.CollectingSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The ABCD dev split in ../shared/data/abcd (see its SOURCE.md for the counts checked here). */
class AbcdDataTest {

    @Test
    void readsAllDialoguesWithTheirIntentsAndTurns() throws IOException {
        Path file = SharedData.data("abcd/abcd_classification_original/valid.json");
        ChatTranscriptConnector connector = new ChatTranscriptConnector();
        assertThat(connector.canRead(file)).isTrue();
        CollectingSink sink = new CollectingSink();
        connector.read(file, IngestOptions.defaults(), sink);

        assertThat(sink.rejected()).isEmpty();
        List<Interaction> dialogues = sink.interactions();
        assertThat(dialogues).hasSize(1004);
        assertThat(dialogues.getFirst().id()).isEqualTo("valid:0");
        assertThat(dialogues.getFirst().attributes()).containsEntry("intent", "recover_username");
        assertThat(dialogues).allSatisfy(d -> assertThat(d.attributes()).containsKey("intent"));
        assertThat(dialogues.stream().map(d -> d.attributes().get("intent")).distinct().count()).isEqualTo(94);
        Map<Speaker, Long> turns = dialogues.stream().flatMap(d -> d.turns().stream())
                .collect(Collectors.groupingBy(Turn::speaker, Collectors.counting()));
        assertThat(turns).containsEntry(Speaker.CUSTOMER, 9_096L).containsEntry(Speaker.AGENT, 9_600L)
                .containsEntry(Speaker.SYSTEM, 3_684L);
        assertThat(dialogues.stream().map(Interaction::id).collect(Collectors.toMap(Function.identity(), id -> 1, Integer::sum)))
                .hasSize(1004);
    }
}
