package io.touchpoint.text.tokens;

import static java.util.Objects.requireNonNull;

/**
 * One token of a text: its normalized form, where it sits in the original text ({@code start}
 * inclusive, {@code end} exclusive) and what kind of token it is.
 *
 * @param normalized lower-cased word, or a placeholder such as {@code <url>}; emoji and emoticons as written
 * @param allCaps the original is a word of two or more letters, all upper case ("NEVER"): shouting
 */
public record Token(String normalized, int start, int end, Kind kind, boolean allCaps) {

    /** What a token is. */
    public enum Kind { WORD, NUMBER, EMOJI, EMOTICON, PUNCTUATION, MENTION, HASHTAG, URL }

    public Token {
        requireNonNull(normalized, "normalized is null");
        requireNonNull(kind, "kind is null");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("token span [" + start + ", " + end + ") is invalid");
        }
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }
}
