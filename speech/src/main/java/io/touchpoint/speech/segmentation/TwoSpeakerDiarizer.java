package io.touchpoint.speech.segmentation;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a mono call's speech into two voices. Each voiced segment is cut into windows of about
 * 1.5 s; every window gets {@link SpectralFeatures} (spectral envelope and pitch); the windows
 * are clustered into two groups with k-means (seeded with the two windows farthest apart);
 * a window's label is smoothed with its neighbours' and each segment is cut where the label
 * changes. The voice of the first segment is speaker 0.
 *
 * <p>It assumes exactly two speakers and no overlapping speech; its error rate on synthesized
 * two-voice calls is in docs/speech.md.
 */
public final class TwoSpeakerDiarizer {

    private static final int WINDOW_MS = 1500;

    /** A stretch of speech attributed to speaker 0 or 1. */
    public record Labeled(TimeSpan span, int speaker) {
    }

    public List<Labeled> diarize(short[] samples, int sampleRate, List<TimeSpan> segments) {
        List<TimeSpan> windows = new ArrayList<>();
        List<double[]> features = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int index = 0; index < segments.size(); index++) {
            TimeSpan segment = segments.get(index);
            int count = (int) Math.max(1, Math.round((double) segment.durationMs() / WINDOW_MS));
            long step = segment.durationMs() / count;
            for (int window = 0; window < count; window++) {
                long from = segment.startMs() + window * step;
                long to = window == count - 1 ? segment.endMs() : from + step;
                windows.add(new TimeSpan(from, to));
                features.add(SpectralFeatures.of(samples, (int) (from * sampleRate / 1000),
                        (int) Math.min(samples.length, to * sampleRate / 1000), sampleRate));
                owners.add(index);
            }
        }
        int[] labels = cluster(features);
        smooth(labels, owners);
        List<Labeled> out = new ArrayList<>();
        for (int index = 0; index < windows.size(); index++) {
            TimeSpan window = windows.get(index);
            if (!out.isEmpty() && out.getLast().speaker() == labels[index]
                    && out.getLast().span().endMs() == window.startMs()) {
                out.set(out.size() - 1, new Labeled(new TimeSpan(out.getLast().span().startMs(), window.endMs()), labels[index]));
            } else {
                out.add(new Labeled(window, labels[index]));
            }
        }
        if (!out.isEmpty() && out.getFirst().speaker() == 1) {
            out.replaceAll(labeled -> new Labeled(labeled.span(), 1 - labeled.speaker()));
        }
        return List.copyOf(out);
    }

    /** Two-means on the windows with features; a window without features takes its neighbour's label. */
    private static int[] cluster(List<double[]> features) {
        int n = features.size();
        int[] labels = new int[n];
        List<Integer> usable = new ArrayList<>();
        for (int index = 0; index < n; index++) {
            if (features.get(index) != null) {
                usable.add(index);
            }
        }
        if (usable.size() < 2) {
            return labels;
        }
        int seedA = usable.getFirst();
        int seedB = seedA;
        double farthest = -1;
        for (int index : usable) {
            double distance = distance(features.get(seedA), features.get(index));
            if (distance > farthest) {
                farthest = distance;
                seedB = index;
            }
        }
        double[] centerA = features.get(seedA).clone();
        double[] centerB = features.get(seedB).clone();
        for (int iteration = 0; iteration < 20; iteration++) {
            double[] sumA = new double[centerA.length];
            double[] sumB = new double[centerB.length];
            int countA = 0;
            int countB = 0;
            boolean changed = false;
            for (int index : usable) {
                double[] feature = features.get(index);
                int label = distance(feature, centerA) <= distance(feature, centerB) ? 0 : 1;
                changed |= labels[index] != label;
                labels[index] = label;
                double[] sum = label == 0 ? sumA : sumB;
                for (int d = 0; d < feature.length; d++) {
                    sum[d] += feature[d];
                }
                if (label == 0) {
                    countA++;
                } else {
                    countB++;
                }
            }
            if (countA == 0 || countB == 0) {
                break;
            }
            for (int d = 0; d < centerA.length; d++) {
                centerA[d] = sumA[d] / countA;
                centerB[d] = sumB[d] / countB;
            }
            if (!changed && iteration > 0) {
                break;
            }
        }
        for (int index = 0; index < n; index++) {
            if (features.get(index) == null) {
                labels[index] = index > 0 ? labels[index - 1] : 0;
            }
        }
        return labels;
    }

    /** A window whose two neighbours in the same segment agree with each other takes their label. */
    private static void smooth(int[] labels, List<Integer> owners) {
        for (int index = 1; index + 1 < labels.length; index++) {
            int owner = owners.get(index);
            if (owners.get(index - 1) == owner && owners.get(index + 1) == owner
                    && labels[index - 1] == labels[index + 1] && labels[index] != labels[index - 1]) {
                labels[index] = labels[index - 1];
            }
        }
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            double difference = a[d] - b[d];
            sum += difference * difference;
        }
        return sum;
    }
}
