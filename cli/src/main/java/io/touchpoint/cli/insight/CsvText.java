package io.touchpoint.cli.insight;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV text: a header and rows, cells quoted when they hold a comma, quote or line break. */
final class CsvText {

    private final StringBuilder text = new StringBuilder();

    CsvText(String... headers) {
        row((Object[]) headers);
    }

    CsvText row(Object... cells) {
        text.append(java.util.Arrays.stream(cells).map(CsvText::cell).collect(Collectors.joining(","))).append("\r\n");
        return this;
    }

    static String ids(List<String> ids) {
        return String.join(" ", ids);
    }

    private static String cell(Object value) {
        if (value == null || (value instanceof Double number && !Double.isFinite(number))) {
            return "";
        }
        String text = value instanceof Double number ? String.format(java.util.Locale.ROOT, "%.6g", number)
                : value.toString();
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
