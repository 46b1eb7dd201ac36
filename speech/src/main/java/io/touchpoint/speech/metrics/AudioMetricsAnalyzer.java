package io.touchpoint.speech.metrics;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Analyzer;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.speech.segmentation.TimeSpan;
import io.touchpoint.speech.transcript.SpeechAttributes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Audio metrics of a call, as {@code metric} findings with evidence, for rules and KPIs:
 *
 * <ul>
 *   <li>{@code talk_time_agent_s}, {@code talk_time_customer_s}: time each speaker talks (word
 *       times when the call was transcribed here, turn times otherwise);
 *   <li>{@code silence_count}, {@code silence_total_s}: stretches over {@code minSilenceMs} in
 *       which nobody talks, each one evidence;
 *   <li>{@code overtalk_s}, {@code overtalk_count}: both talking at once;
 *   <li>{@code interruptions_by_agent}, {@code interruptions_by_customer}: one speaker starts while
 *       the other is mid-sentence and keeps going (label {@code agent->customer}: who interrupted
 *       whom); backchannels ("mm-hmm", under a second) are not interruptions;
 *   <li>{@code hold_count}, {@code hold_total_s}: silences over {@code minHoldMs}, or sound without
 *       words (music) over {@code minMusicMs};
 *   <li>{@code loudness_agent_dbfs}, {@code loudness_customer_dbfs}: from the audio, when known;
 *   <li>{@code speaking_rate_agent_wpm}, {@code speaking_rate_customer_wpm}: words per minute of
 *       talk time;
 *   <li>{@code time_to_first_agent_response_s}: from the start of the call to the agent's first word.
 *   <li>{@code recognition_confidence}: the recognizer's mean word confidence.
 * </ul>
 *
 * <p>Pure: it reads the interaction's turns and its {@link SpeechAttributes}, nothing else.
 */
public final class AudioMetricsAnalyzer implements Analyzer {

    public static final String NAME = "audio-metrics";

    /** Pauses shorter than this inside one speaker's talk are part of the talk. */
    private static final long TALK_BRIDGE_MS = 500;
    /** An interruption overlaps the other's talk at least this long... */
    private static final long MIN_INTERRUPTION_OVERLAP_MS = 300;
    /** ...and the interrupter goes on at least this long (shorter is a backchannel). */
    private static final long MIN_INTERRUPTER_TALK_MS = 1_000;

    private final long minSilenceMs;
    private final long minHoldMs;
    private final long minMusicMs;

    public AudioMetricsAnalyzer(long minSilenceMs, long minHoldMs, long minMusicMs) {
        if (minSilenceMs < 0 || minHoldMs < minSilenceMs || minMusicMs < 0) {
            throw new IllegalArgumentException("thresholds must satisfy 0 <= minSilenceMs <= minHoldMs and minMusicMs >= 0, got "
                    + minSilenceMs + ", " + minHoldMs + ", " + minMusicMs);
        }
        this.minSilenceMs = minSilenceMs;
        this.minHoldMs = minHoldMs;
        this.minMusicMs = minMusicMs;
    }

