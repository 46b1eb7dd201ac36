package io.touchpoint.simulator;

import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives a script its times on its channel. Calls are timed from the words (about 150 words a minute, each
 * speaker with their own pace) with short gaps, holds and silences; chat and SMS from typing and reply
 * delays; e-mail and social from reply delays of minutes to a day, at whole seconds as their headers carry.
 * A desktop process is fitted in so that it ends before the line that reports it done.
 */
final class Timeline {

    /** Silences at least this long are recorded; holds as {@code hold}, others as {@code long_silence}. */
    static final long LONG_SILENCE_MS = 10_000;
    /** An early transfer must be over within this many milliseconds of the call's start. */
    static final long EARLY_TRANSFER_LIMIT_MS = 10_000;

    /**
     * @param processStartMs offset of the process start from the interaction start, or -1 without process
     */
    record Rendered(List<Turn> turns, long durationMs, long processStartMs, long processEndMs, Set<String> patterns) {
    }

    private Timeline() {
    }

    static Rendered render(Script script, Channel channel, boolean earlyTransfer, Dice dice) {
        return switch (channel) {
            case VOICE -> voice(script, earlyTransfer, dice);
            case CHAT -> chat(script, dice);
            default -> written(script, channel, dice);
        };
    }

    private static Rendered voice(Script script, boolean brisk, Dice dice) {
        int count = script.lines.size();
        double agentMsPerWord = 60_000.0 / (brisk ? 200 : dice.gaussian(155, 12));
        double customerMsPerWord = 60_000.0 / (brisk ? 200 : dice.gaussian(148, 18));
        long[] speech = new long[count];
        long[] gaps = new long[count];
        for (int i = 0; i < count; i++) {
            Script.Line line = script.lines.get(i);
            double perWord = line.speaker == Speaker.AGENT ? agentMsPerWord : customerMsPerWord;
            speech[i] = Math.round(line.text.wordCount() * perWord * dice.uniform(0.9, 1.12)) + (brisk ? 60 : 250);
            gaps[i] = (i == 0 ? dice.between(0, brisk ? 150 : 600) : brisk ? dice.between(100, 250)
                    : dice.between(250, 1300)) + line.pauseBeforeMs;
        }
        long processStart = -1;
        long processEnd = -1;
        Script.ProcessStep process = script.process;
        List<Turn> turns = new ArrayList<>(count);
        long clock = 0;
        for (int i = 0; i < count; i++) {
            if (process != null && i == process.startAfter() + 1) {
                processStart = clock + dice.between(400, 2_000);
                processEnd = processStart + process.durationMs();
                stretch(gaps, speech, clock, process.startAfter() + 1, process.endBefore(), processEnd + 300);
            }
            long start = clock + gaps[i];
            long end = start + speech[i];
            Script.Line line = script.lines.get(i);
            turns.add(new Turn(line.speaker, start, end, line.text.text(),
                    Math.round(dice.uniform(0.78, 0.97) * 1000) / 1000.0));
            clock = end;
        }
        if (brisk && clock > EARLY_TRANSFER_LIMIT_MS - 500) {
            turns = scale(turns, (EARLY_TRANSFER_LIMIT_MS - 500.0) / clock);
            clock = turns.getLast().endMs();
        }
        Set<String> patterns = new LinkedHashSet<>();
        for (int i = 1; i < turns.size(); i++) {
            long gap = turns.get(i).startMs() - turns.get(i - 1).endMs();
            if (gap >= LONG_SILENCE_MS) {
                patterns.add(script.lines.get(i).holdBefore ? GroundTruth.HOLD : GroundTruth.LONG_SILENCE);
            }
        }
        long duration = Math.max(clock, processEnd) + (brisk ? 100 : dice.between(300, 1_500));
        return new Rendered(turns, duration, processStart, processEnd, patterns);
    }

    /**
     * Makes line {@code endBefore} start no earlier than {@code mustStartAt} by lengthening the gaps from
     * line {@code from}: each gap by up to 6 s (an agent working while talking), the rest before the last line.
     */
    private static void stretch(long[] gaps, long[] speech, long clock, int from, int endBefore, long mustStartAt) {
        long natural = clock;
        for (int i = from; i < endBefore; i++) {
            natural += gaps[i] + speech[i];
        }
        natural += gaps[endBefore];
        long deficit = mustStartAt - natural;
        if (deficit <= 0) {
            return;
        }
        int spans = endBefore - from + 1;
        long each = Math.min(6_000, deficit / spans);
        for (int i = from; i <= endBefore; i++) {
            gaps[i] += each;
            deficit -= each;
        }
        gaps[endBefore] += Math.max(0, deficit);
    }

    private static List<Turn> scale(List<Turn> turns, double factor) {
        List<Turn> scaled = new ArrayList<>(turns.size());
        for (Turn turn : turns) {
            long start = (long) Math.floor(turn.startMs() * factor);
            long end = Math.max(start, (long) Math.floor(turn.endMs() * factor));
            scaled.add(new Turn(turn.speaker(), start, end, turn.text(), turn.confidence()));
        }
        return scaled;
    }

    private static Rendered chat(Script script, Dice dice) {
        int count = script.lines.size();
        long[] steps = new long[count];
        for (int i = 0; i < count; i++) {
            Script.Line line = script.lines.get(i);
            long typing = line.text.wordCount() * (line.speaker == Speaker.AGENT ? 220L : 650L);
            long think = i == 0 ? 0 : line.speaker == Speaker.AGENT ? dice.between(6_000, 40_000)
                    : dice.between(8_000, 55_000);
            steps[i] = i == 0 ? 0 : think + typing + line.pauseBeforeMs;
        }
        long processStart = -1;
        long processEnd = -1;
        Script.ProcessStep process = script.process;
        List<Turn> turns = new ArrayList<>(count);
        long clock = 0;
        for (int i = 0; i < count; i++) {
            if (process != null && i == process.startAfter() + 1) {
                processStart = clock + dice.between(1_000, 5_000);
                processEnd = processStart + process.durationMs();
                long natural = clock;
                for (int j = i; j <= process.endBefore(); j++) {
                    natural += steps[j];
                }
                if (natural < processEnd + 1_000) {
                    steps[process.endBefore()] += processEnd + 1_000 - natural;
                }
            }
            clock += steps[i];
            Script.Line line = script.lines.get(i);
            turns.add(Turn.typed(line.speaker, clock, clock, line.text.text()));
        }
        return new Rendered(turns, Math.max(clock, processEnd) + dice.between(2_000, 20_000), processStart, processEnd,
                Set.of());
    }

    private static Rendered written(Script script, Channel channel, Dice dice) {
        List<Turn> turns = new ArrayList<>(script.lines.size());
        long clockSeconds = 0;
        for (int i = 0; i < script.lines.size(); i++) {
            Script.Line line = script.lines.get(i);
            if (i > 0) {
                boolean agent = line.speaker == Speaker.AGENT;
                clockSeconds += switch (channel) {
                    case EMAIL -> agent ? dice.between(20 * 60, 26 * 3600) : dice.between(3600, 48 * 3600);
                    case SMS -> dice.between(30, 15 * 60);
                    case SOCIAL -> agent ? dice.between(3 * 60, 4 * 3600) : dice.between(2 * 60, 6 * 3600);
                    default -> dice.between(3600, 30 * 3600);
                };
            }
            long millis = clockSeconds * 1000;
            turns.add(Turn.typed(line.speaker, millis, millis, line.text.text()));
        }
        return new Rendered(turns, clockSeconds * 1000, -1, -1, Set.of());
    }
}
