package io.touchpoint.speech;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.speech.pocketsphinx.PocketSphinxEngine;
import io.touchpoint.speech.segmentation.TimeSpan;
import io.touchpoint.speech.synthesis.EspeakSynthesizer;
import io.touchpoint.speech.synthesis.SynthesizedCall;
import io.touchpoint.speech.transcribe.CallTranscriber;
import io.touchpoint.speech.transcribe.ChannelCheck;
import io.touchpoint.speech.transcribe.ChannelMapping;
import io.touchpoint.speech.transcribe.TranscriptionOptions;
import io.touchpoint.speech.transcript.Transcript;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two-voice calls spoken by espeak-ng: the stereo channel mapping and its check (a swapped
 * mapping is a known complaint), and mono diarization measured against where each turn was put.
 */
class SynthesizedCallTest {

    static final List<Turn> SCRIPT = List.of(
            Turn.typed(Speaker.AGENT, 0, 0, "Thank you for calling. My name is Dan. How can I help you today?"),
            Turn.typed(Speaker.CUSTOMER, 0, 0, "Hi. My internet has been down since yesterday morning."),
            Turn.typed(Speaker.AGENT, 0, 0, "I am sorry to hear that. Let me check your account. Is there anything else?"),
            Turn.typed(Speaker.CUSTOMER, 0, 0, "No, that is all. The router light is red."));

    static PocketSphinxEngine engine;
    static EspeakSynthesizer espeak;

    @BeforeAll
    static void load() {
        engine = PocketSphinxEngine.of(SharedResources.cmuModel());
        espeak = SharedResources.espeak();
    }

    @AfterAll
    static void release() {
        engine = null;
    }

    private static Transcript transcribe(SynthesizedCall call, TranscriptionOptions options) {
        try (CallTranscriber transcriber = new CallTranscriber(engine, options)) {
            return transcriber.transcribe(call.audio());
        }
    }

    @Test
    void swappedChannelMappingIsFlaggedAndFixedByTheCheck() {
        SynthesizedCall call = SynthesizedCall.of(espeak, SCRIPT, 8000, 700, true);
        ChannelMapping swapped = ChannelMapping.parse("0=customer,1=agent");

        // Recognition is the slow part and does not depend on the check: two runs show all three modes.
        Transcript unchecked = transcribe(call, TranscriptionOptions.defaults().withChannels(swapped)
                .withChannelCheck(ChannelCheck.Mode.OFF));
        Transcript fixed = transcribe(call, TranscriptionOptions.defaults().withChannels(swapped)
                .withChannelCheck(ChannelCheck.Mode.FIX));
        unchecked.turns().forEach(turn -> System.out.println("SWAPPED " + turn));

        // What the complaint is about: swapped and unchecked, the agent's greeting is the customer's.
        assertThat(unchecked.warnings()).isEmpty();
        assertThat(unchecked.turns().getFirst().speaker()).isEqualTo(Speaker.CUSTOMER);
        // warn mode: the same verdict, reported
        assertThat(ChannelCheck.check(unchecked.turns()).swapped()).isTrue();
        // fix mode: agent and customer exchanged back, with a warning saying so
        assertThat(fixed.warnings()).singleElement().asString().contains("exchanged");
        assertThat(fixed.turns()).extracting(Turn::speaker)
                .containsExactly(Speaker.AGENT, Speaker.CUSTOMER, Speaker.AGENT, Speaker.CUSTOMER);
        assertThat(fixed.turns()).extracting(Turn::text).isEqualTo(unchecked.turns().stream().map(Turn::text).toList());
        // the right mapping passes the check
        assertThat(ChannelCheck.check(fixed.turns()).swapped()).isFalse();
    }

    @Test
    void monoCallIsSplitIntoTheTwoVoices() {
        SynthesizedCall call = SynthesizedCall.of(espeak, SCRIPT, 16000, 700, false);
        Transcript transcript = transcribe(call, TranscriptionOptions.defaults().withChannelCheck(ChannelCheck.Mode.OFF));
        // Diarization error: the share of scripted speech time whose recognized words carry the wrong speaker.
        long total = 0;
        long wrong = 0;
        for (SynthesizedCall.Spoken spoken : call.spoken()) {
            for (var word : transcript.words()) {
                long overlap = new TimeSpan(word.startMs(), word.endMs()).overlapMs(spoken.span());
                total += overlap;
                if (word.speaker() != spoken.speaker()) {
                    wrong += overlap;
                }
            }
        }
        double error = (double) wrong / total;
        System.out.printf("mono diarization: %.1f%% of word time attributed to the wrong speaker%n", 100 * error);
        assertThat(total).isGreaterThan(5_000);
        assertThat(error).isLessThan(0.10);
    }
}
