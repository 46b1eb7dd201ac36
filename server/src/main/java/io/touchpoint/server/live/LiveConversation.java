package io.touchpoint.server.live;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.model.CustomerRef;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Outcome;
import io.touchpoint.core.model.Turn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One conversation in progress: the turns received so far (original text, kept in memory only
 * while the call lasts), the latest analysis and the alerts already raised. Not thread-safe:
 * {@link LiveSessions} gives each conversation to one thread at a time.
 */
final class LiveConversation {

    private final LiveStart start;
    private final String team;
    private final String owner;
    private final List<Turn> turns = new ArrayList<>();
    private final Set<String> raised = new HashSet<>();
    private AnalyzedInteraction latest;
    private boolean ended;

    LiveConversation(LiveStart start, String team, String owner) {
        this.start = requireNonNull(start, "start is null");
        this.team = team;
        this.owner = requireNonNull(owner, "owner is null");
    }

    LiveStart start() {
        return start;
    }

    String team() {
        return team;
    }

    /** The user who opened it. */
    String owner() {
        return owner;
    }

    /** Adds a turn; returns its index. */
    int add(Turn turn) {
        turns.add(turn);
        return turns.size() - 1;
    }

    int turnCount() {
        return turns.size();
    }

    /** The conversation so far as an interaction, with the original text. */
    Interaction asInteraction() {
        long lastEnd = turns.stream().mapToLong(Turn::endMs).max().orElse(0);
        return new Interaction(start.conversationId(), start.channel(), start.direction(), start.startedAt(),
                start.startedAt().plusMillis(lastEnd),
                start.customerId() == null ? CustomerRef.UNKNOWN : CustomerRef.ofId(start.customerId()),
                start.agentId(), start.queue(), null, List.copyOf(turns), null, Outcome.UNKNOWN,
                Map.of("source", "live"));
    }

    /** Marks an alert key raised; false when it was raised before. */
    boolean raiseOnce(String key) {
        return raised.add(key);
    }

    void analyzed(AnalyzedInteraction analysis) {
        this.latest = analysis;
    }

    /** The latest analysis (with redacted text), or null before the first turn was analyzed. */
    AnalyzedInteraction latest() {
        return latest;
    }

    boolean ended() {
        return ended;
    }

    void end() {
        ended = true;
    }
}
