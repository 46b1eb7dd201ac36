package io.touchpoint.insights.facts;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Interaction ids from a DuckDB {@code LIST} column (the drill-down lists of every insight). */
public final class IdList {

    private IdList() {
    }

    /** The values of {@code array} as text; an SQL NULL list is empty. */
    public static List<String> of(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> result = new ArrayList<>(values.length);
        for (Object value : values) {
            result.add(String.valueOf(value));
        }
        return List.copyOf(result);
    }
}
