package io.touchpoint.store;

import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Agent;
import io.touchpoint.core.model.BillingRecord;
import io.touchpoint.core.model.Customer;
import io.touchpoint.core.model.DesktopEvent;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Outcome;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Temporary tables of the writer connection that a write fills with DuckDB's Appender (fast,
 * column-wise) before set-based SQL moves the rows into the real tables in one transaction.
 * Turns skip this step (see {@link TurnRows}).
 *
 * <p>Staging runs before the write's transaction (an Appender outside one commits on its own),
 * so staging tables are cleared at the start of every write and never hold anything but the
 * write in progress.
 */
final class StagingTables {

    private static final String[] DDL = {
        """
        CREATE OR REPLACE TEMP TABLE stage_interactions (
            pos INTEGER, id VARCHAR, channel VARCHAR, direction VARCHAR, started_at TIMESTAMP, ended_at TIMESTAMP,
            duration_ms BIGINT, customer_id VARCHAR, customer_email VARCHAR, customer_phone VARCHAR,
            customer_handle VARCHAR, agent_id VARCHAR, queue VARCHAR, language VARCHAR, audio VARCHAR,
            resolved BOOLEAN, transferred BOOLEAN, sale BOOLEAN, csat INTEGER, attributes VARCHAR,
            turn_count INTEGER, preview VARCHAR, content_hash VARCHAR)""",
        """
        CREATE OR REPLACE TEMP TABLE stage_customers (
            pos INTEGER, id VARCHAR, name VARCHAR, email VARCHAR, phone VARCHAR, handle VARCHAR, plan VARCHAR,
            contract_type VARCHAR, tenure_months INTEGER, contract_end DATE, monthly_charge DOUBLE,
            churned BOOLEAN, churn_date DATE, attributes VARCHAR)""",
        "CREATE OR REPLACE TEMP TABLE stage_billing (customer_id VARCHAR, month DATE, amount DOUBLE)",
        "CREATE OR REPLACE TEMP TABLE stage_agents (id VARCHAR, name VARCHAR, team VARCHAR, skill VARCHAR)",
        """
        CREATE OR REPLACE TEMP TABLE stage_events (
            event_key VARCHAR, agent_id VARCHAR, ts TIMESTAMP, type VARCHAR, application VARCHAR,
            process_name VARCHAR, url VARCHAR, interaction_id VARCHAR)""",
        """
        CREATE OR REPLACE TEMP TABLE stage_analyzed (
            id VARCHAR, language VARCHAR, turn_count INTEGER, preview VARCHAR)""",
        """
        CREATE OR REPLACE TEMP TABLE stage_findings (
            interaction_id VARCHAR, finding_index INTEGER, evidence_index INTEGER, analyzer VARCHAR, type VARCHAR,
            name VARCHAR, label VARCHAR, score DOUBLE, confidence DOUBLE, turn_index INTEGER, char_start INTEGER,
            char_end INTEGER, start_ms BIGINT, end_ms BIGINT)""",
        "CREATE OR REPLACE TEMP TABLE stage_ids (id VARCHAR)",
        "CREATE OR REPLACE TEMP TABLE stage_keys (id VARCHAR, content_hash VARCHAR)",
        "CREATE OR REPLACE TEMP TABLE stage_taught (kind VARCHAR, value VARCHAR, customer_id VARCHAR)",
        "CREATE OR REPLACE TEMP TABLE stage_relink (id VARCHAR)",
    };
    private static final String[] TABLES = {
        "stage_interactions", "stage_customers", "stage_billing", "stage_agents", "stage_events",
        "stage_analyzed", "stage_findings", "stage_ids", "stage_keys",
        "stage_taught", "stage_relink",
    };

    private final DuckDBConnection connection;
    private final Set<String> filled = new LinkedHashSet<>(List.of(TABLES));

    StagingTables(DuckDBConnection connection) throws SQLException {
        this.connection = connection;
        try (Statement statement = connection.createStatement()) {
            for (String ddl : DDL) {
                statement.execute(ddl);
            }
        }
    }

