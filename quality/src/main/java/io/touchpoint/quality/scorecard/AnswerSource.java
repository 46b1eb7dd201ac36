package io.touchpoint.quality.scorecard;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * Where a question's automatic answer comes from: one kind of earlier finding. Each kind says
 * when the answer is yes, no, or not applicable; see docs/quality.md for the YAML keys.
 */
public sealed interface AnswerSource {

    /**
     * The finding type and name the answer rests on, e.g. {@code compliance:recording.disclosure_missing};
     * per-rule precision is reported under this key.
     */
    String reference();

    /**
     * {@code behaviour: NAME}: yes when the behaviour finding is {@code present}, no when
     * {@code missing}, not applicable when the rule did not apply (no finding).
     */
    record Behaviour(String name) implements AnswerSource {
        public Behaviour {
            requireNonBlank(name, "behaviour");
        }

        @Override
        public String reference() {
            return "behaviour:" + name;
        }
    }

    /** {@code compliance: NAME}: no when the compliance finding (a breach) is there, yes otherwise. */
    record Compliance(String name) implements AnswerSource {
        public Compliance {
            requireNonBlank(name, "compliance");
        }

        @Override
        public String reference() {
            return "compliance:" + name;
        }
    }

    /**
     * {@code event: NAME}, {@code category: PATH} or {@code finding: {type, name, label}}: yes when
     * such a finding is there and {@code expect} is present, or when it is not there and
     * {@code expect} is absent; no otherwise.
     *
     * @param label the finding's label must be this; null for any
     */
    record Presence(String type, String name, String label, boolean expectPresent) implements AnswerSource {
        public Presence {
            requireNonBlank(type, "finding type");
            requireNonBlank(name, "finding name");
        }

        @Override
        public String reference() {
            return type + ":" + name;
        }
    }

    /**
     * {@code metric: NAME} with {@code at-least} and/or {@code at-most}: yes when the metric is
     * within the bounds, no when outside, not applicable when the interaction has no such metric.
     *
     * @param atLeast lower bound (inclusive) or null
     * @param atMost upper bound (inclusive) or null
     */
    record Metric(String name, Double atLeast, Double atMost) implements AnswerSource {
        public Metric {
            requireNonBlank(name, "metric");
            requireBounds("metric " + name, atLeast, atMost);
        }

        @Override
        public String reference() {
            return "metric:" + name;
        }
    }

    /**
     * {@code sentiment: customer|agent} with {@code at-least} and/or {@code at-most}: the speaker's
     * mean sentiment ({@code sentiment.speaker}, -1..1) against the bounds; not applicable when the
     * speaker said nothing scored.
     */
    record Sentiment(String speaker, Double atLeast, Double atMost) implements AnswerSource {
        public Sentiment {
            requireNonBlank(speaker, "sentiment");
            requireBounds("sentiment " + speaker, atLeast, atMost);
        }

        @Override
        public String reference() {
            return "sentiment.speaker:" + speaker;
        }
    }

    /**
     * {@code sentiment-trend: customer} with {@code not: [ended_negative, worsened]}: no when the
     * customer's sentiment trend has one of those labels, yes otherwise; not applicable when there
     * is no trend (fewer than two customer turns).
     */
    record SentimentTrend(String speaker, Set<String> failingLabels) implements AnswerSource {
        public SentimentTrend {
            requireNonBlank(speaker, "sentiment-trend");
            failingLabels = Set.copyOf(failingLabels);
            if (failingLabels.isEmpty()) {
                throw new IllegalArgumentException("sentiment-trend needs at least one label under 'not'");
            }
        }

        @Override
        public String reference() {
            return "sentiment.trend:" + speaker;
        }
    }

    private static void requireNonBlank(String value, String what) {
        requireNonNull(value, what + " is null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " name is blank");
        }
    }

    private static void requireBounds(String what, Double atLeast, Double atMost) {
        if (atLeast == null && atMost == null) {
            throw new IllegalArgumentException(what + " needs at-least, at-most or both");
        }
        if (atLeast != null && atMost != null && atLeast > atMost) {
            throw new IllegalArgumentException(what + ": at-least " + atLeast + " is above at-most " + atMost);
        }
    }
}
