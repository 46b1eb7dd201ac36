package io.touchpoint.cli.speech;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Pipeline;
import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.rules.RuleAnalyzer;
import io.touchpoint.rules.RuleSet;
import io.touchpoint.simulator.ContactCenterSimulator;
import io.touchpoint.simulator.GroundTruth;
import io.touchpoint.simulator.SimulatedContactCenter;
import io.touchpoint.simulator.SimulationConfig;
import io.touchpoint.speech.SpeechConfig;
import io.touchpoint.speech.audio.WavCodec;
import io.touchpoint.speech.ingest.CallIngestor;
import io.touchpoint.speech.ingest.CallMetadata;
import io.touchpoint.speech.metrics.AudioMetricsAnalyzer;
import io.touchpoint.speech.recognition.RecognizerFactory;
import io.touchpoint.speech.synthesis.EspeakSynthesizer;
import io.touchpoint.speech.synthesis.SynthesizedCall;
import io.touchpoint.speech.transcript.SpeechAttributes;
import io.touchpoint.store.TouchpointStore;
import io.touchpoint.text.pii.PiiDetector;
import io.touchpoint.text.pii.PiiRedactionAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A handful of real recorded calls for the demo: simulator conversations spoken by espeak-ng (agent
 * and customer on two channels, 8 kHz mu-law like a phone line), transcribed offline, their
 * personal data redacted in the text and silenced in a redacted copy of the audio, measured
 * (audio metrics) and checked against the built-in rules, whose hits carry the recognizer's
 * confidence. The synthesized originals are deleted: only the redacted audio is kept.
 *
 * <pre>{@code
 * DemoCalls.Result calls = DemoCalls.synthesizeAndIngest(store, dataDir, 3);
 * calls.summary().forEach(System.out::println);
 * }</pre>
 */
public final class DemoCalls {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCalls.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Turns spoken per call: enough for a greeting, the reason and a verification step, and cheap. */
    private static final int TURNS_PER_CALL = 4;
    public static final String PIPELINE_VERSION = "demo-calls/audio-metrics+rules";

    /** What was done, or why nothing was (a missing package or model). */
    public record Result(List<String> interactionIds, List<String> summary, Optional<String> skipped) {
        public Result {
            interactionIds = List.copyOf(interactionIds);
            summary = List.copyOf(summary);
            requireNonNull(skipped, "skipped is null");
        }

        static Result skipped(String reason) {
            return new Result(List.of(), List.of(), Optional.of(reason));
        }
    }

    private DemoCalls() {
    }

