package io.touchpoint.ingest;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A transcript written as text, one turn per speaker-prefixed line:
 *
 * <pre>
 * Agent: Thank you for calling, how can I help?
 * Customer: I was charged twice.
 * It happened in March.          (no prefix: continues the customer's turn)
 * </pre>
 *
 * Prefixes (any case): {@code agent, rep, representative, advisor, sys} (agent);
 * {@code customer, user, usr, client, caller} (customer); {@code bot}; {@code system, act}
 * (system, e.g. ABCD's action log lines). Blank lines separate nothing and are dropped.
 */
public final class SpeakerPrefixedText {

    private static final Map<String, Speaker> PREFIXES = Map.ofEntries(
            Map.entry("agent", Speaker.AGENT), Map.entry("rep", Speaker.AGENT),
            Map.entry("representative", Speaker.AGENT), Map.entry("advisor", Speaker.AGENT),
            Map.entry("sys", Speaker.AGENT),
            Map.entry("customer", Speaker.CUSTOMER), Map.entry("user", Speaker.CUSTOMER),
            Map.entry("usr", Speaker.CUSTOMER), Map.entry("client", Speaker.CUSTOMER),
            Map.entry("caller", Speaker.CUSTOMER),
            Map.entry("bot", Speaker.BOT),
            Map.entry("system", Speaker.SYSTEM), Map.entry("act", Speaker.SYSTEM));

    private static final Pattern PREFIX = Pattern.compile("^\\s*([A-Za-z]+)\\s*:\\s?(.*)$", Pattern.DOTALL);

    /** One turn of the transcript. */
    public record Line(Speaker speaker, String text) {
        public Line {
            requireNonNull(speaker, "speaker is null");
            requireNonNull(text, "text is null");
        }
    }

    private SpeakerPrefixedText() {
    }

    /** The speaker a line's prefix names, if it has a known one. */
    public static Optional<Speaker> speakerOf(String line) {
        Matcher matcher = PREFIX.matcher(line);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(PREFIXES.get(matcher.group(1).toLowerCase(Locale.ROOT)));
    }

    /**
     * The turns of {@code text}, or empty when its first non-blank line has no known prefix (the
     * text is then one message, not a transcript).
     */
    public static Optional<List<Line>> parse(String text) {
        List<Line> lines = new ArrayList<>();
        Speaker speaker = null;
        StringBuilder current = new StringBuilder();
        for (String raw : text.split("\\R")) {
            if (raw.isBlank()) {
                continue;
            }
            Matcher matcher = PREFIX.matcher(raw);
            Speaker named = matcher.matches() ? PREFIXES.get(matcher.group(1).toLowerCase(Locale.ROOT)) : null;
            if (named != null) {
                if (speaker != null) {
                    lines.add(new Line(speaker, current.toString().strip()));
                }
                speaker = named;
                current.setLength(0);
                current.append(matcher.group(2));
            } else if (speaker == null) {
                return Optional.empty();
            } else {
                current.append('\n').append(raw.strip());
            }
        }
        if (speaker == null) {
            return Optional.empty();
        }
        lines.add(new Line(speaker, current.toString().strip()));
        return Optional.of(lines);
    }
}