    /** Empties the tables the last write filled (each statement costs a little on small batches). */
    void clear() throws SQLException {
        if (filled.isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String table : filled) {
                statement.execute("TRUNCATE " + table);
            }
        }
        filled.clear();
    }

    /** Notes a staging table that SQL (not an Appender) fills, so the next write clears it. */
    void filledBySql(String table) {
        filled.add(table);
    }

    private DuckDBAppender appender(String table) throws SQLException {
        filled.add(table);
        return connection.createAppender("temp", "main", table);
    }

    void appendKeys(Map<String, String> hashes) throws SQLException {
        if (hashes.isEmpty()) {
            return;
        }
        try (DuckDBAppender appender = appender("stage_keys")) {
            for (Map.Entry<String, String> entry : hashes.entrySet()) {
                appender.beginRow().append(entry.getKey()).append(entry.getValue()).endRow();
            }
        }
    }

    void appendInteractions(List<Interaction> interactions, Map<String, String> hashes) throws SQLException {
        if (interactions.isEmpty()) {
            return;
        }
        try (DuckDBAppender appender = appender("stage_interactions")) {
            for (int i = 0; i < interactions.size(); i++) {
                Interaction interaction = interactions.get(i);
                Outcome outcome = interaction.outcome();
                appender.beginRow()
                        .append(i)
                        .append(interaction.id())
                        .append(interaction.channel().wireName())
                        .append(interaction.direction().wireName())
                        .appendEpochMicros(Timestamps.micros(interaction.startedAt()));
                timestamp(appender, interaction.endedAt() == null ? null : Timestamps.micros(interaction.endedAt()));
                appender.append(interaction.duration().toMillis())
                        .append(interaction.customer().id())
                        .append(interaction.customer().email())
                        .append(interaction.customer().phone())
                        .append(interaction.customer().handle())
                        .append(interaction.agentId())
                        .append(interaction.queue())
                        .append(interaction.language())
                        .append(JsonColumns.audio(interaction.audio()))
                        .append(outcome.resolved())
                        .append(outcome.transferred())
                        .append(outcome.sale())
                        .append(outcome.csat())
                        .append(JsonColumns.attributes(interaction.attributes()))
                        .append(interaction.turns().size())
                        .append(preview(interaction.turns()))
                        .append(hashes.get(interaction.id()))
                        .endRow();
            }
        }
    }

    void appendCustomers(List<Customer> customers) throws SQLException {
        if (customers.isEmpty()) {
            return;
        }
        try (DuckDBAppender rows = appender("stage_customers"); DuckDBAppender billing = appender("stage_billing")) {
            for (int i = 0; i < customers.size(); i++) {
                Customer customer = customers.get(i);
                rows.beginRow()
                        .append(i)
                        .append(customer.id())
                        .append(customer.name())
                        .append(customer.email())
                        .append(customer.phone())
                        .append(customer.handle())
                        .append(customer.plan())
                        .append(customer.contractType())
                        .append(customer.tenureMonths());
                date(rows, customer.contractEnd());
                rows.append(customer.monthlyCharge()).append(customer.churned());
                date(rows, customer.churnDate());
                rows.append(JsonColumns.attributes(customer.attributes())).endRow();
                for (BillingRecord record : customer.billing()) {
                    billing.beginRow()
                            .append(customer.id())
                            .append(record.month().atDay(1))
                            .append(record.amount())
                            .endRow();
                }
            }
        }
    }

    void appendAgents(List<Agent> agents) throws SQLException {
        if (agents.isEmpty()) {
            return;
        }
        try (DuckDBAppender appender = appender("stage_agents")) {
            for (Agent agent : agents) {
                appender.beginRow().append(agent.id()).append(agent.name()).append(agent.team()).append(agent.skill())
                        .endRow();
            }
        }
    }

    void appendDesktopEvents(Collection<Map.Entry<String, DesktopEvent>> keyedEvents) throws SQLException {
        if (keyedEvents.isEmpty()) {
            return;
        }
        try (DuckDBAppender appender = appender("stage_events")) {
            for (Map.Entry<String, DesktopEvent> entry : keyedEvents) {
                DesktopEvent event = entry.getValue();
                appender.beginRow()
                        .append(entry.getKey())
                        .append(event.agentId())
                        .appendEpochMicros(Timestamps.micros(event.timestamp()))
                        .append(event.type().wireName())
                        .append(event.application())
                        .append(event.processName())
                        .append(event.url())
                        .append(event.interactionId())
                        .endRow();
            }
        }
    }

    void appendAnalyzed(Collection<Interaction> interactions) throws SQLException {
        if (interactions.isEmpty()) {
            return;
        }
        try (DuckDBAppender appender = appender("stage_analyzed")) {
            for (Interaction interaction : interactions) {
                appender.beginRow()
                        .append(interaction.id())
                        .append(interaction.language())
                        .append(interaction.turns().size())
                        .append(preview(interaction.turns()))
                        .endRow();
            }
        }
    }

    /** @return how many rows were staged */
    int appendFindings(String interactionId, List<Finding> findings, DuckDBAppender appender) throws SQLException {
        int rows = 0;
        for (int f = 0; f < findings.size(); f++) {
            Finding finding = findings.get(f);
            for (int e = 0; e < finding.evidence().size(); e++) {
                Evidence evidence = finding.evidence().get(e);
                appender.beginRow()
                        .append(interactionId)
                        .append(f)
                        .append(e)
                        .append(finding.analyzer())
                        .append(finding.type())
                        .append(finding.name())
                        .append(finding.label())
                        .append(finding.score())
                        .append(finding.confidence())
                        .append(evidence.turnIndex())
                        .append(evidence.charStart())
                        .append(evidence.charEnd())
                        .append(evidence.startMs())
                        .append(evidence.endMs())
                        .endRow();
                rows++;
            }
        }
        return rows;
    }

    DuckDBAppender findingsAppender() throws SQLException {
        return appender("stage_findings");
    }

    /** @param identities (kind, value) to customer id */
    void appendTaughtIdentities(Map<List<String>, String> identities) throws SQLException {
        if (identities.isEmpty()) {
            return;
        }
        try (DuckDBAppender appender = appender("stage_taught")) {
            for (Map.Entry<List<String>, String> entry : identities.entrySet()) {
                appender.beginRow().append(entry.getKey().get(0)).append(entry.getKey().get(1)).append(entry.getValue())
                        .endRow();
            }
        }
    }

    void appendIds(Collection<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (DuckDBAppender appender = appender("stage_ids")) {
            for (String id : ids) {
                appender.beginRow().append(id).endRow();
            }
        }
    }

    /** The customer's first words, for lists: the start of the first customer turn. */
    static String preview(List<Turn> turns) {
        for (Turn turn : turns) {
            if (turn.speaker() == Speaker.CUSTOMER && !turn.text().isBlank()) {
                return InteractionSummary.preview(turn.text());
            }
        }
        return "";
    }

    private static void timestamp(DuckDBAppender appender, Long micros) throws SQLException {
        if (micros == null) {
            appender.appendNull();
        } else {
            appender.appendEpochMicros(micros);
        }
    }

    private static void date(DuckDBAppender appender, LocalDate date) throws SQLException {
        if (date == null) {
            appender.appendNull();
        } else {
            appender.append(date);
        }
    }
}
