package io.touchpoint.insights.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.DesktopEvent;
import io.touchpoint.core.model.DesktopEventType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessReportWriterTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final ProcessReport report = ProcessMining.mine(new DesktopDataset(List.of(
                    new DesktopEvent("A-1", T0.plusSeconds(10), DesktopEventType.PROCESS_START, "crm", "<open & close>", null, null),
                    new DesktopEvent("A-1", T0.plusSeconds(40), DesktopEventType.APP_FOCUS, "billing", null, null, null),
                    new DesktopEvent("A-1", T0.plusSeconds(70), DesktopEventType.PROCESS_END, "billing", "<open & close>", null, null)),
                    List.of(new InteractionWindow("c-1", "A-1", Channel.VOICE, T0, T0.plusSeconds(120))), Map.of(), Map.of(), 365),
            AlignmentSettings.defaults(), MiningSettings.defaults());

    @Test
    void jsonCarriesTheRankedProcessesAndTheirMoney() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ProcessReportWriter.json(report));

        JsonNode first = json.get("processes").get(0);
        assertThat(first.get("process").asText()).isEqualTo("<open & close>");
        assertThat(first.get("medianSeconds").asDouble()).isEqualTo(60.0);
        assertThat(first.get("yearlyValueOfShrinking").asDouble()).isEqualTo(1.0);
        assertThat(first.get("variants").get(0).get("applications")).hasSize(2);
        assertThat(json.get("cost").get("costPerAgentMinute").asDouble()).isEqualTo(1.0);
    }

    @Test
    void csvHasOneRowPerProcessUnderANamedHeader() {
        List<String> lines = ProcessReportWriter.csv(report).lines().toList();

        assertThat(lines).hasSize(2);
        assertThat(lines.getFirst()).startsWith("rank,process,instances").contains("value_of_shrinking_60s");
        assertThat(lines.get(1)).startsWith("1,\"<open & close>\",1,0,60.0").contains("crm > billing");
    }

    @Test
    void htmlIsSelfContainedAndEscapesNames() {
        String html = ProcessReportWriter.html(report);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("&lt;open &amp; close&gt;")
                .doesNotContain("<open & close>").doesNotContain("<script").doesNotContain("src=\"http");
    }
}
