package io.touchpoint.insights.process;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How process mining values and judges processes.
 *
 * @param cost what agent time costs
 * @param shrinkSeconds the saving per occurrence the report values (default 60 s)
 * @param waitThreshold a run kept the customer waiting when the silence overlapping it (gaps that end with the
 *        agent speaking again) lasts at least this long (default 10 s) ...
 * @param waitFraction ... and covers at least this fraction of the run (default 0.5): a process worked on
 *        while the agent keeps talking is not a wait, even when the conversation has pauses
 */
public record MiningSettings(CostModel cost, int shrinkSeconds, Duration waitThreshold, double waitFraction) {

    public static final int DEFAULT_SHRINK_SECONDS = 60;
    public static final Duration DEFAULT_WAIT_THRESHOLD = Duration.ofSeconds(10);
    public static final double DEFAULT_WAIT_FRACTION = 0.5;

    public MiningSettings {
        requireNonNull(cost, "cost is null");
        requireNonNull(waitThreshold, "waitThreshold is null");
        if (shrinkSeconds < 1 || shrinkSeconds > 86_400) {
            throw new IllegalArgumentException("MiningSettings: shrinkSeconds must be 1..86400, got " + shrinkSeconds);
        }
        if (waitThreshold.isNegative() || waitThreshold.isZero()) {
            throw new IllegalArgumentException("MiningSettings: waitThreshold must be positive, got " + waitThreshold);
        }
        if (!(waitFraction >= 0 && waitFraction <= 1)) {
            throw new IllegalArgumentException("MiningSettings: waitFraction must be between 0 and 1, got " + waitFraction);
        }
    }

    public static MiningSettings defaults() {
        return new MiningSettings(CostModel.defaults(), DEFAULT_SHRINK_SECONDS, DEFAULT_WAIT_THRESHOLD, DEFAULT_WAIT_FRACTION);
    }

    public MiningSettings withCost(CostModel newCost) {
        return new MiningSettings(newCost, shrinkSeconds, waitThreshold, waitFraction);
    }

    public MiningSettings withShrinkSeconds(int seconds) {
        return new MiningSettings(cost, seconds, waitThreshold, waitFraction);
    }
}