    /** Silences over 3 s, hold over 30 s of silence or 10 s of music. */
    public static AudioMetricsAnalyzer standard() {
        return new AudioMetricsAnalyzer(3_000, 30_000, 10_000);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public AnalyzedInteraction analyze(AnalyzedInteraction input) {
        Interaction interaction = input.interaction();
        if (interaction.channel() != Channel.VOICE || interaction.turns().isEmpty()) {
            return input;
        }
        Map<Speaker, List<TimeSpan>> talk = talk(interaction);
        List<Finding> findings = new ArrayList<>();
        long end = SpeechAttributes.durationMs(interaction).map(Double::longValue)
                .orElse(interaction.turns().stream().mapToLong(Turn::endMs).max().orElse(0));
        for (Speaker speaker : List.of(Speaker.AGENT, Speaker.CUSTOMER)) {
            List<TimeSpan> spans = talk.getOrDefault(speaker, List.of());
            long talkMs = spans.stream().mapToLong(TimeSpan::durationMs).sum();
            findings.add(metric("talk_time_" + speaker.wireName() + "_s", talkMs / 1000.0, spansEvidence(spans)));
            long words = countWords(interaction, speaker);
            if (talkMs > 0) {
                findings.add(metric("speaking_rate_" + speaker.wireName() + "_wpm", words * 60_000.0 / talkMs,
                        spansEvidence(spans)));
            }
            SpeechAttributes.loudness(interaction, speaker).ifPresent(level ->
                    findings.add(metric("loudness_" + speaker.wireName() + "_dbfs", level, spansEvidence(spans))));
        }
        List<TimeSpan> anyone = union(talk.values().stream().flatMap(List::stream).toList(), 0);
        List<TimeSpan> silences = gaps(anyone, end, minSilenceMs);
        findings.add(metric("silence_count", silences.size(), spansEvidence(silences)));
        findings.add(metric("silence_total_s", total(silences) / 1000.0, spansEvidence(silences)));

        List<TimeSpan> holds = new ArrayList<>(silences.stream().filter(span -> span.durationMs() >= minHoldMs).toList());
        SpeechAttributes.spans(interaction, SpeechAttributes.SOUND_WITHOUT_WORDS).stream()
                .filter(span -> span.durationMs() >= minMusicMs).forEach(holds::add);
        // music inside a long silence is one hold, not two
        holds = union(holds, 0);
        findings.add(metric("hold_count", holds.size(), spansEvidence(holds)));
        findings.add(metric("hold_total_s", total(holds) / 1000.0, spansEvidence(holds)));

        List<TimeSpan> agent = talk.getOrDefault(Speaker.AGENT, List.of());
        List<TimeSpan> customer = talk.getOrDefault(Speaker.CUSTOMER, List.of());
        List<TimeSpan> overlaps = overlaps(agent, customer);
        findings.add(metric("overtalk_count", overlaps.size(), spansEvidence(overlaps)));
        findings.add(metric("overtalk_s", total(overlaps) / 1000.0, spansEvidence(overlaps)));
        findings.add(interruptions(interaction, "interruptions_by_agent", "agent->customer", Speaker.AGENT, agent, customer));
        findings.add(interruptions(interaction, "interruptions_by_customer", "customer->agent", Speaker.CUSTOMER, customer, agent));

        if (!agent.isEmpty()) {
            TimeSpan first = agent.getFirst();
            findings.add(metric("time_to_first_agent_response_s", first.startMs() / 1000.0,
                    List.of(new Evidence(-1, 0, 0, 0, first.startMs()))));
        }
        List<SpeechAttributes.WordTiming> words = SpeechAttributes.words(interaction);
        if (!words.isEmpty()) {
            double mean = words.stream().mapToDouble(SpeechAttributes.WordTiming::confidence).average().orElse(1);
            findings.add(new Finding(NAME, "metric", "recognition_confidence", "", mean, mean,
                    List.of(Evidence.WHOLE_INTERACTION)));
        }
        return input.plus(findings);
    }

    private Finding interruptions(Interaction interaction, String name, String label, Speaker by, List<TimeSpan> interrupter,
            List<TimeSpan> interrupted) {
        List<Evidence> evidence = new ArrayList<>();
        for (TimeSpan talk : interrupter) {
            for (TimeSpan other : interrupted) {
                boolean startsInside = talk.startMs() > other.startMs() && talk.startMs() < other.endMs();
                if (startsInside && other.endMs() - talk.startMs() >= MIN_INTERRUPTION_OVERLAP_MS
                        && talk.durationMs() >= MIN_INTERRUPTER_TALK_MS) {
                    evidence.add(turnEvidence(interaction, by, talk));
                    break;
                }
            }
        }
        return new Finding(NAME, "metric", name, evidence.isEmpty() ? "" : label, evidence.size(), 1.0,
                evidence.isEmpty() ? List.of(Evidence.WHOLE_INTERACTION) : evidence);
    }

    /** Evidence pointing at the speaker's turn in which a talk span starts, with the span's times. */
    private static Evidence turnEvidence(Interaction interaction, Speaker speaker, TimeSpan span) {
        List<Turn> turns = interaction.turns();
        for (int index = 0; index < turns.size(); index++) {
            Turn turn = turns.get(index);
            if (turn.speaker() == speaker && turn.startMs() <= span.startMs() && span.startMs() <= turn.endMs()) {
                return new Evidence(index, 0, turn.text().length(), span.startMs(), span.endMs());
            }
        }
        return new Evidence(-1, 0, 0, span.startMs(), span.endMs());
    }

    private static Finding metric(String name, double value, List<Evidence> evidence) {
        return new Finding(NAME, "metric", name, "", value, 1.0, evidence.isEmpty() ? List.of(Evidence.WHOLE_INTERACTION) : evidence);
    }

    private static List<Evidence> spansEvidence(List<TimeSpan> spans) {
        // A call can have hundreds of talk spans; twenty are enough to drill down from a number.
        return spans.stream().limit(20).map(span -> new Evidence(-1, 0, 0, span.startMs(), span.endMs())).toList();
    }

    /** Each speaker's talk: word times when known, else turn times; near spans merged. */
    static Map<Speaker, List<TimeSpan>> talk(Interaction interaction) {
        Map<Speaker, List<TimeSpan>> raw = new EnumMap<>(Speaker.class);
        List<SpeechAttributes.WordTiming> words = SpeechAttributes.words(interaction);
        List<Turn> turns = interaction.turns();
        if (!words.isEmpty()) {
            for (SpeechAttributes.WordTiming word : words) {
                if (word.turnIndex() < turns.size()) {
                    raw.computeIfAbsent(turns.get(word.turnIndex()).speaker(), key -> new ArrayList<>())
                            .add(new TimeSpan(word.startMs(), word.endMs()));
                }
            }
        } else {
            for (Turn turn : turns) {
                raw.computeIfAbsent(turn.speaker(), key -> new ArrayList<>()).add(new TimeSpan(turn.startMs(), turn.endMs()));
            }
        }
        Map<Speaker, List<TimeSpan>> merged = new EnumMap<>(Speaker.class);
        raw.forEach((speaker, spans) -> merged.put(speaker, union(spans, TALK_BRIDGE_MS)));
        return merged;
    }

    private static long countWords(Interaction interaction, Speaker speaker) {
        List<SpeechAttributes.WordTiming> words = SpeechAttributes.words(interaction);
        List<Turn> turns = interaction.turns();
        if (!words.isEmpty()) {
            return words.stream().filter(word -> word.turnIndex() < turns.size()
                    && turns.get(word.turnIndex()).speaker() == speaker).count();
        }
        return turns.stream().filter(turn -> turn.speaker() == speaker)
                .mapToLong(turn -> turn.text().isBlank() ? 0 : turn.text().trim().split("\\s+").length).sum();
    }

    /** Sorted, merged spans; spans closer than {@code bridgeMs} become one. */
    static List<TimeSpan> union(List<TimeSpan> spans, long bridgeMs) {
        List<TimeSpan> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        List<TimeSpan> merged = new ArrayList<>();
        for (TimeSpan span : sorted) {
            if (!merged.isEmpty() && span.startMs() - merged.getLast().endMs() <= bridgeMs) {
                TimeSpan last = merged.getLast();
                merged.set(merged.size() - 1, new TimeSpan(last.startMs(), Math.max(last.endMs(), span.endMs())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /** Gaps of at least {@code minMs} between talk spans (not before the first word or after the last). */
    static List<TimeSpan> gaps(List<TimeSpan> talk, long end, long minMs) {
        List<TimeSpan> gaps = new ArrayList<>();
        for (int index = 1; index < talk.size(); index++) {
            long from = talk.get(index - 1).endMs();
            long to = talk.get(index).startMs();
            if (to - from >= minMs) {
                gaps.add(new TimeSpan(from, to));
            }
        }
        return gaps;
    }

    static List<TimeSpan> overlaps(List<TimeSpan> a, List<TimeSpan> b) {
        List<TimeSpan> overlaps = new ArrayList<>();
        for (TimeSpan x : a) {
            for (TimeSpan y : b) {
                if (x.overlaps(y)) {
                    overlaps.add(new TimeSpan(Math.max(x.startMs(), y.startMs()), Math.min(x.endMs(), y.endMs())));
                }
            }
        }
        overlaps.sort(null);
        return overlaps;
    }

    private static long total(List<TimeSpan> spans) {
        return spans.stream().mapToLong(TimeSpan::durationMs).sum();
    }
}
