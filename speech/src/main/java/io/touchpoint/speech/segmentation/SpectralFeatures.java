package io.touchpoint.speech.segmentation;

/**
 * A voice's fingerprint over a stretch of audio: mean log energies in mel-spaced bands (the
 * spectral envelope, which follows the vocal tract) with the stretch's overall loudness removed,
 * plus the median pitch. Two speakers on one line differ in both.
 */
final class SpectralFeatures {

    static final int BANDS = 20;
    private static final int FFT_SIZE = 512;

    private SpectralFeatures() {
    }

    /** Features of {@code samples[from, to)} at {@code sampleRate}; null when the stretch is too short. */
    static double[] of(short[] samples, int from, int to, int sampleRate) {
        int frameLength = sampleRate * 25 / 1000;
        int hop = sampleRate / 100;
        if (to - from < frameLength * 5) {
            return null;
        }
        double[] bands = new double[BANDS];
        double[] real = new double[FFT_SIZE];
        double[] imaginary = new double[FFT_SIZE];
        int[][] bandBins = melBands(sampleRate);
        java.util.List<Double> pitches = new java.util.ArrayList<>();
        int frames = 0;
        for (int start = from; start + frameLength <= to; start += hop) {
            java.util.Arrays.fill(real, 0);
            java.util.Arrays.fill(imaginary, 0);
            double energy = 0;
            for (int index = 0; index < frameLength && index < FFT_SIZE; index++) {
                double window = 0.54 - 0.46 * Math.cos(2 * Math.PI * index / (frameLength - 1));
                real[index] = samples[start + index] / 32768.0 * window;
                energy += real[index] * real[index];
            }
            if (energy < 1e-7) {
                continue; // silent frame: says nothing about the voice
            }
            fft(real, imaginary);
            for (int band = 0; band < BANDS; band++) {
                double sum = 1e-10;
                for (int bin = bandBins[band][0]; bin <= bandBins[band][1]; bin++) {
                    sum += real[bin] * real[bin] + imaginary[bin] * imaginary[bin];
                }
                bands[band] += Math.log(sum);
            }
            double pitch = pitch(samples, start, Math.min(to, start + frameLength * 2), sampleRate);
            if (pitch > 0) {
                pitches.add(pitch);
            }
            frames++;
        }
        if (frames < 5) {
            return null;
        }
        double mean = 0;
        for (int band = 0; band < BANDS; band++) {
            bands[band] /= frames;
            mean += bands[band] / BANDS;
        }
        double[] features = new double[BANDS + 1];
        for (int band = 0; band < BANDS; band++) {
            features[band] = bands[band] - mean;
        }
        double medianPitch = 0;
        if (!pitches.isEmpty()) {
            java.util.Collections.sort(pitches);
            medianPitch = pitches.get(pitches.size() / 2);
        }
        // log pitch, scaled to weigh about as much as a few bands together
        features[BANDS] = medianPitch > 0 ? 4 * Math.log(medianPitch / 150.0) : 0;
        return features;
    }

    /** Pitch by normalized autocorrelation in 70-400 Hz; 0 when the frame is unvoiced. */
    private static double pitch(short[] samples, int from, int to, int sampleRate) {
        int minLag = sampleRate / 400;
        int maxLag = sampleRate / 70;
        if (to - from < maxLag * 2) {
            return 0;
        }
        double best = 0;
        int bestLag = 0;
        int length = to - from - maxLag;
        for (int lag = minLag; lag <= maxLag; lag++) {
            double cross = 0;
            double energyA = 0;
            double energyB = 0;
            for (int index = 0; index < length; index++) {
                double a = samples[from + index];
                double b = samples[from + index + lag];
                cross += a * b;
                energyA += a * a;
                energyB += b * b;
            }
            double correlation = cross / Math.sqrt(energyA * energyB + 1e-9);
            if (correlation > best) {
                best = correlation;
                bestLag = lag;
            }
        }
        return best > 0.5 ? (double) sampleRate / bestLag : 0;
    }

    private static int[][] melBands(int sampleRate) {
        double maxMel = mel(Math.min(sampleRate / 2.0, 7600));
        double minMel = mel(100);
        int[][] bins = new int[BANDS][2];
        for (int band = 0; band < BANDS; band++) {
            double low = inverseMel(minMel + (maxMel - minMel) * band / BANDS);
            double high = inverseMel(minMel + (maxMel - minMel) * (band + 1) / BANDS);
            bins[band][0] = (int) Math.floor(low * FFT_SIZE / sampleRate);
            bins[band][1] = Math.max(bins[band][0], (int) Math.floor(high * FFT_SIZE / sampleRate));
        }
        return bins;
    }

    private static double mel(double hz) {
        return 2595 * Math.log10(1 + hz / 700);
    }

    private static double inverseMel(double mel) {
        return 700 * (Math.pow(10, mel / 2595) - 1);
    }

    /** In-place radix-2 FFT. */
    private static void fft(double[] real, double[] imaginary) {
        int n = real.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double swap = real[i];
                real[i] = real[j];
                real[j] = swap;
                swap = imaginary[i];
                imaginary[i] = imaginary[j];
                imaginary[j] = swap;
            }
        }
        for (int length = 2; length <= n; length <<= 1) {
            double angle = -2 * Math.PI / length;
            double wReal = Math.cos(angle);
            double wImaginary = Math.sin(angle);
            for (int i = 0; i < n; i += length) {
                double curReal = 1;
                double curImaginary = 0;
                for (int j = 0; j < length / 2; j++) {
                    int a = i + j;
                    int b = a + length / 2;
                    double tReal = real[b] * curReal - imaginary[b] * curImaginary;
                    double tImaginary = real[b] * curImaginary + imaginary[b] * curReal;
                    real[b] = real[a] - tReal;
                    imaginary[b] = imaginary[a] - tImaginary;
                    real[a] += tReal;
                    imaginary[a] += tImaginary;
                    double next = curReal * wReal - curImaginary * wImaginary;
                    curImaginary = curReal * wImaginary + curImaginary * wReal;
                    curReal = next;
                }
            }
        }
    }
}
