package io.touchpoint.quality;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What to sample for human review.
 *
 * @param size how many interactions at most (1..10,000)
 * @param criteria which of {@value #RISK}, {@value #COVERAGE}, {@value #RANDOM} to use
 * @param perAgent with {@value #COVERAGE}: at least this many per agent (when they have that many)
 * @param randomShare with {@value #RANDOM}: this share of {@code size} picked uniformly at random,
 *     a control group that shows what the risk signals miss (0..1)
 * @param from interactions started at or after this, or null
 * @param to interactions started before this, or null
 * @param scorecard only this scorecard, or null for all
 * @param seed the random pick's seed, so that a sample can be repeated
 */
public record SampleRequest(int size, Set<String> criteria, int perAgent, double randomShare, Instant from, Instant to,
        String scorecard, long seed, String requestedBy) {

    public static final String RISK = "risk";
    public static final String COVERAGE = "coverage";
    public static final String RANDOM = "random";
    public static final Set<String> ALL = Set.of(RISK, COVERAGE, RANDOM);

    public SampleRequest {
        if (size < 1 || size > 10_000) {
            throw new IllegalArgumentException("sample size " + size + " is outside 1..10000");
        }
        requireNonNull(criteria, "criteria is null");
        Set<String> normalized = new TreeSet<>();
        for (String criterion : criteria) {
            String name = criterion.trim().toLowerCase(Locale.ROOT);
            if (!ALL.contains(name)) {
                throw new IllegalArgumentException("unknown sampling criterion '" + criterion
                        + "' (expected risk, coverage or random)");
            }
            normalized.add(name);
        }
        if (normalized.isEmpty()) {
            throw new IllegalArgumentException("give at least one sampling criterion: risk, coverage or random");
        }
        criteria = Set.copyOf(normalized);
        if (perAgent < 0 || perAgent > 1000) {
            throw new IllegalArgumentException("per-agent " + perAgent + " is outside 0..1000");
        }
        if (!(randomShare >= 0 && randomShare <= 1)) {
            throw new IllegalArgumentException("random share " + randomShare + " is outside 0..1");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from " + from + " is not before to " + to);
        }
        requireNonNull(requestedBy, "requestedBy is null");
        if (requestedBy.isBlank()) {
            throw new IllegalArgumentException("say who asks for the sample (--by NAME)");
        }
    }

    /** Every criterion: risk, 2 per agent, 10% random. */
    public static SampleRequest defaults(int size, String requestedBy) {
        return new SampleRequest(size, ALL, 2, 0.1, null, null, null, 1L, requestedBy);
    }
}
