package io.touchpoint.rules;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import java.time.Instant;
import java.util.List;

/** Builds small test conversations from "speaker: text" lines, each turn 4 seconds after the last. */
final class Conversations {

    private Conversations() {
    }

    static Interaction.Builder builder(String id, Channel channel, String... lines) {
        Interaction.Builder builder = Interaction.builder(id, channel, Instant.parse("2026-02-02T09:00:00Z"));
        long at = 0;
        for (String line : lines) {
            int colon = line.indexOf(':');
            Speaker speaker = Speaker.parse(line.substring(0, colon));
            String text = line.substring(colon + 1).strip();
            builder.turn(new Turn(speaker, at, at + 3000, text, 1.0));
            at += 4000;
        }
        return builder;
    }

    static Interaction call(String... lines) {
        return builder("call-1", Channel.VOICE, lines).build();
    }

    static AnalyzedInteraction analyzed(Interaction interaction, Finding... earlier) {
        return new AnalyzedInteraction(interaction, List.of(earlier));
    }

    static AnalyzedInteraction analyzed(String... lines) {
        return AnalyzedInteraction.of(call(lines));
    }

    static RuleSet rules(String yaml) {
        return RuleSet.fromSources(List.of(RuleSource.of("test.yaml", yaml)), () -> {
            throw new AssertionError("no semantic rule in this test");
        });
    }
}
