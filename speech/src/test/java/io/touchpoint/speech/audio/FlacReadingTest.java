package io.touchpoint.speech.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FLAC, the compressed format, is read through jflac's javax.sound provider. */
class FlacReadingTest {

    @TempDir
    Path folder;

    @Test
    void readsFlacThroughTheJavaSoundProvider() throws Exception {
        short[] samples = new short[16000];
        for (int index = 0; index < samples.length; index++) {
            samples[index] = (short) (5000 * Math.sin(2 * Math.PI * 300 * index / 16000.0));
        }
        Path file = folder.resolve("call.flac");
        Files.write(file, verbatimFlac(samples, 16000, 4096));
        PcmAudio audio = AudioFiles.read(file);
        assertThat(audio.sampleRate()).isEqualTo(16000);
        assertThat(audio.channelCount()).isEqualTo(1);
        assertThat(audio.channel(0)).isEqualTo(samples);
    }

    /**
     * A minimal valid FLAC stream: STREAMINFO plus frames of VERBATIM subframes (no compression,
     * which every decoder must read). Written here because no FLAC encoder is on the class path.
     */
    public static byte[] verbatimFlac(short[] samples, int rate, int blockSize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {'f', 'L', 'a', 'C'});
        out.write(0x80); // last metadata block, type 0 STREAMINFO
        out.write(0);
        out.write(0);
        out.write(34);
        BitWriter info = new BitWriter();
        info.bits(blockSize, 16).bits(blockSize, 16).bits(0, 24).bits(0, 24).bits(rate, 20).bits(0, 3).bits(15, 5)
                .bits(samples.length >>> 4, 32).bits(samples.length & 0xF, 4);
        for (int index = 0; index < 16; index++) {
            info.bits(0, 8); // MD5 unknown
        }
        out.writeBytes(info.bytes());
        int frameNumber = 0;
        for (int start = 0; start < samples.length; start += blockSize, frameNumber++) {
            int size = Math.min(blockSize, samples.length - start);
            BitWriter frame = new BitWriter();
            frame.bits(0x3FFE, 14).bits(0, 1).bits(0, 1).bits(0b0111, 4).bits(rate == 16000 ? 0b0101 : 0b0100, 4)
                    .bits(0, 4).bits(0b100, 3).bits(0, 1);
            if (frameNumber >= 128) {
                throw new IllegalArgumentException("test encoder writes at most 128 frames");
            }
            frame.bits(frameNumber, 8).bits(size - 1, 16);
            frame.bits(crc8(frame.bytes()), 8);
            frame.bits(0b00000010, 8); // VERBATIM subframe, no wasted bits
            for (int index = 0; index < size; index++) {
                frame.bits(samples[start + index] & 0xFFFF, 16);
            }
            byte[] body = frame.bytes();
            out.writeBytes(body);
            int crc = crc16(body);
            out.write(crc >>> 8);
            out.write(crc & 0xFF);
        }
        return out.toByteArray();
    }

    private static int crc8(byte[] data) {
        int crc = 0;
        for (byte value : data) {
            crc ^= value & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x80) != 0 ? ((crc << 1) ^ 0x07) & 0xFF : (crc << 1) & 0xFF;
            }
        }
        return crc;
    }

    private static int crc16(byte[] data) {
        int crc = 0;
        for (byte value : data) {
            crc ^= (value & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x8005) & 0xFFFF : (crc << 1) & 0xFFFF;
            }
        }
        return crc;
    }

    private static final class BitWriter {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private long buffer;
        private int count;

        BitWriter bits(long value, int width) {
            for (int bit = width - 1; bit >= 0; bit--) {
                buffer = (buffer << 1) | ((value >>> bit) & 1);
                if (++count == 8) {
                    bytes.write((int) buffer);
                    buffer = 0;
                    count = 0;
                }
            }
            return this;
        }

        byte[] bytes() {
            if (count != 0) {
                throw new IllegalStateException("not byte aligned");
            }
            return bytes.toByteArray();
        }
    }
}
