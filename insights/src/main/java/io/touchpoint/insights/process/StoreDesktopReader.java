package io.touchpoint.insights.process;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.DesktopEvent;
import io.touchpoint.core.model.DesktopEventType;
import io.touchpoint.store.TouchpointStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a {@link DesktopDataset} from the store with SQL: desktop events, the windows of interactions
 * handled by an agent, the silent spans of voice and chat conversations and the agents' teams.
 *
 * <p>The observed period is the calendar days (UTC) from the first to the last desktop event, inclusive:
 * the yearly volume of a process depends on how long its events were collected, not on how long other
 * channels were.
 */
public final class StoreDesktopReader {

    private static final Logger LOG = LoggerFactory.getLogger(StoreDesktopReader.class);

    private final TouchpointStore store;
    private final Duration minimumSilence;

    /**
     * @param minimumSilence gaps between turns shorter than this are conversation rhythm, not silence
     */
    public StoreDesktopReader(TouchpointStore store, Duration minimumSilence) {
        this.store = requireNonNull(store, "store is null");
        this.minimumSilence = requireNonNull(minimumSilence, "minimumSilence is null");
        if (minimumSilence.isNegative()) {
            throw new IllegalArgumentException("minimumSilence must not be negative, got " + minimumSilence);
        }
    }

    public StoreDesktopReader(TouchpointStore store) {
        this(store, Duration.ofSeconds(2));
    }

    public DesktopDataset read() {
        Connection connection = store.duckdb();
        try {
            List<DesktopEvent> events = events(connection);
            List<InteractionWindow> windows = windows(connection);
            Map<String, List<SilentSpan>> silences = silences(connection);
            Map<String, String> teams = teams(connection);
            int days = observedDays(events);
            LOG.info("read {} desktop events, {} interaction windows, silences of {} conversations over {} days",
                    events.size(), windows.size(), silences.size(), days);
            return new DesktopDataset(events, windows, silences, teams, days);
        } catch (SQLException e) {
            throw TouchpointException.external("cannot read desktop events from " + store.dataDir() + ": " + e.getMessage(), e);
        }
    }

    private static List<DesktopEvent> events(Connection connection) throws SQLException {
        List<DesktopEvent> events = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT agent_id, epoch_us(ts), type, application, process_name, url, interaction_id
                FROM desktop_events ORDER BY agent_id, ts, event_key""");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                events.add(new DesktopEvent(rows.getString(1), micros(rows.getLong(2)), DesktopEventType.parse(rows.getString(3)),
                        rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7)));
            }
        }
        return events;
    }

    private static List<InteractionWindow> windows(Connection connection) throws SQLException {
        List<InteractionWindow> windows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT id, agent_id, channel, epoch_us(started_at), epoch_us(ended_at), duration_ms
                FROM interactions WHERE agent_id IS NOT NULL""");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Instant start = micros(rows.getLong(4));
                long endMicros = rows.getLong(5);
                Instant end = rows.wasNull() ? start.plusMillis(Math.max(0, rows.getLong(6))) : micros(endMicros);
                if (end.isBefore(start)) {
                    end = start;
                }
                windows.add(new InteractionWindow(rows.getString(1), rows.getString(2), Channel.parse(rows.getString(3)),
                        start, end));
            }
        }
        return windows;
    }

    /**
     * Gaps between the end of all speech so far and the next agent turn, on voice and chat: the customer
     * waiting on the agent. A gap that ends with the customer speaking is the agent waiting (or, in chat,
     * the customer typing) and is left out.
     */
    private Map<String, List<SilentSpan>> silences(Connection connection) throws SQLException {
        Map<String, List<SilentSpan>> silences = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT g.interaction_id, epoch_us(i.started_at), g.spoken_until, g.start_ms
                FROM (
                    SELECT t.interaction_id, t.start_ms, t.speaker,
                           max(t.end_ms) OVER (PARTITION BY t.interaction_id ORDER BY t.start_ms, t.turn_index
                                               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS spoken_until
                    FROM turns t
                ) g JOIN interactions i ON i.id = g.interaction_id
                WHERE i.channel IN ('voice', 'chat') AND g.speaker = 'agent' AND g.spoken_until IS NOT NULL
                  AND g.start_ms - g.spoken_until >= ?""")) {
            statement.setLong(1, minimumSilence.toMillis());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Instant started = micros(rows.getLong(2));
                    silences.computeIfAbsent(rows.getString(1), key -> new ArrayList<>())
                            .add(new SilentSpan(started.plusMillis(rows.getLong(3)), started.plusMillis(rows.getLong(4))));
                }
            }
        }
        return silences;
    }

    private static Map<String, String> teams(Connection connection) throws SQLException {
        Map<String, String> teams = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT id, team FROM agents WHERE team IS NOT NULL");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                teams.put(rows.getString(1), rows.getString(2));
            }
        }
        return teams;
    }

    private static int observedDays(List<DesktopEvent> events) {
        if (events.isEmpty()) {
            return 1;
        }
        Instant first = events.getFirst().timestamp();
        Instant last = first;
        for (DesktopEvent event : events) {
            first = event.timestamp().isBefore(first) ? event.timestamp() : first;
            last = event.timestamp().isAfter(last) ? event.timestamp() : last;
        }
        LocalDate from = LocalDate.ofInstant(first, ZoneOffset.UTC);
        LocalDate to = LocalDate.ofInstant(last, ZoneOffset.UTC);
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static Instant micros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }
}
