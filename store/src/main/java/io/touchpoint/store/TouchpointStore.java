package io.touchpoint.store;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.ingest.BatchWriter;
import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.model.Agent;
import io.touchpoint.core.model.Customer;
import io.touchpoint.core.model.DesktopEvent;
import io.touchpoint.core.model.Interaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store of Touchpoint: DuckDB holds the facts (interactions, turns, customers,
 * agents, desktop events, analysis findings), a Lucene index holds the turns for full-text
 * search. Layout of a data folder:
 *
 * <pre>
 * &lt;dataDir&gt;/touchpoint.duckdb   the database, the source of truth
 * &lt;dataDir&gt;/index/              the Lucene index, derived, rebuilt from DuckDB when behind
 * </pre>
 *
 * <pre>{@code
 * try (TouchpointStore store = TouchpointStore.open(Path.of("touchpoint-data"))) {
 *     store.write(IngestBatch.ofInteractions(interactions));
 *     SearchResult result = store.search(SearchRequest.of("\"late fee\"", 20));
 *     Journey journey = store.journey("jane@example.com");
 * }
 * }</pre>
 *
 * <p><b>One process at a time.</b> DuckDB and Lucene both lock their files, so a second process
 * (or a second {@code open} of the same folder in this JVM) fails with a clear message. Within
 * the process the store is thread-safe: writes are serialized, and reads and searches may run
 * concurrently with them, seeing the last committed write.
 *
 * <p><b>Writes</b> are atomic per batch (one DuckDB transaction) and idempotent: records are
 * upserted by their source id, and an interaction whose content is unchanged is left alone.
 * After DuckDB commits, the batch is in the Lucene index; searches see it as soon as no other
 * write is in progress (a near-real-time refresh, made when a search asks). The index is
 * committed (made durable) with the sequence number of the last write at most every
 * {@link #INDEX_COMMIT_INTERVAL} during ingest, after every analysis write and at close: DuckDB
 * is the record, so if the process dies before an index commit, {@link #open} finds the index
 * behind and re-indexes the missing writes from DuckDB. Committing every batch cost a flush, an
 * fsync and a small segment to merge each time: over a quarter of the writer's time.
 */
public final class TouchpointStore implements BatchWriter, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TouchpointStore.class);

    /** How long ingest writes may stay in the search index without a commit. */
    static final Duration INDEX_COMMIT_INTERVAL = Duration.ofSeconds(10);

    public static final String DATABASE_FILE = "touchpoint.duckdb";
    public static final String INDEX_FOLDER = "index";

    /** Folders open in this JVM: DuckDB's file lock does not stop a second open in-process. */
    private static final Set<Path> OPEN_FOLDERS = ConcurrentHashMap.newKeySet();

    private final Path dataDir;
    private final Path databaseFile;
    private final DuckDBConnection writer;
    /** Never runs a query itself: only duplicated, so a long write cannot block readers. */
    private final DuckDBConnection readerFactory;
    /** The connection {@link #duckdb()} lends, made on first use, and the view of it callers get. */
    private final Object sharedReaderLock = new Object();
    private Connection sharedReaderTarget;
    private Connection sharedReader;
    private final StagingTables staging;
    private final IngestWriter ingestWriter;
    private final AnalysisWriter analysisWriter;
    private final AuditLog auditLog = new AuditLog(this);
    private final TurnIndex index;
    /** Indexes a batch in Lucene while the DuckDB transaction of the same batch runs. */
    private final ExecutorService indexer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Failpoints failpoints = new Failpoints();
    private final String storeId;
    private final int schemaVersion;
    private long lastSeq;
    /** Writes after the index's last commit are in the index (not yet durable there). */
    private boolean indexCommitPending;
    private long indexCommittedAt = System.nanoTime();
    private long indexCommitIntervalNanos = INDEX_COMMIT_INTERVAL.toNanos();
    private volatile boolean closed;

    private TouchpointStore(Path dataDir, DuckDBConnection writer, DuckDBConnection readerFactory, TurnIndex index,
            String storeId, int schemaVersion, long lastSeq) throws SQLException {
        this.dataDir = dataDir;
        this.databaseFile = dataDir.resolve(DATABASE_FILE);
        this.writer = writer;
        this.readerFactory = readerFactory;
        this.index = index;
        this.storeId = storeId;
        this.schemaVersion = schemaVersion;
        this.lastSeq = lastSeq;
        this.staging = new StagingTables(writer);
        this.ingestWriter = new IngestWriter(writer, staging, failpoints);
        this.analysisWriter = new AnalysisWriter(writer, staging);
        this.indexer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "touchpoint-indexer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Opens the store in {@code dataDir}, creating the folder and the schema if needed, applying
     * pending schema migrations, and bringing the search index up to date with DuckDB.
     *
     * @throws TouchpointException USER_ERROR when the folder is in use by another process, or was
     *     written by a newer Touchpoint; EXTERNAL when it cannot be read or written
     */
    public static TouchpointStore open(Path dataDir) {
        requireNonNull(dataDir, "dataDir is null");
        Path folder = dataDir.toAbsolutePath().normalize();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw TouchpointException.userError("the data folder " + folder + " is a file; give a folder (it is "
                    + "created when missing)");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw TouchpointException.external("cannot create the data folder " + folder + ": " + e, e);
        }
        if (!OPEN_FOLDERS.add(folder)) {
            throw TouchpointException.userError("the store " + folder + " is already open in this process; "
                    + "share the open TouchpointStore instead of opening it twice");
        }
        DuckDBConnection writer = null;
        DuckDBConnection readerFactory = null;
        TurnIndex index = null;
        try {
            Path database = folder.resolve(DATABASE_FILE);
            writer = connect(database);
            SchemaMigrator migrator = new SchemaMigrator();
            int version = migrator.migrate(writer, database.toString());
            String storeId = storeId(writer);
            long lastSeq = StoreQueries.lastSeq(writer);
            readerFactory = writer.duplicate();
            index = TurnIndex.open(folder.resolve(INDEX_FOLDER));
            TouchpointStore store = new TouchpointStore(folder, writer, readerFactory, index, storeId, version,
                    lastSeq);
            store.reconcileIndex();
            LOG.info("Opened store {} (schema version {}, last write {})", folder, version, lastSeq);
            return store;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(index, readerFactory, writer);
            OPEN_FOLDERS.remove(folder);
            if (e instanceof TouchpointException touchpoint) {
                throw touchpoint;
            }
            throw TouchpointException.external("cannot open the store " + folder + ": " + e.getMessage(), e);
        }
    }

    private static DuckDBConnection connect(Path database) {
        try {
            return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + database);
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("lock")) {
                throw new TouchpointException(TouchpointException.Kind.USER_ERROR, "the store " + database.getParent()
                        + " is in use by another process (" + message.strip() + "). A Touchpoint store can be "
                        + "used by one process at a time: stop the other one first.", e);
            }
            throw TouchpointException.external("cannot open the database " + database + ": " + message, e);
        }
    }

    /** A random id given to the database at creation, recorded in the index to spot a mismatch. */
    private static String storeId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT value FROM store_meta WHERE key = 'store-id'")) {
            if (rows.next()) {
                return rows.getString(1);
            }
        }
        String id = UUID.randomUUID().toString();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO store_meta VALUES ('store-id', ?)")) {
            insert.setString(1, id);
            insert.executeUpdate();
        }
        return id;
    }

    // ------------------------------------------------------------------------------ writes

    /**
     * Writes a batch atomically: all of it or nothing. Records are upserted by id (an
     * interaction replaces its stored version and turns; the last of several records with the
     * same id in one batch wins); desktop events by agent, time, type, application, process and
     * url. Interactions are linked to customers by id, e-mail, phone or handle, and interactions
     * linked to no customer are re-linked when customers or identities arrive.
     *
     * @throws TouchpointException EXTERNAL when DuckDB or the index cannot be written
     */
    @Override
    public void write(IngestBatch batch) {
        requireNonNull(batch, "batch is null");
        if (batch.isEmpty()) {
            return;
        }
        writeLock.lock();
        try {
            checkOpen();
            long started = System.nanoTime();
            IngestWriter.Changes changes;
            try {
                changes = ingestWriter.changes(batch);
            } catch (SQLException e) {
                throw TouchpointException.external("cannot read " + databaseFile + " to write " + describe(batch)
                        + ": " + e.getMessage(), e);
            }
            if (changes.isEmpty()) {
                LOG.debug("Batch of {} unchanged interactions: nothing to write", changes.unchanged());
                return;
            }
            LOG.trace("Found the changes of {} in {} ms", describe(batch), (System.nanoTime() - started) / 1_000_000);
            long seq = lastSeq + 1;
            // Lucene indexes the batch on another core while DuckDB stages and writes it.
            TurnIndex.ReplaceJob job = index.replaceJob(changes.changed());
            Future<?> indexing = indexer.submit(job::work);
            commitTransaction(describe(batch), job, indexing, () -> ingestWriter.stage(changes),
                    () -> ingestWriter.apply(changes, seq, Timestamps.micros(Instant.now())));
            long committedAt = System.nanoTime();
            lastSeq = seq;
            commitIndex(job, indexing, seq, true);
            if (LOG.isDebugEnabled()) {
                LOG.debug("Write {}: {} interactions, {} turns; DuckDB done after {} ms, index after {} ms", seq,
                        changes.changed().size(), changes.turns(), (committedAt - started) / 1_000_000,
                        (System.nanoTime() - started) / 1_000_000);
            }
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Stores analysis results: for each interaction, replaces its findings, stores its turn text
     * as the pipeline left it (redacted, if a redactor ran) in DuckDB and in the search index,
     * and records that it was analyzed by {@code pipelineVersion} at its current content. All of
     * it or nothing.
     *
     * @throws TouchpointException USER_ERROR when an interaction is not in the store
     */
    public void writeAnalysis(List<AnalyzedInteraction> analyzed, String pipelineVersion) {
        requireNonNull(analyzed, "analyzed is null");
        requireNonNull(pipelineVersion, "pipelineVersion is null");
        if (pipelineVersion.isBlank()) {
            throw new IllegalArgumentException("pipelineVersion is blank");
        }
        if (analyzed.isEmpty()) {
            return;
        }
        writeLock.lock();
        try {
            checkOpen();
            AnalysisWriter.Staged staged;
            try {
                staged = analysisWriter.stage(analyzed);
            } catch (SQLException e) {
                throw TouchpointException.external("cannot stage analysis results in " + databaseFile + ": "
                        + e.getMessage(), e);
            }
            long seq = lastSeq + 1;
            TurnIndex.ReplaceJob job = index.replaceJob(staged.interactions());
            Future<?> indexing = indexer.submit(job::work);
            commitTransaction("analysis results of " + staged.interactions().size() + " interactions", job, indexing,
                    () -> { }, () -> analysisWriter.apply(staged, seq, Timestamps.micros(Instant.now()),
                            pipelineVersion));
            lastSeq = seq;
            // Analysis replaces turn text (redaction among it): made durable in the index now.
            commitIndex(job, indexing, seq, false);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * What {@link #importFindingsParquet} loaded.
     *
     * @param interactions interactions whose findings were replaced
     * @param findingRows finding rows inserted
     * @param unknownInteractions ids in the files that are not in the store (their rows were skipped), at most 20
     * @param unknownCount how many such ids there were
     */
    public record ParquetImport(int interactions, long findingRows, List<String> unknownInteractions, long unknownCount) {
        public ParquetImport {
            unknownInteractions = List.copyOf(unknownInteractions);
        }
    }

    /**
     * Loads findings from Parquet files in the {@code findings} table's schema (as the scale
     * module's Spark job writes them): in one transaction, replaces the findings of every
     * interaction in the files and records those interactions as analyzed by the files'
     * {@code pipeline_version} at their current content. Idempotent: importing the same files
     * twice leaves the same state. Rows of interactions that are not in the store are skipped and
     * reported. When an interaction is in several files, the rows of the file whose path sorts
     * last win. The search index is not touched: findings are not in it.
     *
     * @param glob a Parquet file or a DuckDB glob, e.g. {@code out/findings/**}{@code /*.parquet}
     * @throws TouchpointException USER_ERROR when the files cannot be read or lack the columns
     */
    public ParquetImport importFindingsParquet(String glob) {
        requireNonNull(glob, "glob is null");
        String columns = "interaction_id, finding_index, evidence_index, analyzer, type, name, label, score, "
                + "confidence, turn_index, char_start, char_end, start_ms, end_ms, pipeline_version";
        String source = "read_parquet('" + glob.replace("'", "''") + "', hive_partitioning = false, filename = true)";
        return transaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                try {
                    statement.execute("CREATE OR REPLACE TEMP TABLE import_raw AS SELECT " + columns
                            + ", filename FROM " + source);
                } catch (SQLException e) {
                    throw TouchpointException.userError("cannot read findings Parquet from " + glob + ": "
                            + e.getMessage() + " (expected the columns of the findings table: " + columns + ")");
                }
                statement.execute("CREATE OR REPLACE TEMP TABLE import_findings AS SELECT " + columns
                        + " FROM import_raw r WHERE r.filename = (SELECT max(k.filename) FROM import_raw k "
                        + "WHERE k.interaction_id = r.interaction_id)");
                List<String> unknown = new ArrayList<>();
                long unknownCount;
                try (ResultSet rows = statement.executeQuery("SELECT DISTINCT interaction_id FROM import_findings "
                        + "WHERE interaction_id NOT IN (SELECT id FROM interactions) ORDER BY 1")) {
                    long count = 0;
                    while (rows.next()) {
                        if (unknown.size() < 20) {
                            unknown.add(rows.getString(1));
                        }
                        count++;
                    }
                    unknownCount = count;
                }
                statement.execute("DELETE FROM import_findings WHERE interaction_id NOT IN (SELECT id FROM interactions)");
                statement.execute("DELETE FROM findings WHERE interaction_id IN "
                        + "(SELECT DISTINCT interaction_id FROM import_findings)");
                long inserted = statement.executeUpdate("INSERT INTO findings SELECT " + columns
                        + " FROM import_findings");
                int interactions = statement.executeUpdate("""
                        INSERT OR REPLACE INTO analysis_state
                        SELECT i.id, i.content_hash, v.pipeline_version, now()::TIMESTAMP
                        FROM (SELECT interaction_id, max(pipeline_version) AS pipeline_version
                              FROM import_findings GROUP BY interaction_id) v
                        JOIN interactions i ON i.id = v.interaction_id""");
                statement.execute("DROP TABLE import_findings");
                statement.execute("DROP TABLE import_raw");
                LOG.info("Imported {} finding rows of {} interactions from {}", inserted, interactions, glob);
                return new ParquetImport(interactions, inserted, unknown, unknownCount);
            }
        });
    }

    @FunctionalInterface
    private interface TransactionBody {
        void run() throws SQLException;
    }

    /**
     * Runs {@code prepare} (staging, which the Appender commits on its own) and then {@code body}
     * in one DuckDB transaction; on any failure, also drops the index changes of the write.
     */
    private void commitTransaction(String what, TurnIndex.ReplaceJob job, Future<?> indexing, TransactionBody prepare,
            TransactionBody body) {
        try (Statement statement = writer.createStatement()) {
            long started = System.nanoTime();
            prepare.run();
            long prepared = System.nanoTime();
            statement.execute("BEGIN TRANSACTION");
            try {
                body.run();
                failpoints.reached(Failpoints.BEFORE_COMMIT);
                long applied = System.nanoTime();
                statement.execute("COMMIT");
                LOG.trace("{}: staged in {} ms, applied in {} ms, committed in {} ms", what,
                        (prepared - started) / 1_000_000, (applied - prepared) / 1_000_000,
                        (System.nanoTime() - applied) / 1_000_000);
            } catch (SQLException | RuntimeException e) {
                try {
                    statement.execute("ROLLBACK");
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            job.cancel();
            awaitQuietly(indexing);
            if (rollbackIndex()) {
                // The rollback also dropped earlier writes that were not committed in the index.
                try {
                    reindexAfter(index.committedSeq(), false);
                } catch (RuntimeException reindex) {
                    e.addSuppressed(reindex);
                }
            }
            if (e instanceof TouchpointException touchpoint) {
                throw touchpoint;
            }
            if (e instanceof SQLException) {
                throw TouchpointException.external("cannot write " + what + " to " + databaseFile
                        + "; nothing of it was stored: " + e.getMessage(), e);
            }
            throw new TouchpointException(TouchpointException.Kind.INTERNAL, "writing " + what + " to "
                    + databaseFile + " failed; nothing of it was stored: " + e.getMessage(), e);
        }
    }

    /**
     * Completes the index side of write {@code seq} after DuckDB committed it, and commits the
     * index unless {@code deferrable} and the last commit is recent. If that fails the write is
     * still stored: the index is brought up to date from DuckDB, now or at the next open.
     */
    private void commitIndex(TurnIndex.ReplaceJob job, Future<?> indexing, long seq, boolean deferrable) {
        try {
            job.work();
            indexing.get();
            if (deferrable && System.nanoTime() - indexCommittedAt < indexCommitIntervalNanos) {
                indexCommitPending = true;
                index.markStale();
            } else {
                commitIndexAt(seq);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            recoverIndex(e);
        } catch (ExecutionException | RuntimeException e) {
            recoverIndex(e instanceof ExecutionException ? e.getCause() : e);
        }
    }

    /**
     * Drops the index's changes since its last commit.
     *
     * @return whether completed writes were among them (not committed yet): they must be
     *     re-indexed from DuckDB. Either way nothing is pending afterwards, so a close does not
     *     commit the index at the last write while it lacks them (the next open catches up).
     */
    private boolean rollbackIndex() {
        boolean lostWrites = indexCommitPending;
        index.rollback();
        indexCommitPending = false;
        return lostWrites;
    }

    private void commitIndexAt(long seq) {
        index.commit(seq, storeId);
        indexCommitPending = false;
        indexCommittedAt = System.nanoTime();
    }

    /**
     * Lets searches see the writes made so far, unless a write is in progress (then they see the
     * writes before it, and the next search refreshes).
     */
    private void refreshIndexIfStale() {
        if (index.stale() && writeLock.tryLock()) {
            try {
                if (!closed && index.stale()) {
                    index.refresh();
                }
            } finally {
                writeLock.unlock();
            }
        }
    }

    private void recoverIndex(Throwable cause) {
        LOG.warn("Updating the search index failed after the data was stored ({}); re-indexing from DuckDB",
                cause.toString());
        try {
            rollbackIndex();
            reindexAfter(index.committedSeq(), false);
        } catch (RuntimeException e) {
            e.addSuppressed(cause);
            throw TouchpointException.external("the data was stored, but the search index " + index.folder()
                    + " could not be updated (" + e.getMessage() + "); it is rebuilt the next time the store "
                    + "is opened", e);
        }
    }

    // ------------------------------------------------------------------------------ module tables

    /** Work on the store's write connection inside one transaction; see {@link #transaction}. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} on the store's write connection in one DuckDB transaction, serialized
     * with every other write: committed when it returns, rolled back when it throws. This is how
     * modules write the tables they own (see {@link #ensureSchema}); the interactions, turns and
     * findings tables stay the store's, written only through {@link #write} and
     * {@link #writeAnalysis}, which keep the search index in step.
     *
     * @throws TouchpointException EXTERNAL when DuckDB fails (nothing of the work is kept); a
     *     TouchpointException thrown by the work itself passes through after the rollback
     */
    public <T> T transaction(SqlWork<T> work) {
        requireNonNull(work, "work is null");
        writeLock.lock();
        try {
            checkOpen();
            try (Statement statement = writer.createStatement()) {
                statement.execute("BEGIN TRANSACTION");
                try {
                    T result = work.run(writer);
                    statement.execute("COMMIT");
                    return result;
                } catch (SQLException | RuntimeException e) {
                    try {
                        statement.execute("ROLLBACK");
                    } catch (SQLException rollback) {
                        e.addSuppressed(rollback);
                    }
                    throw e;
                }
            } catch (SQLException e) {
                throw TouchpointException.external("a write to " + databaseFile + " failed and was rolled back: "
                        + e.getMessage(), e);
            }
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Creates or upgrades a module's own tables: applies the migrations of {@code schema} this
     * store has not seen yet, each in its own transaction with its row in {@code module_schema}.
     * Cheap when there is nothing to do; call it when the module first touches a store.
     *
     * @return the module's schema version in this store
     * @throws TouchpointException USER_ERROR when the store has a newer version of the module's
     *     tables than this build knows
     */
    public int ensureSchema(ModuleSchema schema) {
        requireNonNull(schema, "schema is null");
        int current = transaction(connection -> moduleVersion(connection, schema.module()));
        if (current > schema.latestVersion()) {
            throw TouchpointException.userError("the store " + dataDir + " has version " + current + " of the "
                    + schema.module() + " tables, written by a newer Touchpoint; this build knows up to "
                    + schema.latestVersion() + ". Use a newer Touchpoint, or a new data folder.");
        }
        for (int version = current + 1; version <= schema.latestVersion(); version++) {
            ModuleSchema.Migration migration = schema.migrations().get(version - 1);
            int target = version;
            LOG.info("Migrating the {} tables of {} to version {} ({})", schema.module(), dataDir, version,
                    migration.description());
            transaction(connection -> {
                if (moduleVersion(connection, schema.module()) >= target) {
                    return null; // another thread got there first
                }
                SqlScript.run(connection, migration.sql());
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO module_schema VALUES (?, ?, ?, now()::TIMESTAMP)")) {
                    insert.setString(1, schema.module());
                    insert.setInt(2, target);
                    insert.setString(3, migration.description());
                    insert.executeUpdate();
                }
                return null;
            });
        }
        return schema.latestVersion();
    }

    private static int moduleVersion(Connection connection, String module) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT coalesce(max(version), 0) FROM module_schema WHERE module = ?")) {
            query.setString(1, module);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** The append-only audit log kept in this store. */
    public AuditLog audit() {
        checkOpen();
        return auditLog;
    }

    // ------------------------------------------------------------------------------ index upkeep

    private void reconcileIndex() {
        long indexed = index.committedSeq();
        String indexedStore = index.committedStoreId();
        if (!indexedStore.equals(storeId) || indexed > lastSeq) {
            if (!index.startedEmpty()) {
                LOG.warn("The search index {} does not belong to this database (index at write {} of store '{}', "
                        + "database at write {} of store '{}'); rebuilding it", index.folder(), indexed, indexedStore,
                        lastSeq, storeId);
            }
            reindexAfter(0, true);
        } else if (indexed < lastSeq) {
            LOG.info("The search index is behind the database (write {} of {}); catching up", indexed, lastSeq);
            reindexAfter(indexed, false);
        }
    }

    /** Rebuilds the whole search index from DuckDB. */
    public void reindex() {
        writeLock.lock();
        try {
            checkOpen();
            reindexAfter(0, true);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Re-indexes the interactions written after {@code seq}, one write at a time so that memory
     * stays bounded by the size of a batch, and commits the index at the database's last write.
     */
    private void reindexAfter(long seq, boolean full) {
        long started = System.nanoTime();
        long turns = 0;
        try (Connection reader = readerFactory.duplicate()) {
            if (full) {
                index.deleteAll();
            }
            List<Long> seqs = new ArrayList<>();
            try (PreparedStatement statement = reader.prepareStatement(
                    "SELECT DISTINCT batch_seq FROM interactions WHERE batch_seq > ? ORDER BY 1")) {
                statement.setLong(1, seq);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        seqs.add(rows.getLong(1));
                    }
                }
            }
            TurnDocuments documents = new TurnDocuments();
            failpoints.reached(Failpoints.REINDEX);
            for (long batch : seqs) {
                if (!full) {
                    List<String> ids = new ArrayList<>();
                    try (PreparedStatement statement = reader.prepareStatement(
                            "SELECT id FROM interactions WHERE batch_seq = ?")) {
                        statement.setLong(1, batch);
                        try (ResultSet rows = statement.executeQuery()) {
                            while (rows.next()) {
                                ids.add(rows.getString(1));
                            }
                        }
                    }
                    index.delete(ids);
                }
                try (PreparedStatement statement = reader.prepareStatement("""
                        SELECT t.interaction_id, t.turn_index, t.speaker, i.channel, epoch_us(i.started_at),
                               i.agent_id, i.queue, t.text
                        FROM turns t JOIN interactions i ON i.id = t.interaction_id
                        WHERE t.batch_seq = ? AND i.batch_seq = ?""")) {
                    statement.setLong(1, batch);
                    statement.setLong(2, batch);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            index.add(documents, rows.getString(1), rows.getInt(2), rows.getString(3),
                                    rows.getString(4), rows.getLong(5), rows.getString(6), rows.getString(7),
                                    rows.getString(8));
                            turns++;
                        }
                    }
                }
            }
            commitIndexAt(lastSeq);
        } catch (SQLException e) {
            rollbackIndex();
            throw TouchpointException.external("cannot read " + databaseFile + " to rebuild the search index: "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            rollbackIndex();
            throw e;
        }
        LOG.info("Indexed {} turns written after write {} in {} ms", turns, seq,
                (System.nanoTime() - started) / 1_000_000);
    }

    // ------------------------------------------------------------------------------ reads

    @FunctionalInterface
    private interface Query<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T read(String what, Query<T> query) {
        checkOpen();
        try (Connection reader = readerFactory.duplicate()) {
            return query.run(reader);
        } catch (SQLException e) {
            throw TouchpointException.external("cannot read " + what + " from " + databaseFile + ": "
                    + e.getMessage(), e);
        }
    }

    public StoreStats stats() {
        return read("statistics", StoreQueries::stats);
    }

    /** The full interaction: turns, customer reference, outcome, attributes and audio. */
    public Optional<Interaction> interaction(String id) {
        requireNonNull(id, "id is null");
        return read("interaction " + id, reader -> StoreQueries.interactions(reader, List.of(id)))
                .stream().findFirst();
    }

    /** Several interactions at once, in the order of {@code ids}; ids not stored are skipped. */
    public List<Interaction> interactions(List<String> ids) {
        requireNonNull(ids, "ids is null");
        List<String> copy = List.copyOf(ids);
        return read(copy.size() + " interactions", reader -> StoreQueries.interactions(reader, copy));
    }

    public Optional<Customer> customer(String id) {
        requireNonNull(id, "id is null");
        return read("customer " + id, reader -> StoreQueries.customer(reader, id.strip()));
    }

    public Optional<Agent> agent(String id) {
        requireNonNull(id, "id is null");
        return read("agent " + id, reader -> StoreQueries.agent(reader, id.strip()));
    }

    /** An agent's desktop events in time order. */
    public List<DesktopEvent> desktopEvents(String agentId) {
        requireNonNull(agentId, "agentId is null");
        return read("desktop events of agent " + agentId, reader -> StoreQueries.desktopEvents(reader, agentId.strip()));
    }

    /**
     * A customer's interactions on every channel, in time order. {@code customerKey} is a
     * customer id, an e-mail address (any case), a phone number (E.164, exact) or a social
     * handle. When it names no customer, the journey lists the interactions that carry it as
     * their raw e-mail, phone or handle.
     */
    public Journey journey(String customerKey) {
        requireNonNull(customerKey, "customerKey is null");
        String key = customerKey.strip();
        if (key.isEmpty()) {
            throw TouchpointException.userError("the customer key is blank; give a customer id, e-mail, phone or handle");
        }
        return read("the journey of " + key, reader -> {
            Optional<String> customerId = StoreQueries.resolveCustomer(reader, key);
            if (customerId.isPresent()) {
                return new Journey(key, customerId, StoreQueries.customer(reader, customerId.get()),
                        StoreQueries.interactionsOfCustomer(reader, customerId.get()));
            }
            return new Journey(key, Optional.empty(), Optional.empty(),
                    StoreQueries.interactionsWithRawIdentity(reader, key));
        });
    }

    /**
     * Full-text search over turns; see {@link SearchRequest} for the query syntax.
     *
     * @throws TouchpointException USER_ERROR for a malformed query, with the parser's message
     */
    public SearchResult search(SearchRequest request) {
        requireNonNull(request, "request is null");
        checkOpen();
        refreshIndexIfStale();
        return index.search(request);
    }

    /** The findings of an interaction, in the order the analyzers produced them. */
    public List<Finding> findings(String interactionId) {
        requireNonNull(interactionId, "interactionId is null");
        return read("findings of " + interactionId, reader -> StoreQueries.findings(reader, interactionId));
    }

    /**
     * The stored findings of the given analyzers for many interactions at once, by interaction
     * id (interactions without any are absent). Analysis uses it to carry forward findings that
     * cannot be made again from the stored text, such as the PII redaction done at ingest.
     */
    public Map<String, List<Finding>> findings(Collection<String> interactionIds, Collection<String> analyzers) {
        requireNonNull(interactionIds, "interactionIds is null");
        requireNonNull(analyzers, "analyzers is null");
        return read("findings", reader -> StoreQueries.findingsOf(reader, interactionIds, analyzers));
    }

    /**
     * Ids of the interactions to analyze, in time order: those never analyzed, changed since they
     * were analyzed (by content hash), or analyzed by another pipeline version; every
     * interaction when {@code all}.
     */
    public List<String> interactionIdsNeedingAnalysis(String pipelineVersion, boolean all) {
        requireNonNull(pipelineVersion, "pipelineVersion is null");
        return read("interactions to analyze",
                reader -> StoreQueries.interactionIdsNeedingAnalysis(reader, pipelineVersion, all));
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** How many turn documents searches see (every completed write, unless one is in progress). */
    public long indexedTurns() {
        checkOpen();
        refreshIndexIfStale();
        return index.documentCount();
    }

    public Path dataDir() {
        return dataDir;
    }

    /**
     * The store's read connection to its DuckDB database, for modules that run their own SQL
     * (KPIs, exports). It stays the store's: {@code close()} on it does nothing, and the store
     * closes it, so both {@code store.duckdb().prepareStatement(...)} and try-with-resources are
     * fine. It must only be used to read: writing through it would bypass the search index,
     * identity resolution and the write bookkeeping. Timestamps are {@code TIMESTAMP} columns
     * holding UTC; see {@code db/migration/V1__initial.sql} for the schema.
     *
     * <pre>{@code
     * try (PreparedStatement statement = store.duckdb().prepareStatement(
     *         "SELECT channel, count(*) FROM interactions GROUP BY channel")) { ... }
     * }</pre>
     */
    public Connection duckdb() {
        checkOpen();
        synchronized (sharedReaderLock) {
            if (sharedReader == null) {
                try {
                    sharedReaderTarget = readerFactory.duplicate();
                    sharedReader = UnclosableConnection.wrap(sharedReaderTarget);
                } catch (SQLException e) {
                    throw TouchpointException.external("cannot open a connection to " + databaseFile + ": "
                            + e.getMessage(), e);
                }
            }
            return sharedReader;
        }
    }

    /**
     * A new read connection of the caller's own, to close when done: for callers that query from
     * several threads at once (the server), since one JDBC connection runs one query at a time.
     * The same read-only rule as {@link #duckdb()} applies.
     */
    public Connection openReader() {
        checkOpen();
        try {
            return readerFactory.duplicate();
        } catch (SQLException e) {
            throw TouchpointException.external("cannot open a connection to " + databaseFile + ": " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------------------ test hooks

    /** Makes the next writes fail at {@code point} (see {@link Failpoints}); for tests. */
    void failAt(String point) {
        failpoints.arm(point);
    }

    void stopFailing() {
        failpoints.disarm();
    }

    /** Changes how long ingest writes may wait for an index commit; for tests. */
    void indexCommitInterval(Duration interval) {
        writeLock.lock();
        try {
            indexCommitIntervalNanos = interval.toNanos();
        } finally {
            writeLock.unlock();
        }
    }

    // ------------------------------------------------------------------------------ lifecycle

    /** Closes the index, the database and the connection lent by {@link #duckdb()}. */
    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            indexer.shutdownNow();
            if (indexCommitPending) {
                try {
                    index.commit(lastSeq, storeId);
                } catch (RuntimeException e) {
                    LOG.warn("Committing the search index {} at close failed ({}); it catches up from DuckDB at the "
                            + "next open", index.folder(), e.toString());
                }
            }
            List<AutoCloseable> resources = new ArrayList<>();
            synchronized (sharedReaderLock) {
                resources.add(sharedReaderTarget);
            }
            resources.add(readerFactory);
            resources.add(writer);
            index.close();
            closeQuietly(resources.toArray(AutoCloseable[]::new));
            LOG.info("Closed store {}", dataDir);
        } finally {
            OPEN_FOLDERS.remove(dataDir);
            writeLock.unlock();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the store " + dataDir + " is closed");
        }
    }

    private static void awaitQuietly(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.debug("Indexing of a failed batch also failed: {}", e.getCause().toString());
        }
    }

    private static void closeQuietly(AutoCloseable... resources) {
        for (AutoCloseable resource : resources) {
            if (resource == null) {
                continue;
            }
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed: {}", resource.getClass().getSimpleName(), e.toString());
            }
        }
    }

    private static String describe(IngestBatch batch) {
        return "a batch of " + batch.interactions().size() + " interactions, " + batch.customers().size()
                + " customers, " + batch.agents().size() + " agents and " + batch.desktopEvents().size()
                + " desktop events";
    }
}
