package io.touchpoint.rules.language;

import java.util.List;
import java.util.Locale;
import java.util.function.DoublePredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comparisons written in rules: {@code "> 30"}, {@code ">= 0.5"}, {@code "< -0.3"},
 * {@code "= 2"}, or a bare number for equality; durations may carry a unit ({@code "> 5m"},
 * {@code "<= 90s"}), read as seconds.
 */
final class NumberTest {

    private static final Pattern COMPARISON = Pattern.compile(
            "^\\s*(>=|<=|>|<|==|=)?\\s*(-?\\d+(?:\\.\\d+)?)\\s*(s|sec|secs|seconds?|m|min|mins|minutes?|h|hours?)?\\s*$");

    private NumberTest() {
    }

    /** Parses one comparison; throws with a message naming the accepted forms. */
    static DoublePredicate parse(String text) {
        Matcher matcher = COMPARISON.matcher(text.toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a comparison such as '> 30', '<= 0.5' or '>= 2m'");
        }
        String operator = matcher.group(1) == null ? "=" : matcher.group(1);
        double value = Double.parseDouble(matcher.group(2)) * unitSeconds(matcher.group(3));
        return switch (operator) {
            case ">" -> x -> x > value;
            case ">=" -> x -> x >= value;
            case "<" -> x -> x < value;
            case "<=" -> x -> x <= value;
            default -> x -> x == value;
        };
    }

    /** All comparisons must hold, e.g. {@code [">= 60s", "< 10m"]}. */
    static DoublePredicate all(List<String> texts) {
        DoublePredicate combined = x -> true;
        for (String text : texts) {
            combined = combined.and(parse(text));
        }
        return combined;
    }

    private static double unitSeconds(String unit) {
        if (unit == null || unit.startsWith("s")) {
            return 1;
        }
        if (unit.startsWith("h")) {
            return 3600;
        }
        return 60;
    }
}
