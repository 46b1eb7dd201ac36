package io.touchpoint.rules.engine;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.rules.phonetic.PhoneticMatch;
import io.touchpoint.rules.phonetic.PhoneticPhrase;
import io.touchpoint.rules.phonetic.PronunciationDictionary;
import io.touchpoint.rules.phonetic.SpokenWords;
import io.touchpoint.rules.semantic.SentenceEmbedder;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.DoublePredicate;
import java.util.function.Predicate;

/**
 * A compiled condition of the rule language. Each evaluates to a {@link Match} within a
 * {@link Scope}; leaves that look at words or turns return hits, leaves that look at the
 * interaction as a whole (queue, duration, a metric) return a bare yes or no.
 */
public sealed interface Condition {

    Match evaluate(EvaluationContext context, Scope scope);

    /** True for conditions that need the embedding model; they are evaluated last and only when needed. */
    default boolean isExpensive() {
        return false;
    }

    /** Phrases, NEAR or a Lucene query: the percolated hits of its atoms (one per phrase). */
    record Lexical(int[] atomIds, String description) implements Condition {
        public Lexical {
            atomIds = atomIds.clone();
        }

        @Override
        public Match evaluate(EvaluationContext context, Scope scope) {
            if (scope.impossible()) {
                return Match.NO;
            }
            if (atomIds.length == 1) {
                return Match.ofHits(scope.filter(context, context.atomHits(atomIds[0])));
            }
            List<Hit> hits = new ArrayList<>();
            for (int atomId : atomIds) {
                hits.addAll(context.atomHits(atomId));
            }
            return Match.ofHits(scope.filter(context, hits));
        }
    }

    /**
     * Phrases matched by sound ({@code sounds_like:}): in each turn in scope, every place whose
     * phones are close enough to one of the phrases ({@link PhoneticPhrase}), and in the turn's
     * recognizer alternatives where its own text has none. A hit of words that only sound alike
     * scores below 1 and its note says what was heard for what.
     */
    record Phonetic(List<PhoneticPhrase> phrases, PronunciationDictionary dictionary, String description)
            implements Condition {
        public Phonetic {
            phrases = List.copyOf(phrases);
            if (phrases.isEmpty()) {
                throw new IllegalArgumentException("phonetic condition has no phrases");
            }
            requireNonNull(dictionary, "dictionary is null");
            requireNonNull(description, "description is null");
        }

        @Override
        public Match evaluate(EvaluationContext context, Scope scope) {
            if (scope.impossible()) {
                return Match.NO;
            }
            List<Hit> hits = new ArrayList<>();
            List<Turn> turns = context.turns();
            for (int i = 0; i < turns.size(); i++) {
                if (!scope.admitsTurn(context, i)) {
                    continue;
                }
                Turn turn = turns.get(i);
                int before = hits.size();
                SpokenWords words = context.spokenWords(i, dictionary);
                for (PhoneticPhrase phrase : phrases) {
                    for (PhoneticMatch match : phrase.findIn(words)) {
                        Evidence span = Evidence.ofSpan(i, turn, match.charStart(), match.charEnd());
                        Hit hit = new Hit(i, match.charStart(), match.charEnd(), span.startMs(), span.endMs(),
                                match.similarity(), match.exact() ? "" : match.note());
                        if (scope.admits(context, hit)) {
                            hits.add(hit);
                        }
                    }
                }
                if (hits.size() > before) {
                    continue;
                }
                for (TurnAlternatives.Alternative alternative : context.alternativesOf(i)) {
                    SpokenWords heard = context.spokenAlternative(alternative, dictionary);
                    for (PhoneticPhrase phrase : phrases) {
                        for (PhoneticMatch match : phrase.findIn(heard)) {
                            Hit hit = new Hit(i, 0, turn.text().length(), turn.startMs(), turn.endMs(),
                                    alternative.score() * match.similarity(),
                                    alternative.note() + (match.exact() ? "" : ": " + match.note()));
                            if (scope.admits(context, hit)) {
                                hits.add(hit);
                            }
                        }
                    }
                    if (hits.size() > before) {
                        break; // the best alternative that has it is evidence enough
                    }
                }
            }
            return Match.ofHits(hits);
        }
    }

