package io.touchpoint.store;

import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.model.Agent;
import io.touchpoint.core.model.Customer;
import io.touchpoint.core.model.CustomerRef;
import io.touchpoint.core.model.DesktopEvent;
import io.touchpoint.core.model.Interaction;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DuckDB side of writing an ingest batch: staging the records, then moving them into the
 * real tables with set-based SQL inside the caller's transaction.
 */
final class IngestWriter {

    private static final Logger LOG = LoggerFactory.getLogger(IngestWriter.class);

    /**
     * A batch after de-duplication (the last record with an id wins), with the interactions
     * whose content is already stored unchanged set aside: rewriting them would only undo their
     * analysis (and redaction) for nothing.
     */
    record Changes(
            List<Interaction> changed,
            boolean anyExistingChanged,
            long minExistingSeq,
            long maxExistingSeq,
            int unchanged,
            int turns,
            List<Customer> customers,
            List<Agent> agents,
            Map<String, DesktopEvent> desktopEvents,
            Map<String, String> hashes,
            Map<String, List<Finding>> findings) {

        boolean isEmpty() {
            return changed.isEmpty() && customers.isEmpty() && agents.isEmpty() && desktopEvents.isEmpty();
        }
    }

    private static final String RESOLVED_ID = """
            COALESCE(s.customer_id, e.customer_id, p.customer_id, h.customer_id)""";
    private static final String IDENTITY_JOINS = """
            LEFT JOIN customer_identities e ON e.kind = 'email' AND e.value = lower(s.customer_email)
            LEFT JOIN customer_identities p ON p.kind = 'phone' AND p.value = s.customer_phone
            LEFT JOIN customer_identities h ON h.kind = 'handle' AND h.value = s.customer_handle""";

    /** The pipeline version recorded on findings made at ingest, before the first write. */
    static final String INGEST_PIPELINE = "ingest";

    private final DuckDBConnection connection;
    private final StagingTables staging;
    private final Failpoints failpoints;
    private final ContentHash hash = new ContentHash();

    IngestWriter(DuckDBConnection connection, StagingTables staging, Failpoints failpoints) {
        this.connection = connection;
        this.staging = staging;
        this.failpoints = failpoints;
    }

