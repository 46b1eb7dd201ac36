package io.touchpoint.speech.audio;

import static java.util.Objects.requireNonNull;

/**
 * Decoded audio: 16-bit linear PCM samples per channel at one sample rate. Immutable: the
 * constructor and {@link #channel(int)} copy the arrays, so a caller never shares a buffer.
 */
public final class PcmAudio {

    private final int sampleRate;
    private final short[][] channels;

    public PcmAudio(int sampleRate, short[][] channels) {
        if (sampleRate < 4000 || sampleRate > 192_000) {
            throw new IllegalArgumentException("sample rate " + sampleRate + " Hz is outside 4,000-192,000 Hz");
        }
        requireNonNull(channels, "channels is null");
        if (channels.length == 0) {
            throw new IllegalArgumentException("audio has no channels");
        }
        int length = requireNonNull(channels[0], "channel 0 is null").length;
        this.channels = new short[channels.length][];
        for (int index = 0; index < channels.length; index++) {
            short[] channel = requireNonNull(channels[index], () -> "channel is null");
            if (channel.length != length) {
                throw new IllegalArgumentException("channel " + index + " has " + channel.length
                        + " samples, channel 0 has " + length);
            }
            this.channels[index] = channel.clone();
        }
        this.sampleRate = sampleRate;
    }

    public static PcmAudio mono(int sampleRate, short[] samples) {
        return new PcmAudio(sampleRate, new short[][] {samples});
    }

    public int sampleRate() {
        return sampleRate;
    }

    public int channelCount() {
        return channels.length;
    }

    public int frames() {
        return channels[0].length;
    }

    public long durationMs() {
        return frames() * 1000L / sampleRate;
    }

    /** A copy of one channel's samples. */
    public short[] channel(int index) {
        if (index < 0 || index >= channels.length) {
            throw new IllegalArgumentException("channel " + index + " does not exist; the audio has "
                    + channels.length + " channel(s)");
        }
        return channels[index].clone();
    }

    /** The channels averaged into one (a stereo call heard as a mono recording). */
    public short[] mixdown() {
        short[] mixed = new short[frames()];
        for (int frame = 0; frame < mixed.length; frame++) {
            int sum = 0;
            for (short[] channel : channels) {
                sum += channel[frame];
            }
            mixed[frame] = (short) (sum / channels.length);
        }
        return mixed;
    }

    /** The sample index of a time in milliseconds, clamped to the audio. */
    public int frameAt(long ms) {
        long frame = ms * sampleRate / 1000;
        return (int) Math.max(0, Math.min(frames(), frame));
    }
}
