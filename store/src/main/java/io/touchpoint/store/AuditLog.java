package io.touchpoint.store;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;

/**
 * The store's append-only audit log: who read or changed what, when. There is no way to edit
 * or delete an entry through Touchpoint, and each entry's hash chains to the previous one, so
 * {@link #verify()} finds an entry changed or removed behind the store's back.
 *
 * <p>Get it from {@link TouchpointStore#audit()}. Appends are serialized with the store's other
 * writes and are durable when {@link #append} returns.
 */
public final class AuditLog {

    static final String GENESIS = "0".repeat(64);

    private final TouchpointStore store;

    AuditLog(TouchpointStore store) {
        this.store = store;
    }

    /**
     * Records that {@code actor} did {@code action} to {@code target}.
     *
     * @param detail particulars (free text or JSON); null is stored as empty
     * @return the entry as stored, with its sequence number and hash
     */
    public AuditEntry append(String actor, String action, String target, String detail) {
        requireNonBlank(actor, "actor");
        requireNonBlank(action, "action");
        requireNonBlank(target, "target");
        String safeDetail = detail == null ? "" : detail;
        return store.transaction(connection -> {
            long seq;
            String previous;
            try (Statement statement = connection.createStatement();
                    ResultSet last = statement.executeQuery(
                            "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")) {
                if (last.next()) {
                    seq = last.getLong(1) + 1;
                    previous = last.getString(2);
                } else {
                    seq = 1;
                    previous = GENESIS;
                }
            }
            Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
            String hash = hash(previous, seq, at, actor, action, target, safeDetail);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO audit_log VALUES (?, make_timestamp(?), ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, seq);
                insert.setLong(2, Timestamps.micros(at));
                insert.setString(3, actor);
                insert.setString(4, action);
                insert.setString(5, target);
                insert.setString(6, safeDetail);
                insert.setString(7, previous);
                insert.setString(8, hash);
                insert.executeUpdate();
            }
            return new AuditEntry(seq, at, actor, action, target, safeDetail, hash);
        });
    }

    /** Entries matching {@code query}, newest first. */
    public List<AuditEntry> read(AuditQuery query) {
        requireNonNull(query, "query is null");
        StringBuilder sql = new StringBuilder(
                "SELECT seq, epoch_us(recorded_at), actor, action, target, detail, hash FROM audit_log WHERE true");
        List<Object> parameters = new ArrayList<>();
        if (query.actor() != null) {
            sql.append(" AND actor = ?");
            parameters.add(query.actor());
        }
        if (query.actionPrefix() != null) {
            sql.append(" AND starts_with(action, ?)");
            parameters.add(query.actionPrefix());
        }
        if (query.target() != null) {
            sql.append(" AND target = ?");
            parameters.add(query.target());
        }
        if (query.from() != null) {
            sql.append(" AND recorded_at >= make_timestamp(?)");
            parameters.add(Timestamps.micros(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND recorded_at < make_timestamp(?)");
            parameters.add(Timestamps.micros(query.to()));
        }
        sql.append(" ORDER BY seq DESC LIMIT ").append(query.limit());
        Connection connection = store.duckdb();
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(entry(rows));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw TouchpointException.external("cannot read the audit log: " + e.getMessage(), e);
        }
    }

    /** How many entries the log holds. */
    public long size() {
        try (Statement statement = store.duckdb().createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM audit_log")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw TouchpointException.external("cannot read the audit log: " + e.getMessage(), e);
        }
    }

    /**
     * Recomputes the hash chain from the first entry.
     *
     * @return the sequence number of the first entry that does not match (changed, or following
     *     a removed entry), or empty when the log is intact
     */
    public OptionalLong verify() {
        try (Statement statement = store.duckdb().createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT seq, epoch_us(recorded_at), actor, action, target, detail, hash, prev_hash FROM audit_log ORDER BY seq")) {
            String previous = GENESIS;
            long expectedSeq = 1;
            while (rows.next()) {
                AuditEntry entry = entry(rows);
                String recomputed = hash(previous, entry.seq(), entry.at(), entry.actor(), entry.action(),
                        entry.target(), entry.detail());
                if (entry.seq() != expectedSeq || !recomputed.equals(entry.hash())
                        || !previous.equals(rows.getString(8))) {
                    return OptionalLong.of(entry.seq());
                }
                previous = entry.hash();
                expectedSeq++;
            }
            return OptionalLong.empty();
        } catch (SQLException e) {
            throw TouchpointException.external("cannot read the audit log: " + e.getMessage(), e);
        }
    }

    private static AuditEntry entry(ResultSet rows) throws SQLException {
        return new AuditEntry(rows.getLong(1), Timestamps.instant(rows.getLong(2)),
                rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7));
    }

    static String hash(String previous, long seq, Instant at, String actor, String action, String target,
            String detail) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String content = String.join("\n", previous, Long.toString(seq), at.toString(), actor, action, target,
                    detail);
            return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static void requireNonBlank(String value, String name) {
        requireNonNull(value, name + " is null");
        if (value.isBlank()) {
            throw new IllegalArgumentException("audit " + name + " is blank");
        }
    }
}
