package io.touchpoint.quality;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One agent against their team: where they do better and worse on each question, how their
 * score moves week by week, and example interactions for each weakness: their own misses and a
 * top agent's best handling of the same question.
 *
 * @param team the agent's team, or null when unknown (then the comparison is with every agent)
 * @param scored interactions of the agent with a QA score
 * @param meanScore the agent's mean final score (0..100)
 * @param teamMeanScore the team's mean final score
 * @param standings every question with enough answers, weakest first
 */
public record CoachingReport(String agentId, String agentName, String team, long scored, double meanScore,
        double teamMeanScore, List<QuestionStanding> strengths, List<QuestionStanding> weaknesses,
        List<QuestionStanding> standings, List<WeekPoint> trend, List<CoachingPoint> coachingPoints) {

    public CoachingReport {
        requireNonNull(agentId, "agentId is null");
        strengths = List.copyOf(strengths);
        weaknesses = List.copyOf(weaknesses);
        standings = List.copyOf(standings);
        trend = List.copyOf(trend);
        coachingPoints = List.copyOf(coachingPoints);
    }

    /**
     * One question: the agent's pass rate (yes among yes and no) against the team's.
     *
     * @param topAgentId the agent with the best pass rate on it (with enough answers), or null
     */
    public record QuestionStanding(String scorecard, String question, String text, long agentAnswers,
            double agentPassRate, long teamAnswers, double teamPassRate, String topAgentId, double topAgentPassRate) {
        public QuestionStanding {
            requireNonNull(scorecard, "scorecard is null");
            requireNonNull(question, "question is null");
        }

        /** Agent minus team, in pass-rate points (-1..1). */
        public double difference() {
            return agentPassRate - teamPassRate;
        }
    }

    /** The agent's and the team's mean score in one week (Monday first). */
    public record WeekPoint(LocalDate week, long agentInteractions, double agentScore, double teamScore) {
    }

    /** An interaction to learn from, with the words behind the answer. */
    public record Example(String interactionId, String agentId, Instant startedAt, String contactReason, Answer answer,
            List<EvidenceView> evidence) {
        public Example {
            requireNonNull(interactionId, "interactionId is null");
            evidence = List.copyOf(evidence);
        }
    }

    /** A weakness with the agent's own misses and the top agent's best handling of the same question. */
    public record CoachingPoint(QuestionStanding weakness, List<Example> misses, List<Example> bestPractice) {
        public CoachingPoint {
            requireNonNull(weakness, "weakness is null");
            misses = List.copyOf(misses);
            bestPractice = List.copyOf(bestPractice);
        }
    }
}
