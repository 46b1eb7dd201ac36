package io.touchpoint.speech.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.speech.transcript.SpeechAttributes;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AudioMetricsAnalyzerTest {

    private static Interaction call(List<Turn> turns, String soundWithoutWords) {
        return Interaction.builder("c-1", Channel.VOICE, Instant.parse("2026-03-02T14:05:11Z"))
                .turns(turns)
                .attribute(SpeechAttributes.SOUND_WITHOUT_WORDS, soundWithoutWords)
                .attribute("speech.loudness_dbfs.agent", "-21.5")
                .build();
    }

    private static Finding metric(AnalyzedInteraction result, String name) {
        return result.findings().stream().filter(finding -> finding.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void measuresTalkSilenceHoldOvertalkAndWhoInterruptedWhom() {
        Interaction interaction = call(List.of(
                new Turn(Speaker.AGENT, 1_000, 5_000, "thank you for calling how can i help", 0.8),
                new Turn(Speaker.CUSTOMER, 5_500, 12_000, "my bill is wrong again this month and i want", 0.7),
                // the agent cuts in at 10 s, two seconds before the customer stops
                new Turn(Speaker.AGENT, 10_000, 14_000, "let me check that for you right now", 0.9),
                // 4 s of silence, then 45 s of hold music (sound without words), then the agent is back
                new Turn(Speaker.AGENT, 18_000, 19_000, "one moment", 0.9),
                new Turn(Speaker.AGENT, 65_000, 68_000, "thanks for holding", 0.9)),
                "19500-64500");
        AnalyzedInteraction result = AudioMetricsAnalyzer.standard().analyze(AnalyzedInteraction.of(interaction));

        assertThat(metric(result, "talk_time_agent_s").score()).isEqualTo(12.0);
        assertThat(metric(result, "talk_time_customer_s").score()).isEqualTo(6.5);
        assertThat(metric(result, "silence_count").score()).isEqualTo(2); // 14-18 s and 19-65 s
        assertThat(metric(result, "silence_total_s").score()).isEqualTo(50.0);
        // the 45 s of music lie inside the 46 s silence: one hold
        assertThat(metric(result, "hold_count").score()).isEqualTo(1);
        assertThat(metric(result, "hold_total_s").score()).isEqualTo(46.0);
        assertThat(metric(result, "overtalk_s").score()).isEqualTo(2.0);
        Finding byAgent = metric(result, "interruptions_by_agent");
        assertThat(byAgent.score()).isEqualTo(1);
        assertThat(byAgent.label()).isEqualTo("agent->customer");
        assertThat(byAgent.evidence().getFirst().turnIndex()).isEqualTo(2);
        assertThat(metric(result, "interruptions_by_customer").score()).isZero();
        assertThat(metric(result, "time_to_first_agent_response_s").score()).isEqualTo(1.0);
        assertThat(metric(result, "loudness_agent_dbfs").score()).isEqualTo(-21.5);
        // 10 customer words in 6.5 s of talk
        assertThat(metric(result, "speaking_rate_customer_wpm").score()).isCloseTo(10 * 60 / 6.5, org.assertj.core.data.Offset.offset(0.01));
        assertThat(result.findings()).allSatisfy(finding -> assertThat(finding.type()).isEqualTo("metric"));
    }

    @Test
    void backchannelUnderASecondIsNotAnInterruption() {
        Interaction interaction = call(List.of(
                new Turn(Speaker.CUSTOMER, 0, 8_000, "so the technician came and left and nothing works", 0.8),
                new Turn(Speaker.AGENT, 4_000, 4_500, "mm hmm", 0.6)), "");
        AnalyzedInteraction result = AudioMetricsAnalyzer.standard().analyze(AnalyzedInteraction.of(interaction));
        assertThat(metric(result, "interruptions_by_agent").score()).isZero();
        assertThat(metric(result, "overtalk_s").score()).isEqualTo(0.5);
    }

    @Test
    void usesWordTimesOverTurnTimesWhenTheCallWasTranscribed() {
        Interaction interaction = Interaction.builder("c-2", Channel.VOICE, Instant.EPOCH)
                .turn(new Turn(Speaker.AGENT, 0, 10_000, "hello there", 0.9))
                // the turn spans 10 s but the two words are 4 s apart: a silence inside the turn
                .attribute(SpeechAttributes.WORDS, "0:0-5:0-500:0.900 0:6-11:4600-5000:0.800")
                .build();
        AnalyzedInteraction result = AudioMetricsAnalyzer.standard().analyze(AnalyzedInteraction.of(interaction));
        assertThat(metric(result, "talk_time_agent_s").score()).isEqualTo(0.9);
        assertThat(metric(result, "silence_count").score()).isEqualTo(1);
        assertThat(metric(result, "recognition_confidence").confidence()).isCloseTo(0.85, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void leavesWrittenChannelsAlone() {
        Interaction chat = Interaction.builder("m-1", Channel.CHAT, Instant.EPOCH)
                .turn(Turn.typed(Speaker.CUSTOMER, 0, 1000, "hi")).build();
        assertThat(AudioMetricsAnalyzer.standard().analyze(AnalyzedInteraction.of(chat)).findings()).isEmpty();
    }
}
