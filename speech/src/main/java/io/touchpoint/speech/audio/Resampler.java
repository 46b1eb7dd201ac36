package io.touchpoint.speech.audio;

/**
 * Band-limited resampling with a Kaiser-windowed sinc filter. Telephone audio (8 kHz) is
 * upsampled and 22.05/44.1/48 kHz audio downsampled to the 16 kHz the recognizers expect; the
 * low-pass at the lower of the two Nyquist frequencies keeps aliasing out of the features, which
 * plain linear interpolation does not (it costs several points of word error rate).
 */
public final class Resampler {

    private static final int HALF_TAPS = 16;
    private static final double KAISER_BETA = 8.0;

    private Resampler() {
    }

    public static short[] resample(short[] input, int fromRate, int toRate) {
        if (fromRate <= 0 || toRate <= 0) {
            throw new IllegalArgumentException("sample rates must be positive: " + fromRate + " -> " + toRate);
        }
        if (fromRate == toRate) {
            return input.clone();
        }
        double ratio = (double) toRate / fromRate;
        int outputLength = (int) Math.floor(input.length * ratio);
        short[] output = new short[outputLength];
        // Cut-off relative to the input rate: below the lower Nyquist frequency, with a small margin.
        double cutoff = Math.min(1.0, ratio) * 0.95;
        double stretch = 1.0 / Math.min(1.0, ratio);
        int reach = (int) Math.ceil(HALF_TAPS * stretch);
        double besselBeta = bessel0(KAISER_BETA);
        // The filter is evaluated on a fine grid once and interpolated, so cost stays linear in taps.
        int resolution = 512;
        double[] table = new double[reach * resolution + 2];
        for (int index = 0; index < table.length; index++) {
            double distance = (double) index / resolution;
            table[index] = kernel(distance, cutoff, reach, besselBeta);
        }
        for (int out = 0; out < outputLength; out++) {
            double center = out / ratio;
            int first = (int) Math.floor(center) - reach + 1;
            double sum = 0;
            for (int in = first; in < first + 2 * reach; in++) {
                if (in < 0 || in >= input.length) {
                    continue;
                }
                double position = Math.abs(center - in) * resolution;
                int slot = (int) position;
                if (slot >= table.length - 1) {
                    continue;
                }
                double fraction = position - slot;
                double weight = table[slot] + (table[slot + 1] - table[slot]) * fraction;
                sum += input[in] * weight;
            }
            output[out] = WavCodec.clip(sum);
        }
        return output;
    }

    private static double kernel(double distance, double cutoff, int reach, double besselBeta) {
        if (distance >= reach) {
            return 0;
        }
        double x = Math.PI * cutoff * distance;
        double sinc = distance == 0 ? 1.0 : Math.sin(x) / x;
        double ratio = distance / reach;
        double window = bessel0(KAISER_BETA * Math.sqrt(1 - ratio * ratio)) / besselBeta;
        return cutoff * sinc * window;
    }

    /** Zeroth-order modified Bessel function of the first kind, by its power series. */
    private static double bessel0(double x) {
        double sum = 1;
        double term = 1;
        double half = x / 2;
        for (int k = 1; k < 50; k++) {
            term *= (half / k) * (half / k);
            sum += term;
            if (term < sum * 1e-12) {
                break;
            }
        }
        return sum;
    }
}
