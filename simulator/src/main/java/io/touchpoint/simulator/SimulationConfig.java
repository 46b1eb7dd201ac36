package io.touchpoint.simulator;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * What to simulate. The same configuration always produces byte-identical output.
 *
 * <pre>{@code
 * SimulationConfig config = SimulationConfig.of(10_000, 42L);          // defaults for the rest
 * SimulatedContactCenter center = new ContactCenterSimulator(config).generate();
 * }</pre>
 *
 * @param interactions how many interactions to generate, over all channels (1 to 5,000,000)
 * @param seed the random seed; a different seed gives different content
 * @param startDate the first day of the simulated period (default {@value #DEFAULT_START_DATE})
 * @param days the length of the period in days (7 to 366, default {@value #DEFAULT_DAYS})
 * @param customers how many CRM customers (default {@code interactions / 4}, at least 20)
 * @param agents how many agents (10 to 10,000, default {@value #DEFAULT_AGENTS})
 */
public record SimulationConfig(int interactions, long seed, LocalDate startDate, int days, int customers, int agents) {

    public static final String DEFAULT_START_DATE = "2026-01-05";
    public static final int DEFAULT_DAYS = 90;
    public static final int DEFAULT_AGENTS = 40;
    public static final int MAX_INTERACTIONS = 5_000_000;

    public SimulationConfig {
        if (interactions < 1 || interactions > MAX_INTERACTIONS) {
            throw new IllegalArgumentException("interactions " + interactions + " is outside 1.." + MAX_INTERACTIONS);
        }
        requireNonNull(startDate, "startDate is null");
        if (days < 7 || days > 366) {
            throw new IllegalArgumentException("days " + days + " is outside 7..366");
        }
        if (customers < 1) {
            throw new IllegalArgumentException("customers " + customers + " is not positive");
        }
        if (customers > 8_000_000) {
            // Phone numbers are derived one-to-one from the customer number within 8 million values.
            throw new IllegalArgumentException("customers " + customers + " is more than 8,000,000");
        }
        if (agents < 10 || agents > 10_000) {
            // Ten agents are the fewest that staff every queue and still leave three early-transfer agents.
            throw new IllegalArgumentException("agents " + agents + " is outside 10..10000");
        }
    }

    /** A configuration with the default period, customer count and agent count. */
    public static SimulationConfig of(int interactions, long seed) {
        return new SimulationConfig(interactions, seed, LocalDate.parse(DEFAULT_START_DATE), DEFAULT_DAYS,
                defaultCustomers(interactions), DEFAULT_AGENTS);
    }

    /** {@code interactions / 4}, but never fewer than 20 so that small runs still have a customer base. */
    public static int defaultCustomers(int interactions) {
        return Math.max(20, interactions / 4);
    }

    /** The last day of the period (inclusive). */
    public LocalDate endDate() {
        return startDate.plusDays(days - 1L);
    }
}
