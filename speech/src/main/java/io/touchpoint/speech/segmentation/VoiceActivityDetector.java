package io.touchpoint.speech.segmentation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the stretches of a recording where someone speaks, from frame energy against an adaptive
 * noise floor: a frame is voiced when its energy is well above the quietest tenth of the
 * recording (and above an absolute floor, so digital silence and line hiss stay silent). Short
 * gaps are bridged and very short bursts dropped; long stretches are cut at their quietest frame so
 * that no utterance handed to a recognizer is longer than {@code maxSegmentMs}.
 *
 * @param thresholdDb how far above the noise floor a voiced frame must be
 * @param minSpeechMs bursts shorter than this are noise (clicks, breaths)
 * @param bridgeGapMs pauses shorter than this stay inside one segment
 * @param paddingMs kept before and after each segment, so word onsets and endings are not clipped
 * @param maxSegmentMs the longest segment handed to a recognizer
 */
public record VoiceActivityDetector(double thresholdDb, long minSpeechMs, long bridgeGapMs, long paddingMs,
        long maxSegmentMs) {

    private static final int FRAME_MS = 20;
    /** About -60 dBFS: quieter frames are silence whatever the noise floor. */
    private static final double ABSOLUTE_FLOOR_DB = -60;

    public VoiceActivityDetector {
        if (thresholdDb <= 0 || minSpeechMs < 0 || bridgeGapMs < 0 || paddingMs < 0 || maxSegmentMs < 1000) {
            throw new IllegalArgumentException("invalid voice activity settings: threshold " + thresholdDb
                    + " dB, min speech " + minSpeechMs + " ms, bridge " + bridgeGapMs + " ms, padding " + paddingMs
                    + " ms, max segment " + maxSegmentMs + " ms");
        }
    }

    public static VoiceActivityDetector standard() {
        return new VoiceActivityDetector(12, 150, 600, 150, 20_000);
    }

    /** Energy per 20 ms frame in dBFS. */
    public static double[] frameLevels(short[] samples, int sampleRate) {
        int frameSize = sampleRate * FRAME_MS / 1000;
        int frames = samples.length / frameSize;
        double[] levels = new double[frames];
        for (int frame = 0; frame < frames; frame++) {
            double sum = 0;
            int base = frame * frameSize;
            for (int index = 0; index < frameSize; index++) {
                double value = samples[base + index] / 32768.0;
                sum += value * value;
            }
            levels[frame] = 10 * Math.log10(sum / frameSize + 1e-12);
        }
        return levels;
    }

    public List<TimeSpan> detect(short[] samples, int sampleRate) {
        double[] levels = frameLevels(samples, sampleRate);
        if (levels.length == 0) {
            return List.of();
        }
        double[] sorted = levels.clone();
        Arrays.sort(sorted);
        double noiseFloor = sorted[sorted.length / 10];
        double threshold = Math.max(ABSOLUTE_FLOOR_DB, noiseFloor + thresholdDb);
        // A recording that is loud throughout (one long utterance) has its "noise floor" in speech:
        // then judge against the loudest frames instead.
        double peak = sorted[sorted.length - 1 - sorted.length / 100];
        threshold = Math.min(threshold, peak - 25);
        threshold = Math.max(threshold, ABSOLUTE_FLOOR_DB);
        List<long[]> runs = new ArrayList<>();
        int start = -1;
        for (int frame = 0; frame <= levels.length; frame++) {
            boolean voiced = frame < levels.length && levels[frame] > threshold;
            if (voiced && start < 0) {
                start = frame;
            } else if (!voiced && start >= 0) {
                runs.add(new long[] {(long) start * FRAME_MS, (long) frame * FRAME_MS});
                start = -1;
            }
        }
        List<long[]> bridged = new ArrayList<>();
        for (long[] run : runs) {
            if (!bridged.isEmpty() && run[0] - bridged.getLast()[1] < bridgeGapMs) {
                bridged.getLast()[1] = run[1];
            } else {
                bridged.add(run);
            }
        }
        long durationMs = (long) samples.length * 1000 / sampleRate;
        List<TimeSpan> segments = new ArrayList<>();
        for (long[] run : bridged) {
            if (run[1] - run[0] < minSpeechMs) {
                continue;
            }
            long from = Math.max(0, run[0] - paddingMs);
            long to = Math.min(durationMs, run[1] + paddingMs);
            if (!segments.isEmpty() && from < segments.getLast().endMs()) {
                from = segments.getLast().endMs();
            }
            if (to > from) {
                split(from, to, levels, segments);
            }
        }
        return List.copyOf(segments);
    }

    /** Cuts a long segment at its quietest frame in the middle half, recursively. */
    private void split(long from, long to, double[] levels, List<TimeSpan> out) {
        if (to - from <= maxSegmentMs) {
            out.add(new TimeSpan(from, to));
            return;
        }
        int first = (int) ((from + (to - from) / 4) / FRAME_MS);
        int last = (int) ((to - (to - from) / 4) / FRAME_MS);
        int quietest = first;
        for (int frame = first; frame <= last && frame < levels.length; frame++) {
            if (levels[frame] < levels[quietest]) {
                quietest = frame;
            }
        }
        long cut = (long) quietest * FRAME_MS;
        split(from, cut, levels, out);
        split(cut, to, levels, out);
    }
}