    /**
     * Restricts the inner condition to a speaker and to windows of the conversation.
     *
     * @param fromEverywhere the scope when the outer one is {@link Scope#EVERYWHERE} (the usual
     *     case), built once instead of per evaluation
     */
    record Scoped(Condition inner, Speaker speaker, List<TimeWindow> windows, Scope fromEverywhere) implements Condition {
        public Scoped {
            requireNonNull(inner, "inner is null");
            windows = List.copyOf(windows);
            fromEverywhere = Scope.EVERYWHERE.narrow(speaker, windows);
        }

        public Scoped(Condition inner, Speaker speaker, List<TimeWindow> windows) {
            this(inner, speaker, windows, null);
        }

        @Override
        public Match evaluate(EvaluationContext context, Scope scope) {
            return inner.evaluate(context, scope == Scope.EVERYWHERE ? fromEverywhere : scope.narrow(speaker, windows));
        }

        @Override
        public boolean isExpensive() {
            return inner.isExpensive();
        }
    }

    /** Holds when the inner condition matches at least {@code count} distinct places. */
    record AtLeast(Condition inner, int count) implements Condition {
        @Override
        public Match evaluate(EvaluationContext context, Scope scope) {
            Match match = inner.evaluate(context, scope);
            return match.matched() && match.hits().size() >= count ? match : Match.NO;
        }

        @Override
        public boolean isExpensive() {
            return inner.isExpensive();
        }
    }

    /** AND: every part holds; the hits of all. Cheap parts run first so expensive ones are often skipped. */
    record All(List<Condition> parts) implements Condition {
        public All {
            List<Condition> ordered = new ArrayList<>(parts);
            ordered.sort((a, b) -> Boolean.compare(a.isExpensive(), b.isExpensive()));
            parts = List.copyOf(ordered);
        }

        @Override
        public Match evaluate(EvaluationContext context, Scope scope) {
            List<Hit> hits = new ArrayList<>();
            for (Condition part : parts) {
                Match match = part.evaluate(context, scope);
                if (!match.matched()) {
                    return Match.NO;
                }
                hits.addAll(match.hits());
            }
            return new Match(true, Match.distinctSorted(hits));
        }

        @Override
        public boolean isExpensive() {
            return parts.stream().anyMatch(Condition::isExpensive);
        }
    }

    /**
     * OR: any part holds; the hits of every part that holds. Expensive (semantic) parts are
     * tried only when no cheap part matched, so an exact match keeps score 1.
     */
    record Any(List<Condition> parts) implements Condition {
        public Any {
            List<Condition> ordered = new ArrayList<>(parts);
            ordered.sort((a, b) -> Boolean.compare(a.isExpensive(), b.isExpensive()));
            parts = List.copyOf(ordered);
        }

        @Override
        public Match evaluate(EvaluationContext context, Scope scope) {
            boolean matched = false;
            List<Hit> hits = new ArrayList<>();
            for (Condition part : parts) {
                if (matched && part.isExpensive()) {
                    break;
                }
                Match match = part.evaluate(context, scope);
                if (match.matched()) {
                    matched = true;
                    hits.addAll(match.hits());
                }
            }
            return matched ? new Match(true, Match.distinctSorted(hits)) : Match.NO;
        }

        @Override
        public boolean isExpensive() {
            return parts.stream().allMatch(Condition::isExpensive);
        }
    }

    /** NOT: holds when the inner condition does not; no hits. */
    record Not(Condition inner) implements Condition {
        @Override
        public Match evaluate(EvaluationContext context, Scope scope) {
            return inner.evaluate(context, scope).matched() ? Match.NO : Match.YES;
        }

        @Override
        public boolean isExpensive() {
            return inner.isExpensive();
        }
    }

