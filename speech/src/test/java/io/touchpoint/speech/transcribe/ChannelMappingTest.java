package io.touchpoint.speech.transcribe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelMappingTest {

    @Test
    void parsesAndPrintsAMapping() {
        ChannelMapping mapping = ChannelMapping.parse("1=agent, 0=customer");
        assertThat(mapping.channels()).isEqualTo(Map.of(1, Speaker.AGENT, 0, Speaker.CUSTOMER));
        assertThat(mapping.toString()).isEqualTo("0=customer,1=agent");
        assertThat(mapping.swapped().toString()).isEqualTo("0=agent,1=customer");
    }

    @Test
    void rejectsBadMappingsNamingThePart() {
        assertThatThrownBy(() -> ChannelMapping.parse("left=agent")).isInstanceOf(TouchpointException.class)
                .hasMessageContaining("'left' is not a channel number");
        assertThatThrownBy(() -> ChannelMapping.parse("0=agent,0=customer")).hasMessageContaining("names channel 0 twice");
        assertThatThrownBy(() -> ChannelMapping.parse("0=robot")).hasMessageContaining("unknown speaker 'robot'");
        assertThatThrownBy(() -> ChannelMapping.parse("0 agent")).hasMessageContaining("is not CHANNEL=SPEAKER");
    }

    @Test
    void checkFlagsAgentPhrasesOnTheCustomerSide() {
        List<Turn> swapped = List.of(
                new Turn(Speaker.CUSTOMER, 0, 3000, "thank you for calling my name is dan how can i help", 0.7),
                new Turn(Speaker.AGENT, 3500, 6000, "my internet is down again", 0.7),
                new Turn(Speaker.CUSTOMER, 6500, 9000, "let me check that is there anything else", 0.7));
        assertThat(ChannelCheck.check(swapped).swapped()).isTrue();
        List<Turn> right = swapped.stream().map(turn -> new Turn(turn.speaker() == Speaker.AGENT ? Speaker.CUSTOMER
                : Speaker.AGENT, turn.startMs(), turn.endMs(), turn.text(), turn.confidence())).toList();
        assertThat(ChannelCheck.check(right).swapped()).isFalse();
    }

    @Test
    void aCustomerThankingTheAgentOnceIsNotASwap() {
        List<Turn> turns = List.of(
                new Turn(Speaker.AGENT, 0, 3000, "hello how can i help", 0.7),
                new Turn(Speaker.CUSTOMER, 3500, 6000, "i can help you find the problem it is the router", 0.7));
        assertThat(ChannelCheck.check(turns).swapped()).isFalse();
    }

    @Test
    void anAgentGreetingWithTheShortWordMisheardStillCounts() {
        // As recognized from a synthesized call: "how can i help" came out without the "i".
        List<Turn> swapped = List.of(
                new Turn(Speaker.CUSTOMER, 230, 4700, "thank you for the ollie minute then how can help you with a", 0.4),
                new Turn(Speaker.AGENT, 6020, 10140, "hi my unit and chat be held updated yesterday", 0.2));
        assertThat(ChannelCheck.check(swapped).swapped()).isTrue();
    }
}
