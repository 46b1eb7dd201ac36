package io.touchpoint.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ShowCommandTest {

    @Test
    void transcribedCallAttributesAreSummarizedAndTheRestShownInKeyOrder() {
        String shown = ShowCommand.readableAttributes(Map.of(
                "speech.words", "0:0-5:150-370:0.046 0:6-9:650-1110:0.994 1:0-4:2000-2300:0.5",
                "speech.alternatives", "0:hello there\n0:hollow there\n1:fine thanks",
                "region", "north",
                "note", "x".repeat(200)));

        assertThat(shown).isEqualTo("{note=" + "x".repeat(117) + "..., region=north, "
                + "speech.alternatives=(3 alternative transcripts of turns), "
                + "speech.words=(3 words with times and confidences)}");
    }
}
