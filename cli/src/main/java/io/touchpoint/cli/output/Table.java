package io.touchpoint.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns; long cells are cut with an ellipsis. */
public final class Table {

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private final int maxCellWidth;

    public Table(int maxCellWidth, String... headers) {
        this.headers = List.of(headers);
        this.maxCellWidth = maxCellWidth;
    }

    public Table(String... headers) {
        this(60, headers);
    }

    public Table row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + headers.size() + " columns");
        }
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(cut(cell == null ? "" : cell.toString().replace('\n', ' ')));
        }
        rows.add(row);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = visibleLength(headers.get(column));
            for (List<String> row : rows) {
                widths[column] = Math.max(widths[column], visibleLength(row.get(column)));
            }
        }
        printRow(out, headers, widths);
        StringBuilder rule = new StringBuilder();
        for (int column = 0; column < widths.length; column++) {
            rule.append("-".repeat(widths[column])).append(column + 1 < widths.length ? "  " : "");
        }
        out.println(rule);
        for (List<String> row : rows) {
            printRow(out, row, widths);
        }
        out.flush();
    }

    private static void printRow(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            line.append(cell);
            if (column + 1 < cells.size()) {
                line.append(" ".repeat(widths[column] - visibleLength(cell) + 2));
            }
        }
        out.println(line.toString().stripTrailing());
    }

    private String cut(String cell) {
        return visibleLength(cell) <= maxCellWidth ? cell : cell.substring(0, Math.max(0, maxCellWidth - 1)) + "…";
    }

    /** Length without ANSI escape sequences, which take no room on screen. */
    static int visibleLength(String text) {
        return text.replaceAll("\u001B\\[[0-9;]*m", "").length();
    }
}