    /**
     * Order: {@code first} and then {@code then} within the window (then = true), or
     * {@code first} and then no {@code then} within the window (then = false, for compliance).
     * A condition without hits (e.g. a queue filter) anchors at the start of the interaction
     * when it is {@code first}, and counts as present everywhere when it is {@code then}.
     *
     * @param window how far after {@code first} to look; null for the rest of the interaction
     */
    record Sequence(Condition first, Condition then, boolean expected, TimeWindow window) implements Condition {
        public Sequence {
            requireNonNull(first, "first is null");
            requireNonNull(then, "then is null");
        }

        @Override
        public Match evaluate(EvaluationContext context, Scope scope) {
            Match anchors = first.evaluate(context, scope);
            if (!anchors.matched()) {
                return Match.NO;
            }
            boolean syntheticAnchor = anchors.hits().isEmpty();
            List<Hit> anchorHits = syntheticAnchor
                    ? (context.turns().isEmpty() ? List.of() : List.of(new Hit(0, 0, 0, 0, 0, 1.0)))
                    : anchors.hits();
            Match followers = then.evaluate(context, scope);
            List<Hit> hits = new ArrayList<>();
            boolean holds = false;
            boolean followerEverywhere = followers.matched() && followers.hits().isEmpty();
            for (Hit anchor : anchorHits) {
                List<Hit> following = followerEverywhere ? List.of() : followersOf(anchor, followers.hits());
                boolean follows = followerEverywhere || !following.isEmpty();
                if (follows == expected) {
                    if (!syntheticAnchor) {
                        hits.add(anchor);
                    }
                    hits.addAll(following);
                    holds = true;
                }
            }
            return holds ? new Match(true, Match.distinctSorted(hits)) : Match.NO;
        }

        private List<Hit> followersOf(Hit anchor, List<Hit> candidates) {
            List<Hit> following = new ArrayList<>();
            for (Hit candidate : candidates) {
                if (candidate.isAfter(anchor) && withinWindow(anchor, candidate)) {
                    following.add(candidate);
                }
            }
            return following;
        }

        private boolean withinWindow(Hit anchor, Hit candidate) {
            if (window == null) {
                return true;
            }
            return window.unit() == TimeWindow.Unit.TURNS
                    ? candidate.turn() - anchor.turn() <= window.amount()
                    : candidate.startMs() - anchor.endMs() <= window.amount() * 1000;
        }

        @Override
        public boolean isExpensive() {
            return first.isExpensive() || then.isExpensive();
        }
    }

    /** A fact about the interaction as a whole: channel, queue, duration, outcome, attributes. */
    record Metadata(String description, Predicate<Interaction> predicate) implements Condition {
        @Override
        public Match evaluate(EvaluationContext context, Scope scope) {
            return predicate.test(context.interaction()) ? Match.YES : Match.NO;
        }
    }

    /**
     * Earlier analyzers' findings (sentiment, emotion, PII, metrics): a finding of {@code type}
     * whose name and label are among the given ones (empty: any) and whose score passes. A
     * finding with turn evidence gives hits in scope; a whole-interaction finding holds
     * regardless of scope.
     */
    record FindingFact(String type, Set<String> names, Set<String> labels, DoublePredicate score, String description)
            implements Condition {
        public FindingFact {
            requireNonNull(type, "type is null");
            names = Set.copyOf(names);
            labels = Set.copyOf(labels);
            requireNonNull(score, "score is null");
        }

        @Override
        public Match evaluate(EvaluationContext context, Scope scope) {
            boolean wholeInteraction = false;
            List<Hit> hits = new ArrayList<>();
            List<Turn> turns = context.turns();
            for (Finding finding : context.input().findings()) {
                if (!finding.type().equals(type)
                        || (!names.isEmpty() && !names.contains(finding.name().toLowerCase(Locale.ROOT)))
                        || (!labels.isEmpty() && !labels.contains(finding.label().toLowerCase(Locale.ROOT)))
                        || !score.test(finding.score())) {
                    continue;
                }
                for (Evidence evidence : finding.evidence()) {
                    if (evidence.isWholeInteraction() || evidence.turnIndex() >= turns.size()) {
                        wholeInteraction = true;
                        continue;
                    }
                    int length = turns.get(evidence.turnIndex()).text().length();
                    int start = Math.min(evidence.charStart(), length);
                    int end = Math.min(Math.max(evidence.charEnd(), start), length);
                    Hit hit = new Hit(evidence.turnIndex(), start, end, evidence.startMs(), evidence.endMs(), 1.0);
                    if (scope.admits(context, hit)) {
                        hits.add(hit);
                    }
                }
            }
            if (!hits.isEmpty()) {
                return Match.ofHits(hits);
            }
            return wholeInteraction && !scope.impossible() ? Match.YES : Match.NO;
        }
    }

