package io.touchpoint.server.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Escaping for the dashboard's server-rendered pages. Every value that comes from data (transcripts,
 * names, ids, query strings) goes through {@link #escape} or {@link #url} before it reaches the page;
 * JSON handed to the page's scripts goes through {@link #jsonForScript}, which stops a {@code </script>}
 * inside a transcript from ending the script element.
 */
final class Html {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Html() {
    }

    /** Text safe in element content and in quoted attribute values. */
    static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A search snippet: the store wraps matches in {@code <mark>} but does not escape the text, so the
     * text is escaped and only the marks are put back.
     */
    static String snippet(String snippet) {
        return escape(snippet).replace("&lt;mark&gt;", "<mark>").replace("&lt;/mark&gt;", "</mark>");
    }

    /** A path segment or query value, percent-encoded (then still escaped where it goes into an attribute). */
    static String url(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** JSON for a {@code <script type="application/json">} element: {@code <}, {@code >}, {@code &} as escapes. */
    static String jsonForScript(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the page's JSON: " + e.getMessage(), e);
        }
    }

    /** An instant as the dashboard shows it: {@code 2026-03-02 14:05} (UTC). */
    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** {@code 1:05} or {@code 1:02:03} from milliseconds. */
    static String clock(long millis) {
        long seconds = Math.max(0, millis) / 1000;
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
                : String.format(Locale.ROOT, "%d:%02d", minutes, rest);
    }

    /** A number with a fixed number of decimals and thousands separators; an en dash when not finite. */
    static String number(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "\u2013";
        }
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    /** A share 0..1 as a percentage with one decimal. */
    static String percent(double share) {
        return Double.isFinite(share) ? number(share * 100, 1) + "%" : "\u2013";
    }

    /** Money with no decimals: {@code $12,400}. */
    static String money(double value) {
        return Double.isFinite(value) ? (value < 0 ? "-$" : "$") + number(Math.abs(value), 0) : "\u2013";
    }
}
