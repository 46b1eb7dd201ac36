package io.touchpoint.insights.kpi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * What to compute: the grouping, the time window and the filters.
 *
 * <pre>{@code
 * KpiQuery query = KpiQuery.by(KpiDimension.parseList("queue,channel"))
 *         .between(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"))
 *         .withChannels(List.of("voice"));
 * }</pre>
 *
 * @param dimensions what to group by, in output order, no repeats; empty means one overall row
 * @param from first instant included (by {@code started_at}); nullable, open when null
 * @param to first instant excluded; nullable, open when null
 * @param channels only these channels (wire names); empty means all
 * @param queues only these queues; empty means all
 * @param agents only these agent ids; empty means all
 * @param earlyTransferSeconds a transferred interaction that ended within this many seconds of its start is an
 *        early transfer
 * @param fcrDays a contact is first-contact resolved when the same customer does not come back with the same
 *        reason within this many days, on any channel
 */
public record KpiQuery(
        List<KpiDimension> dimensions,
        Instant from,
        Instant to,
        List<String> channels,
        List<String> queues,
        List<String> agents,
        int earlyTransferSeconds,
        int fcrDays) {

    public static final int DEFAULT_EARLY_TRANSFER_SECONDS = 10;
    public static final int DEFAULT_FCR_DAYS = 7;

    public KpiQuery {
        dimensions = List.copyOf(requireNonNull(dimensions, "KpiQuery.dimensions is null"));
        if (new HashSet<>(dimensions).size() != dimensions.size()) {
            throw new IllegalArgumentException("KpiQuery.dimensions repeats a dimension: "
                    + KpiDimension.describe(dimensions));
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("KpiQuery.from " + from + " is not before KpiQuery.to " + to);
        }
        channels = List.copyOf(requireNonNull(channels, "KpiQuery.channels is null"));
        queues = List.copyOf(requireNonNull(queues, "KpiQuery.queues is null"));
        agents = List.copyOf(requireNonNull(agents, "KpiQuery.agents is null"));
        if (earlyTransferSeconds < 0) {
            throw new IllegalArgumentException("KpiQuery.earlyTransferSeconds " + earlyTransferSeconds + " is negative");
        }
        if (fcrDays < 1) {
            throw new IllegalArgumentException("KpiQuery.fcrDays " + fcrDays + " is below 1");
        }
    }

    /** All interactions grouped by {@code dimensions}, default thresholds. */
    public static KpiQuery by(List<KpiDimension> dimensions) {
        return new KpiQuery(dimensions, null, null, List.of(), List.of(), List.of(), DEFAULT_EARLY_TRANSFER_SECONDS,
                DEFAULT_FCR_DAYS);
    }

    /** Parses {@code "queue,channel"}; an unknown name fails with the allowed names. */
    public static KpiQuery by(String dimensions) {
        return by(KpiDimension.parseList(dimensions));
    }

    public Optional<Instant> fromInstant() {
        return Optional.ofNullable(from);
    }

    public Optional<Instant> toInstant() {
        return Optional.ofNullable(to);
    }

    /** {@code from} inclusive, {@code to} exclusive; either may be null for an open end. */
    public KpiQuery between(Instant newFrom, Instant newTo) {
        return new KpiQuery(dimensions, newFrom, newTo, channels, queues, agents, earlyTransferSeconds, fcrDays);
    }

    public KpiQuery withChannels(List<String> values) {
        return new KpiQuery(dimensions, from, to, values, queues, agents, earlyTransferSeconds, fcrDays);
    }

    public KpiQuery withQueues(List<String> values) {
        return new KpiQuery(dimensions, from, to, channels, values, agents, earlyTransferSeconds, fcrDays);
    }

    public KpiQuery withAgents(List<String> values) {
        return new KpiQuery(dimensions, from, to, channels, queues, values, earlyTransferSeconds, fcrDays);
    }

    public KpiQuery withEarlyTransferSeconds(int seconds) {
        return new KpiQuery(dimensions, from, to, channels, queues, agents, seconds, fcrDays);
    }

    public KpiQuery withFcrDays(int days) {
        return new KpiQuery(dimensions, from, to, channels, queues, agents, earlyTransferSeconds, days);
    }
}
