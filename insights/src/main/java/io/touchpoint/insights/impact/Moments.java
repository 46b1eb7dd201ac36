package io.touchpoint.insights.impact;

/**
 * Count, sum and sum of squares of a metric over a set of interactions: enough for a mean and a variance, and
 * subtractable, so that "without the feature" is "all" minus "with it" in each stratum.
 */
public record Moments(long n, double sum, double sumOfSquares) {

    public static final Moments EMPTY = new Moments(0, 0, 0);

    public Moments {
        if (n < 0) {
            throw new IllegalArgumentException("Moments.n " + n + " is negative");
        }
    }

    public Moments minus(Moments other) {
        return new Moments(n - other.n, sum - other.sum, sumOfSquares - other.sumOfSquares);
    }

    public Moments plus(Moments other) {
        return new Moments(n + other.n, sum + other.sum, sumOfSquares + other.sumOfSquares);
    }

    public double mean() {
        return n == 0 ? Double.NaN : sum / n;
    }

    /** The sample variance (n - 1); 0 for fewer than two values, never negative from rounding. */
    public double variance() {
        if (n < 2) {
            return 0;
        }
        double mean = sum / n;
        return Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1));
    }
}
