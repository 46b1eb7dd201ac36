package io.touchpoint.speech.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavCodecTest {

    @TempDir
    Path folder;

    private static PcmAudio stereoTone(int rate) {
        short[] left = new short[rate / 2];
        short[] right = new short[rate / 2];
        for (int index = 0; index < left.length; index++) {
            left[index] = (short) (8000 * Math.sin(2 * Math.PI * 440 * index / rate));
            right[index] = (short) (-3000 * Math.sin(2 * Math.PI * 700 * index / rate));
        }
        return new PcmAudio(rate, new short[][] {left, right});
    }

    @Test
    void roundTripsSixteenBitStereoExactly() throws Exception {
        PcmAudio audio = stereoTone(16000);
        WavCodec.write(audio, WavCodec.Encoding.PCM, folder.resolve("a.wav"));
        PcmAudio read = AudioFiles.read(folder.resolve("a.wav"));
        assertThat(read.sampleRate()).isEqualTo(16000);
        assertThat(read.channelCount()).isEqualTo(2);
        assertThat(read.channel(0)).isEqualTo(audio.channel(0));
        assertThat(read.channel(1)).isEqualTo(audio.channel(1));
    }

    @Test
    void roundTripsTelephonyMuLawAndALawWithinCompandingError() throws Exception {
        PcmAudio audio = stereoTone(8000);
        for (WavCodec.Encoding encoding : new WavCodec.Encoding[] {WavCodec.Encoding.MU_LAW, WavCodec.Encoding.A_LAW}) {
            Path file = folder.resolve(encoding + ".wav");
            WavCodec.write(audio, encoding, file);
            assertThat(Files.size(file)).isLessThan(44 + 2L * audio.frames() + 16); // one byte per sample
            PcmAudio read = AudioFiles.read(file);
            short[] original = audio.channel(0);
            short[] decoded = read.channel(0);
            for (int index = 0; index < original.length; index++) {
                // G.711 keeps about 3% relative precision plus a small absolute step near zero
                assertThat(Math.abs(decoded[index] - original[index]))
                        .as("%s sample %d", encoding, index).isLessThanOrEqualTo(Math.abs(original[index]) / 16 + 40);
            }
        }
    }

    @Test
    void readsEightBitUnsignedPcm() {
        byte[] wav = WavCodec.encode(PcmAudio.mono(8000, new short[] {0}), WavCodec.Encoding.PCM);
        // rewrite as an 8-bit file holding the samples 128 (zero), 255 (near +1) and 0 (-1)
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(wav, 0, 44).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        byte[] eightBit = new byte[44 + 3];
        System.arraycopy(wav, 0, eightBit, 0, 44);
        java.nio.ByteBuffer edit = java.nio.ByteBuffer.wrap(eightBit).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        edit.putShort(32, (short) 1).putShort(34, (short) 8).putInt(40, 3);
        eightBit[44] = (byte) 128;
        eightBit[45] = (byte) 255;
        eightBit[46] = 0;
        assertThat(header.getShort(34)).isEqualTo((short) 16);
        PcmAudio audio = WavCodec.decode(eightBit, "eight.wav");
        assertThat(audio.channel(0)).containsExactly((short) 0, (short) 32512, (short) -32768);
    }

    @Test
    void rejectsTextFileWithMessageNamingTheFile() throws Exception {
        Path file = folder.resolve("notes.wav");
        Files.writeString(file, "this is not audio at all, just text");
        assertThatThrownBy(() -> AudioFiles.read(file)).isInstanceOf(AudioFormatException.class)
                .hasMessageContaining("notes.wav");
    }

    @Test
    void rejectsTruncatedHeaderWithoutDataChunk() {
        byte[] wav = WavCodec.encode(PcmAudio.mono(8000, new short[100]), WavCodec.Encoding.PCM);
        byte[] truncated = java.util.Arrays.copyOf(wav, 30);
        assertThatThrownBy(() -> WavCodec.decode(truncated, "cut.wav")).isInstanceOf(AudioFormatException.class)
                .hasMessageContaining("cut.wav");
    }

    @Test
    void toleratesStreamingRecorderDataSizeOfZero() {
        byte[] wav = WavCodec.encode(PcmAudio.mono(8000, new short[] {1, 2, 3, 4}), WavCodec.Encoding.PCM);
        java.nio.ByteBuffer.wrap(wav).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(40, 0);
        assertThat(WavCodec.decode(wav, "live.wav").channel(0)).containsExactly((short) 1, (short) 2, (short) 3, (short) 4);
    }
}
