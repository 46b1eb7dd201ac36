package io.touchpoint.store;

import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Agent;
import io.touchpoint.core.model.BillingRecord;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Customer;
import io.touchpoint.core.model.CustomerRef;
import io.touchpoint.core.model.DesktopEvent;
import io.touchpoint.core.model.DesktopEventType;
import io.touchpoint.core.model.Direction;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Outcome;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The read side of the store: SQL that turns rows back into domain records. */
final class StoreQueries {

    private static final String INTERACTION_COLUMNS = """
            id, channel, direction, epoch_us(started_at), epoch_us(ended_at), customer_id, customer_email,
            customer_phone, customer_handle, agent_id, queue, language, audio::VARCHAR, resolved, transferred,
            sale, csat, attributes::VARCHAR, batch_seq""";
    private static final String SUMMARY_COLUMNS = """
            id, channel, direction, epoch_us(started_at), epoch_us(ended_at), agent_id, queue, turn_count, preview""";
    /** DuckDB has no limit on parameters, but a few thousand per statement keeps plans small. */
    private static final int IDS_PER_QUERY = 2_000;

    private StoreQueries() {
    }

    /** The interactions with these ids, in the order asked, skipping ids that are not stored. */
    static List<Interaction> interactions(Connection connection, List<String> ids) throws SQLException {
        List<Interaction> result = new ArrayList<>(ids.size());
        for (int start = 0; start < ids.size(); start += IDS_PER_QUERY) {
            List<String> chunk = ids.subList(start, Math.min(ids.size(), start + IDS_PER_QUERY));
            Map<String, Interaction> found = interactionChunk(connection, chunk);
            for (String id : chunk) {
                Interaction interaction = found.get(id);
                if (interaction != null) {
                    result.add(interaction);
                }
            }
        }
        return result;
    }

    private record Row(Interaction.Builder builder, long seq) {
    }

