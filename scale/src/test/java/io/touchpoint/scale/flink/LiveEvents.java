package io.touchpoint.scale.flink;

import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.kafka.LiveEvent;
import io.touchpoint.simulator.ContactCenterSimulator;
import io.touchpoint.simulator.SimulationConfig;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Simulated calls and chats as the live events a contact center would send, interleaved turn by turn. */
final class LiveEvents {

    private LiveEvents() {
    }

    static List<Interaction> conversations(int count, long seed) {
        return new ContactCenterSimulator(SimulationConfig.of(count * 3, seed)).generate().interactions().stream()
                .filter(interaction -> interaction.channel() == Channel.VOICE || interaction.channel() == Channel.CHAT)
                .limit(count).toList();
    }

    /** Start, turns and end of every conversation, round robin over the conversations. */
    static List<LiveEvent> interleaved(List<Interaction> conversations, Instant sentAt) {
        List<LiveEvent> events = new ArrayList<>();
        int longest = conversations.stream().mapToInt(interaction -> interaction.turns().size()).max().orElse(0);
        for (Interaction interaction : conversations) {
            events.add(new LiveEvent.ConversationStart(interaction.id(), interaction.channel(), interaction.direction(),
                    interaction.queue(), interaction.agentId(), interaction.customer().id(), interaction.startedAt(),
                    sentAt));
        }
        for (int turn = 0; turn < longest; turn++) {
            for (Interaction interaction : conversations) {
                if (turn < interaction.turns().size()) {
                    events.add(new LiveEvent.TurnEvent(interaction.id(), turn, interaction.turns().get(turn), sentAt));
                }
            }
        }
        for (Interaction interaction : conversations) {
            events.add(new LiveEvent.ConversationEnd(interaction.id(), sentAt));
        }
        return events;
    }

    /** The finding ids and alert ids the job must send for {@code events}, computed without Flink. */
    record Expected(Set<String> findingIds, Set<String> alertIds) {
    }

    static Expected expected(LiveStep step, List<LiveEvent> events) {
        Map<String, Interaction> open = new LinkedHashMap<>();
        Set<String> findings = new HashSet<>();
        Set<String> alerts = new HashSet<>();
        Map<String, Set<String>> raised = new LinkedHashMap<>();
        for (LiveEvent event : events) {
            Set<String> keys = raised.computeIfAbsent(event.interactionId(), id -> new HashSet<>());
            LiveStep.Result result = step.apply(open.get(event.interactionId()), event, findings::contains,
                    keys::contains, Instant.now());
            result.findings().forEach(finding -> findings.add(finding.findingId()));
            result.alerts().forEach(alert -> alerts.add(alert.alertId()));
            keys.addAll(result.alertKeys());
            result.conversation().ifPresentOrElse(conversation -> open.put(event.interactionId(), conversation),
                    () -> open.remove(event.interactionId()));
        }
        return new Expected(findings, alerts);
    }
}
