package io.touchpoint.rules.phonetic;

/**
 * Where a phonetic phrase was heard in a text.
 *
 * @param charStart first character of the first matched word
 * @param charEnd end of the last matched word (exclusive)
 * @param expected the phrase's words that matched (one variant of the phrase)
 * @param heard the text's words at that place, as written
 * @param cost the phone edit distance (a close substitution counts half)
 * @param similarity 1 when the words are the ones written; below 1 for words that only sound alike
 */
public record PhoneticMatch(int charStart, int charEnd, String expected, String heard, double cost, double similarity) {

    public PhoneticMatch {
        if (charStart < 0 || charEnd < charStart) {
            throw new IllegalArgumentException("character span [" + charStart + ", " + charEnd + ") is invalid");
        }
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity " + similarity + " is outside [0, 1]");
        }
    }

    /** True when the text says the phrase's words, not only something that sounds like them. */
    public boolean exact() {
        return similarity == 1.0;
    }

    /** What a reviewer reads: {@code heard 'death' for 'debt'}. */
    public String note() {
        return "heard '" + heard + "' for '" + expected + "'";
    }
}
