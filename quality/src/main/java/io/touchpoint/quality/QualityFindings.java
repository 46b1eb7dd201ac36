package io.touchpoint.quality;

/**
 * The finding types the quality analyzer writes; the KPI engine, the review queue and the
 * dashboard match on these strings.
 *
 * <ul>
 *   <li>{@code qa}: name the scorecard, label {@code pass|fail|auto_fail}, score the total 0..100,
 *       confidence the lowest confidence of the answers that cost points, evidence the whole interaction;</li>
 *   <li>{@code qa.answer}: name {@code <scorecard>/<question>}, label {@code yes|no|na}, score the
 *       strength of the match behind the answer (1 for an exact match, a measured value or an absence;
 *       the similarity for a {@code semantic:} match), confidence that strength times the speech
 *       confidence of the words, evidence the spans of the underlying finding.</li>
 * </ul>
 */
public final class QualityFindings {

    /** The analyzer name on every quality finding. */
    public static final String ANALYZER = "quality";
    /** One finding per scorecard that applies to the interaction: the total score. */
    public static final String SCORE = "qa";
    /** One finding per question of an applicable scorecard. */
    public static final String ANSWER = "qa.answer";

    public static final String PASS = "pass";
    public static final String FAIL = "fail";
    public static final String AUTO_FAIL = "auto_fail";

    private QualityFindings() {
    }

    /** {@code scorecard/question}, the name of an answer finding. */
    public static String answerName(String scorecard, String question) {
        return scorecard + "/" + question;
    }
}
