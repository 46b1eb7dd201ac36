package io.touchpoint.ingest.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

    private static BoundedLineReader reader(String text, int max) {
        return new BoundedLineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
    }

    @Test
    void splitsOnNewlinesAndDropsCarriageReturns() throws IOException {
        BoundedLineReader lines = reader("one\r\ntwo\n\nlast", 100);
        assertThat(new String(lines.next().bytes(), StandardCharsets.UTF_8)).isEqualTo("one");
        assertThat(new String(lines.next().bytes(), StandardCharsets.UTF_8)).isEqualTo("two");
        assertThat(lines.next().isBlank()).isTrue();
        BoundedLineReader.Line last = lines.next();
        assertThat(last.terminated()).isFalse();
        assertThat(last.number()).isEqualTo(4);
        assertThat(lines.next()).isNull();
        assertThat(lines.bytesRead()).isEqualTo(14);
    }

    @Test
    void keepsOnlyTheLimitOfAnOversizedLineButCountsItAll() throws IOException {
        BoundedLineReader lines = reader("x".repeat(200_000) + "\nnext\n", 1000);
        BoundedLineReader.Line big = lines.next();
        assertThat(big.oversized()).isTrue();
        assertThat(big.length()).isEqualTo(200_000);
        assertThat(big.bytes()).hasSize(1000);
        BoundedLineReader.Line next = lines.next();
        assertThat(new String(next.bytes(), StandardCharsets.UTF_8)).isEqualTo("next");
        assertThat(next.startOffset()).isEqualTo(200_001);
    }
}
