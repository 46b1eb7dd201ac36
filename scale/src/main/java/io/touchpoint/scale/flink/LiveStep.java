package io.touchpoint.scale.flink;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.analysis.Pipeline;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.CustomerRef;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Outcome;
import io.touchpoint.core.model.Turn;
import io.touchpoint.kafka.AlertRecord;
import io.touchpoint.kafka.FindingRecord;
import io.touchpoint.kafka.LiveEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The live analysis of one event of one conversation, without Flink: given the conversation so
 * far and which findings and alerts were already sent, what to send now. The Flink job keeps the
 * state; tests and the exactly-once check run the same steps directly.
 *
 * <ul>
 *   <li>{@code start} opens the conversation (a repeated start changes nothing);</li>
 *   <li>{@code turn} appends the turn (a turn index already seen is a replay and is ignored), runs
 *       the pipeline on the conversation so far, sends the turn-level findings not sent before and
 *       the alerts not raised before;</li>
 *   <li>{@code end} runs the pipeline once more and sends every finding not sent yet, including the
 *       whole-interaction ones (handle time, QA score), then forgets the conversation;</li>
 *   <li>{@code interaction} analyzes a complete interaction and sends all its findings.</li>
 * </ul>
 */
public final class LiveStep {

    /**
     * The result of one event.
     *
     * @param conversation the conversation after the event; empty when it ended (drop the state)
     */
    public record Result(Optional<Interaction> conversation, List<FindingRecord> findings, List<AlertRecord> alerts,
            List<String> alertKeys) {
    }

    private final Pipeline pipeline;
    private final String pipelineVersion;
    private final LiveAlertPolicy alerts = new LiveAlertPolicy();

    public LiveStep(Pipeline pipeline, String pipelineVersion) {
        this.pipeline = requireNonNull(pipeline, "pipeline is null");
        this.pipelineVersion = requireNonNull(pipelineVersion, "pipelineVersion is null");
    }

    /**
     * @param conversation the conversation so far, or null before its first event
     * @param sent whether a finding id was sent already
     * @param raised whether an alert key was raised already
     */
    public Result apply(Interaction conversation, LiveEvent event, Predicate<String> sent, Predicate<String> raised,
            Instant now) {
        return switch (event) {
            case LiveEvent.ConversationStart start -> new Result(Optional.of(conversation != null ? conversation
                    : opened(start)), List.of(), List.of(), List.of());
            case LiveEvent.TurnEvent turn -> turn(conversation, turn, sent, raised, now);
            case LiveEvent.ConversationEnd end -> {
                if (conversation == null) {
                    yield new Result(Optional.empty(), List.of(), List.of(), List.of());
                }
                AnalyzedInteraction analyzed = pipeline.run(conversation);
                yield new Result(Optional.empty(), unsent(analyzed, -1, end.sentAt(), sent, false), List.of(), List.of());
            }
            case LiveEvent.InteractionEvent whole -> new Result(Optional.empty(),
                    unsent(pipeline.run(whole.interaction()), -1, whole.sentAt(), sent, false), List.of(), List.of());
        };
    }

    private Result turn(Interaction conversation, LiveEvent.TurnEvent event, Predicate<String> sent,
            Predicate<String> raised, Instant now) {
        Interaction current = conversation != null ? conversation : implicit(event);
        if (event.turnIndex() < current.turns().size()) {
            return new Result(Optional.of(current), List.of(), List.of(), List.of());
        }
        List<Turn> turns = new ArrayList<>(current.turns());
        turns.add(event.turn());
        Interaction longer = current.withTurns(turns);
        AnalyzedInteraction analyzed = pipeline.run(longer);
        int index = turns.size() - 1;
        List<FindingRecord> findings = unsent(analyzed, index, event.sentAt(), sent, true);
        List<AlertRecord> alertRecords = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (LiveAlertPolicy.Raised alert : alerts.evaluate(analyzed)) {
            if (!raised.test(alert.key()) && !keys.contains(alert.key())) {
                keys.add(alert.key());
                alertRecords.add(new AlertRecord(longer.id() + ":" + alert.key(), alert.kind(), alert.severity(),
                        longer.id(), longer.agentId(), alert.turnIndex(), alert.message(), alert.assist(),
                        alert.evidence(), now, event.sentAt()));
            }
        }
        return new Result(Optional.of(longer), findings, alertRecords, keys);
    }

    private List<FindingRecord> unsent(AnalyzedInteraction analyzed, int turnIndex, Instant sentAt,
            Predicate<String> sent, boolean turnLevelOnly) {
        List<FindingRecord> records = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Finding finding : analyzed.findings()) {
            if (turnLevelOnly && finding.evidence().stream().anyMatch(evidence -> evidence.turnIndex() < 0)) {
                continue;
            }
            String id = FindingRecord.idOf(analyzed.interaction().id(), finding);
            if (!sent.test(id) && !ids.contains(id)) {
                ids.add(id);
                records.add(new FindingRecord(id, analyzed.interaction().id(), turnIndex, finding, pipelineVersion,
                        sentAt));
            }
        }
        return records;
    }

    private static Interaction opened(LiveEvent.ConversationStart start) {
        return new Interaction(start.interactionId(), start.channel(), start.direction(), start.startedAt(), null,
                start.customerId() == null ? CustomerRef.UNKNOWN : CustomerRef.ofId(start.customerId()),
                start.agentId(), start.queue(), null, List.of(), null, Outcome.UNKNOWN, Map.of("source", "live"));
    }

    /** A turn whose start was never seen opens a voice conversation that began when the turn was sent. */
    private static Interaction implicit(LiveEvent.TurnEvent turn) {
        return Interaction.builder(turn.interactionId(), Channel.VOICE, turn.sentAt()).attribute("source", "live")
                .build();
    }
}
