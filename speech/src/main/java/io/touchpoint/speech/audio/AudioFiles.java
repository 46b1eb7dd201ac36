package io.touchpoint.speech.audio;

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
 * Opens call recordings: WAV through {@link WavCodec}, FLAC through jflac's decoder, and any
 * other format a {@code javax.sound} service provider on the class path reads (AIFF, AU) through
 * {@link AudioSystem}, converted to 16-bit PCM.
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
            if (read >= 4 && head[0] == 'f' && head[1] == 'L' && head[2] == 'a' && head[3] == 'C') {
                return readFlac(file);
            }
        }
        return readThroughJavaSound(file);
    }

    /**
     * FLAC through jflac's decoder. Not through its javax.sound provider: that provider's stream
     * re-reads the metadata its file reader already consumed and fails with an EOFException.
     */
    private static PcmAudio readFlac(Path file) throws IOException {
        String name = file.getFileName().toString();
        java.io.ByteArrayOutputStream pcm = new java.io.ByteArrayOutputStream();
        org.jflac.metadata.StreamInfo[] info = new org.jflac.metadata.StreamInfo[1];
        try (InputStream in = Files.newInputStream(file)) {
            org.jflac.FLACDecoder decoder = new org.jflac.FLACDecoder(in);
            decoder.addPCMProcessor(new org.jflac.PCMProcessor() {
                @Override
                public void processStreamInfo(org.jflac.metadata.StreamInfo streamInfo) {
                    info[0] = streamInfo;
                }

                @Override
                public void processPCM(org.jflac.util.ByteData data) {
                    pcm.write(data.getData(), 0, data.getLen());
                }
            });
            decoder.decode();
        } catch (IOException | RuntimeException e) {
            throw new AudioFormatException(name + ": not a readable FLAC file (" + e + ")");
        }
        if (info[0] == null) {
            throw new AudioFormatException(name + ": FLAC file without stream information");
        }
        int bits = info[0].getBitsPerSample();
        if (bits != 16 && bits != 8 && bits != 24) {
            throw new AudioFormatException(name + ": " + bits + "-bit FLAC is not supported");
        }
        int channels = info[0].getChannels();
        int bytesPerSample = bits / 8;
        byte[] bytes = pcm.toByteArray();
        int frames = bytes.length / (channels * bytesPerSample);
        short[][] samples = new short[channels][frames];
        for (int frame = 0; frame < frames; frame++) {
            for (int channel = 0; channel < channels; channel++) {
                int at = (frame * channels + channel) * bytesPerSample;
                samples[channel][frame] = switch (bytesPerSample) {
                    case 1 -> (short) (((bytes[at] & 0xFF) - 128) << 8);
                    case 2 -> (short) ((bytes[at] & 0xFF) | (bytes[at + 1] << 8));
                    default -> (short) ((bytes[at + 1] & 0xFF) | (bytes[at + 2] << 8));
                };
            }
        }
        return new PcmAudio(info[0].getSampleRate(), samples);
    }

    private static PcmAudio readThroughJavaSound(Path file) throws IOException {
        String name = file.getFileName().toString();
        // From the file, not a stream: jflac's reader leaves a stream past the metadata its decoder reads again.
        try (AudioInputStream source = AudioSystem.getAudioInputStream(file.toFile())) {
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
