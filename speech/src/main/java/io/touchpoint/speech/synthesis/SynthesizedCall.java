package io.touchpoint.speech.synthesis;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.speech.audio.PcmAudio;
import io.touchpoint.speech.audio.Resampler;
import io.touchpoint.speech.segmentation.TimeSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * A two-party call made from scripted turns: the agent's voice on channel 0 and the customer's on
 * channel 1 (or both mixed on one channel), with a pause between turns, at a chosen sample rate
 * (8 kHz for telephone audio). Keeps where each turn was placed, as ground truth.
 *
 * @param audio the call
 * @param spoken each turn with the time span it was placed at
 */
public record SynthesizedCall(PcmAudio audio, List<Spoken> spoken) {

    /** One scripted turn and where it is in the audio. */
    public record Spoken(Speaker speaker, String text, TimeSpan span) {
    }

    public SynthesizedCall {
        requireNonNull(audio, "audio is null");
        spoken = List.copyOf(requireNonNull(spoken, "spoken is null"));
    }

    public static final String AGENT_VOICE = "en-us+m3";
    public static final String CUSTOMER_VOICE = "en-us+f2";

    /**
     * Speaks {@code turns} (agent and customer only) one after another.
     *
     * @param gapMs silence between turns
     * @param stereo agent on channel 0 and customer on channel 1, or one mixed channel
     */
    public static SynthesizedCall of(EspeakSynthesizer espeak, List<Turn> turns, int sampleRate, long gapMs, boolean stereo) {
        return of(espeak, turns, sampleRate, gapMs, stereo, AGENT_VOICE, CUSTOMER_VOICE);
    }

    /** The same with other espeak-ng voices, e.g. {@code en-us+m1} for the agent and {@code en-gb+f4} for the customer. */
    public static SynthesizedCall of(EspeakSynthesizer espeak, List<Turn> turns, int sampleRate, long gapMs, boolean stereo,
            String agentVoice, String customerVoice) {
        List<short[]> pieces = new ArrayList<>();
        List<Speaker> speakers = new ArrayList<>();
        List<Spoken> spoken = new ArrayList<>();
        long at = 300;
        for (Turn turn : turns) {
            if (turn.speaker() != Speaker.AGENT && turn.speaker() != Speaker.CUSTOMER || turn.text().isBlank()) {
                continue;
            }
            PcmAudio speech = espeak.speak(turn.text(), turn.speaker() == Speaker.AGENT ? agentVoice : customerVoice);
            short[] samples = Resampler.resample(speech.mixdown(), speech.sampleRate(), sampleRate);
            long duration = samples.length * 1000L / sampleRate;
            spoken.add(new Spoken(turn.speaker(), turn.text(), new TimeSpan(at, at + duration)));
            pieces.add(samples);
            speakers.add(turn.speaker());
            at += duration + gapMs;
        }
        int frames = (int) ((at + 300) * sampleRate / 1000);
        short[][] channels = new short[stereo ? 2 : 1][frames];
        for (int index = 0; index < pieces.size(); index++) {
            int channel = stereo && speakers.get(index) == Speaker.CUSTOMER ? 1 : 0;
            int offset = (int) (spoken.get(index).span().startMs() * sampleRate / 1000);
            short[] samples = pieces.get(index);
            System.arraycopy(samples, 0, channels[channel], offset, Math.min(samples.length, frames - offset));
        }
        // A faint noise floor, as on a real line: keeps the voice activity detector honest.
        java.util.Random noise = new java.util.Random(7);
        for (short[] channel : channels) {
            for (int frame = 0; frame < channel.length; frame++) {
                channel[frame] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, channel[frame] + noise.nextGaussian() * 30));
            }
        }
        return new SynthesizedCall(new PcmAudio(sampleRate, channels), spoken);
    }
}
