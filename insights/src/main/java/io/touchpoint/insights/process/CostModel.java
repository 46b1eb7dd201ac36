package io.touchpoint.insights.process;

/**
 * What agent time costs, shared by the process report and the opportunities report.
 *
 * <p>{@code costPerAgentMinute} is the figure money is computed with. The FTE pair converts saved
 * minutes into head-count ({@link #fullTimeEquivalents}) and is kept separately because a loaded
 * yearly salary divided by working minutes is usually lower than the fully loaded cost of a minute
 * (seats, supervision, IT); {@link #fromFteCost} derives the minute cost from the pair when that
 * is the figure a finance team gives.
 *
 * <pre>{@code
 * CostModel cost = CostModel.defaults();                 // 1.00 per agent minute
 * double value = cost.valueOfSeconds(60 * 12_000);       // 12,000 yearly occurrences x 60 s
 * }</pre>
 *
 * @param costPerAgentMinute fully loaded cost of one agent minute, in the report's currency
 * @param loadedFteCostPerYear loaded cost of one full-time agent per year
 * @param workingMinutesPerFteYear productive minutes one full-time agent works per year
 */
public record CostModel(double costPerAgentMinute, double loadedFteCostPerYear, double workingMinutesPerFteYear) {

    public static final double DEFAULT_COST_PER_AGENT_MINUTE = 1.00;
    public static final double DEFAULT_LOADED_FTE_COST_PER_YEAR = 60_000;
    public static final double DEFAULT_WORKING_MINUTES_PER_FTE_YEAR = 100_000;

    public CostModel {
        requirePositive("costPerAgentMinute", costPerAgentMinute);
        requirePositive("loadedFteCostPerYear", loadedFteCostPerYear);
        requirePositive("workingMinutesPerFteYear", workingMinutesPerFteYear);
        if (workingMinutesPerFteYear > 366 * 24 * 60) {
            throw new IllegalArgumentException("CostModel: workingMinutesPerFteYear " + workingMinutesPerFteYear
                    + " is more minutes than a year has");
        }
    }

    /** 1.00 per agent minute, 60,000 per FTE-year, 100,000 working minutes per FTE-year. */
    public static CostModel defaults() {
        return new CostModel(DEFAULT_COST_PER_AGENT_MINUTE, DEFAULT_LOADED_FTE_COST_PER_YEAR,
                DEFAULT_WORKING_MINUTES_PER_FTE_YEAR);
    }

    /** A model whose minute cost is the loaded FTE cost spread over the working minutes. */
    public static CostModel fromFteCost(double loadedFteCostPerYear, double workingMinutesPerFteYear) {
        requirePositive("workingMinutesPerFteYear", workingMinutesPerFteYear);
        return new CostModel(loadedFteCostPerYear / workingMinutesPerFteYear, loadedFteCostPerYear,
                workingMinutesPerFteYear);
    }

    /** The same model with another minute cost, as {@code --cost-per-minute} sets it. */
    public CostModel withCostPerAgentMinute(double cost) {
        return new CostModel(cost, loadedFteCostPerYear, workingMinutesPerFteYear);
    }

    public double costPerSecond() {
        return costPerAgentMinute / 60.0;
    }

    /** The cost of {@code seconds} of agent time. */
    public double valueOfSeconds(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            throw new IllegalArgumentException("CostModel: seconds must be a finite non-negative number, got " + seconds);
        }
        return seconds * costPerSecond();
    }

    /** How many full-time agents {@code minutesPerYear} of work keeps busy. */
    public double fullTimeEquivalents(double minutesPerYear) {
        return minutesPerYear / workingMinutesPerFteYear;
    }

    private static void requirePositive(String field, double value) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new IllegalArgumentException("CostModel: " + field + " must be a positive number, got " + value);
        }
    }
}
