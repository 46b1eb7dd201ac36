package io.touchpoint.ingest.csv;

import io.touchpoint.core.ingest.Connector;
import io.touchpoint.core.model.Agent;
import io.touchpoint.ingest.ConnectorConformanceTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

class AgentCsvConformanceTest extends ConnectorConformanceTest {

    @Override
    protected Connector connector() {
        return new AgentCsvConnector();
    }

    @Override
    protected List<Object> sample() {
        return List.of(new Agent("A-1", "Dana Cruz", "billing", "senior"), new Agent("A-2", "Lee, Sam", null, null));
    }

    @Override
    protected Path write(Path folder, List<Object> records) throws IOException {
        return Files.write(folder.resolve("agents.csv"), rows(records));
    }

    @Override
    protected Path writeWithBadRecord(Path folder, List<Object> records) throws IOException {
        List<String> rows = new ArrayList<>(rows(records));
        rows.add(2, ",Nameless,retention,junior");
        return Files.write(folder.resolve("agents.csv"), rows);
    }

    @Override
    protected String badRecordField() {
        return "id";
    }

    private static List<String> rows(List<Object> records) {
        List<String> rows = new ArrayList<>();
        rows.add("id,name,team,skill");
        for (Object record : records) {
            Agent a = (Agent) record;
            rows.add(CsvTable.format(Arrays.asList(a.id(), text(a.name()), text(a.team()), text(a.skill()))));
        }
        return rows;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
