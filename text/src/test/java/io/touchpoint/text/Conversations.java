package io.touchpoint.text;

import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import java.time.Instant;

/** Small hand-written interactions for analyzer tests: alternating agent and customer turns, 3 s each. */
public final class Conversations {

    private Conversations() {
    }

    /** Turns given as "agent: text" or "customer: text". */
    public static Interaction call(String... turns) {
        Interaction.Builder builder = Interaction.builder("c-test", Channel.VOICE, Instant.parse("2026-03-02T14:05:11Z"));
        long at = 0;
        for (String turn : turns) {
            int colon = turn.indexOf(':');
            Speaker speaker = Speaker.parse(turn.substring(0, colon));
            String text = turn.substring(colon + 1).trim();
            builder.turn(new Turn(speaker, at, at + 3000, text, 0.9));
            at += 3500;
        }
        return builder.build();
    }
}
