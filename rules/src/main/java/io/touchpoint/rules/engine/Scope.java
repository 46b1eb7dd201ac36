package io.touchpoint.rules.engine;

import io.touchpoint.core.model.Speaker;
import java.util.ArrayList;
import java.util.List;

/**
 * Where in an interaction a condition may match: whose turns, and which stretch of the
 * conversation. Scopes nest: an inner condition sees the outer restrictions and adds its own.
 *
 * <p>Turn windows count the turns of the scope's speaker when one is set ("the agent's first
 * turn"), and all turns otherwise.
 *
 * @param speaker the only speaker whose turns count, or null for any speaker
 * @param impossible true when nested speakers contradict each other, so nothing can match
 * @param windows every window a hit must fall in
 */
public record Scope(Speaker speaker, boolean impossible, List<TimeWindow> windows) {

    public static final Scope EVERYWHERE = new Scope(null, false, List.of());

    public Scope {
        windows = List.copyOf(windows);
    }

    public boolean isEverywhere() {
        return speaker == null && !impossible && windows.isEmpty();
    }

    /** This scope further restricted by an inner condition's speaker (null: unchanged) and windows. */
    public Scope narrow(Speaker innerSpeaker, List<TimeWindow> innerWindows) {
        Speaker combined = speaker;
        boolean contradiction = impossible;
        if (innerSpeaker != null) {
            if (speaker != null && speaker != innerSpeaker) {
                contradiction = true;
            }
            combined = innerSpeaker;
        }
        List<TimeWindow> allWindows = windows;
        if (!innerWindows.isEmpty()) {
            allWindows = new ArrayList<>(windows);
            allWindows.addAll(innerWindows);
        }
        return new Scope(combined, contradiction, allWindows);
    }

    /** True when any part of the turn may hold a hit. */
    public boolean admitsTurn(EvaluationContext context, int turn) {
        if (impossible) {
            return false;
        }
        if (speaker != null && context.turns().get(turn).speaker() != speaker) {
            return false;
        }
        for (TimeWindow window : windows) {
            if (!admitsTurnIn(context, turn, window)) {
                return false;
            }
        }
        return true;
    }

    public boolean admits(EvaluationContext context, Hit hit) {
        if (!admitsTurn(context, hit.turn())) {
            return false;
        }
        for (TimeWindow window : windows) {
            if (window.unit() == TimeWindow.Unit.SECONDS && !admitsTime(context, hit.startMs(), hit.endMs(), window)) {
                return false;
            }
        }
        return true;
    }

    /** The hits this scope admits; the same list when it admits all. */
    public List<Hit> filter(EvaluationContext context, List<Hit> hits) {
        if (isEverywhere() || hits.isEmpty()) {
            return hits;
        }
        List<Hit> admitted = new ArrayList<>(hits.size());
        for (Hit hit : hits) {
            if (admits(context, hit)) {
                admitted.add(hit);
            }
        }
        return admitted;
    }

    private boolean admitsTurnIn(EvaluationContext context, int turn, TimeWindow window) {
        if (window.unit() == TimeWindow.Unit.TURNS) {
            int ordinal = window.edge() == TimeWindow.Edge.FIRST
                    ? context.ordinal(turn, speaker)
                    : context.reverseOrdinal(turn, speaker);
            return ordinal < window.amount();
        }
        var t = context.turns().get(turn);
        return admitsTime(context, t.startMs(), t.endMs(), window);
    }

    private static boolean admitsTime(EvaluationContext context, long startMs, long endMs, TimeWindow window) {
        long limitMs = window.amount() * 1000;
        return window.edge() == TimeWindow.Edge.FIRST
                ? startMs < limitMs
                : endMs > context.conversationEndMs() - limitMs;
    }
}
