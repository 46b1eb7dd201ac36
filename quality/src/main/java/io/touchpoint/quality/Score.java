package io.touchpoint.quality;

/**
 * A scorecard total.
 *
 * @param value 0..100: the weighted share of applicable questions answered yes; 0 when auto-failed
 * @param autoFailed an auto-fail question was answered no
 */
public record Score(double value, boolean autoFailed) {

    public Score {
        if (!(value >= 0 && value <= 100)) {
            throw new IllegalArgumentException("score " + value + " is outside 0..100");
        }
    }

    /** {@code pass}, {@code fail} or {@code auto_fail} against {@code passMark}. */
    public String label(double passMark) {
        return autoFailed ? QualityFindings.AUTO_FAIL : value >= passMark ? QualityFindings.PASS : QualityFindings.FAIL;
    }
}
