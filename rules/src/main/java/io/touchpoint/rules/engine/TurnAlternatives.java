package io.touchpoint.rules.engine;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Interaction;
import java.util.ArrayList;
import java.util.List;

/**
 * The recognizer's other hypotheses (N-best) for the turns of a transcribed call, as the speech
 * module stores them in the attribute {@value #ATTRIBUTE}: one line per alternative,
 * {@code TURN:TEXT}, a turn's alternatives in the recognizer's order (best first). Rules match
 * them as well as the turn's text, so that a phrase the recognizer nearly heard is found, with a
 * lower score and a note that says where it came from.
 *
 * <pre>{@code
 * speech.alternatives = "3:i'm in debt\n3:i'm in that"
 * }</pre>
 */
public final class TurnAlternatives {

    /** The attribute that holds them; written by the speech module when the engine gives N-best lists. */
    public static final String ATTRIBUTE = "speech.alternatives";

    /** The similarity of a hit found only in the first alternative; each later one counts 0.05 less, down to 0.5. */
    static final double FIRST_ALTERNATIVE_SCORE = 0.7;

    /**
     * One alternative hypothesis of a turn.
     *
     * @param turn the turn's index
     * @param rank 1 for the recognizer's second-best hypothesis of the turn, 2 for the next...
     * @param text what the recognizer may have heard instead
     */
    public record Alternative(int turn, int rank, String text) {
        public Alternative {
            if (turn < 0) {
                throw new IllegalArgumentException("turn is negative: " + turn);
            }
            if (rank < 1) {
                throw new IllegalArgumentException("rank is below 1: " + rank);
            }
            requireNonNull(text, "text is null");
        }

        /** How much a hit found only here counts: less than any hit in the turn's own text. */
        public double score() {
            return Math.max(0.5, FIRST_ALTERNATIVE_SCORE - 0.05 * (rank - 1));
        }

        /** What a reviewer reads about a hit found only here. */
        public String note() {
            return "only in the recognizer's alternative " + rank + " for this turn: '" + text + "'";
        }
    }

    private TurnAlternatives() {
    }

    /** The attribute value for alternatives given as (turn, text) in order; the inverse of {@link #of}. */
    public static String format(List<Alternative> alternatives) {
        StringBuilder value = new StringBuilder();
        for (Alternative alternative : alternatives) {
            if (alternative.text().indexOf('\n') >= 0) {
                throw new IllegalArgumentException("alternative text contains a line break: " + alternative.text());
            }
            if (!value.isEmpty()) {
                value.append('\n');
            }
            value.append(alternative.turn()).append(':').append(alternative.text());
        }
        return value.toString();
    }

    /**
     * The alternatives stored on an interaction, in order; empty when there are none. Entries
     * for turns the interaction does not have are ignored (they cannot be shown to anyone).
     *
     * @throws IllegalArgumentException naming the interaction and the bad line
     */
    public static List<Alternative> of(Interaction interaction) {
        String value = interaction.attributes().get(ATTRIBUTE);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<Alternative> alternatives = new ArrayList<>();
        int previousTurn = -1;
        int rank = 0;
        for (String line : value.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            int turn;
            try {
                turn = colon > 0 ? Integer.parseInt(line.substring(0, colon).strip()) : -1;
            } catch (NumberFormatException e) {
                turn = -1;
            }
            if (turn < 0) {
                throw new IllegalArgumentException("interaction " + interaction.id() + ": attribute " + ATTRIBUTE
                        + " has a bad line '" + line + "' (expected TURN:TEXT)");
            }
            if (turn >= interaction.turns().size()) {
                continue;
            }
            rank = turn == previousTurn ? rank + 1 : 1;
            previousTurn = turn;
            alternatives.add(new Alternative(turn, rank, line.substring(colon + 1).strip()));
        }
        return alternatives;
    }
}
