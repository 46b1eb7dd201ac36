package io.touchpoint.ingest.csv;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.ingest.Connector;
import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.ingest.IngestRecord;
import io.touchpoint.core.ingest.RecordSink;
import io.touchpoint.core.ingest.SourceLocation;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.CustomerRef;
import io.touchpoint.core.model.Direction;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Outcome;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.ingest.InvalidFieldException;
import io.touchpoint.ingest.PhoneNumbers;
import io.touchpoint.ingest.SpeakerPrefixedText;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Interactions from a generic CSV export, with a column mapping (see {@link CsvColumnMapping}):
 * settings {@code csv.column.<field>=<header name>}, and {@code csv.channel} for the channel when
 * no column holds it.
 *
 * <p>Two shapes:
 * <ul>
 *   <li><b>one row per interaction</b> (no {@code conversationId} column): {@code text} becomes one
 *       turn (speaker from the {@code speaker} column, else customer), or, when it is a
 *       speaker-prefixed transcript ({@code Agent: ...} / {@code Customer: ...} lines, see
 *       {@link SpeakerPrefixedText}), one turn per line, spread evenly over the interaction's
 *       duration ({@value #TURN_SPACING_MS} ms apart when there is no end time). Without an id
 *       column the id is {@code <file name without extension>:<row>}.</li>
 *   <li><b>one row per message</b> ({@code conversationId} mapped): rows are grouped by
 *       conversation id into one interaction with that id, whatever their order in the file;
 *       each row is a turn whose time is its {@code startedAt} relative to the conversation's
 *       first message. Interaction-level fields come from the first row that has them (outcome
 *       fields from the last).</li>
 * </ul>
 * Columns no field is mapped to become attributes. Timestamps are read by
 * {@link io.touchpoint.ingest.TimestampParser}; booleans as true/false, yes/no or 1/0; csat as a
 * whole number from 1 to 5. A bad value rejects its row naming the column.
 *
 * <p>Claims a {@code .csv} file when a mapping is configured ({@code csv.column.*}) or when the
 * header has the default columns {@code id}, {@code channel}, {@code started_at}/{@code startedAt}
 * and {@code text}. It is registered last so that the customer, agent and social CSV connectors,
 * which look at names and headers, get their files first.
 */
public final class InteractionCsvConnector implements Connector {

    /** Spacing of transcript turns when the row has no end time. */
    public static final long TURN_SPACING_MS = 5_000;

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String description() {
        return "interactions from a CSV export with a column mapping (csv.column.<field>=<header>)";
    }

    @Override
    public boolean canRead(Path file) {
        return isCsv(file) && CsvTable.peekHeader(file).filter(InteractionCsvConnector::hasDefaultColumns).isPresent();
    }

    @Override
    public boolean canRead(Path file, IngestOptions options) {
        return isCsv(file) && (CsvColumnMapping.isConfigured(options) || canRead(file));
    }

    static boolean isCsv(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    private static boolean hasDefaultColumns(CsvHeader header) {
        return header.has("id") && header.has("channel") && header.has("startedAt") && header.has("text");
    }

    @Override
    public void read(Path file, IngestOptions options, RecordSink sink) throws IOException {
        try (CsvTable table = CsvTable.open(file, options.maxRecordBytes())) {
            CsvColumnMapping mapping = CsvColumnMapping.resolve(options, table.header(), table.source());
            Channel defaultChannel = defaultChannel(options);
            if (!mapping.maps("channel") && defaultChannel == null) {
                throw TouchpointException.userError(table.source() + ": no channel column; map one with "
                        + CsvColumnMapping.PREFIX + "channel=<header> or set " + CsvColumnMapping.DEFAULT_CHANNEL
                        + "=<channel>");
            }
            if (!mapping.maps("startedAt")) {
                throw TouchpointException.userError(table.source() + ": no startedAt column; map one with "
                        + CsvColumnMapping.PREFIX + "startedAt=<header> (columns: " + table.header() + ")");
            }
            RowReader rows = new RowReader(mapping, defaultChannel, options.defaultPhoneRegion());
            if (mapping.maps("conversationId")) {
                readMessages(table, rows, sink);
            } else {
                readInteractions(table, rows, baseName(table.source()), sink);
            }
        }
    }

    private static Channel defaultChannel(IngestOptions options) {
        Optional<String> setting = options.setting(CsvColumnMapping.DEFAULT_CHANNEL);
        if (setting.isEmpty()) {
            return null;
        }
        try {
            return Channel.parse(setting.get());
        } catch (IllegalArgumentException e) {
            throw TouchpointException.userError(CsvColumnMapping.DEFAULT_CHANNEL + ": " + e.getMessage());
        }
    }

    private static void readInteractions(CsvTable table, RowReader rows, String baseName, RecordSink sink) {
        CsvTable.Next next;
        while ((next = table.next()) != null) {
            if (next.rejected() != null) {
                sink.accept(next.rejected());
            } else {
                CsvRow row = next.row();
                SourceLocation location = table.location(row.number());
                try {
                    sink.accept(new IngestRecord.InteractionRecord(rows.interaction(row, baseName), location));
                } catch (InvalidFieldException e) {
                    sink.accept(new IngestRecord.Rejected(location, e.field(), e.getMessage(), row.raw()));
                }
            }
            sink.progress(table.bytesRead());
        }
    }

    private static void readMessages(CsvTable table, RowReader rows, RecordSink sink) {
        Map<String, Conversation> conversations = new LinkedHashMap<>();
        CsvTable.Next next;
        while ((next = table.next()) != null) {
            if (next.rejected() != null) {
                sink.accept(next.rejected());
            } else {
                CsvRow row = next.row();
                try {
                    String conversationId = row.required(rows.mapping.columnOrNull("conversationId"));
                    RowFields fields = rows.fields(row);
                    String text = fields.text;
                    if (text == null) {
                        throw new InvalidFieldException(rows.mapping.column("text").orElse("text"), "is missing");
                    }
                    conversations.computeIfAbsent(conversationId, id -> new Conversation(id, row.number()))
                            .add(row.number(), fields);
                } catch (InvalidFieldException e) {
                    sink.accept(new IngestRecord.Rejected(table.location(row.number()), e.field(), e.getMessage(), row.raw()));
                }
            }
            sink.progress(table.bytesRead());
        }
        for (Conversation conversation : conversations.values()) {
            SourceLocation location = table.location(conversation.firstRow);
            try {
                sink.accept(new IngestRecord.InteractionRecord(conversation.toInteraction(rows), location));
            } catch (InvalidFieldException e) {
                sink.accept(new IngestRecord.Rejected(location, e.field(), e.getMessage(),
                        "conversation " + conversation.id + " (" + conversation.messages.size() + " rows)"));
            }
        }
    }

    private static String baseName(String source) {
        int dot = source.lastIndexOf('.');
        return dot > 0 ? source.substring(0, dot) : source;
    }

    /** The mapped fields of one row, read and validated. */
    private record RowFields(Channel channel, Direction direction, Instant startedAt, Instant endedAt,
            CustomerRef customer, String agentId, String queue, String language, String text, Speaker speaker,
            Boolean resolved, Boolean transferred, Integer csat, Map<String, String> attributes) {
    }

    /** Reads rows through the mapping. */
    private static final class RowReader {
        private final CsvColumnMapping mapping;
        private final Channel defaultChannel;
        private final String phoneRegion;

        RowReader(CsvColumnMapping mapping, Channel defaultChannel, String phoneRegion) {
            this.mapping = mapping;
            this.defaultChannel = defaultChannel;
            this.phoneRegion = phoneRegion;
        }

        private String column(String field) {
            return mapping.columnOrNull(field);
        }

        RowFields fields(CsvRow row) throws InvalidFieldException {
            Channel channel = defaultChannel;
            String channelText = row.text(column("channel"));
            if (channelText != null) {
                try {
                    channel = Channel.parse(channelText);
                } catch (IllegalArgumentException e) {
                    throw new InvalidFieldException(column("channel"), e.getMessage());
                }
            } else if (channel == null) {
                throw new InvalidFieldException(column("channel"), "is missing");
            }
            Direction direction = null;
            String directionText = row.text(column("direction"));
            if (directionText != null) {
                try {
                    direction = Direction.parse(directionText);
                } catch (IllegalArgumentException e) {
                    throw new InvalidFieldException(column("direction"), e.getMessage());
                }
            }
            Instant startedAt = row.instant(column("startedAt"));
            if (startedAt == null) {
                throw new InvalidFieldException(column("startedAt"), "is missing");
            }
            Instant endedAt = row.instant(column("endedAt"));
            String email = row.text(column("customerEmail"));
            CustomerRef customer = new CustomerRef(row.text(column("customerId")),
                    email == null ? null : email.toLowerCase(Locale.ROOT),
                    PhoneNumbers.normalise(row.text(column("customerPhone")), phoneRegion),
                    row.text(column("customerHandle")));
            Speaker speaker = null;
            String speakerText = row.text(column("speaker"));
            if (speakerText != null) {
                try {
                    speaker = Speaker.parse(speakerText);
                } catch (IllegalArgumentException e) {
                    throw new InvalidFieldException(column("speaker"), e.getMessage());
                }
            }
            Integer csat = row.integer(column("csat"));
            if (csat != null && (csat < 1 || csat > 5)) {
                throw new InvalidFieldException(column("csat"), csat + " is outside 1..5");
            }
            String text = row.rawText(column("text"));
            return new RowFields(channel, direction, startedAt, endedAt, customer, row.text(column("agentId")),
                    row.text(column("queue")), row.text(column("language")), text == null ? null : text.strip(),
                    speaker, row.bool(column("resolved")), row.bool(column("transferred")), csat,
                    row.otherColumns(mapping.mappedColumns()));
        }

        Interaction interaction(CsvRow row, String baseName) throws InvalidFieldException {
            String id = mapping.maps("id") ? row.required(column("id")) : baseName + ":" + row.number();
            RowFields fields = fields(row);
            List<Turn> turns = new ArrayList<>();
            if (fields.text != null) {
                long durationMs = fields.endedAt == null ? -1
                        : Math.max(0, Duration.between(fields.startedAt, fields.endedAt).toMillis());
                Optional<List<SpeakerPrefixedText.Line>> transcript = SpeakerPrefixedText.parse(fields.text);
                if (transcript.isPresent()) {
                    List<SpeakerPrefixedText.Line> lines = transcript.get();
                    for (int i = 0; i < lines.size(); i++) {
                        long start = durationMs < 0 ? i * TURN_SPACING_MS : durationMs * i / lines.size();
                        long end = durationMs < 0 ? start : durationMs * (i + 1) / lines.size();
                        turns.add(Turn.typed(lines.get(i).speaker(), start, end, lines.get(i).text()));
                    }
                } else {
                    Speaker speaker = fields.speaker == null ? Speaker.CUSTOMER : fields.speaker;
                    turns.add(Turn.typed(speaker, 0, Math.max(0, durationMs), fields.text));
                }
            }
            return build(id, fields.channel, fields.direction, fields.startedAt, fields.endedAt, fields.customer,
                    fields.agentId, fields.queue, fields.language, turns,
                    outcome(fields.resolved, fields.transferred, fields.csat), fields.attributes);
        }

        Interaction build(String id, Channel channel, Direction direction, Instant startedAt, Instant endedAt,
                CustomerRef customer, String agentId, String queue, String language, List<Turn> turns,
                Outcome outcome, Map<String, String> attributes) throws InvalidFieldException {
            try {
                return new Interaction(id, channel, direction == null ? Direction.INBOUND : direction, startedAt,
                        endedAt, customer, agentId, queue, language, turns, null, outcome, attributes);
            } catch (IllegalArgumentException e) {
                String message = e.getMessage() == null ? "is invalid" : e.getMessage();
                int space = message.indexOf(' ');
                String field = space > 0 ? message.substring(0, space) : IngestRecord.Rejected.WHOLE_RECORD;
                throw new InvalidFieldException(mapping.column(field).orElse(field), message);
            }
        }

        private static Outcome outcome(Boolean resolved, Boolean transferred, Integer csat) {
            return resolved == null && transferred == null && csat == null ? Outcome.UNKNOWN
                    : new Outcome(resolved, transferred, null, csat);
        }
    }

    /** The rows of one conversation, held until the end of the file. */
    private static final class Conversation {
        private final String id;
        private final long firstRow;
        private final List<Message> messages = new ArrayList<>();

        private record Message(long row, RowFields fields) {
        }

        Conversation(String id, long firstRow) {
            this.id = id;
            this.firstRow = firstRow;
        }

        void add(long row, RowFields fields) {
            messages.add(new Message(row, fields));
        }

        Interaction toInteraction(RowReader reader) throws InvalidFieldException {
            List<Message> ordered = new ArrayList<>(messages);
            ordered.sort(Comparator.comparing((Message m) -> m.fields.startedAt).thenComparingLong(Message::row));
            Instant start = ordered.getFirst().fields.startedAt;
            Instant end = null;
            Channel channel = null;
            Direction direction = null;
            String customerId = null;
            String email = null;
            String phone = null;
            String handle = null;
            String agentId = null;
            String queue = null;
            String language = null;
            Boolean resolved = null;
            Boolean transferred = null;
            Integer csat = null;
            Map<String, String> attributes = new LinkedHashMap<>();
            List<Turn> turns = new ArrayList<>();
            for (Message message : ordered) {
                RowFields f = message.fields;
                channel = channel == null ? f.channel : channel;
                direction = direction == null ? f.direction : direction;
                customerId = customerId == null ? f.customer.id() : customerId;
                email = email == null ? f.customer.email() : email;
                phone = phone == null ? f.customer.phone() : phone;
                handle = handle == null ? f.customer.handle() : handle;
                agentId = agentId == null ? f.agentId : agentId;
                queue = queue == null ? f.queue : queue;
                language = language == null ? f.language : language;
                resolved = f.resolved != null ? f.resolved : resolved;
                transferred = f.transferred != null ? f.transferred : transferred;
                csat = f.csat != null ? f.csat : csat;
                f.attributes.forEach(attributes::putIfAbsent);
                long offset = Duration.between(start, f.startedAt).toMillis();
                long endOffset = f.endedAt == null ? offset : Math.max(offset, Duration.between(start, f.endedAt).toMillis());
                Speaker speaker = f.speaker == null ? Speaker.CUSTOMER : f.speaker;
                turns.add(Turn.typed(speaker, offset, endOffset, f.text));
                Instant messageEnd = f.endedAt == null ? f.startedAt : f.endedAt;
                end = end == null || messageEnd.isAfter(end) ? messageEnd : end;
            }
            return reader.build(id, channel, direction, start, end,
                    new CustomerRef(customerId, email, phone, handle), agentId, queue, language, turns,
                    RowReader.outcome(resolved, transferred, csat), attributes);
        }
    }
}
