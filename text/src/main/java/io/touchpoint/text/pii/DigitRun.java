package io.touchpoint.text.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run of digits in a text, written ("4111-1111 1111 1111") or spoken one by one as words
 * ("four one one one, one one ..."), with where each digit group sits. Card numbers, SSNs, phone
 * and account numbers are all read from such runs.
 */
final class DigitRun {

    private static final Pattern ATOM = Pattern.compile(
            "(?<![\\w$])\\d+(?![\\w%])|\\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Between written digit groups: one space, hyphen or dot (not a comma, which makes amounts, nor a colon: times). */
    private static final Pattern WRITTEN_GAP = Pattern.compile("[ ]?[-.]?[ ]?");
    /** Between spoken digits: spaces, a comma or a hyphen. */
    private static final Pattern SPOKEN_GAP = Pattern.compile(" *[,-]? *");

    /** One group of digits: a written number, or one spoken digit word. */
    record Atom(int start, int end, String digits, boolean groupStart) { }

    private final boolean spoken;
    private final List<Atom> atoms;

    private DigitRun(boolean spoken, List<Atom> atoms) {
        this.spoken = spoken;
        this.atoms = List.copyOf(atoms);
    }

    boolean spoken() {
        return spoken;
    }

    List<Atom> atoms() {
        return atoms;
    }

    int start() {
        return atoms.get(0).start();
    }

    int end() {
        return atoms.get(atoms.size() - 1).end();
    }

    int digitCount() {
        int count = 0;
        for (Atom atom : atoms) {
            count += atom.digits().length();
        }
        return count;
    }

    String digits() {
        return digits(0, atoms.size());
    }

    String digits(int fromAtom, int toAtom) {
        StringBuilder builder = new StringBuilder();
        for (int i = fromAtom; i < toAtom; i++) {
            builder.append(atoms.get(i).digits());
        }
        return builder.toString();
    }

    /** Digits per group, e.g. [3, 2, 4] for "123-45-6789" or "one two three, four five, ...". */
    List<Integer> groupSizes() {
        List<Integer> sizes = new ArrayList<>();
        for (Atom atom : atoms) {
            if (atom.groupStart() || sizes.isEmpty()) {
                sizes.add(atom.digits().length());
            } else {
                sizes.set(sizes.size() - 1, sizes.get(sizes.size() - 1) + atom.digits().length());
            }
        }
        return sizes;
    }

    /** Every maximal run in {@code text}. */
    static List<DigitRun> find(String text) {
        List<DigitRun> runs = new ArrayList<>();
        Matcher matcher = ATOM.matcher(text);
        List<Atom> current = new ArrayList<>();
        boolean currentSpoken = false;
        int previousEnd = -1;
        while (matcher.find()) {
            String token = matcher.group();
            boolean spokenAtom = !Character.isDigit(token.charAt(0));
            boolean continues = !current.isEmpty() && spokenAtom == currentSpoken
                    && (spokenAtom ? SPOKEN_GAP : WRITTEN_GAP).matcher(text.substring(previousEnd, matcher.start())).matches();
            if (!continues) {
                flush(runs, current, currentSpoken);
                current = new ArrayList<>();
                currentSpoken = spokenAtom;
            }
            boolean groupStart = current.isEmpty() || !spokenAtom
                    || text.substring(previousEnd, matcher.start()).contains(",")
                    || text.substring(previousEnd, matcher.start()).contains("-");
            current.add(new Atom(matcher.start(), matcher.end(), spokenAtom ? digitOf(token) : token, groupStart));
            previousEnd = matcher.end();
        }
        flush(runs, current, currentSpoken);
        return runs;
    }

    private static void flush(List<DigitRun> runs, List<Atom> atoms, boolean spoken) {
        if (atoms.isEmpty()) {
            return;
        }
        // A spoken run never starts with "oh" ("oh, one more thing"): trim leading ones.
        int first = 0;
        while (spoken && first < atoms.size() && atoms.get(first).digits().equals("0")
                && atoms.get(first).end() - atoms.get(first).start() == 2) {
            first++;
        }
        if (first < atoms.size()) {
            runs.add(new DigitRun(spoken, atoms.subList(first, atoms.size())));
        }
    }

    private static String digitOf(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "zero", "oh" -> "0";
            case "one" -> "1";
            case "two" -> "2";
            case "three" -> "3";
            case "four" -> "4";
            case "five" -> "5";
            case "six" -> "6";
            case "seven" -> "7";
            case "eight" -> "8";
            default -> "9";
        };
    }
}
