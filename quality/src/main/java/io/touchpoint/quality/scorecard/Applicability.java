package io.touchpoint.quality.scorecard;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Direction;
import io.touchpoint.core.model.Interaction;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which interactions a scorecard (its {@code applies-to}) or a question (its {@code when}) is for.
 * Every list is optional: empty means any. Queues compare case-insensitively; a queue ending in
 * {@code *} is a prefix ({@code collection*}). An interaction without a queue matches only when
 * {@code queues} is empty; {@code not-queues} never excludes it.
 *
 * @param findings at least one of these findings must be present (none listed: no condition), as
 *     {@code type:name} (e.g. {@code event:bankruptcy_mention})
 */
public record Applicability(Set<Channel> channels, Set<Direction> directions, List<String> queues,
        List<String> notQueues, List<String> findings) {

    public static final Applicability ANY = new Applicability(Set.of(), Set.of(), List.of(), List.of(), List.of());

    public Applicability {
        channels = Set.copyOf(requireNonNull(channels, "channels is null"));
        directions = Set.copyOf(requireNonNull(directions, "directions is null"));
        queues = lowerCase(queues);
        notQueues = lowerCase(notQueues);
        findings = List.copyOf(requireNonNull(findings, "findings is null"));
        for (String finding : findings) {
            int colon = finding.indexOf(':');
            if (colon <= 0 || colon == finding.length() - 1) {
                throw new IllegalArgumentException("finding '" + finding + "' must be written type:name, e.g. event:churn_threat");
            }
        }
    }

    /** Whether {@code interaction}, with what the analyzers found in it, is in scope. */
    public boolean matches(Interaction interaction, List<Finding> found) {
        if (!channels.isEmpty() && !channels.contains(interaction.channel())) {
            return false;
        }
        if (!directions.isEmpty() && !directions.contains(interaction.direction())) {
            return false;
        }
        String queue = interaction.queue() == null ? null : interaction.queue().toLowerCase(Locale.ROOT);
        if (!queues.isEmpty() && (queue == null || queues.stream().noneMatch(pattern -> queueMatches(pattern, queue)))) {
            return false;
        }
        if (queue != null && notQueues.stream().anyMatch(pattern -> queueMatches(pattern, queue))) {
            return false;
        }
        return findings.isEmpty() || findings.stream().anyMatch(wanted -> present(wanted, found));
    }

    private static boolean present(String wanted, List<Finding> found) {
        int colon = wanted.indexOf(':');
        String type = wanted.substring(0, colon);
        String name = wanted.substring(colon + 1);
        return found.stream().anyMatch(finding -> finding.type().equals(type) && finding.name().equals(name));
    }

    public boolean isAny() {
        return channels.isEmpty() && directions.isEmpty() && queues.isEmpty() && notQueues.isEmpty() && findings.isEmpty();
    }

    private static boolean queueMatches(String pattern, String queue) {
        return pattern.endsWith("*") ? queue.startsWith(pattern.substring(0, pattern.length() - 1)) : pattern.equals(queue);
    }

    private static List<String> lowerCase(List<String> values) {
        return requireNonNull(values, "queues are null").stream().map(value -> value.trim().toLowerCase(Locale.ROOT)).toList();
    }
}
