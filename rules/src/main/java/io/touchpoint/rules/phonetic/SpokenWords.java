package io.touchpoint.rules.phonetic;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text as a sequence of sound symbols: every word replaced by the phones of its first
 * pronunciation, with each symbol's word and each word's characters kept, so that a phonetic
 * match can be reported as characters of the text. A word the dictionary lacks (a product name,
 * a number written in digits, a redaction placeholder such as {@code [CARD]}) becomes one symbol
 * of its own that only the same word matches: such words match as written, never by sound.
 */
public final class SpokenWords {

    /** Words: letters and digits with inner apostrophes ("i'm", "o'clock"), or a placeholder. */
    private static final Pattern WORD = Pattern.compile("\\[[A-Z][A-Z_]*\\]|[\\p{L}\\p{N}]+(?:'[\\p{L}]+)*");

    private final String text;
    private final int[] wordStarts;
    private final int[] wordEnds;
    private final int[] symbols;
    /** For each symbol, the index of its word. */
    private final int[] symbolWords;

    private SpokenWords(String text, int[] wordStarts, int[] wordEnds, int[] symbols, int[] symbolWords) {
        this.text = text;
        this.wordStarts = wordStarts;
        this.wordEnds = wordEnds;
        this.symbols = symbols;
        this.symbolWords = symbolWords;
    }

    /** The words of {@code text} with the sounds {@code dictionary} gives them. */
    public static SpokenWords of(String text, PronunciationDictionary dictionary) {
        requireNonNull(text, "text is null");
        requireNonNull(dictionary, "dictionary is null");
        List<int[]> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        int symbolCount = 0;
        while (matcher.find()) {
            int[] sounds = firstPronunciation(matcher.group(), dictionary);
            words.add(new int[] {matcher.start(), matcher.end()});
            words.add(sounds);
            symbolCount += sounds.length;
        }
        int wordCount = words.size() / 2;
        int[] starts = new int[wordCount];
        int[] ends = new int[wordCount];
        int[] symbols = new int[symbolCount];
        int[] symbolWords = new int[symbolCount];
        int at = 0;
        for (int w = 0; w < wordCount; w++) {
            starts[w] = words.get(2 * w)[0];
            ends[w] = words.get(2 * w)[1];
            for (int symbol : words.get(2 * w + 1)) {
                symbols[at] = symbol;
                symbolWords[at++] = w;
            }
        }
        return new SpokenWords(text, starts, ends, symbols, symbolWords);
    }

    private static int[] firstPronunciation(String word, PronunciationDictionary dictionary) {
        List<int[]> all = pronunciations(word, dictionary);
        return all.getFirst();
    }

    /**
     * Every pronunciation of a word as symbols; a word the dictionary lacks is one symbol of its
     * own (the same for the same spelling, in any case).
     */
    static List<int[]> pronunciations(String word, PronunciationDictionary dictionary) {
        if (word.startsWith("[")) {
            return List.of(new int[] {wordSymbol(word)});
        }
        List<List<String>> known = dictionary.pronunciations(word);
        if (known.isEmpty()) {
            return List.of(new int[] {wordSymbol(word)});
        }
        List<int[]> all = new ArrayList<>(known.size());
        for (List<String> phones : known) {
            int[] symbols = new int[phones.size()];
            for (int i = 0; i < symbols.length; i++) {
                symbols[i] = Phones.number(phones.get(i));
            }
            all.add(symbols);
        }
        return all;
    }

    /** A symbol for a word the dictionary cannot pronounce: above every phone, one per spelling. */
    static int wordSymbol(String word) {
        return Phones.COUNT + (word.toLowerCase(Locale.ROOT).hashCode() & 0x3fffffff);
    }

    /** The words of a phrase (letters, digits, apostrophes), lower-cased. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group().startsWith("[") ? matcher.group() : matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    public String text() {
        return text;
    }

    public int wordCount() {
        return wordStarts.length;
    }

    int symbolCount() {
        return symbols.length;
    }

    int symbol(int index) {
        return symbols[index];
    }

    /** Whether symbol {@code index} is the first of its word ({@code index == symbolCount()}: the end, false). */
    boolean startsWord(int index) {
        return index < symbols.length && (index == 0 || symbolWords[index - 1] != symbolWords[index]);
    }

    /** Whether a match may end before symbol {@code index}: at the end of a word. */
    boolean endsWordBefore(int index) {
        return index > 0 && (index == symbols.length || symbolWords[index - 1] != symbolWords[index]);
    }

    int wordOfSymbol(int index) {
        return symbolWords[index];
    }

    public int wordStart(int word) {
        return wordStarts[word];
    }

    public int wordEnd(int word) {
        return wordEnds[word];
    }
}
