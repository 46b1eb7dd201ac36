package io.touchpoint.speech.audio;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Opens call recordings: WAV through {@link WavCodec}; FLAC (and any other format a
 * {@code javax.sound} service provider on the class path reads) through {@link AudioSystem},
 * converted to 16-bit PCM.
 */
public final class AudioFiles {

    /** File name endings read as audio. */
    public static final Set<String> EXTENSIONS = Set.of("wav", "wave", "flac", "au", "aiff", "aif");

    private AudioFiles() {
    }

    public static boolean isAudio(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    /**
     * Reads a recording.
     *
     * @throws AudioFormatException when the file is not audio this reader can decode
     * @throws IOException when the file cannot be read
     */
    public static PcmAudio read(Path file) throws IOException {
        byte[] head = new byte[12];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(head, 0, head.length);
            if (read == head.length && WavCodec.looksLikeWav(head)) {
                return WavCodec.read(file);
            }
        }
        return readThroughJavaSound(file);
    }

    private static PcmAudio readThroughJavaSound(Path file) throws IOException {
        String name = file.getFileName().toString();
        try (AudioInputStream source = AudioSystem.getAudioInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            AudioFormat format = source.getFormat();
            int channels = format.getChannels();
            int rate = Math.round(format.getSampleRate());
            AudioFormat pcm = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, format.getSampleRate(), 16, channels,
                    channels * 2, format.getSampleRate(), false);
            try (AudioInputStream decoded = AudioSystem.getAudioInputStream(pcm, source)) {
                byte[] bytes = decoded.readAllBytes();
                int frames = bytes.length / (channels * 2);
                short[][] samples = new short[channels][frames];
                ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
                for (int frame = 0; frame < frames; frame++) {
                    for (int channel = 0; channel < channels; channel++) {
                        samples[channel][frame] = buffer.getShort();
                    }
                }
                return new PcmAudio(rate, samples);
            } catch (IllegalArgumentException e) {
                throw new AudioFormatException(name + ": cannot convert " + format + " to PCM: " + e.getMessage());
            }
        } catch (UnsupportedAudioFileException e) {
            throw new AudioFormatException(name + ": not a supported audio file (WAV PCM/mu-law/A-law, FLAC); "
                    + "convert it, e.g. with 'sox " + name + " -b 16 out.wav'");
        }
    }
}
