package io.touchpoint.quality;

/**
 * How to build a coaching report.
 *
 * @param minAnswers a question counts for the agent (and a top agent) only with at least this many answers
 * @param margin a pass rate this far above (below) the team's is a strength (weakness), 0..1
 * @param weeks the trend covers the agent's last this many weeks with scored interactions
 * @param examples example interactions per weakness, of the agent's misses and of best practice
 */
public record CoachingQuery(int minAnswers, double margin, int weeks, int examples) {

    public static final CoachingQuery DEFAULT = new CoachingQuery(5, 0.10, 8, 2);

    public CoachingQuery {
        if (minAnswers < 1) {
            throw new IllegalArgumentException("min-answers " + minAnswers + " must be at least 1");
        }
        if (!(margin >= 0 && margin <= 1)) {
            throw new IllegalArgumentException("margin " + margin + " is outside 0..1");
        }
        if (weeks < 1 || weeks > 520) {
            throw new IllegalArgumentException("weeks " + weeks + " is outside 1..520");
        }
        if (examples < 0 || examples > 20) {
            throw new IllegalArgumentException("examples " + examples + " is outside 0..20");
        }
    }
}
