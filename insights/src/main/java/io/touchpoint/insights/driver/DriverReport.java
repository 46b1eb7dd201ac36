package io.touchpoint.insights.driver;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * The drivers of each outcome, strongest (most attributable outcomes) first.
 *
 * @param baseRates per outcome, its rate over all interactions with a known outcome
 * @param drivers significant drivers (p below alpha, positive risk difference), grouped by outcome in the order of
 *        {@link Drivers#OUTCOMES}, strongest first within an outcome
 */
public record DriverReport(Map<String, Double> baseRates, List<Driver> drivers) {

    public DriverReport {
        baseRates = Map.copyOf(requireNonNull(baseRates, "DriverReport.baseRates is null"));
        drivers = List.copyOf(requireNonNull(drivers, "DriverReport.drivers is null"));
    }

    public List<Driver> of(String outcome) {
        return drivers.stream().filter(driver -> driver.outcome().equals(outcome)).toList();
    }
}
