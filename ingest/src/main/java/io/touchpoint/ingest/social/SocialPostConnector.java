package io.touchpoint.ingest.social;

import io.touchpoint.core.ingest.Connector;
import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.ingest.IngestRecord;
import io.touchpoint.core.ingest.RecordSink;
import io.touchpoint.core.ingest.SourceLocation;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.CustomerRef;
import io.touchpoint.core.model.Direction;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.ingest.InvalidFieldException;
import io.touchpoint.ingest.TimestampParser;
import io.touchpoint.ingest.csv.CsvHeader;
import io.touchpoint.ingest.csv.CsvRow;
import io.touchpoint.ingest.csv.CsvTable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Social-media support threads from a CSV of posts and replies in the layout of the "Customer
 * Support on Twitter" corpus: columns {@code tweet_id}, {@code author_id}, {@code inbound},
 * {@code created_at}, {@code text}, {@code in_response_to_tweet_id}; optional
 * {@code main_tweet_id} (the thread's root) and {@code response_tweet_id} (ignored); any other
 * column (such as {@code company} or label flags) becomes an attribute of the thread, first
 * non-blank value in time order.
 *
 * <p>Each post's {@code in_response_to_tweet_id} chain is followed to its root: one interaction
 * per thread, id {@code social:<root tweet_id>}, turns in time order (offsets from the first
 * post). When the chain ends at a post that is not in the file, the root is the row's
 * {@code main_tweet_id} if the file has one, else that missing parent's id; replies to the same
 * absent root are so still one thread. {@code inbound} true/True/1 makes a turn the customer's,
 * anything else the agent's. The customer's handle is the root post's author when the root is
 * an inbound post in the file, else the first inbound author; {@code agentId} is the first
 * outbound author (the brand's account). Direction is outbound only when the root is in the file
 * and the brand wrote it. {@code created_at}: ISO-8601, {@code 2017-10-29 06:16:40+00:00} or
 * Twitter's {@code Tue Oct 31 22:10:47 +0000 2017}.
 *
 * <p>Threads are assembled per file: the posts of one file are held until its end.
 */
public final class SocialPostConnector implements Connector {

    private static final String TWEET_ID = "tweet_id";
    private static final String AUTHOR_ID = "author_id";
    private static final String INBOUND = "inbound";
    private static final String CREATED_AT = "created_at";
    private static final String TEXT = "text";
    private static final String IN_RESPONSE_TO = "in_response_to_tweet_id";
    private static final String MAIN_TWEET_ID = "main_tweet_id";
    private static final String RESPONSE_TWEET_ID = "response_tweet_id";
    private static final List<String> REQUIRED = List.of(TWEET_ID, AUTHOR_ID, INBOUND, CREATED_AT, TEXT, IN_RESPONSE_TO);
    /** Columns that are bookkeeping, not thread attributes. */
    private static final Set<String> NOT_ATTRIBUTES = Set.of("row", "", RESPONSE_TWEET_ID, MAIN_TWEET_ID);

    @Override
    public String name() {
        return "social";
    }

    @Override
    public String description() {
        return "social-media support threads from a CSV of posts and replies (tweet_id, in_response_to_tweet_id, ...)";
    }

    @Override
    public boolean canRead(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                && CsvTable.peekHeader(file).filter(header -> REQUIRED.stream().allMatch(header::has)).isPresent();
    }

    /** One post, as read from its row. */
    private record Post(String id, String parentId, String mainId, String author, boolean inbound, Instant createdAt,
            String text, long row, Map<String, String> attributes) {
    }

    @Override
    public void read(Path file, IngestOptions options, RecordSink sink) throws IOException {
        Map<String, Post> posts = new LinkedHashMap<>();
        String source;
        try (CsvTable table = CsvTable.open(file, options.maxRecordBytes())) {
            source = table.source();
            CsvHeader header = table.header();
            for (String column : REQUIRED) {
                if (!header.has(column)) {
                    throw new IOException(source + ": no " + column + " column (columns: " + header + ")");
                }
            }
            Set<String> used = new HashSet<>(NOT_ATTRIBUTES);
            for (String column : List.of(TWEET_ID, AUTHOR_ID, INBOUND, CREATED_AT, TEXT, IN_RESPONSE_TO)) {
                used.add(header.find(column).orElseThrow());
            }
            header.find(MAIN_TWEET_ID).ifPresent(used::add);
            header.find(RESPONSE_TWEET_ID).ifPresent(used::add);
            CsvTable.Next next;
            while ((next = table.next()) != null) {
                if (next.rejected() != null) {
                    sink.accept(next.rejected());
                } else {
                    CsvRow row = next.row();
                    try {
                        Post post = post(row, used);
                        if (posts.putIfAbsent(post.id, post) != null) {
                            throw new InvalidFieldException(TWEET_ID, "'" + post.id + "' appears twice in the file");
                        }
                    } catch (InvalidFieldException e) {
                        sink.accept(new IngestRecord.Rejected(table.location(row.number()), e.field(), e.getMessage(), row.raw()));
                    }
                }
                sink.progress(table.bytesRead());
            }
        }
        emitThreads(source, posts, sink);
    }

    private static Post post(CsvRow row, Set<String> used) throws InvalidFieldException {
        String id = idValue(row.required(TWEET_ID));
        String inboundText = row.required(INBOUND).toLowerCase(Locale.ROOT);
        boolean inbound = inboundText.equals("true") || inboundText.equals("1") || inboundText.equals("yes");
        String parent = row.text(IN_RESPONSE_TO);
        String main = row.text(MAIN_TWEET_ID);
        String text = row.rawText(TEXT);
        return new Post(id, parent == null ? null : idValue(parent), main == null ? null : idValue(main),
                row.required(AUTHOR_ID), inbound, TimestampParser.parse(CREATED_AT, row.required(CREATED_AT)), text == null ? "" : text.strip(), row.number(),
                row.otherColumns(used));
    }

    /** Spreadsheet exports write ids as "19137.0": an id is the same post either way. */
    private static String idValue(String value) {
        return value.endsWith(".0") && value.chars().limit(value.length() - 2L).allMatch(Character::isDigit)
                ? value.substring(0, value.length() - 2) : value;
    }

    private static void emitThreads(String source, Map<String, Post> posts, RecordSink sink) {
        Map<String, List<Post>> threads = new LinkedHashMap<>();
        Map<String, Post> roots = new LinkedHashMap<>();
        for (Post post : posts.values()) {
            Post top = topmost(post, posts);
            String rootId;
            if (top.parentId == null) {
                rootId = top.id;
                roots.put(rootId, top);
            } else {
                rootId = top.mainId != null ? top.mainId : top.parentId;
            }
            threads.computeIfAbsent(rootId, key -> new ArrayList<>()).add(post);
        }
        for (Map.Entry<String, List<Post>> thread : threads.entrySet()) {
            List<Post> ordered = new ArrayList<>(thread.getValue());
            ordered.sort(Comparator.comparing(Post::createdAt).thenComparingLong(Post::row));
            Post root = roots.get(thread.getKey());
            long firstRow = ordered.stream().mapToLong(Post::row).min().orElse(1);
            sink.accept(new IngestRecord.InteractionRecord(interaction(thread.getKey(), root, ordered),
                    new SourceLocation(source, "row", firstRow)));
        }
    }

    /** The highest ancestor of {@code post} in the file; cycles (bad data) stop where they close. */
    private static Post topmost(Post post, Map<String, Post> posts) {
        Set<String> seen = new HashSet<>();
        Post current = post;
        while (current.parentId != null && posts.containsKey(current.parentId) && seen.add(current.id)) {
            current = posts.get(current.parentId);
        }
        return current;
    }

    private static Interaction interaction(String rootId, Post root, List<Post> ordered) {
        Instant start = ordered.getFirst().createdAt;
        String customer = root != null && root.inbound ? root.author : null;
        String agent = null;
        Map<String, String> attributes = new LinkedHashMap<>();
        List<Turn> turns = new ArrayList<>(ordered.size());
        for (Post post : ordered) {
            if (post.inbound && customer == null) {
                customer = post.author;
            }
            if (!post.inbound && agent == null) {
                agent = post.author;
            }
            post.attributes.forEach(attributes::putIfAbsent);
            long offset = Duration.between(start, post.createdAt).toMillis();
            turns.add(Turn.typed(post.inbound ? Speaker.CUSTOMER : Speaker.AGENT, offset, offset, post.text));
        }
        Direction direction = root != null && !root.inbound ? Direction.OUTBOUND : Direction.INBOUND;
        return Interaction.builder("social:" + rootId, Channel.SOCIAL, start)
                .direction(direction)
                .endedAt(ordered.getLast().createdAt)
                .customer(new CustomerRef(null, null, null, customer))
                .agentId(agent)
                .turns(turns)
                .attributes(attributes)
                .build();
    }
}
