package io.touchpoint.ingest.email;

import io.touchpoint.core.ingest.Connector;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.CustomerRef;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.ingest.ConnectorConformanceTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

class EmailConformanceTest extends ConnectorConformanceTest {

    static final DateTimeFormatter RFC_5322 = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss xx", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MBOX_DATE = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final String AGENT_ADDRESS = "help@support.example.com";

    @Override
    protected Connector connector() {
        return new EmailConnector();
    }

    @Override
    protected List<Object> sample() {
        Instant start = Instant.parse("2026-03-02T14:05:11Z");
        return List.of(
                Interaction.builder("email:root-1@mail.example.com", Channel.EMAIL, start)
                        .endedAt(start.plusSeconds(7200))
                        .customer(new CustomerRef(null, "ann@example.com", null, null))
                        .agentId("A-7").queue("billing")
                        .turn(Turn.typed(Speaker.CUSTOMER, 0, 0, "I was charged twice for March.\nFrom here on I want paper bills."))
                        .turn(Turn.typed(Speaker.AGENT, 3_600_000, 3_600_000, "Sorry about that, the refund is on its way."))
                        .turn(Turn.typed(Speaker.CUSTOMER, 7_200_000, 7_200_000, "Thanks!"))
                        .attribute("subject", "Double charge")
                        .build(),
                Interaction.builder("email:root-2@mail.example.com", Channel.EMAIL, start.plusSeconds(86_400))
                        .endedAt(start.plusSeconds(86_400))
                        .customer(new CustomerRef(null, "bob@example.org", null, null))
                        .turn(Turn.typed(Speaker.CUSTOMER, 0, 0, "How do I cancel?"))
                        .attribute("subject", "Cancel")
                        .build());
    }

    @Override
    protected Path write(Path folder, List<Object> records) throws IOException {
        return Files.writeString(folder.resolve("support.mbox"), String.join("", messages(records)));
    }

    @Override
    protected Path writeWithBadRecord(Path folder, List<Object> records) throws IOException {
        List<String> messages = new ArrayList<>(messages(records));
        messages.add(1, "From ann@example.com Mon Mar  2 14:05:11 2026\nFrom: Ann <ann@example.com>\nSubject: no date\n"
                + "Message-ID: <nodate@mail.example.com>\n\nThis message has no Date header.\n\n");
        return Files.writeString(folder.resolve("support.mbox"), String.join("", messages));
    }

    @Override
    protected String badRecordField() {
        return "Date";
    }

    /** One mbox entry per turn, threaded by In-Reply-To and References; body lines "From " escaped (mboxrd). */
    static List<String> messages(List<Object> records) {
        List<String> messages = new ArrayList<>();
        for (Object record : records) {
            Interaction i = (Interaction) record;
            String root = i.id().substring("email:".length());
            List<String> ids = new ArrayList<>();
            for (int t = 0; t < i.turns().size(); t++) {
                Turn turn = i.turns().get(t);
                String id = t == 0 ? root : "reply-" + t + "." + root;
                String from = turn.speaker() == Speaker.CUSTOMER ? i.customer().email() : AGENT_ADDRESS;
                Instant date = i.startedAt().plusMillis(turn.startMs());
                StringBuilder message = new StringBuilder();
                message.append("From ").append(from).append(' ').append(MBOX_DATE.format(date)).append('\n');
                message.append("From: ").append(from).append('\n');
                message.append("To: ").append(turn.speaker() == Speaker.CUSTOMER ? AGENT_ADDRESS : i.customer().email()).append('\n');
                message.append("Date: ").append(RFC_5322.format(date)).append('\n');
                message.append("Subject: ").append(t == 0 ? "" : "Re: ").append(i.attributes().get("subject")).append('\n');
                message.append("Message-ID: <").append(id).append(">\n");
                if (!ids.isEmpty()) {
                    message.append("In-Reply-To: <").append(ids.getLast()).append(">\n");
                    message.append("References: ").append(String.join(" ", ids.stream().map(x -> "<" + x + ">").toList())).append('\n');
                }
                if (turn.speaker() == Speaker.AGENT && i.agentId() != null) {
                    message.append("X-Agent-Id: ").append(i.agentId()).append('\n');
                }
                if (i.queue() != null) {
                    message.append("X-Queue: ").append(i.queue()).append('\n');
                }
                message.append("Content-Type: text/plain; charset=utf-8\n\n");
                for (String line : turn.text().split("\n")) {
                    message.append(line.startsWith("From ") ? ">" + line : line).append('\n');
                }
                message.append('\n');
                messages.add(message.toString());
                ids.add(id);
            }
        }
        return messages;
    }
}