    /** A gap with no one speaking of at least {@code minimumMs} before a turn (dead air, a long hold). */
    record Silence(long minimumMs) implements Condition {
        @Override
        public Match evaluate(EvaluationContext context, Scope scope) {
            List<Turn> turns = context.turns();
            List<Hit> hits = new ArrayList<>();
            long spokenUntil = 0;
            for (int i = 0; i < turns.size(); i++) {
                Turn turn = turns.get(i);
                if (i > 0 && turn.startMs() - spokenUntil >= minimumMs) {
                    Hit hit = new Hit(i, 0, 0, spokenUntil, turn.startMs(), 1.0);
                    if (scope.admits(context, hit)) {
                        hits.add(hit);
                    }
                }
                spokenUntil = Math.max(spokenUntil, turn.endMs());
            }
            return Match.ofHits(hits);
        }
    }

    /** The result of another rule, evaluated earlier (rules are ordered by their references). */
    record RuleReference(String ruleId) implements Condition {
        public RuleReference {
            requireNonNull(ruleId, "ruleId is null");
        }

        @Override
        public Match evaluate(EvaluationContext context, Scope scope) {
            Match match = context.ruleMatch(ruleId);
            if (!match.matched()) {
                return Match.NO;
            }
            if (match.hits().isEmpty()) {
                return scope.impossible() ? Match.NO : match;
            }
            return Match.ofHits(scope.filter(context, match.hits()));
        }
    }

    /**
     * Embedding similarity of each sentence in the scope's turns to example sentences; a hit
     * for every sentence whose best similarity reaches the threshold. Only turns the scope
     * admits are embedded, each sentence at most once per interaction.
     *
     * @param examples the examples' vectors, computed when the rule set was compiled
     */
    record Semantic(List<float[]> examples, double threshold, String description) implements Condition {
        public Semantic {
            examples = List.copyOf(examples);
            if (examples.isEmpty()) {
                throw new IllegalArgumentException("semantic condition has no examples");
            }
            if (!(threshold > 0 && threshold <= 1)) {
                throw new IllegalArgumentException("threshold " + threshold + " is outside (0, 1]");
            }
        }

        @Override
        public Match evaluate(EvaluationContext context, Scope scope) {
            List<Hit> hits = new ArrayList<>();
            List<Turn> turns = context.turns();
            for (int i = 0; i < turns.size(); i++) {
                if (!scope.admitsTurn(context, i)) {
                    continue;
                }
                Turn turn = turns.get(i);
                BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
                sentences.setText(turn.text());
                int start = sentences.first();
                for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
                    int trimmedEnd = end;
                    while (trimmedEnd > start && Character.isWhitespace(turn.text().charAt(trimmedEnd - 1))) {
                        trimmedEnd--;
                    }
                    if (trimmedEnd == start) {
                        continue;
                    }
                    float[] vector = context.embedding(i, start, trimmedEnd);
                    double best = 0;
                    for (float[] example : examples) {
                        best = Math.max(best, SentenceEmbedder.cosine(vector, example));
                    }
                    if (best >= threshold) {
                        Evidence span = Evidence.ofSpan(i, turn, start, trimmedEnd);
                        Hit hit = new Hit(i, start, trimmedEnd, span.startMs(), span.endMs(), Math.min(1.0, best));
                        if (scope.admits(context, hit)) {
                            hits.add(hit);
                        }
                    }
                }
            }
            return Match.ofHits(hits);
        }

        @Override
        public boolean isExpensive() {
            return true;
        }
    }
}
