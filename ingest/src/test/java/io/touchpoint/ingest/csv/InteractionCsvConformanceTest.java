package io.touchpoint.ingest.csv;

import io.touchpoint.core.ingest.Connector;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.CustomerRef;
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

class InteractionCsvConformanceTest extends ConnectorConformanceTest {

    static final String HEADER = "id,channel,direction,started_at,ended_at,customer_id,customer_email,customer_phone,"
            + "agent_id,queue,language,text,resolved,transferred,csat,campaign";

    @Override
    protected Connector connector() {
        return new InteractionCsvConnector();
    }

    @Override
    protected List<Object> sample() {
        Instant start = Instant.parse("2026-03-02T14:05:11Z");
        return List.of(
                Interaction.builder("w-1", Channel.WEBFORM, start)
                        .endedAt(start.plusSeconds(30))
                        .customer(new CustomerRef("C-1", "ann@example.com", "+15551234567", null))
                        .agentId("A-1").queue("billing").language("en")
                        .turn(Turn.typed(Speaker.CUSTOMER, 0, 30_000, "My bill says \"late fee\", why?\nPlease check."))
                        .outcome(new Outcome(true, false, null, 5))
                        .attribute("campaign", "spring")
                        .build(),
                Interaction.builder("s-2", Channel.SMS, start.plusSeconds(90)).direction(Direction.OUTBOUND)
                        .turn(Turn.typed(Speaker.CUSTOMER, 0, 0, "stop"))
                        .build());
    }

    @Override
    protected Path write(Path folder, List<Object> records) throws IOException {
        return Files.write(folder.resolve("interactions.csv"), rows(records));
    }

    @Override
    protected Path writeWithBadRecord(Path folder, List<Object> records) throws IOException {
        List<String> rows = new ArrayList<>(rows(records));
        rows.add(2, "bad-1,chat,inbound,yesterday,,,,,,,,hello,,,,");
        return Files.write(folder.resolve("interactions.csv"), rows);
    }

    @Override
    protected String badRecordField() {
        return "started_at";
    }

    private static List<String> rows(List<Object> records) {
        List<String> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Object record : records) {
            Interaction i = (Interaction) record;
            Outcome o = i.outcome();
            rows.add(CsvTable.format(java.util.Arrays.asList(i.id(), i.channel().wireName(), i.direction().wireName(),
                    i.startedAt().toString(), i.endedAt() == null ? "" : i.endedAt().toString(),
                    text(i.customer().id()), text(i.customer().email()), phoneAsWritten(i.customer().phone()),
                    text(i.agentId()), text(i.queue()), text(i.language()),
                    i.turns().isEmpty() ? "" : i.turns().getFirst().text(),
                    text(o.resolved()), text(o.transferred()), text(o.csat()),
                    text(i.attributes().get("campaign")))));
        }
        return rows;
    }

    /** Written the way people type it, to show the connector normalises it. */
    private static String phoneAsWritten(String e164) {
        return e164 == null ? "" : "(" + e164.substring(2, 5) + ") " + e164.substring(5, 8) + "-" + e164.substring(8);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
