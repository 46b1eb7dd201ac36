package io.touchpoint.store;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Direction;
import java.time.Instant;

/**
 * One line of a journey.
 *
 * @param endedAt nullable
 * @param agentId nullable
 * @param queue nullable
 * @param turns how many turns the interaction has
 * @param preview the start of the customer's first turn, at most {@value #PREVIEW_LENGTH}
 *     characters (cut at a word boundary, with an ellipsis); empty when the customer said nothing
 */
public record InteractionSummary(
        String id,
        Channel channel,
        Direction direction,
        Instant startedAt,
        Instant endedAt,
        String agentId,
        String queue,
        int turns,
        String preview) {

    public static final int PREVIEW_LENGTH = 100;

    public InteractionSummary {
        requireNonNull(id, "id is null");
        requireNonNull(channel, "channel is null");
        requireNonNull(direction, "direction is null");
        requireNonNull(startedAt, "startedAt is null");
        requireNonNull(preview, "preview is null");
        if (turns < 0) {
            throw new IllegalArgumentException("turns is negative: " + turns);
        }
    }

    /** Cuts a customer's words down to a preview. */
    static String preview(String text) {
        if (text == null) {
            return "";
        }
        // Only the start matters: an e-mail body can be long.
        String start = text.length() > 4 * PREVIEW_LENGTH ? text.substring(0, 4 * PREVIEW_LENGTH) : text;
        String flat = collapseWhitespace(start.strip());
        if (flat.length() <= PREVIEW_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', PREVIEW_LENGTH - 1);
        if (cut < PREVIEW_LENGTH / 2) {
            cut = PREVIEW_LENGTH - 1;
        }
        return flat.substring(0, cut).stripTrailing() + "…";
    }

    /** Runs of whitespace become one space; by hand, as this runs for every ingested interaction. */
    private static String collapseWhitespace(String text) {
        StringBuilder flat = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!inSpace) {
                    flat.append(' ');
                }
                inSpace = true;
            } else {
                flat.append(c);
                inSpace = false;
            }
        }
        return flat.toString();
    }
}
