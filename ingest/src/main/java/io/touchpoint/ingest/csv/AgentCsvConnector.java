package io.touchpoint.ingest.csv;

import io.touchpoint.core.ingest.Connector;
import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.ingest.IngestRecord;
import io.touchpoint.core.ingest.RecordSink;
import io.touchpoint.core.ingest.SourceLocation;
import io.touchpoint.core.model.Agent;
import io.touchpoint.ingest.InvalidFieldException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Agents from CSV: columns {@code id} [agent_id], {@code name} [agent_name], {@code team},
 * {@code skill} [level]. Claims a {@code .csv} file whose name contains "agent" and whose header
 * has an id column and no interaction columns (channel, text).
 */
public final class AgentCsvConnector implements Connector {

    private static final String[] ID = {"id", "agent_id"};

    @Override
    public String name() {
        return "agents";
    }

    @Override
    public String description() {
        return "agents from CSV (id, name, team, skill)";
    }

    @Override
    public boolean canRead(Path file) {
        return InteractionCsvConnector.isCsv(file)
                && file.getFileName().toString().toLowerCase(Locale.ROOT).contains("agent")
                && CsvTable.peekHeader(file)
                        .filter(header -> header.find(ID).isPresent() && !header.has("channel") && !header.has("text"))
                        .isPresent();
    }

    @Override
    public void read(Path file, IngestOptions options, RecordSink sink) throws IOException {
        try (CsvTable table = CsvTable.open(file, options.maxRecordBytes())) {
            CsvHeader header = table.header();
            String id = header.find(ID).orElse("id");
            String name = header.find("name", "agent_name").orElse(null);
            String team = header.find("team").orElse(null);
            String skill = header.find("skill", "level").orElse(null);
            CsvTable.Next next;
            while ((next = table.next()) != null) {
                if (next.rejected() != null) {
                    sink.accept(next.rejected());
                } else {
                    CsvRow row = next.row();
                    SourceLocation location = table.location(row.number());
                    try {
                        Agent agent = new Agent(row.required(id), row.text(name), row.text(team), row.text(skill));
                        sink.accept(new IngestRecord.AgentRecord(agent, location));
                    } catch (InvalidFieldException e) {
                        sink.accept(new IngestRecord.Rejected(location, e.field(), e.getMessage(), row.raw()));
                    }
                }
                sink.progress(table.bytesRead());
            }
        }
    }
}
