package io.touchpoint.speech;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.ingest.IngestRecord;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.rules.RuleSet;
import io.touchpoint.rules.RuleSource;
import io.touchpoint.rules.phonetic.PronunciationDictionaries;
import io.touchpoint.rules.phonetic.PronunciationDictionary;
import io.touchpoint.speech.audio.WavCodec;
import io.touchpoint.speech.ingest.AudioCallConnector;
import io.touchpoint.speech.synthesis.EspeakSynthesizer;
import io.touchpoint.speech.synthesis.SynthesizedCall;
import io.touchpoint.speech.transcript.SpeechAttributes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5, item 8: how many planted rule hits survive recognition errors. Short calls are spoken
 * by espeak-ng with several voices and rates (8 kHz mu-law and 16 kHz), transcribed by
 * PocketSphinx through the audio connector (N-best alternatives redacted and stored), and
 * checked by four rules written three ways: exact phrases, the same phrases by sound
 * ({@code sounds_like}), each with and without the recognizer's alternatives. Control calls say
 * similar things without the phrases; any rule firing on them, or the wrong rule on a planted
 * call, is a false hit.
 */
class RecognitionRobustnessTest {

    @TempDir
    Path folder;

    /** Rule id, its phrases, the sentences that plant it. */
    private record Planted(String rule, List<String> phrases, List<String> sentences) {
    }

    private static final List<Planted> PLANTED = List.of(
            new Planted("debt", List.of("in debt"), List.of(
                    "I am deep in debt right now.", "Honestly we are in debt and cannot pay.",
                    "My husband is in debt to the bank.")),
            new Planted("attorney", List.of("my lawyer", "an attorney"), List.of(
                    "I will talk to my lawyer about this.", "You can call my lawyer tomorrow.",
                    "I have hired an attorney for this.")),
            new Planted("bankruptcy", List.of("bankruptcy"), List.of(
                    "We filed for bankruptcy last month.", "I am thinking about bankruptcy.",
                    "The bankruptcy papers are signed.")),
            new Planted("cancel", List.of("cancel my account"), List.of(
                    "Please cancel my account today.", "I want you to cancel my account now.",
                    "Just cancel my account please.")));

    private static final List<String> CONTROLS = List.of(
            "I am deep in thought right now.", "I will talk to my manager about this.",
            "We filed for a refund last month.", "Please update my account today.",
            "My husband is at the bank today.", "The new papers are signed and sent.");

    private static final List<String> CUSTOMER_VOICES = List.of("en-us+f2", "en-us+m1", "en-gb+f4", "en-us+m7", "en+f3",
            "en-us+m4");
    private static final List<String> AGENT_VOICES = List.of("en-us+m3", "en-gb+m2", "en-us+f1");
    private static final int[] RATES = {140, 160, 175};

    private static String rules(boolean phonetic) {
        StringBuilder yaml = new StringBuilder("pack: robustness\nrules:\n");
        for (Planted planted : PLANTED) {
            String phrases = planted.phrases().stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "));
            yaml.append("  - id: ").append(planted.rule()).append("\n    type: event\n    when: {")
                    .append(phonetic ? "sounds_like" : "phrases").append(": [").append(phrases).append("]}\n");
        }
        return yaml.toString();
    }

