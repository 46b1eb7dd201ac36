package io.touchpoint.speech.audio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResamplerTest {

    private static short[] tone(double hz, int rate, double seconds) {
        short[] samples = new short[(int) (rate * seconds)];
        for (int index = 0; index < samples.length; index++) {
            samples[index] = (short) (10000 * Math.sin(2 * Math.PI * hz * index / rate));
        }
        return samples;
    }

    /** Amplitude of {@code hz} in {@code samples}, by correlation with a sine and a cosine. */
    private static double amplitude(short[] samples, double hz, int rate) {
        double sin = 0;
        double cos = 0;
        int from = samples.length / 4;
        int to = samples.length * 3 / 4;
        for (int index = from; index < to; index++) {
            sin += samples[index] * Math.sin(2 * Math.PI * hz * index / rate);
            cos += samples[index] * Math.cos(2 * Math.PI * hz * index / rate);
        }
        return 2 * Math.hypot(sin, cos) / (to - from);
    }

    @Test
    void upsamplesTelephoneAudioKeepingPitchAndLevel() {
        short[] upsampled = Resampler.resample(tone(1000, 8000, 1), 8000, 16000);
        assertThat(upsampled).hasSize(16000);
        assertThat(amplitude(upsampled, 1000, 16000)).isBetween(9000.0, 10500.0);
    }

    @Test
    void downsamplingFiltersOutWhatTheLowerRateCannotCarry() {
        // 10 kHz cannot exist at 16 kHz; without a low-pass it would alias to 6 kHz
        short[] downsampled = Resampler.resample(tone(10000, 22050, 1), 22050, 16000);
        assertThat(amplitude(downsampled, 6000, 16000)).isLessThan(300);
        short[] speechBand = Resampler.resample(tone(1000, 22050, 1), 22050, 16000);
        assertThat(amplitude(speechBand, 1000, 16000)).isBetween(9000.0, 10500.0);
    }
}
