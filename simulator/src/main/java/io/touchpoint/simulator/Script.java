package io.touchpoint.simulator;

import io.touchpoint.core.model.Outcome;
import io.touchpoint.core.model.Speaker;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One conversation as composed, before a channel gives it times: its lines (one per turn), the patterns and
 * agent behaviours it plants, its outcome and at most one desktop process.
 */
final class Script {

    /** One turn to be. */
    static final class Line {
        final Speaker speaker;
        final TurnText text;
        /** A pause that must come before this line (a hold or a silence), on top of the natural gap. */
        long pauseBeforeMs;
        /** Whether that pause is the customer on hold. */
        boolean holdBefore;

        Line(Speaker speaker, TurnText text) {
            this.speaker = speaker;
            this.text = text;
        }
    }

    /**
     * A desktop process that starts when line {@code startAfter} ends and must end before line {@code endBefore}
     * starts; with {@code hold} the customer is on hold in between.
     */
    record ProcessStep(String name, long durationMs, List<String> applications, int startAfter, int endBefore,
                       boolean hold) {
    }

    final List<Line> lines = new ArrayList<>();
    final Set<String> patterns = new LinkedHashSet<>();
    final Set<String> behaviours = new LinkedHashSet<>();
    ProcessStep process;
    Boolean resolved;
    boolean transferred;
    Boolean sale;
    Integer csat;

    private final UnaryOperator<String> agentStyle;
    private final UnaryOperator<String> customerStyle;
    private long pendingPause;
    private boolean pendingHold;

    Script(UnaryOperator<String> agentStyle, UnaryOperator<String> customerStyle) {
        this.agentStyle = agentStyle;
        this.customerStyle = customerStyle;
    }

    TurnText agent() {
        return add(Speaker.AGENT);
    }

    TurnText customer() {
        return add(Speaker.CUSTOMER);
    }

    /** The text of the last line when it is the given speaker's, else a new line of that speaker. */
    TurnText continueOrAdd(Speaker speaker) {
        if (!lines.isEmpty() && lines.getLast().speaker == speaker) {
            return lines.getLast().text;
        }
        return add(speaker);
    }

    /**
     * A new line for the speaker, or the speaker's current line when they are still talking: consecutive
     * sentences of one speaker make one turn unless a pause separates them.
     */
    private TurnText add(Speaker speaker) {
        if (!lines.isEmpty() && lines.getLast().speaker == speaker && pendingPause == 0) {
            return lines.getLast().text;
        }
        TurnText text = new TurnText(speaker == Speaker.AGENT ? agentStyle : customerStyle);
        Line line = new Line(speaker, text);
        line.pauseBeforeMs = pendingPause;
        line.holdBefore = pendingHold;
        pendingPause = 0;
        pendingHold = false;
        lines.add(line);
        return text;
    }

    Line last() {
        return lines.getLast();
    }

    int lastIndex() {
        return lines.size() - 1;
    }

    /** Puts a pause (a hold when {@code hold}) before the next line added. */
    void pauseBeforeNext(long milliseconds, boolean hold) {
        pendingPause += milliseconds;
        pendingHold |= hold;
    }

    Outcome outcome() {
        return new Outcome(resolved, transferred, sale, csat);
    }
}
