package io.touchpoint.ingest.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SurrogateEscapeTest {

    @Test
    void roundTripsBytesThatAreNotUtf8() {
        byte[] bytes = {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, (byte) 0xFF};
        String escaped = SurrogateEscape.decode(bytes);
        assertThat(SurrogateEscape.hasEscapes(escaped)).isTrue();
        assertThat(SurrogateEscape.encode(escaped)).isEqualTo(bytes);
        assertThat(SurrogateEscape.printable(escaped)).isEqualTo("caf\uFFFD \uD83D\uDE00\uFFFD");
        assertThat(SurrogateEscape.firstInvalidByte(bytes)).hasValue(4);
    }

    @Test
    void leavesValidTextAlone() {
        String text = "naïve 😀";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(SurrogateEscape.decode(bytes)).isEqualTo(text);
        assertThat(SurrogateEscape.hasEscapes(text)).isFalse();
        assertThat(SurrogateEscape.firstInvalidByte(bytes)).isEmpty();
    }
}
