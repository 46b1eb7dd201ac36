package io.touchpoint.simulator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulator's only source of randomness. SplittableRandom's algorithm is specified by the JDK, so a
 * seed gives the same stream on every JVM; each interaction gets its own stream derived from the seed and
 * its sequence number, so that adding a pattern to one story does not reshuffle every later one.
 */
final class Dice {

    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** An independent stream for one sub-task, derived from the run's seed and a stable key. */
    static Dice forKey(long seed, String purpose, long key) {
        long mixed = seed * 0x9E3779B97F4A7C15L + purpose.hashCode() * 0xBF58476D1CE4E5B9L + key;
        return new Dice(new SplittableRandom(mixed).nextLong());
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code low} to {@code high}, both inclusive. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    long betweenLong(long low, long high) {
        return low + random.nextLong(high - low + 1);
    }

    double uniform(double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    double gaussian(double mean, double standardDeviation) {
        return mean + random.nextGaussian() * standardDeviation;
    }

    /** A log-normal draw with the given median, for durations whose tail is long. */
    double logNormal(double median, double sigma) {
        return median * Math.exp(random.nextGaussian() * sigma);
    }

    @SafeVarargs
    final <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** An index drawn in proportion to {@code weights}. */
    int weighted(double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    String digits(int count) {
        StringBuilder builder = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            builder.append((char) ('0' + random.nextInt(10)));
        }
        return builder.toString();
    }
}
