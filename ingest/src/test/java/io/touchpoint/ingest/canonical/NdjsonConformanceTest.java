package io.touchpoint.ingest.canonical;

import io.touchpoint.core.ingest.Connector;
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
import io.touchpoint.ingest.ConnectorConformanceTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

class NdjsonConformanceTest extends ConnectorConformanceTest {

    @Override
    protected Connector connector() {
        return new NdjsonConnector();
    }

    @Override
    protected List<Object> sample() {
        Instant start = Instant.parse("2026-03-02T14:05:11Z");
        return List.of(
                Interaction.builder("c-1", Channel.VOICE, start)
                        .endedAt(start.plusSeconds(389))
                        .customer(new CustomerRef("C-42", "a@example.com", "+15551234567", null))
                        .agentId("A-7").queue("billing").language("en")
                        .turn(Turn.typed(Speaker.AGENT, 0, 2900, "thank you for calling"))
                        .turn(new Turn(Speaker.CUSTOMER, 3100, 7400, "I was charged a late fee", 0.82))
                        .audio(new AudioRef("audio/c-1.wav", Map.of(0, Speaker.AGENT, 1, Speaker.CUSTOMER)))
                        .outcome(new Outcome(true, false, null, 4))
                        .attribute("campaign", "spring")
                        .build(),
                Interaction.builder("c-2", Channel.CHAT, start.plusSeconds(60)).direction(Direction.OUTBOUND).build(),
                new DesktopEvent("A-7", start.plusSeconds(5), DesktopEventType.PROCESS_START, "CRM", "refund", null, "c-1"));
    }

    @Override
    protected Path write(Path folder, List<Object> records) throws IOException {
        return Files.write(folder.resolve("records.ndjson"), lines(records));
    }

    @Override
    protected Path writeWithBadRecord(Path folder, List<Object> records) throws IOException {
        List<String> lines = new ArrayList<>(lines(records));
        lines.add(1, "{\"id\":\"c-9\",\"channel\":\"fax\",\"startedAt\":\"2026-03-02T14:05:11Z\"}");
        return Files.write(folder.resolve("records.ndjson"), lines);
    }

    @Override
    protected String badRecordField() {
        return "channel";
    }

    private static List<String> lines(List<Object> records) {
        return records.stream().map(record -> record instanceof Interaction interaction
                ? CanonicalJson.toLine(interaction) : CanonicalJson.toLine((DesktopEvent) record)).toList();
    }
}
