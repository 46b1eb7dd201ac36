package io.touchpoint.speech;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.speech.audio.WavCodec;
import io.touchpoint.speech.ingest.CallIngestor;
import io.touchpoint.speech.ingest.CallMetadata;
import io.touchpoint.speech.synthesis.SynthesizedCall;
import io.touchpoint.speech.transcript.SpeechAttributes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recognizer's alternatives go around the turns' redaction: a spoken card number must not reach storage through them. */
class AlternativesPrivacyTest {

    /** Four digits in a row, spoken or written: more of a card number than any stored text may hold. */
    private static final Pattern DIGIT_RUN = Pattern.compile(
            "(?:\\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|for|to|too|won|ate)\\b\\s*){4,}|\\d{4,}");

    @TempDir
    Path folder;

    @Test
    void aCardNumberSpokenInACallIsInNoStoredAlternative() throws Exception {
        Path model = SharedResources.cmuModel();
        var espeak = SharedResources.espeak();
        List<Turn> script = List.of(
                Turn.typed(Speaker.AGENT, 0, 0, "Thank you for calling. Can I have the card number please?"),
                Turn.typed(Speaker.CUSTOMER, 0, 0, "Yes. It is 4 1 1 1, 1 1 1 1, 1 1 1 1, 1 1 1 1."),
                Turn.typed(Speaker.AGENT, 0, 0, "Thank you. I will talk to my manager about the late fee."));
        SynthesizedCall call = SynthesizedCall.of(espeak, script, 8000, 600, true);
        Path file = folder.resolve("card.wav");
        WavCodec.write(call.audio(), WavCodec.Encoding.MU_LAW, file);

        SpeechConfig config = SpeechConfig.from(Map.of("speech.model", model.toString(), "speech.redact-audio", "false"));
        try (CallIngestor ingestor = new CallIngestor(config, config.recognizerFactory(1))) {
            CallIngestor.ProcessedCall processed = ingestor.process(file, CallMetadata.NONE);
            String raw = String.join("\n", processed.transcript().alternatives().values().stream().flatMap(List::stream).toList());
            String stored = processed.interaction().attributes().getOrDefault(SpeechAttributes.ALTERNATIVES, "");
            System.out.println("RAW ALTERNATIVES\n" + raw + "\nSTORED\n" + stored);

            // The recognizer did hear digits in its alternatives (else this test would show nothing)...
            assertThat(DIGIT_RUN.matcher(raw).find()).as("digit runs in the raw alternatives").isTrue();
            // ...other turns' alternatives are kept...
            assertThat(stored).isNotBlank();
            // ...and none of the stored ones holds four digits in a row, nor is of a turn where any alternative did.
            assertThat(DIGIT_RUN.matcher(stored).find()).as("digit runs in the stored alternatives").isFalse();
            processed.transcript().alternatives().forEach((turn, alternatives) -> {
                if (alternatives.stream().anyMatch(alternative -> DIGIT_RUN.matcher(alternative).find())) {
                    assertThat(stored.lines()).noneMatch(line -> line.startsWith(turn + ":"));
                }
            });
        }
    }
}
