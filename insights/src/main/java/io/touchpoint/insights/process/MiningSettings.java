package io.touchpoint.insights.process;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How process mining values and judges processes.
 *
 * @param cost what agent time costs
 * @param shrinkSeconds the saving per occurrence the report values (default 60 s)
 * @param waitThreshold silence overlapping a process run for at least this long counts as the customer
 *        waiting on it (default 10 s)
 */
public record MiningSettings(CostModel cost, int shrinkSeconds, Duration waitThreshold) {

    public static final int DEFAULT_SHRINK_SECONDS = 60;
    public static final Duration DEFAULT_WAIT_THRESHOLD = Duration.ofSeconds(10);

    public MiningSettings {
        requireNonNull(cost, "cost is null");
        requireNonNull(waitThreshold, "waitThreshold is null");
        if (shrinkSeconds < 1 || shrinkSeconds > 86_400) {
            throw new IllegalArgumentException("MiningSettings: shrinkSeconds must be 1..86400, got " + shrinkSeconds);
        }
        if (waitThreshold.isNegative() || waitThreshold.isZero()) {
            throw new IllegalArgumentException("MiningSettings: waitThreshold must be positive, got " + waitThreshold);
        }
    }

    public static MiningSettings defaults() {
        return new MiningSettings(CostModel.defaults(), DEFAULT_SHRINK_SECONDS, DEFAULT_WAIT_THRESHOLD);
    }
}
