package io.touchpoint.insights.objective;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An improvement objective: what a change should achieve on which metric, who owns it, and whether it did.
 *
 * @param id stable id ({@code obj-1})
 * @param name what the change is ("Late-fee FAQ on the website")
 * @param metric the metric's wire name (see {@link ObjectiveMetric})
 * @param target the value the metric should reach after the change
 * @param category only interactions of this contact reason (a path or top level), or null for all
 * @param owner who answers for it
 * @param status where it stands
 * @param changeDate when the change went live, or null while not known
 * @param lastMeasurement the latest before/after comparison, or null
 */
public record Objective(String id, String name, String metric, double target, String category, String owner,
                        ObjectiveStatus status, LocalDate changeDate, Instant createdAt, Instant updatedAt,
                        Measurement lastMeasurement) {

    public Objective {
        requireNonNull(id, "Objective.id is null");
        requireNonNull(name, "Objective.name is null");
        requireNonNull(metric, "Objective.metric is null");
        requireNonNull(owner, "Objective.owner is null");
        requireNonNull(status, "Objective.status is null");
        requireNonNull(createdAt, "Objective.createdAt is null");
        requireNonNull(updatedAt, "Objective.updatedAt is null");
        if (!Double.isFinite(target)) {
            throw new IllegalArgumentException("Objective.target of " + id + " is not a number");
        }
    }
}
