package io.touchpoint.speech.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.speech.audio.PcmAudio;
import io.touchpoint.speech.recognition.RecognizedWord;
import io.touchpoint.speech.segmentation.TimeSpan;
import io.touchpoint.speech.transcript.Transcript;
import io.touchpoint.speech.transcript.TurnBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AudioRedactorTest {

    @Test
    void silencesTheWordsOfASpokenCardNumberOnEveryChannel() {
        String said = "my card number is four one one one one one one one one one one one one one one one thanks";
        List<TurnBuilder.SpokenWord> words = new ArrayList<>();
        long at = 1_000;
        for (String word : said.split(" ")) {
            words.add(new TurnBuilder.SpokenWord(Speaker.CUSTOMER, new RecognizedWord(word, at, at + 300, 0.8)));
            at += 400;
        }
        TurnBuilder.Built built = TurnBuilder.standard().build(words);
        Transcript transcript = new Transcript("test", 10_000, built.turns(), built.words(), Map.of(), List.of(), Map.of(), List.of());
        Interaction interaction = Interaction.builder("c-1", Channel.VOICE, Instant.EPOCH).turns(built.turns()).build();

        List<TimeSpan> spans = AudioRedactor.standard().spansToSilence(transcript, interaction);

        // the sixteen digit words run from the 5th word (1000 + 4 * 400 = 2600 ms) to the 20th (ends 8900 ms)
        assertThat(spans).singleElement().satisfies(span -> {
            assertThat(span.startMs()).isBetween(2_400L, 2_600L);
            assertThat(span.endMs()).isBetween(8_900L, 9_100L);
        });
        short[] loud = new short[16_000 * 10];
        java.util.Arrays.fill(loud, (short) 1000);
        PcmAudio redacted = AudioRedactor.silence(new PcmAudio(16_000, new short[][] {loud, loud}), spans);
        for (int channel = 0; channel < 2; channel++) {
            short[] samples = redacted.channel(channel);
            assertThat(samples[16 * 5_000]).isZero();          // inside the number
            assertThat(samples[16 * 1_500]).isEqualTo((short) 1000); // "my card" stays
            assertThat(samples[16 * 9_500]).isEqualTo((short) 1000); // "thanks" stays
        }
    }

    @Test
    void aCallWithoutPersonalDataIsLeftAsItIs() {
        List<TurnBuilder.SpokenWord> words = List.of(
                new TurnBuilder.SpokenWord(Speaker.AGENT, new RecognizedWord("hello", 0, 400, 0.9)),
                new TurnBuilder.SpokenWord(Speaker.AGENT, new RecognizedWord("there", 450, 800, 0.9)));
        TurnBuilder.Built built = TurnBuilder.standard().build(words);
        Transcript transcript = new Transcript("test", 1_000, built.turns(), built.words(), Map.of(), List.of(), Map.of(), List.of());
        Interaction interaction = Interaction.builder("c-2", Channel.VOICE, Instant.EPOCH).turns(built.turns()).build();
        assertThat(AudioRedactor.standard().spansToSilence(transcript, interaction)).isEmpty();
    }
}
