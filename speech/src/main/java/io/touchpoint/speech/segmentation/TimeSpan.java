package io.touchpoint.speech.segmentation;

/** A stretch of audio in milliseconds, start inclusive, end exclusive. */
public record TimeSpan(long startMs, long endMs) implements Comparable<TimeSpan> {

    public TimeSpan {
        if (startMs < 0 || endMs < startMs) {
            throw new IllegalArgumentException("time span [" + startMs + ", " + endMs + ") is invalid");
        }
    }

    public long durationMs() {
        return endMs - startMs;
    }

    public boolean overlaps(TimeSpan other) {
        return startMs < other.endMs && other.startMs < endMs;
    }

    public long overlapMs(TimeSpan other) {
        return Math.max(0, Math.min(endMs, other.endMs) - Math.max(startMs, other.startMs));
    }

    @Override
    public int compareTo(TimeSpan other) {
        return startMs != other.startMs ? Long.compare(startMs, other.startMs) : Long.compare(endMs, other.endMs);
    }
}
