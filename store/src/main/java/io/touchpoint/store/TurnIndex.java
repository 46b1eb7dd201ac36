package io.touchpoint.store;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text index of turns: one Lucene document per turn. It is derived from DuckDB and can
 * always be rebuilt from it; each commit records the sequence number of the last store write it
 * contains, so that opening the store can tell how far behind it is.
 *
 * <p>Writes (adds, deletes, commits) come from the store's single writer; searches may run on
 * any thread at any time and see the last commit.
 */
final class TurnIndex implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(TurnIndex.class);

    static final String LAST_SEQ_KEY = "touchpoint.last-seq";
    static final String STORE_ID_KEY = "touchpoint.store-id";
    private static final String SYNTAX_HINT = "Hint: put phrases in double quotes (\"late fee\"), close every "
            + "quote and parenthesis, use AND, OR, NOT in capitals, fields as speaker:customer channel:chat "
            + "agent:A-7 queue:billing, and escape special characters + - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ / "
            + "with a backslash.";
    private static final int SNIPPET_MAX_LENGTH = 10_000;

    private final Path folder;
    private final Directory directory;
    private final Analyzer textAnalyzer = new TurnTextAnalyzer();
    private final Analyzer queryAnalyzer;
    /** Guards the writer and searcher manager against being swapped while in use. */
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private IndexWriter writer;
    private SearcherManager searchers;
    /** Complete writes were added that searches do not see yet (see {@link #markStale}). */
    private volatile boolean stale;
    private final boolean startedEmpty;

    private TurnIndex(Path folder, Directory directory, IndexWriter writer, boolean startedEmpty) throws IOException {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.startedEmpty = startedEmpty;
        Analyzer keyword = new KeywordFieldAnalyzer();
        this.queryAnalyzer = new PerFieldAnalyzerWrapper(textAnalyzer, Map.of(
                TurnDocuments.SPEAKER, keyword,
                TurnDocuments.CHANNEL, keyword,
                TurnDocuments.AGENT, keyword,
                TurnDocuments.QUEUE, keyword,
                TurnDocuments.INTERACTION, new KeywordAnalyzer()));
    }

    /**
     * Opens the index in {@code folder}, creating it when missing. An index that cannot be read
     * (corrupt, from an incompatible Lucene) is deleted and started empty: it is derived data,
     * and the caller rebuilds it from DuckDB when {@link #startedEmpty()}.
     */
    static TurnIndex open(Path folder) {
        try {
            Files.createDirectories(folder);
            try {
                return openExisting(folder);
            } catch (LockObtainFailedException e) {
                throw TouchpointException.userError("the search index " + folder + " is in use by another process; "
                        + "a Touchpoint store can be used by one process at a time");
            } catch (IOException | RuntimeException e) {
                if (e instanceof TouchpointException) {
                    throw e;
                }
                LOG.warn("The search index {} cannot be read ({}); deleting it and rebuilding it from DuckDB",
                        folder, e.toString());
                deleteContents(folder);
                FSDirectory directory = FSDirectory.open(folder);
                IndexWriter writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
                return new TurnIndex(folder, directory, writer, true);
            }
        } catch (IOException e) {
            throw TouchpointException.external("cannot open the search index " + folder + ": " + e.getMessage(), e);
        }
    }

    private static TurnIndex openExisting(Path folder) throws IOException {
        FSDirectory directory = FSDirectory.open(folder);
        IndexWriter writer = null;
        try {
            writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            boolean empty = writer.getLiveCommitData() == null || !writer.getLiveCommitData().iterator().hasNext();
            // Opening the searcher reads every segment's metadata, which finds most damage now
            // rather than at the first search.
            TurnIndex index = new TurnIndex(folder, directory, writer, empty && writer.getDocStats().maxDoc == 0);
            index.searchers.maybeRefreshBlocking();
            return index;
        } catch (IOException | RuntimeException e) {
            if (writer != null) {
                try {
                    writer.rollback();
                } catch (IOException | RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            directory.close();
            throw e;
        }
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(new TurnTextAnalyzer());
        config.setOpenMode(mode);
        // Only explicit commits, each tied to a DuckDB commit; never a half batch on close.
        config.setCommitOnClose(false);
        // Large enough that a typical batch is one flush, small enough for a 512 MB heap.
        config.setRAMBufferSizeMB(64);
        return config;
    }

    private static void deleteContents(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (Files.isDirectory(file)) {
                    try (Stream<Path> tree = Files.walk(file)) {
                        for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                            Files.delete(path);
                        }
                    }
                } else {
                    Files.delete(file);
                }
            }
        }
    }

    /** Whether the index was created empty at open (new store, or an unreadable index deleted). */
    boolean startedEmpty() {
        return startedEmpty;
    }

    /** The sequence number of the last store write in the last commit, 0 when none. */
    long committedSeq() {
        return Long.parseLong(commitData().getOrDefault(LAST_SEQ_KEY, "0"));
    }

    /** The id of the store the last commit was made for, empty when none. */
    String committedStoreId() {
        return commitData().getOrDefault(STORE_ID_KEY, "");
    }

    private Map<String, String> commitData() {
        lifecycle.readLock().lock();
        try {
            Map<String, String> data = new HashMap<>();
            Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
            if (live != null) {
                live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
            }
            return data;
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** Replaces the documents of these interactions by their current turns (not yet committed). */
    void replace(List<Interaction> interactions) {
        new ReplaceJob(interactions).work();
    }

    ReplaceJob replaceJob(List<Interaction> interactions) {
        return new ReplaceJob(interactions);
    }

    /**
     * Replacing the documents of a list of interactions, shared out one interaction at a time
     * among the threads that call {@link #work()}: the indexer thread starts while DuckDB writes
     * the batch, and the writing thread joins in once DuckDB has committed, so both cores index
     * whenever one would otherwise wait.
     */
    final class ReplaceJob {
        private final List<Interaction> interactions;
        private final AtomicInteger next = new AtomicInteger();

        private ReplaceJob(List<Interaction> interactions) {
            this.interactions = interactions;
        }

        void work() {
            TurnDocuments documents = new TurnDocuments();
            lifecycle.readLock().lock();
            try {
                int index;
                while ((index = next.getAndIncrement()) < interactions.size()) {
                    Interaction interaction = interactions.get(index);
                    writer.deleteDocuments(new Term(TurnDocuments.INTERACTION, interaction.id()));
                    long startedAt = Timestamps.micros(interaction.startedAt());
                    List<Turn> turns = interaction.turns();
                    for (int i = 0; i < turns.size(); i++) {
                        Turn turn = turns.get(i);
                        writer.addDocument(documents.turn(interaction.id(), i, turn.speaker().wireName(),
                                interaction.channel().wireName(), startedAt, interaction.agentId(),
                                interaction.queue(), turn.text()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot index turns in " + folder, e);
            } finally {
                lifecycle.readLock().unlock();
            }
        }

        /** Makes every worker stop after the interaction it is on. */
        void cancel() {
            next.set(interactions.size());
        }
    }

    /** Removes the documents of these interactions (not yet committed). */
    void delete(Collection<String> interactionIds) {
        lifecycle.readLock().lock();
        try {
            for (String id : interactionIds) {
                writer.deleteDocuments(new Term(TurnDocuments.INTERACTION, id));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete from " + folder, e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** Removes every document (not yet committed), before a full rebuild. */
    void deleteAll() {
        lifecycle.readLock().lock();
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + folder, e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** Adds one turn read back from DuckDB (not yet committed). */
    void add(TurnDocuments documents, String interactionId, int turnIndex, String speaker, String channel,
            long startedAtMicros, String agentId, String queue, String text) {
        try {
            writer.addDocument(documents.turn(interactionId, turnIndex, speaker, channel, startedAtMicros, agentId,
                    queue, text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index turns in " + folder, e);
        }
    }

    /** Makes everything added so far durable and searchable, recording the last store write. */
    void commit(long seq, String storeId) {
        lifecycle.readLock().lock();
        try {
            writer.setLiveCommitData(Map.of(LAST_SEQ_KEY, Long.toString(seq), STORE_ID_KEY, storeId).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
            stale = false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the search index " + folder, e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /**
     * Notes that complete writes were added but neither committed nor made searchable yet: the
     * next {@link #refresh} opens them to searches without the cost of a commit (no fsync, and
     * no small segment per batch while nobody searches).
     */
    void markStale() {
        stale = true;
    }

    /** Whether writes were added since searches last saw the index. */
    boolean stale() {
        return stale;
    }

    /**
     * Makes everything added so far searchable (near-real-time, not durable). Only call between
     * writes: a refresh during one would show searches half a batch.
     */
    void refresh() {
        lifecycle.readLock().lock();
        try {
            searchers.maybeRefreshBlocking();
            stale = false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the search index " + folder, e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /**
     * Drops every change since the last commit. Lucene's rollback closes the writer, so a new one
     * is opened on the last commit.
     */
    void rollback() {
        lifecycle.writeLock().lock();
        try {
            try {
                writer.rollback();
            } catch (IOException | RuntimeException e) {
                LOG.warn("Rolling back the search index {} failed: {}", folder, e.toString());
            }
            searchers.close();
            writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            searchers = new SearcherManager(writer, null);
            stale = false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reopen the search index " + folder, e);
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    /** How many turn documents searches see (the last commit or refresh). */
    long documentCount() {
        lifecycle.readLock().lock();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index " + folder, e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    SearchResult search(SearchRequest request) {
        Query parsed = parse(request.query());
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST);
        if (request.channel() != null) {
            builder.add(new TermQuery(new Term(TurnDocuments.CHANNEL, request.channel().wireName())),
                    BooleanClause.Occur.FILTER);
        }
        if (request.speaker() != null) {
            builder.add(new TermQuery(new Term(TurnDocuments.SPEAKER, request.speaker().wireName())),
                    BooleanClause.Occur.FILTER);
        }
        if (request.agentId() != null) {
            builder.add(new TermQuery(new Term(TurnDocuments.AGENT, TurnDocuments.keyword(request.agentId()))),
                    BooleanClause.Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : Timestamps.micros(request.from());
            long to = request.to() == null ? Long.MAX_VALUE : Timestamps.micros(request.to()) - 1;
            builder.add(LongPoint.newRangeQuery(TurnDocuments.STARTED_AT, from, to), BooleanClause.Occur.FILTER);
        }
        Query query = builder.build();
        lifecycle.readLock().lock();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(query,
                        new TopScoreDocCollectorManager(request.limit(), null, Integer.MAX_VALUE));
                String[] snippets = highlighter(searcher).highlight(TurnDocuments.TEXT, parsed, top, 1);
                StoredFields stored = searcher.storedFields();
                List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
                for (int i = 0; i < top.scoreDocs.length; i++) {
                    ScoreDoc scoreDoc = top.scoreDocs[i];
                    Document document = stored.document(scoreDoc.doc);
                    TurnDocuments.StoredHit hit = TurnDocuments.decode(document.getBinaryValue(TurnDocuments.HIT));
                    String snippet = snippets[i] != null ? snippets[i] : plainSnippet(document.get(TurnDocuments.TEXT));
                    hits.add(new SearchHit(hit.interactionId(), hit.turnIndex(), Speaker.parse(hit.speaker()),
                            Channel.parse(hit.channel()), Timestamps.instant(hit.startedAtMicros()), hit.agentId(),
                            hit.queue(), snippet, scoreDoc.score));
                }
                return new SearchResult(top.totalHits.value(), hits);
            } finally {
                searchers.release(searcher);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw TouchpointException.userError("the query '" + request.query() + "' matches too many different "
                    + "words (" + e.getMessage() + "). Hint: make wildcard terms longer, e.g. charg* instead of c*.");
        } catch (IOException e) {
            throw TouchpointException.external("cannot search " + folder + ": " + e.getMessage(), e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private Query parse(String text) {
        QueryParser parser = new QueryParser(TurnDocuments.TEXT, queryAnalyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            throw new TouchpointException(TouchpointException.Kind.USER_ERROR,
                    "cannot parse the search query '" + text + "': " + firstLine(e.getMessage()) + "\n" + SYNTAX_HINT, e);
        }
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, textAnalyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", false))
                .withMaxLength(SNIPPET_MAX_LENGTH)
                .build();
    }

    private static String plainSnippet(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @Override
    public void close() {
        lifecycle.writeLock().lock();
        try {
            searchers.close();
            // Uncommitted changes belong to a batch DuckDB did not commit: drop them.
            writer.rollback();
        } catch (IOException e) {
            LOG.warn("Closing the search index {} failed: {}", folder, e.toString());
        } finally {
            try {
                directory.close();
            } catch (IOException e) {
                LOG.warn("Closing the search index folder {} failed: {}", folder, e.toString());
            }
            lifecycle.writeLock().unlock();
        }
    }

    /** For messages. */
    Path folder() {
        return folder;
    }
}