    @Test
    void plantedHitsSurviveRecognitionErrorsBetterWithPhoneticMatchingAndAlternatives() throws Exception {
        Path model = SharedResources.cmuModel();
        EspeakSynthesizer espeak = SharedResources.espeak();
        PronunciationDictionary cmu = PronunciationDictionaries.load(model.resolve("cmudict-en-us.dict"));

        Map<String, String> expected = new LinkedHashMap<>(); // call id -> planted rule, "" for controls
        Map<String, String> said = new HashMap<>();
        List<Path> files = new ArrayList<>();
        int n = 0;
        List<String[]> scripts = new ArrayList<>();
        for (Planted planted : PLANTED) {
            for (String sentence : planted.sentences()) {
                scripts.add(new String[] {planted.rule(), sentence});
            }
        }
        for (String control : CONTROLS) {
            scripts.add(new String[] {"", control});
        }
        for (String[] script : scripts) {
            String id = String.format("call-%02d", n);
            List<Turn> turns = List.of(
                    Turn.typed(Speaker.AGENT, 0, 0, "Thank you for calling. How can I help you today?"),
                    Turn.typed(Speaker.CUSTOMER, 0, 0, script[1]));
            SynthesizedCall call = SynthesizedCall.of(espeak.withWordsPerMinute(RATES[n % RATES.length]), turns,
                    n % 2 == 0 ? 8000 : 16000, 500, true, AGENT_VOICES.get(n % AGENT_VOICES.size()),
                    CUSTOMER_VOICES.get(n % CUSTOMER_VOICES.size()));
            Path file = folder.resolve(id + ".wav");
            WavCodec.write(call.audio(), n % 2 == 0 ? WavCodec.Encoding.MU_LAW : WavCodec.Encoding.PCM, file);
            files.add(file);
            expected.put(id, script[0]);
            said.put(id, script[1]);
            n++;
        }

        List<IngestRecord> records = new ArrayList<>();
        long started = System.nanoTime();
        new AudioCallConnector().readAll(files, IngestOptions.defaults().withSettings(Map.of("speech.model", model.toString(),
                "speech.redact-audio", "false")), records::add);
        long transcribeMs = (System.nanoTime() - started) / 1_000_000;
        Map<String, Interaction> calls = new LinkedHashMap<>();
        for (IngestRecord record : records) {
            Interaction interaction = ((IngestRecord.InteractionRecord) record).interaction();
            calls.put(interaction.id(), interaction);
        }
        assertThat(calls.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        long withAlternatives = calls.values().stream().filter(c -> c.attributes().containsKey(SpeechAttributes.ALTERNATIVES)).count();

        RuleSet exact = RuleSet.fromSources(List.of(RuleSource.of("exact.yaml", rules(false))), () -> {
            throw new AssertionError("no semantic rules here");
        }, () -> Optional.of(cmu));
        RuleSet phonetic = RuleSet.fromSources(List.of(RuleSource.of("phonetic.yaml", rules(true))), () -> {
            throw new AssertionError("no semantic rules here");
        }, () -> Optional.of(cmu));

        Map<String, int[]> table = new LinkedHashMap<>();
        table.put("(a) exact phrases", score(exact, calls, expected, false));
        table.put("(a') exact + N-best", score(exact, calls, expected, true));
        table.put("(b) + phonetic", score(phonetic, calls, expected, false));
        table.put("(c) + phonetic + N-best", score(phonetic, calls, expected, true));

        int plantedCount = (int) expected.values().stream().filter(rule -> !rule.isEmpty()).count();
        int controlCount = expected.size() - plantedCount;
        System.out.printf("recognition robustness: %d calls (%d planted, %d controls), %d with stored alternatives, "
                + "transcribed in %.1f s%n", expected.size(), plantedCount, controlCount, withAlternatives, transcribeMs / 1000.0);
        for (Map.Entry<String, int[]> row : table.entrySet()) {
            int[] counts = row.getValue();
            System.out.printf("  %-26s planted hits found %2d/%d (%.0f%%)  false hits on controls %d  wrong rule on planted calls %d%n",
                    row.getKey(), counts[0], plantedCount, 100.0 * counts[0] / plantedCount, counts[1], counts[2]);
        }
        for (Map.Entry<String, Interaction> call : calls.entrySet()) {
            System.out.printf("  %s %-10s said: %-45s heard: %s%n", call.getKey(), expected.get(call.getKey()),
                    said.get(call.getKey()), call.getValue().turns().stream().filter(t -> t.speaker() == Speaker.CUSTOMER)
                            .map(Turn::text).collect(Collectors.joining(" | ")));
            String alternatives = call.getValue().attributes().getOrDefault(SpeechAttributes.ALTERNATIVES, "");
            System.out.printf("      alternatives: %s%n", alternatives.replace("\n", " / "));
        }

        int[] baseline = table.get("(a) exact phrases");
        int[] sounds = table.get("(b) + phonetic");
        int[] robust = table.get("(c) + phonetic + N-best");
        assertThat(withAlternatives).as("calls with stored alternatives").isGreaterThan(expected.size() / 2);
        assertThat(sounds[0]).as("planted hits found with phonetic matching").isGreaterThan(baseline[0]);
        assertThat(robust[0]).as("planted hits found with phonetic matching and N-best").isGreaterThanOrEqualTo(sounds[0]);
        assertThat(robust[1]).as("false hits on control calls").isLessThanOrEqualTo(1);
        assertThat(robust[2]).as("wrong rule on planted calls").isLessThanOrEqualTo(1);
    }

    /** Planted hits found, rules firing on controls, other rules firing on planted calls. */
    private static int[] score(RuleSet rules, Map<String, Interaction> calls, Map<String, String> expected, boolean alternatives) {
        int found = 0;
        int falseOnControls = 0;
        int wrongRule = 0;
        for (Map.Entry<String, Interaction> call : calls.entrySet()) {
            Interaction interaction = call.getValue();
            if (!alternatives) {
                Map<String, String> attributes = new HashMap<>(interaction.attributes());
                attributes.remove(SpeechAttributes.ALTERNATIVES);
                Interaction i = interaction;
                interaction = new Interaction(i.id(), i.channel(), i.direction(), i.startedAt(), i.endedAt(), i.customer(),
                        i.agentId(), i.queue(), i.language(), i.turns(), i.audio(), i.outcome(), attributes);
            }
            Set<String> fired = rules.findings(AnalyzedInteraction.of(interaction)).stream()
                    .filter(finding -> finding.type().equals("event")).map(Finding::name).collect(Collectors.toSet());
            String planted = expected.get(call.getKey());
            if (planted.isEmpty()) {
                falseOnControls += fired.size();
            } else {
                found += fired.contains(planted) ? 1 : 0;
                wrongRule += (int) fired.stream().filter(rule -> !rule.equals(planted)).count();
            }
        }
        return new int[] {found, falseOnControls, wrongRule};
    }
}
