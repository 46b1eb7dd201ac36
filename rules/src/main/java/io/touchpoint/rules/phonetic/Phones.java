package io.touchpoint.rules.phonetic;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The 39 ARPAbet phones of the CMU dictionary as small numbers, and how alike two of them sound:
 * the substitution cost of the phone edit distance. Recognizers confuse vowels with each other
 * and consonants with their voiced or fricative neighbours ({@code T}/{@code TH} in
 * "debt"/"death", {@code T}/{@code D}, {@code M}/{@code N}) far more often than anything else,
 * so those cost half an edit and other substitutions a whole one.
 */
public final class Phones {

    /** Every phone, in a fixed order: a phone's number is its index here. */
    public static final List<String> ALL = List.of("AA", "AE", "AH", "AO", "AW", "AY", "EH", "ER", "EY", "IH", "IY",
            "OW", "OY", "UH", "UW", "B", "CH", "D", "DH", "F", "G", "HH", "JH", "K", "L", "M", "N", "NG", "P", "R", "S",
            "SH", "T", "TH", "V", "W", "Y", "Z", "ZH");

    /** Number of phones; symbols at or above it stand for words spelled, not pronounced. */
    public static final int COUNT = ALL.size();

    /** Cost of a substitution between sounds a recognizer readily confuses. */
    public static final double CLOSE = 0.5;

    private static final Map<String, Integer> NUMBERS = new HashMap<>();
    private static final boolean[][] CLOSE_PAIRS = new boolean[COUNT][COUNT];
    private static final int VOWELS = 15;

    static {
        for (int i = 0; i < COUNT; i++) {
            NUMBERS.put(ALL.get(i), i);
        }
        for (int a = 0; a < VOWELS; a++) {
            for (int b = 0; b < VOWELS; b++) {
                CLOSE_PAIRS[a][b] = true;
            }
        }
        // Voicing pairs, stop/fricative neighbours, nasals, liquids, sibilants.
        for (String pair : Set.of("T D", "P B", "K G", "S Z", "F V", "TH DH", "CH JH", "SH ZH", "T TH", "D DH",
                "F TH", "V DH", "S SH", "Z ZH", "CH SH", "JH ZH", "M N", "N NG", "L R", "ER R", "W V")) {
            String[] two = pair.split(" ");
            int a = NUMBERS.get(two[0]);
            int b = NUMBERS.get(two[1]);
            CLOSE_PAIRS[a][b] = true;
            CLOSE_PAIRS[b][a] = true;
        }
    }

    private Phones() {
    }

    /** The number of a phone, stress mark ignored ({@code EH1} is {@code EH}); -1 when it is no ARPAbet phone. */
    public static int number(String phone) {
        String plain = phone.toUpperCase(Locale.ROOT);
        int end = plain.length();
        while (end > 0 && Character.isDigit(plain.charAt(end - 1))) {
            end--;
        }
        Integer number = NUMBERS.get(end == plain.length() ? plain : plain.substring(0, end));
        return number == null ? -1 : number;
    }

    /** The phone without its stress mark, or null when it is no ARPAbet phone. */
    public static String plain(String phone) {
        int number = number(phone);
        return number < 0 ? null : ALL.get(number);
    }

    /**
     * What it costs to hear {@code heard} where {@code expected} was said: 0 for the same symbol,
     * {@link #CLOSE} for confusable phones, 1 otherwise (and for any word symbol that differs).
     */
    public static double substitution(int expected, int heard) {
        if (expected == heard) {
            return 0;
        }
        if (expected < COUNT && heard < COUNT && CLOSE_PAIRS[expected][heard]) {
            return CLOSE;
        }
        return 1;
    }
}
