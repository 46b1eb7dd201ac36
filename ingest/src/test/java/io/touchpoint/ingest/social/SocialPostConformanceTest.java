package io.touchpoint.ingest.social;

import io.touchpoint.core.ingest.Connector;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.CustomerRef;
import io.touchpoint.core.model.Direction;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.ingest.ConnectorConformanceTest;
import io.touchpoint.ingest.csv.CsvTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

class SocialPostConformanceTest extends ConnectorConformanceTest {

    private static final String HEADER = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id,company";

    @Override
    protected Connector connector() {
        return new SocialPostConnector();
    }

    @Override
    protected List<Object> sample() {
        Instant start = Instant.parse("2017-10-31T22:10:47Z");
        return List.of(
                Interaction.builder("social:100", Channel.SOCIAL, start)
                        .endedAt(start.plusSeconds(600))
                        .customer(new CustomerRef(null, null, null, "115712"))
                        .agentId("sprintcare")
                        .turn(Turn.typed(Speaker.CUSTOMER, 0, 0, "@sprintcare my phone has no signal, again"))
                        .turn(Turn.typed(Speaker.AGENT, 120_000, 120_000, "@115712 Sorry to hear that! Please DM us."))
                        .turn(Turn.typed(Speaker.CUSTOMER, 600_000, 600_000, "@sprintcare done"))
                        .attribute("company", "sprintcare")
                        .build(),
                Interaction.builder("social:200", Channel.SOCIAL, start.plusSeconds(3600))
                        .direction(Direction.OUTBOUND)
                        .endedAt(start.plusSeconds(3600))
                        .agentId("sprintcare")
                        .turn(Turn.typed(Speaker.AGENT, 0, 0, "Network maintenance tonight"))
                        .build());
    }

    @Override
    protected Path write(Path folder, List<Object> records) throws IOException {
        return Files.write(folder.resolve("posts.csv"), rows(records));
    }

    @Override
    protected Path writeWithBadRecord(Path folder, List<Object> records) throws IOException {
        List<String> rows = new ArrayList<>(rows(records));
        rows.add(2, "999,115712,True,yesterday,@sprintcare hello?,,,sprintcare");
        return Files.write(folder.resolve("posts.csv"), rows);
    }

    @Override
    protected String badRecordField() {
        return "created_at";
    }

    /** Thread root id N, replies N+1, N+2, ... each answering the one before; times in Twitter's format. */
    private static List<String> rows(List<Object> records) {
        java.time.format.DateTimeFormatter twitter = java.time.format.DateTimeFormatter
                .ofPattern("EEE MMM dd HH:mm:ss xx yyyy", java.util.Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC);
        List<String> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Object record : records) {
            Interaction i = (Interaction) record;
            long root = Long.parseLong(i.id().substring("social:".length()));
            for (int t = 0; t < i.turns().size(); t++) {
                Turn turn = i.turns().get(t);
                boolean inbound = turn.speaker() == Speaker.CUSTOMER;
                String author = inbound ? i.customer().handle() : i.agentId();
                Instant at = i.startedAt().plusMillis(turn.startMs());
                rows.add(CsvTable.format(Arrays.asList(String.valueOf(root + t), author, inbound ? "True" : "False",
                        twitter.format(at), turn.text(), t + 1 < i.turns().size() ? String.valueOf(root + t + 1) : "",
                        t == 0 ? "" : String.valueOf(root + t - 1), i.attributes().getOrDefault("company", ""))));
            }
        }
        return rows;
    }
}
