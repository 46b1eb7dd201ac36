package io.touchpoint.quality;

import static java.util.Objects.requireNonNull;

/**
 * One piece of evidence as a reviewer sees it: the words and where they are. For calls,
 * {@code startMs}..{@code endMs} is the position in the audio ({@code audioUri}).
 *
 * @param turnIndex -1 for the whole interaction
 * @param speaker the turn's speaker, empty for the whole interaction
 * @param quote the matched characters (or the whole turn), empty for the whole interaction
 * @param turnText the full turn
 * @param audioUri the call's audio, or null for written channels or calls without audio
 */
public record EvidenceView(int turnIndex, String speaker, String quote, String turnText, long startMs, long endMs,
        double speechConfidence, String audioUri) {

    public EvidenceView {
        requireNonNull(speaker, "speaker is null");
        requireNonNull(quote, "quote is null");
        requireNonNull(turnText, "turnText is null");
    }

    public boolean wholeInteraction() {
        return turnIndex < 0;
    }
}
