package io.touchpoint.speech.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.rules.engine.TurnAlternatives;
import io.touchpoint.speech.transcript.SpeechAttributes;
import io.touchpoint.speech.transcript.Transcript;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlternativesRedactorTest {

    private static final List<Turn> TURNS = List.of(
            new Turn(Speaker.AGENT, 0, 2_000, "can i have the card number please", 0.8),
            new Turn(Speaker.CUSTOMER, 2_500, 9_000, "it is four one one one one one one one one one one one one one one one", 0.6),
            new Turn(Speaker.CUSTOMER, 9_500, 11_000, "i will talk to my loyal", 0.5),
            new Turn(Speaker.CUSTOMER, 11_500, 13_000, "my email is on file", 0.7));

    private static Transcript transcript(Map<Integer, List<String>> alternatives) {
        return new Transcript("test", 13_000, TURNS, List.of(), Map.of(), List.of(), alternatives, List.of());
    }

    @Test
    void aTurnWithPersonalDataKeepsNoAlternativesEvenWhenTheyEscapeTheDetector() {
        // A misheard digit breaks the card checksum: the alternative alone may not read as a card.
        Map<Integer, List<String>> kept = AlternativesRedactor.standard().redact(transcript(Map.of(
                1, List.of("it is four one one one one one one one one one one one one one one two", "it is for one one one"),
                2, List.of("i will talk to my lawyer"))));
        assertThat(kept).containsOnlyKeys(2);
        assertThat(kept.get(2)).containsExactly("i will talk to my lawyer");
    }

    @Test
    void personalDataOrADigitRunInOneAlternativeDropsEveryAlternativeOfItsTurn() {
        Map<Integer, List<String>> kept = AlternativesRedactor.standard().redact(transcript(Map.of(
                2, List.of("i will talk to my lawyer", "i will talk to my lawyer john.smith@example.com"),
                3, List.of("my email is on file too", "my pin is one two three four"))));
        assertThat(kept).isEmpty();
        assertThat(AlternativesRedactor.hasDigitRun("card one one one one")).isTrue();
        assertThat(AlternativesRedactor.hasDigitRun("pay 1234 now")).isTrue();
        assertThat(AlternativesRedactor.hasDigitRun("i want one two three things")).isFalse();
    }

    @Test
    void storedAlternativesAreWhatTheRulesEngineReads() {
        String value = SpeechAttributes.alternatives(Map.of(2, List.of("i will talk to my lawyer", "i will talk to my layer"),
                0, List.of("can i have the card number")));
        Interaction interaction = Interaction.builder("c-1", Channel.VOICE, Instant.EPOCH).turns(TURNS)
                .attribute(SpeechAttributes.ALTERNATIVES, value).build();
        assertThat(SpeechAttributes.ALTERNATIVES).isEqualTo(TurnAlternatives.ATTRIBUTE);
        assertThat(TurnAlternatives.of(interaction)).containsExactly(
                new TurnAlternatives.Alternative(0, 1, "can i have the card number"),
                new TurnAlternatives.Alternative(2, 1, "i will talk to my lawyer"),
                new TurnAlternatives.Alternative(2, 2, "i will talk to my layer"));
    }
}
