package io.touchpoint.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The text of one turn under construction, remembering where each planted item landed. Plain text goes
 * through the speaker's style (fillers in speech, typos in chat); planted items never do, so that the
 * recorded span is exactly the planted value.
 */
final class TurnText {

    private final StringBuilder text = new StringBuilder();
    private final List<Mark> marks = new ArrayList<>();
    private final UnaryOperator<String> style;

    TurnText(UnaryOperator<String> style) {
        this.style = style;
    }

    /** Appends plain text, styled, with a space before it when needed. */
    TurnText say(String plain) {
        if (plain.isEmpty()) {
            return this;
        }
        separate(plain);
        text.append(style.apply(plain));
        return this;
    }

    /** Appends text exactly as given (no style), with a space before it when needed. */
    TurnText verbatim(String exact) {
        separate(exact);
        text.append(exact);
        return this;
    }

    /** Appends text that is glued to what precedes it (punctuation after a slot). */
    TurnText glue(String exact) {
        text.append(exact);
        return this;
    }

    TurnText pii(GroundTruth.PiiType type, String value, boolean spoken) {
        return mark(Mark.Kind.PII, type.name(), value, spoken);
    }

    TurnText decoy(GroundTruth.DecoyType type, String value) {
        return mark(Mark.Kind.DECOY, type.name(), value, false);
    }

    /** Appends a phrase that the ground truth records under {@code pattern}. */
    TurnText phrase(String pattern, String value) {
        return mark(Mark.Kind.PHRASE, pattern, value, false);
    }

    /**
     * Appends a template whose {@code {slot}} placeholders are filled from {@code slots}. Literal parts are
     * styled; slot values are marked as their {@link Slot} says.
     */
    TurnText fill(String template, Map<String, Slot> slots) {
        return fill(template, slots, true);
    }

    /** Fills a template verbatim (no style) and records the whole result as a phrase of {@code pattern}. */
    TurnText fillPhrase(String pattern, String template, Map<String, Slot> slots) {
        separate(template);
        int start = text.length();
        fill(template, slots, false);
        marks.add(new Mark(Mark.Kind.PHRASE, pattern, start, text.length(), text.substring(start), false));
        return this;
    }

    private TurnText fill(String template, Map<String, Slot> slots, boolean styled) {
        boolean first = true;
        int position = 0;
        while (position < template.length()) {
            int open = template.indexOf('{', position);
            if (open < 0) {
                appendLiteral(template.substring(position), first, styled);
                break;
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed slot in template: " + template);
            }
            if (open > position) {
                appendLiteral(template.substring(position, open), first, styled);
                first = false;
            }
            String name = template.substring(open + 1, close);
            Slot slot = slots.get(name);
            if (slot == null) {
                throw new IllegalArgumentException("template slot {" + name + "} has no value: " + template);
            }
            if (first) {
                separate(slot.text());
                first = false;
            }
            if (slot.kind() == null) {
                text.append(slot.text());
            } else {
                int start = text.length();
                text.append(slot.text());
                marks.add(new Mark(slot.kind(), slot.label(), start, text.length(), slot.text(), slot.spoken()));
            }
            position = close + 1;
        }
        return this;
    }

    private void appendLiteral(String literal, boolean first, boolean styled) {
        if (first) {
            separate(literal);
        }
        text.append(styled ? style.apply(literal) : literal);
    }

    private TurnText mark(Mark.Kind kind, String label, String value, boolean spoken) {
        separate(value);
        int start = text.length();
        text.append(value);
        marks.add(new Mark(kind, label, start, text.length(), value, spoken));
        return this;
    }

    private void separate(String next) {
        if (text.isEmpty() || next.isEmpty()) {
            return;
        }
        char last = text.charAt(text.length() - 1);
        char nextChar = next.charAt(0);
        if (last != ' ' && last != '\n' && nextChar != ' ' && nextChar != '\n'
                && nextChar != ',' && nextChar != '.' && nextChar != '?' && nextChar != '!') {
            text.append(' ');
        }
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    String text() {
        return text.toString();
    }

    List<Mark> marks() {
        return marks;
    }

    boolean hasPhrase(String pattern) {
        return marks.stream().anyMatch(mark -> mark.kind() == Mark.Kind.PHRASE && mark.label().equals(pattern));
    }

    int wordCount() {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
