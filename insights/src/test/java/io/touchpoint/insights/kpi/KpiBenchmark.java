package io.touchpoint.insights.kpi;

import io.touchpoint.insights.facts.InteractionFacts;
import io.touchpoint.store.TouchpointStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Latency of KPI queries on a store of N synthetic interactions (not a unit test: run by hand, figures go to
 * docs/kpi.md).
 *
 * <p>Ingesting a million simulated interactions through the real ingest would take far longer than the
 * measurement on this machine, so the store's schema is created by {@link TouchpointStore#open} and the tables
 * are then filled with set-based SQL over {@code range()}: interactions spread over {@code days} days on six
 * channels, 200 agents in 10 teams, 6 queues, a customer base of N/4, ten turns per voice and chat interaction
 * with gaps of 0.5-40 s, one category finding and one customer-sentiment finding per interaction, an
 * escalation event on 3 %, and every interaction marked analyzed. The query runs on a plain DuckDB connection
 * to the same file (the store's Lucene index plays no part in KPIs).
 *
 * <pre>
 * java -cp ... io.touchpoint.insights.kpi.KpiBenchmark 1000000 180 20 [DIR]
 *     # interactions, days, measured runs; with DIR the filled store is kept there and reused by the next run
 * </pre>
 *
 * <p>By default the per-interaction fact table ({@link InteractionFacts}) is built first (its build time is
 * printed) and the queries read it; {@code -Dkpi.raw=true} measures the raw statement over interactions, turns
 * and findings instead.
 */
public final class KpiBenchmark {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private KpiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int interactions = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 180;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        boolean keep = args.length > 3;
        Path folder = keep ? Path.of(args[3]) : Files.createTempDirectory("kpi-benchmark");
        Path dataDir = folder.resolve("data");
        boolean reuse = keep && Files.exists(dataDir.resolve("touchpoint.duckdb"));
        if (!reuse) {
            TouchpointStore.open(dataDir).close();
        }
        Path database = dataDir.resolve("touchpoint.duckdb");
        boolean raw = Boolean.getBoolean("kpi.raw");
        try {
            if (!reuse) {
                try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database)) {
                    long fill = System.nanoTime();
                    fill(connection, interactions, days);
                    System.out.printf(Locale.ROOT, "filled %,d interactions over %d days in %.1f s%n", interactions,
                            days, (System.nanoTime() - fill) / 1e9);
                }
            }
            if (!raw) {
                // The fill writes no batches row, so the store opens at write 0 and the facts are built for it.
                try (TouchpointStore store = TouchpointStore.open(dataDir)) {
                    InteractionFacts.Build build = InteractionFacts.refresh(store);
                    System.out.printf(Locale.ROOT, "fact table: %,d rows built in %,d ms%n", build.rows(), build.millis());
                }
            }
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database)) {
                if (raw) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("DELETE FROM insight_facts_state WHERE TRUE");
                    } catch (SQLException noFactTable) {
                        // never built: the raw statement runs anyway
                    }
                }
                System.out.println(InteractionFacts.isFresh(connection) ? "reading the fact table" : "reading the raw tables");
                Instant end = START.plus(Duration.ofDays(days));
                Instant from = end.minus(Duration.ofDays(90));
                measure(connection, "queue,channel over the last 90 days",
                        KpiQuery.by("queue,channel").between(from, end), runs);
                measure(connection, "agent,week over the last 90 days",
                        KpiQuery.by("agent,week").between(from, end), runs);
                measure(connection, "category,channel over the last 90 days, voice only",
                        KpiQuery.by("category,channel").between(from, end).withChannels(List.of("voice")), runs);
                measure(connection, "team,category_path over all days",
                        KpiQuery.by("team,category_path"), runs);
            }
        } finally {
            if (!keep) {
                try (var files = Files.walk(folder)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }

    private static void measure(Connection connection, String label, KpiQuery query, int runs) {
        int groups = 0;
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            groups = KpiEngine.run(connection, query).rows().size();
        }
        long[] millis = new long[runs];
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            KpiEngine.run(connection, query);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%-55s %4d groups  p50 %5d ms  p95 %5d ms  max %5d ms  (%d runs)%n", label,
                groups, millis[(int) Math.ceil(runs * 0.50) - 1], millis[(int) Math.ceil(runs * 0.95) - 1],
                millis[runs - 1], runs);
    }

    private static void fill(Connection connection, int interactions, int days) throws SQLException {
        long spanMs = Duration.ofDays(days).toMillis();
        try (Statement sql = connection.createStatement()) {
            sql.execute("SELECT setseed(0.42)");
            sql.execute("""
                    INSERT INTO agents (id, name, team, skill, batch_seq, ingested_at)
                    SELECT 'agent-' || a, 'Agent ' || a, 'team-' || (a % 10), 'senior', 1, now()::TIMESTAMP
                    FROM range(200) r(a)""");
            sql.execute("""
                    INSERT INTO interactions (id, channel, direction, started_at, ended_at, duration_ms, customer_id,
                        resolved_customer_id, agent_id, queue, language, resolved, transferred, sale, csat, attributes,
                        turn_count, preview, content_hash, batch_seq, ingested_at)
                    SELECT id, channel, 'inbound', started_at, started_at + to_milliseconds(duration_ms), duration_ms,
                           customer, customer, agent, queue, 'en', random() < 0.8, transferred, false,
                           CASE WHEN random() < 0.3 THEN 1 + CAST(floor(random() * 5) AS INTEGER) END, '{}',
                           CASE WHEN channel IN ('voice', 'chat') THEN 10 ELSE 1 END, '', '', 1, now()::TIMESTAMP
                    FROM (
                        SELECT 'i-' || i AS id,
                               CASE WHEN c < 0.45 THEN 'voice' WHEN c < 0.70 THEN 'chat' WHEN c < 0.82 THEN 'email'
                                    WHEN c < 0.90 THEN 'sms' WHEN c < 0.95 THEN 'social' ELSE 'webform' END AS channel,
                               TIMESTAMP '2026-01-01' + to_milliseconds(CAST(floor(random() * %d) AS BIGINT))
                                   AS started_at,
                               CASE WHEN random() < 0.05 THEN 3000 + CAST(floor(random() * 9000) AS BIGINT)
                                    ELSE 30000 + CAST(floor(random() * 600000) AS BIGINT) END AS duration_ms,
                               'customer-' || CAST(floor(random() * %d) AS BIGINT) AS customer,
                               'agent-' || CAST(floor(random() * 200) AS BIGINT) AS agent,
                               ['billing', 'tech', 'sales', 'retention', 'collections', 'general']
                                   [1 + CAST(floor(random() * 6) AS INTEGER)] AS queue,
                               random() < 0.12 AS transferred
                        FROM (SELECT range AS i, random() AS c FROM range(%d))
                    )""".formatted(spanMs, Math.max(1, interactions / 4), interactions));
            // Ten turns per voice and chat interaction, alternating speakers, with a random gap before each.
            sql.execute("""
                    INSERT INTO turns (interaction_id, turn_index, speaker, start_ms, end_ms, text, confidence, batch_seq)
                    SELECT id, t, CASE WHEN t %% 2 = 0 THEN 'agent' ELSE 'customer' END,
                           t * slot + gap, t * slot + slot, 'words', 1.0, 1
                    FROM (
                        SELECT i.id, r.t, i.duration_ms / 10 AS slot,
                               LEAST(i.duration_ms / 10 - 1, CASE WHEN random() < 0.9 THEN 500 + CAST(floor(random() * 3000) AS BIGINT)
                                                                  ELSE CAST(floor(random() * 40000) AS BIGINT) END) AS gap
                        FROM interactions i, range(10) r(t)
                        WHERE i.channel IN ('voice', 'chat')
                    )""".replace("%%", "%"));
            sql.execute("""
                    INSERT INTO findings (interaction_id, finding_index, evidence_index, analyzer, type, name, label, score,
                        confidence, turn_index, char_start, char_end, start_ms, end_ms, pipeline_version)
                    SELECT id, 0, 0, 'rules', 'category',
                           ['Billing/Late fee', 'Billing/Refund', 'Technical/Wi-Fi', 'Technical/Outage', 'Sales/Upgrade',
                            'Account/Address change', 'Plan/Change', 'Device/Repair']
                               [1 + CAST(floor(random() * 8) AS INTEGER)],
                           'contact-reasons', 1.0, 1.0, -1, 0, 0, 0, 0, 'bench'
                    FROM interactions
                    UNION ALL
                    SELECT id, 1, 0, 'sentiment', 'sentiment.speaker', 'customer', 'neutral', random() * 2 - 1, 0.9, -1, 0,
                           0, 0, 0, 'bench'
                    FROM interactions
                    UNION ALL
                    SELECT id, 2, 0, 'rules', 'event', 'escalation_request', '', 1.0, 1.0, 3, 0, 10, 0, 0, 'bench'
                    FROM interactions WHERE random() < 0.03""");
            sql.execute("""
                    INSERT INTO analysis_state (interaction_id, content_hash, pipeline_version, analyzed_at)
                    SELECT id, '', 'bench', now()::TIMESTAMP FROM interactions""");
            sql.execute("CHECKPOINT");
        }
    }
}