    private static Map<String, Interaction> interactionChunk(Connection connection, List<String> ids)
            throws SQLException {
        String placeholders = placeholders(ids.size());
        Map<String, Row> rows = new HashMap<>();
        long minSeq = Long.MAX_VALUE;
        long maxSeq = Long.MIN_VALUE;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + INTERACTION_COLUMNS + " FROM interactions WHERE id IN (" + placeholders + ")")) {
            bind(statement, 1, ids);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    String id = result.getString(1);
                    Interaction.Builder builder = Interaction.builder(id, Channel.parse(result.getString(2)),
                                    Timestamps.instant(result.getLong(4)))
                            .direction(Direction.parse(result.getString(3)))
                            .endedAt(instant(result, 5))
                            .customer(new CustomerRef(result.getString(6), result.getString(7), result.getString(8),
                                    result.getString(9)))
                            .agentId(result.getString(10))
                            .queue(result.getString(11))
                            .language(result.getString(12))
                            .audio(JsonColumns.audio(result.getString(13), "interaction " + id))
                            .outcome(new Outcome(bool(result, 14), bool(result, 15), bool(result, 16),
                                    integer(result, 17)))
                            .attributes(JsonColumns.attributes(result.getString(18), "interaction " + id));
                    long seq = result.getLong(19);
                    rows.put(id, new Row(builder, seq));
                    minSeq = Math.min(minSeq, seq);
                    maxSeq = Math.max(maxSeq, seq);
                }
            }
        }
        Map<String, Interaction> interactions = new HashMap<>();
        if (rows.isEmpty()) {
            return interactions;
        }
        // The batch_seq range lets DuckDB skip the row groups of other batches: turns have no index.
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT interaction_id, speaker, start_ms, end_ms, text, confidence
                FROM turns WHERE batch_seq BETWEEN ? AND ? AND interaction_id IN (%s)
                ORDER BY interaction_id, turn_index""".formatted(placeholders(rows.size())))) {
            statement.setLong(1, minSeq);
            statement.setLong(2, maxSeq);
            bind(statement, 3, rows.keySet());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.get(result.getString(1)).builder().turn(new Turn(Speaker.parse(result.getString(2)),
                            result.getLong(3), result.getLong(4), result.getString(5), result.getDouble(6)));
                }
            }
        }
        rows.forEach((id, row) -> interactions.put(id, row.builder().build()));
        return interactions;
    }

    static Optional<Customer> customer(Connection connection, String id) throws SQLException {
        List<BillingRecord> billing = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT month::VARCHAR, amount FROM customer_billing WHERE customer_id = ? ORDER BY month")) {
            statement.setString(1, id);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    billing.add(new BillingRecord(YearMonth.from(LocalDate.parse(result.getString(1))),
                            result.getDouble(2)));
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT id, name, email, phone, handle, plan, contract_type, tenure_months, contract_end::VARCHAR,
                       monthly_charge, churned, churn_date::VARCHAR, attributes::VARCHAR
                FROM customers WHERE id = ?""")) {
            statement.setString(1, id);
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Customer(result.getString(1), result.getString(2), result.getString(3),
                        result.getString(4), result.getString(5), result.getString(6), result.getString(7),
                        integer(result, 8), date(result, 9), decimal(result, 10), billing, bool(result, 11),
                        date(result, 12), JsonColumns.attributes(result.getString(13), "customer " + id)));
            }
        }
    }

    /**
     * The customer a key names: an id, an e-mail (any case), a phone number (exact E.164) or a
     * handle, tried in that order; else the key itself when interactions were linked to it.
     */
    static Optional<String> resolveCustomer(Connection connection, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT customer_id FROM customer_identities
                WHERE (kind = 'id' AND value = ?) OR (kind = 'email' AND value = lower(?))
                   OR (kind = 'phone' AND value = ?) OR (kind = 'handle' AND value = ?)
                ORDER BY CASE kind WHEN 'id' THEN 0 WHEN 'email' THEN 1 WHEN 'phone' THEN 2 ELSE 3 END
                LIMIT 1""")) {
            for (int i = 1; i <= 4; i++) {
                statement.setString(i, key);
            }
            try (ResultSet result = statement.executeQuery()) {
                if (result.next()) {
                    return Optional.of(result.getString(1));
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT 1 FROM interactions WHERE resolved_customer_id = ? LIMIT 1")) {
            statement.setString(1, key);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? Optional.of(key) : Optional.empty();
            }
        }
    }

    static List<InteractionSummary> interactionsOfCustomer(Connection connection, String customerId)
            throws SQLException {
        return summaries(connection, "resolved_customer_id = ?", customerId);
    }

    /** Interactions that carry the key as their raw e-mail, phone or handle, linked to no customer. */
    static List<InteractionSummary> interactionsWithRawIdentity(Connection connection, String key)
            throws SQLException {
        return summaries(connection,
                "(lower(customer_email) = lower(?) OR customer_phone = ? OR customer_handle = ?)", key, key, key);
    }

    private static List<InteractionSummary> summaries(Connection connection, String where, String... parameters)
            throws SQLException {
        List<InteractionSummary> result = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + SUMMARY_COLUMNS + " FROM interactions WHERE " + where + " ORDER BY started_at, id")) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(new InteractionSummary(rows.getString(1), Channel.parse(rows.getString(2)),
                            Direction.parse(rows.getString(3)), Timestamps.instant(rows.getLong(4)), instant(rows, 5),
                            rows.getString(6), rows.getString(7), rows.getInt(8), rows.getString(9)));
                }
            }
        }
        return result;
    }

    static Optional<Agent> agent(Connection connection, String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, name, team, skill FROM agents WHERE id = ?")) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next()
                        ? Optional.of(new Agent(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)))
                        : Optional.empty();
            }
        }
    }

    static List<DesktopEvent> desktopEvents(Connection connection, String agentId) throws SQLException {
        List<DesktopEvent> events = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT agent_id, epoch_us(ts), type, application, process_name, url, interaction_id
                FROM desktop_events WHERE agent_id = ? ORDER BY ts, event_key""")) {
            statement.setString(1, agentId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    events.add(new DesktopEvent(rows.getString(1), Timestamps.instant(rows.getLong(2)),
                            DesktopEventType.parse(rows.getString(3)), rows.getString(4), rows.getString(5),
                            rows.getString(6), rows.getString(7)));
                }
            }
        }
        return events;
    }

    static StoreStats stats(Connection connection) throws SQLException {
        Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT channel, count(*) FROM interactions GROUP BY 1")) {
                while (rows.next()) {
                    byChannel.put(Channel.parse(rows.getString(1)), rows.getLong(2));
                }
            }
            try (ResultSet rows = statement.executeQuery("""
                    SELECT (SELECT count(*) FROM interactions),
                           (SELECT epoch_us(min(started_at)) FROM interactions),
                           (SELECT epoch_us(max(started_at)) FROM interactions),
                           (SELECT count(*) FROM turns),
                           (SELECT count(*) FROM customers),
                           (SELECT count(*) FROM agents),
                           (SELECT count(*) FROM desktop_events),
                           (SELECT count(*) FROM findings)""")) {
                rows.next();
                return new StoreStats(rows.getLong(1), byChannel, Optional.ofNullable(instant(rows, 2)),
                        Optional.ofNullable(instant(rows, 3)), rows.getLong(4), rows.getLong(5), rows.getLong(6),
                        rows.getLong(7), rows.getLong(8));
            }
        }
    }

    static List<Finding> findings(Connection connection, String interactionId) throws SQLException {
        List<Finding> result = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT finding_index, analyzer, type, name, label, score, confidence, turn_index, char_start,
                       char_end, start_ms, end_ms
                FROM findings WHERE interaction_id = ? ORDER BY finding_index, evidence_index""")) {
            statement.setString(1, interactionId);
            try (ResultSet rows = statement.executeQuery()) {
                int current = -1;
                String[] text = null;
                double[] numbers = null;
                List<Evidence> evidence = new ArrayList<>();
                while (rows.next()) {
                    int index = rows.getInt(1);
                    if (index != current && current >= 0) {
                        result.add(new Finding(text[0], text[1], text[2], text[3], numbers[0], numbers[1], evidence));
                        evidence = new ArrayList<>();
                    }
                    current = index;
                    text = new String[] {rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5)};
                    numbers = new double[] {rows.getDouble(6), rows.getDouble(7)};
                    evidence.add(new Evidence(rows.getInt(8), rows.getInt(9), rows.getInt(10), rows.getLong(11),
                            rows.getLong(12)));
                }
                if (current >= 0) {
                    result.add(new Finding(text[0], text[1], text[2], text[3], numbers[0], numbers[1], evidence));
                }
            }
        }
        return result;
    }

    /** Findings of {@code analyzers} for each of {@code interactionIds} that has any, in stored order. */
    static Map<String, List<Finding>> findingsOf(Connection connection, Collection<String> interactionIds,
            Collection<String> analyzers) throws SQLException {
        Map<String, List<Finding>> result = new LinkedHashMap<>();
        if (interactionIds.isEmpty() || analyzers.isEmpty()) {
            return result;
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT interaction_id, finding_index, analyzer, type, name, label, score, confidence, turn_index,
                       char_start, char_end, start_ms, end_ms
                FROM findings
                WHERE interaction_id IN (SELECT unnest(?)) AND analyzer IN (SELECT unnest(?))
                ORDER BY interaction_id, finding_index, evidence_index""")) {
            statement.setArray(1, connection.createArrayOf("VARCHAR", interactionIds.toArray()));
            statement.setArray(2, connection.createArrayOf("VARCHAR", analyzers.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                String currentId = null;
                int currentIndex = -1;
                String[] text = null;
                double[] numbers = null;
                List<Evidence> evidence = new ArrayList<>();
                while (rows.next()) {
                    String id = rows.getString(1);
                    int index = rows.getInt(2);
                    if (currentId != null && (!id.equals(currentId) || index != currentIndex)) {
                        result.computeIfAbsent(currentId, key -> new ArrayList<>())
                                .add(new Finding(text[0], text[1], text[2], text[3], numbers[0], numbers[1], evidence));
                        evidence = new ArrayList<>();
                    }
                    currentId = id;
                    currentIndex = index;
                    text = new String[] {rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6)};
                    numbers = new double[] {rows.getDouble(7), rows.getDouble(8)};
                    evidence.add(new Evidence(rows.getInt(9), rows.getInt(10), rows.getInt(11), rows.getLong(12),
                            rows.getLong(13)));
                }
                if (currentId != null) {
                    result.computeIfAbsent(currentId, key -> new ArrayList<>())
                            .add(new Finding(text[0], text[1], text[2], text[3], numbers[0], numbers[1], evidence));
                }
            }
        }
        return result;
    }

    static List<String> interactionIdsNeedingAnalysis(Connection connection, String pipelineVersion, boolean all)
            throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT i.id FROM interactions i LEFT JOIN analysis_state a ON a.interaction_id = i.id
                WHERE ? OR a.interaction_id IS NULL OR a.content_hash <> i.content_hash
                   OR a.pipeline_version <> ?
                ORDER BY i.started_at, i.id""")) {
            statement.setBoolean(1, all);
            statement.setString(2, pipelineVersion);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    static long lastSeq(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT coalesce(max(seq), 0) FROM batches")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static void bind(PreparedStatement statement, int first, Collection<String> values) throws SQLException {
        int index = first;
        for (String value : values) {
            statement.setString(index++, value);
        }
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        long micros = rows.getLong(column);
        return rows.wasNull() ? null : Timestamps.instant(micros);
    }

    private static Boolean bool(ResultSet rows, int column) throws SQLException {
        boolean value = rows.getBoolean(column);
        return rows.wasNull() ? null : value;
    }

    private static Integer integer(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    private static Double decimal(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    private static LocalDate date(ResultSet rows, int column) throws SQLException {
        String value = rows.getString(column);
        return value == null ? null : LocalDate.parse(value);
    }
}