    /** De-duplicates the batch and finds which interactions change; stages only their keys. */
    Changes changes(IngestBatch batch) throws SQLException {
        staging.clear();
        List<Interaction> interactions = lastWins(batch.interactions(), Interaction::id);
        Map<String, String> hashes = new HashMap<>(interactions.size() * 2);
        for (Interaction interaction : interactions) {
            hashes.put(interaction.id(), hash.of(interaction));
        }
        Set<String> unchanged = new HashSet<>();
        boolean anyExistingChanged = false;
        long minSeq = Long.MAX_VALUE;
        long maxSeq = Long.MIN_VALUE;
        if (!interactions.isEmpty()) {
            staging.appendKeys(hashes);
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("""
                            SELECT k.id, k.content_hash = i.content_hash, i.batch_seq
                            FROM stage_keys k JOIN interactions i ON i.id = k.id""")) {
                while (rows.next()) {
                    if (rows.getBoolean(2)) {
                        unchanged.add(rows.getString(1));
                    } else {
                        anyExistingChanged = true;
                        minSeq = Math.min(minSeq, rows.getLong(3));
                        maxSeq = Math.max(maxSeq, rows.getLong(3));
                    }
                }
            }
        }
        List<Interaction> changed = unchanged.isEmpty() ? interactions
                : interactions.stream().filter(interaction -> !unchanged.contains(interaction.id())).toList();
        int turns = changed.stream().mapToInt(interaction -> interaction.turns().size()).sum();
        Map<String, DesktopEvent> events = new LinkedHashMap<>();
        for (DesktopEvent event : batch.desktopEvents()) {
            events.put(naturalKey(event), event);
        }
        // Ingest-time findings (PII redaction, routing) go with the interactions that change; an
        // unchanged interaction keeps the findings it has.
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        for (Interaction interaction : changed) {
            List<Finding> found = batch.findings().get(interaction.id());
            if (found != null) {
                findings.put(interaction.id(), found);
            }
        }
        return new Changes(changed, anyExistingChanged, minSeq, maxSeq, unchanged.size(), turns,
                lastWins(batch.customers(), Customer::id), lastWins(batch.agents(), Agent::id), events, hashes,
                findings);
    }

    /** Fills the staging tables with the records that change; outside the transaction. */
    void stage(Changes changes) throws SQLException {
        staging.appendInteractions(changes.changed(), changes.hashes());
        staging.appendTaughtIdentities(taughtIdentities(changes.changed()));
        staging.appendCustomers(changes.customers());
        staging.appendAgents(changes.agents());
        staging.appendDesktopEvents(changes.desktopEvents().entrySet());
        if (!changes.findings().isEmpty()) {
            try (DuckDBAppender appender = staging.findingsAppender()) {
                for (Map.Entry<String, List<Finding>> entry : changes.findings().entrySet()) {
                    staging.appendFindings(entry.getKey(), entry.getValue(), appender);
                }
            }
        }
    }

    /** Moves the staged batch into the real tables; the caller holds the transaction. */
    void apply(Changes staged, long seq, long nowMicros) throws SQLException {
        boolean identitiesChanged = false;
        if (!staged.customers().isEmpty()) {
            writeCustomers(seq, nowMicros);
            identitiesChanged = true;
        }
        failpoints.reached(Failpoints.AFTER_CUSTOMERS);
        if (!staged.agents().isEmpty()) {
            update("""
                    INSERT OR REPLACE INTO agents
                    SELECT id, name, team, skill, ?, make_timestamp(?) FROM stage_agents""", seq, nowMicros);
        }
        if (!staged.desktopEvents().isEmpty()) {
            update("""
                    INSERT OR REPLACE INTO desktop_events
                    SELECT event_key, agent_id, ts, type, application, process_name, url, interaction_id, ?,
                           make_timestamp(?)
                    FROM stage_events""", seq, nowMicros);
        }
        if (!staged.changed().isEmpty()) {
            if (staged.changed().stream().anyMatch(interaction -> interaction.customer().id() != null)) {
                identitiesChanged |= learnIdentitiesFromInteractions() > 0;
            }
            if (staged.anyExistingChanged()) {
                // The batch_seq range lets DuckDB skip the row groups of other batches.
                update("""
                        DELETE FROM turns
                        WHERE batch_seq BETWEEN ? AND ?
                          AND interaction_id IN (SELECT id FROM stage_interactions)""",
                        staged.minExistingSeq(), staged.maxExistingSeq());
            }
            // Each variant skips work a batch does not need: conflict checks when every
            // interaction is new, identity look-ups when every interaction names its customer.
            boolean lookUp = staged.changed().stream().anyMatch(IngestWriter::needsIdentityLookup);
            update("INSERT " + (staged.anyExistingChanged() ? "OR REPLACE " : "") + "INTO interactions "
                    + "SELECT s.id, s.channel, s.direction, s.started_at, "
                    + "s.ended_at, s.duration_ms, s.customer_id, s.customer_email, s.customer_phone, "
                    + "s.customer_handle, " + (lookUp ? RESOLVED_ID : "s.customer_id") + ", s.agent_id, s.queue, "
                    + "s.language, s.audio::JSON, s.resolved, s.transferred, s.sale, s.csat, s.attributes::JSON, "
                    + "s.turn_count, s.preview, s.content_hash, ?, make_timestamp(?) FROM stage_interactions s "
                    + (lookUp ? IDENTITY_JOINS : ""),
                    seq, nowMicros);
            failpoints.reached(Failpoints.AFTER_INTERACTIONS);
            TurnRows.append(connection, staged.changed(), seq);
            failpoints.reached(Failpoints.AFTER_TURNS);
            if (staged.anyExistingChanged()) {
                // Findings of an interaction's previous content no longer describe it.
                update("DELETE FROM findings WHERE interaction_id IN (SELECT id FROM stage_interactions)");
            }
            if (!staged.findings().isEmpty()) {
                update("INSERT INTO findings SELECT *, '" + INGEST_PIPELINE + "' FROM stage_findings");
            }
        }
        if (identitiesChanged) {
            resolveUnlinkedInteractions();
        }
        update("INSERT INTO batches VALUES (?, 'ingest', make_timestamp(?), ?, ?, ?, ?, ?, 0)",
                seq, nowMicros, staged.changed().size(), staged.turns(), staged.customers().size(),
                staged.agents().size(), staged.desktopEvents().size());
    }

    private void writeCustomers(long seq, long nowMicros) throws SQLException {
        update("""
                INSERT OR REPLACE INTO customers
                SELECT id, name, email, phone, handle, plan, contract_type, tenure_months, contract_end,
                       monthly_charge, churned, churn_date, attributes::JSON, ?, make_timestamp(?)
                FROM stage_customers""", seq, nowMicros);
        update("DELETE FROM customer_billing WHERE customer_id IN (SELECT id FROM stage_customers)");
        update("INSERT INTO customer_billing SELECT customer_id, month, amount FROM stage_billing");
        // A CRM record is the authority on its customer's identities: its old ones go, its
        // current ones replace whatever an interaction taught for the same value.
        update("DELETE FROM customer_identities WHERE source = 'crm' AND customer_id IN (SELECT id FROM stage_customers)");
        update("""
                INSERT OR REPLACE INTO customer_identities
                SELECT kind, value, customer_id, 'crm' FROM (
                    SELECT 'id' AS kind, id AS value, id AS customer_id, pos FROM stage_customers
                    UNION ALL SELECT 'email', lower(email), id, pos FROM stage_customers WHERE email IS NOT NULL
                    UNION ALL SELECT 'phone', phone, id, pos FROM stage_customers WHERE phone IS NOT NULL
                    UNION ALL SELECT 'handle', handle, id, pos FROM stage_customers WHERE handle IS NOT NULL)
                QUALIFY row_number() OVER (PARTITION BY kind, value ORDER BY pos DESC) = 1""");
    }

    /**
     * An interaction that names its customer id together with an e-mail, phone or handle teaches
     * that link, so later interactions with only the e-mail resolve too. The CRM wins a conflict.
     *
     * @return how many identities were learned
     */
    private int learnIdentitiesFromInteractions() throws SQLException {
        return update("""
                INSERT INTO customer_identities
                SELECT t.kind, t.value, t.customer_id, 'interaction' FROM stage_taught t
                -- Known identities are filtered out first: much cheaper than a conflict each.
                WHERE NOT EXISTS (SELECT 1 FROM customer_identities c WHERE c.kind = t.kind AND c.value = t.value)
                ON CONFLICT DO NOTHING""");
    }

    /**
     * The identities the changed interactions teach, as (kind, value) to customer id; for the
     * same identity, the last interaction in the batch wins.
     */
    private static Map<List<String>, String> taughtIdentities(List<Interaction> interactions) {
        Map<List<String>, String> taught = new LinkedHashMap<>();
        for (Interaction interaction : interactions) {
            CustomerRef customer = interaction.customer();
            if (customer.id() == null) {
                continue;
            }
            taught.put(List.of("id", customer.id()), customer.id());
            if (customer.email() != null) {
                taught.put(List.of("email", customer.email().toLowerCase(Locale.ROOT)), customer.id());
            }
            if (customer.phone() != null) {
                taught.put(List.of("phone", customer.phone()), customer.id());
            }
            if (customer.handle() != null) {
                taught.put(List.of("handle", customer.handle()), customer.id());
            }
        }
        return taught;
    }

    /** An interaction that does not name its customer id but carries another identity. */
    private static boolean needsIdentityLookup(Interaction interaction) {
        CustomerRef customer = interaction.customer();
        return customer.id() == null && (customer.email() != null || customer.phone() != null
                || customer.handle() != null);
    }

    /**
     * Re-links the interactions that did not name their customer id and carry an identity this
     * batch changed (or were linked to a customer whose CRM record this batch replaced): a
     * customers file ingested after the interactions still links them. The candidates are found
     * first with one scan; usually there are none, and resolving (three joins with the whole
     * identity table) is skipped. Re-resolving every unlinked interaction after every batch made
     * ingest quadratic.
     */
    private void resolveUnlinkedInteractions() throws SQLException {
        staging.filledBySql("stage_relink");
        int candidates = update("""
                INSERT INTO stage_relink
                WITH changed AS (
                    SELECT kind, value FROM stage_taught WHERE kind <> 'id'
                    UNION SELECT 'email', lower(email) FROM stage_customers WHERE email IS NOT NULL
                    UNION SELECT 'phone', phone FROM stage_customers WHERE phone IS NOT NULL
                    UNION SELECT 'handle', handle FROM stage_customers WHERE handle IS NOT NULL)
                SELECT s.id FROM interactions s
                WHERE s.customer_id IS NULL AND (
                    lower(s.customer_email) IN (SELECT value FROM changed WHERE kind = 'email')
                    OR s.customer_phone IN (SELECT value FROM changed WHERE kind = 'phone')
                    OR s.customer_handle IN (SELECT value FROM changed WHERE kind = 'handle')
                    OR s.resolved_customer_id IN (SELECT id FROM stage_customers))""");
        if (candidates == 0) {
            return;
        }
        update("UPDATE interactions SET resolved_customer_id = r.resolved_id FROM ("
                + "SELECT s.id, " + RESOLVED_ID + " AS resolved_id FROM interactions s " + IDENTITY_JOINS
                + " WHERE s.id IN (SELECT id FROM stage_relink)) r"
                + " WHERE interactions.id = r.id AND interactions.resolved_customer_id IS DISTINCT FROM r.resolved_id");
    }

    private int update(String sql, Object... parameters) throws SQLException {
        long started = System.nanoTime();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } finally {
            if (LOG.isTraceEnabled()) {
                LOG.trace("{} ms: {}", (System.nanoTime() - started) / 1_000_000, sql.strip().lines().findFirst().orElse(""));
            }
        }
    }

    /** agent + time + type + application + process + url: what makes two desktop events the same. */
    static String naturalKey(DesktopEvent event) {
        return String.join("\u001f", event.agentId(), Long.toString(Timestamps.micros(event.timestamp())),
                event.type().wireName(), nullToEmpty(event.application()), nullToEmpty(event.processName()),
                nullToEmpty(event.url()));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static <T> List<T> lastWins(List<T> records, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T record : records) {
            // Re-inserting moves the record to its last position, so "pos" orders by last sight.
            byId.remove(id.apply(record));
            byId.put(id.apply(record), record);
        }
        return byId.size() == records.size() ? records : List.copyOf(byId.values());
    }
}