    /**
     * Makes {@code calls} calls (1-10) and stores them with their findings. Never fails the demo
     * for a missing espeak-ng or speech model: the result says what is missing instead.
     */
    public static Result synthesizeAndIngest(TouchpointStore store, Path dataDir, int calls) throws IOException {
        requireNonNull(store, "store is null");
        requireNonNull(dataDir, "dataDir is null");
        if (calls < 1 || calls > 10) {
            throw TouchpointException.userError("demo calls: " + calls + " is outside 1-10");
        }
        Optional<EspeakSynthesizer> espeak = EspeakSynthesizer.installed();
        if (espeak.isEmpty()) {
            return Result.skipped("espeak-ng is not installed (apt-get install espeak-ng): no demo calls");
        }
        Path redactedDir = dataDir.resolve("audio").resolve("redacted");
        SpeechConfig config = SpeechConfig.from(Map.of("speech.redacted-dir", redactedDir.toString()));
        RecognizerFactory factory;
        try {
            factory = config.recognizerFactory(1);
        } catch (TouchpointException e) {
            return Result.skipped("no speech engine: " + e.getMessage());
        }
        SimulatedContactCenter center = new ContactCenterSimulator(SimulationConfig.of(150, 5)).generate();
        List<Interaction> chosen = choose(center, calls);
        Path incoming = Files.createDirectories(dataDir.resolve("audio").resolve("incoming"));
        PiiRedactionAnalyzer redaction = new PiiRedactionAnalyzer(PiiDetector.all(), true);
        Pipeline analysis = new Pipeline(List.of(AudioMetricsAnalyzer.standard(), new RuleAnalyzer(RuleSet.builtIn())));
        List<Interaction> stored = new ArrayList<>();
        Map<String, List<io.touchpoint.core.analysis.Finding>> ingestFindings = new java.util.LinkedHashMap<>();
        List<AnalyzedInteraction> analyzed = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        try (CallIngestor ingestor = new CallIngestor(config, factory)) {
            for (int index = 0; index < chosen.size(); index++) {
                Interaction source = chosen.get(index);
                String id = "demo-call-" + (index + 1);
                Path wav = incoming.resolve(id + ".wav");
                SynthesizedCall call = SynthesizedCall.of(espeak.get(), source.turns().subList(0, TURNS_PER_CALL), 8000, 600, true);
                WavCodec.write(call.audio(), WavCodec.Encoding.MU_LAW, wav);
                ObjectNode sidecar = JSON.createObjectNode().put("id", id).put("agentId", source.agentId())
                        .put("customerId", source.customer().id()).put("queue", source.queue())
                        .put("startedAt", source.startedAt().toString()).put("simulated_from", source.id());
                CallIngestor.ProcessedCall processed;
                try {
                    processed = ingestor.process(wav, CallMetadata.of(CallMetadata.flatten(sidecar)));
                } catch (CallMetadata.BadField e) {
                    throw new IllegalStateException("demo sidecar is invalid: " + e.getMessage(), e);
                } finally {
                    Files.deleteIfExists(wav); // the original is not kept: only the redacted copy
                }
                AnalyzedInteraction redacted = redaction.analyze(AnalyzedInteraction.of(processed.interaction()));
                stored.add(redacted.interaction());
                ingestFindings.put(id, redacted.findings());
                AnalyzedInteraction result = analysis.run(redacted);
                analyzed.add(result);
                long ruleHits = result.findings().stream().filter(f -> f.analyzer().equals(RuleSet.ANALYZER_NAME)
                        && !f.label().equals("missing") && !f.type().equals(RuleSet.MATCH_NOTE_TYPE)).count();
                // Hits the rules found only in the recognizer's alternatives (or by sound): a reviewer checks them.
                long approximate = result.findings().stream()
                        .filter(f -> f.type().equals(RuleSet.MATCH_NOTE_TYPE)).count();
                String alternatives = redacted.interaction().attributes().getOrDefault(SpeechAttributes.ALTERNATIVES, "");
                long alternativeLines = alternatives.isBlank() ? 0 : alternatives.lines().count();
                summary.add(String.format(java.util.Locale.ROOT,
                        "%s (%s, %.0f s): %d turns, recognizer confidence %.2f, %d alternative transcript(s) kept, "
                                + "%d audio span(s) redacted, %d rule hit(s) (%d only in an alternative) -> %s",
                        id, source.queue(), call.audio().durationMs() / 1000.0, processed.transcript().turns().size(),
                        processed.transcript().confidence(), alternativeLines, processed.redactedSpans().size(),
                        ruleHits, approximate, processed.redactedAudio().map(Path::toString).orElse("no audio")));
            }
        }
        store.write(new IngestBatch(stored, List.of(), List.of(), List.of(), ingestFindings));
        store.writeAnalysis(analyzed, PIPELINE_VERSION);
        LOG.info("Stored {} demo calls", stored.size());
        return new Result(stored.stream().map(Interaction::id).toList(), summary, Optional.empty());
    }

    /** A call with the planted missing recording disclosure first, then calls with personal data, then any. */
    static List<Interaction> choose(SimulatedContactCenter center, int calls) {
        Set<String> missingDisclosure = center.truth().interactionsByPattern().get(GroundTruth.RECORDING_DISCLOSURE_MISSING);
        Set<String> pii = center.truth().interactionsByPattern().get(GroundTruth.PII);
        return center.interactions().stream()
                .filter(interaction -> interaction.channel() == Channel.VOICE && interaction.turns().size() >= TURNS_PER_CALL)
                .sorted(Comparator.comparingInt((Interaction interaction) -> missingDisclosure.contains(interaction.id()) ? 0
                        : pii.contains(interaction.id()) ? 1 : 2).thenComparing(Interaction::id))
                .limit(calls).toList();
    }
}
