package io.touchpoint.text.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into words, numbers, emoji, emoticons, punctuation, @mentions, #hashtags and URLs,
 * keeping each token's character offsets.
 *
 * <p>A hand-written scanner rather than a regular expression: the lexicon sentiment mode has to
 * tokenize tens of thousands of turns a second. Apostrophes stay inside words ("don't", "I'm");
 * "n't" negations therefore stay visible to the sentiment rules.
 *
 * <pre>{@code
 * List<Token> tokens = WordTokenizer.tokenize("NOT happy :( @united http://x.co #fail");
 * }</pre>
 */
public final class WordTokenizer {

    /** Emoticons recognized as one token; anything else made of punctuation is split into single characters. */
    private static final Set<String> EMOTICONS = Set.of(
            ":)", ":-)", ":(", ":-(", ":D", ":-D", ";)", ";-)", ":P", ":-P", ":p", ":/", ":-/", ":\\", ":'(",
            ":|", ":-|", ":o", ":O", "<3", "</3", "=)", "=(", "xD", "XD", ":((", ":))", "):", "(:", ":@", ">:(");

    private WordTokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(Math.max(4, text.length() / 5));
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            int next;
            if (startsUrl(text, i)) {
                next = skipNonSpace(text, i);
                tokens.add(new Token("<url>", i, next, Token.Kind.URL, false));
            } else if ((c == '@' || c == '#') && i + 1 < length && isWordChar(text.charAt(i + 1))) {
                next = skipWord(text, i + 1);
                if (c == '@') {
                    tokens.add(new Token("<user>", i, next, Token.Kind.MENTION, false));
                } else {
                    tokens.add(new Token(text.substring(i + 1, next).toLowerCase(Locale.ROOT), i, next, Token.Kind.HASHTAG,
                            false));
                }
            } else if (Character.isLetter(codePoint)) {
                next = skipWord(text, i);
                String word = text.substring(i, next);
                tokens.add(new Token(word.toLowerCase(Locale.ROOT), i, next, Token.Kind.WORD, isAllCaps(word)));
            } else if (Character.isDigit(codePoint)) {
                next = skipNumber(text, i);
                tokens.add(new Token(text.substring(i, next), i, next, Token.Kind.NUMBER, false));
            } else if (isEmoji(codePoint)) {
                next = i + Character.charCount(codePoint);
                // Skin tones and variation selectors belong to the emoji before them.
                while (next < length && isEmojiModifier(text.codePointAt(next))) {
                    next += Character.charCount(text.codePointAt(next));
                }
                tokens.add(new Token(new String(Character.toChars(codePoint)), i, next, Token.Kind.EMOJI, false));
            } else {
                int end = skipNonSpace(text, i);
                String run = text.substring(i, end);
                String emoticon = leadingEmoticon(run);
                if (emoticon != null) {
                    next = i + emoticon.length();
                    tokens.add(new Token(emoticon, i, next, Token.Kind.EMOTICON, false));
                } else {
                    next = i + Character.charCount(codePoint);
                    tokens.add(new Token(new String(Character.toChars(codePoint)), i, next, Token.Kind.PUNCTUATION, false));
                }
            }
            i = next;
        }
        return tokens;
    }

    private static String leadingEmoticon(String run) {
        for (int length = Math.min(4, run.length()); length >= 2; length--) {
            String candidate = run.substring(0, length);
            if (EMOTICONS.contains(candidate)) {
                // "xD" must not be cut out of a word such as "xDrive": only whole runs or runs ending in punctuation.
                if (length == run.length() || !Character.isLetterOrDigit(run.charAt(length))) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static boolean startsUrl(String text, int i) {
        return text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i);
    }

    private static int skipNonSpace(String text, int i) {
        int j = i;
        while (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Letters, digits and inner apostrophes ("don't", "customer's"); a trailing apostrophe is not part of the word. */
    private static int skipWord(String text, int i) {
        int j = i;
        int length = text.length();
        while (j < length) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK) {
                j++;
            } else if ((c == '\'' || c == '\u2019') && j + 1 < length && Character.isLetter(text.charAt(j + 1))) {
                j++;
            } else if (Character.isHighSurrogate(c) && Character.isLetter(text.codePointAt(j))) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    /** Digits with inner separators of one character (1,234.56 or 4111-1111), so amounts stay one token. */
    private static int skipNumber(String text, int i) {
        int j = i;
        int length = text.length();
        while (j < length) {
            char c = text.charAt(j);
            if (Character.isDigit(c)) {
                j++;
            } else if ((c == '.' || c == ',') && j + 1 < length && Character.isDigit(text.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isAllCaps(String word) {
        int letters = 0;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    static boolean isEmoji(int codePoint) {
        return (codePoint >= 0x1F300 && codePoint <= 0x1FAFF)
                || (codePoint >= 0x2600 && codePoint <= 0x27BF)
                || (codePoint >= 0x1F000 && codePoint <= 0x1F2FF)
                || codePoint == 0x2B50 || codePoint == 0x2764;
    }

    private static boolean isEmojiModifier(int codePoint) {
        return (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF) || codePoint == 0xFE0F || codePoint == 0x200D;
    }
}
