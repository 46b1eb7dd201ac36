package io.touchpoint.speech;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.analysis.Pipeline;
import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.ingest.IngestRecord;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.rules.RuleAnalyzer;
import io.touchpoint.rules.RuleSet;
import io.touchpoint.simulator.ContactCenterSimulator;
import io.touchpoint.simulator.GroundTruth;
import io.touchpoint.simulator.SimulatedContactCenter;
import io.touchpoint.simulator.SimulationConfig;
import io.touchpoint.speech.audio.WavCodec;
import io.touchpoint.speech.ingest.AudioCallConnector;
import io.touchpoint.speech.metrics.AudioMetricsAnalyzer;
import io.touchpoint.speech.synthesis.SynthesizedCall;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Audio made from simulator calls with espeak-ng, through the connector and the rules, to the planted finding. */
class EndToEndCallTest {

    @TempDir
    Path folder;

    @Test
    void plantedMissingRecordingDisclosureSurvivesAudioAndRecognition() throws Exception {
        Path model = SharedResources.cmuModel();
        var espeak = SharedResources.espeak();
        SimulatedContactCenter center = new ContactCenterSimulator(SimulationConfig.of(120, 11)).generate();
        Set<String> missing = center.truth().interactionsByPattern().get(GroundTruth.RECORDING_DISCLOSURE_MISSING);
        Interaction planted = center.interactions().stream()
                .filter(interaction -> interaction.channel() == Channel.VOICE && missing.contains(interaction.id()))
                .filter(interaction -> interaction.turns().size() >= 4)
                .findFirst().orElseThrow();
        SynthesizedCall call = SynthesizedCall.of(espeak, planted.turns().subList(0, 4), 8000, 600, true);
        WavCodec.write(call.audio(), WavCodec.Encoding.MU_LAW, folder.resolve("planted.wav"));

        List<IngestRecord> records = new ArrayList<>();
        IngestOptions options = IngestOptions.defaults().withSettings(Map.of("speech.model", model.toString()));
        new AudioCallConnector().readAll(List.of(folder.resolve("planted.wav")), options, records::add);

        assertThat(records).singleElement().isInstanceOf(IngestRecord.InteractionRecord.class);
        Interaction transcribed = ((IngestRecord.InteractionRecord) records.getFirst()).interaction();
        System.out.println("SCRIPT " + call.spoken());
        transcribed.turns().forEach(turn -> System.out.println("HEARD " + turn));
        AnalyzedInteraction analyzed = new Pipeline(List.of(AudioMetricsAnalyzer.standard(),
                new RuleAnalyzer(RuleSet.builtIn()))).run(transcribed);
        analyzed.findings().forEach(finding -> System.out.println("FOUND " + finding));
        Finding violation = analyzed.findings().stream()
                .filter(finding -> finding.name().contains("disclosure_missing")).findFirst().orElseThrow();
        assertThat(violation.confidence()).isBetween(0.0, 1.0);
    }
}
