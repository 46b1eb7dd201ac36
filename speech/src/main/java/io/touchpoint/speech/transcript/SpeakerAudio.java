package io.touchpoint.speech.transcript;

/**
 * What the audio says about one speaker, apart from the words.
 *
 * @param loudnessDbfs mean level of the speaker's voiced frames, in dB relative to full scale
 * @param voicedMs how long the speaker's audio was voiced (by energy, recognized or not)
 */
public record SpeakerAudio(double loudnessDbfs, long voicedMs) {

    public SpeakerAudio {
        if (!Double.isFinite(loudnessDbfs) || loudnessDbfs > 0.5) {
            throw new IllegalArgumentException("loudness " + loudnessDbfs + " dBFS is not a level");
        }
        if (voicedMs < 0) {
            throw new IllegalArgumentException("voicedMs is negative: " + voicedMs);
        }
    }
}
