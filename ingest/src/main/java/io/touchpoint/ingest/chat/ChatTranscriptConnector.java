package io.touchpoint.ingest.chat;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.ingest.Connector;
import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.ingest.IngestRecord;
import io.touchpoint.core.ingest.RecordSink;
import io.touchpoint.core.ingest.SourceLocation;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.ingest.InvalidFieldException;
import io.touchpoint.ingest.canonical.CanonicalJson;
import io.touchpoint.ingest.stream.CountingInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat transcripts as a JSON array of {@code [text, label]} pairs, the layout of the ABCD corpus
 * (Action-Based Conversations Dataset): {@code text} holds the turns separated by blank lines,
 * each prefixed {@code USR:} (customer), {@code SYS:} (agent) or {@code ACT:} (system: an agent
 * action log line); a paragraph without a prefix continues the turn before it.
 *
 * <p>One interaction per item: channel chat, id {@code <file name without extension>:<item
 * index>} (0-based), the label in {@code attributes.intent}, turns {@value #TURN_SPACING_MS} ms
 * apart. The source has no times, so {@code startedAt} is the setting {@code chat.started-at} (an
 * ISO-8601 instant, default {@link #DEFAULT_STARTED_AT}) plus one hour per item index: the same
 * file always yields the same records, so ingesting it again is idempotent.
 *
 * <p>The array is streamed with Jackson's parser, one item at a time. A malformed item is
 * rejected ({@code item N}); after a JSON syntax error the rest of the file cannot be read and is
 * rejected as one record.
 */
public final class ChatTranscriptConnector implements Connector {

    /** Setting: the start time of item 0. */
    public static final String STARTED_AT_SETTING = "chat.started-at";
    public static final Instant DEFAULT_STARTED_AT = Instant.parse("2020-01-01T00:00:00Z");
    public static final long TURN_SPACING_MS = 5_000;
    /** Items start this far apart, so that transcripts of up to 720 turns never overlap. */
    public static final Duration ITEM_SPACING = Duration.ofHours(1);

    private static final JsonFactory JSON = CanonicalJson.mapper().getFactory();
    private static final Pattern PREFIX = Pattern.compile("^(USR|SYS|ACT):\\s?(.*)$", Pattern.DOTALL);

    @Override
    public String name() {
        return "chat-transcript";
    }

    @Override
    public String description() {
        return "chat transcripts as a JSON array of [text, label] pairs with USR:/SYS:/ACT: turns (ABCD)";
    }

    @Override
    public boolean canRead(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") || !Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            return parser.nextToken() == JsonToken.START_ARRAY
                    && parser.nextToken() == JsonToken.START_ARRAY
                    && parser.nextToken() == JsonToken.VALUE_STRING;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void read(Path file, IngestOptions options, RecordSink sink) throws IOException {
        String source = file.getFileName().toString();
        String baseName = source.contains(".") ? source.substring(0, source.lastIndexOf('.')) : source;
        Instant epoch = startedAt(options);
        try (CountingInputStream in = new CountingInputStream(Files.newInputStream(file));
                JsonParser parser = JSON.createParser(in)) {
            try {
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw new IOException(source + ": expected a JSON array of [text, label] items");
                }
            } catch (JacksonException e) {
                throw new IOException(source + ": not JSON: " + e.getOriginalMessage(), e);
            }
            long index = 0;
            while (true) {
                SourceLocation location = new SourceLocation(source, "item", index + 1);
                JsonNode item;
                try {
                    JsonToken token = parser.nextToken();
                    if (token == JsonToken.END_ARRAY || token == null) {
                        if (token == null) {
                            sink.accept(new IngestRecord.Rejected(location, IngestRecord.Rejected.WHOLE_RECORD,
                                    "truncated: the file ends before the array is closed", ""));
                        }
                        break;
                    }
                    item = parser.readValueAsTree();
                } catch (JacksonException e) {
                    sink.accept(new IngestRecord.Rejected(location, IngestRecord.Rejected.WHOLE_RECORD,
                            "malformed JSON, the rest of the file is not read: " + e.getOriginalMessage(), ""));
                    break;
                }
                try {
                    sink.accept(new IngestRecord.InteractionRecord(
                            interaction(baseName + ":" + index, epoch.plus(ITEM_SPACING.multipliedBy(index)), item), location));
                } catch (InvalidFieldException e) {
                    sink.accept(new IngestRecord.Rejected(location, e.field(), e.getMessage(), item.toString()));
                }
                sink.progress(in.count());
                index++;
            }
        }
    }

    private static Instant startedAt(IngestOptions options) {
        Optional<String> setting = options.setting(STARTED_AT_SETTING);
        try {
            return setting.map(Instant::parse).orElse(DEFAULT_STARTED_AT);
        } catch (DateTimeParseException e) {
            throw TouchpointException.userError(STARTED_AT_SETTING + ": '" + setting.orElseThrow()
                    + "' is not an ISO-8601 instant such as 2026-03-02T14:05:11Z");
        }
    }

    /**
     * Reads one {@code [text, label]} item.
     *
     * @throws InvalidFieldException naming {@code text} or {@code label} when the item is not usable
     */
    static Interaction interaction(String id, Instant startedAt, JsonNode item) throws InvalidFieldException {
        if (item == null || !item.isArray() || item.size() != 2) {
            throw new InvalidFieldException(IngestRecord.Rejected.WHOLE_RECORD, "is not a [text, label] pair");
        }
        if (!item.get(0).isTextual()) {
            throw new InvalidFieldException("text", "must be a string");
        }
        if (!item.get(1).isValueNode() || item.get(1).isNull()) {
            throw new InvalidFieldException("label", "must be a string");
        }
        List<Turn> turns = turns(item.get(0).asText());
        String label = item.get(1).asText();
        Interaction.Builder builder = Interaction.builder(id, Channel.CHAT, startedAt).turns(turns);
        if (!label.isBlank()) {
            builder.attribute("intent", label.strip());
        }
        if (!turns.isEmpty()) {
            builder.endedAt(startedAt.plusMillis(turns.getLast().endMs()));
        }
        return builder.build();
    }

    private static List<Turn> turns(String text) throws InvalidFieldException {
        List<Turn> turns = new ArrayList<>();
        Speaker speaker = null;
        StringBuilder current = new StringBuilder();
        for (String paragraph : text.split("\\R\\s*\\R")) {
            if (paragraph.isBlank()) {
                continue;
            }
            Matcher matcher = PREFIX.matcher(paragraph.strip());
            if (matcher.matches()) {
                if (speaker != null) {
                    turns.add(turn(turns.size(), speaker, current));
                }
                speaker = switch (matcher.group(1)) {
                    case "USR" -> Speaker.CUSTOMER;
                    case "SYS" -> Speaker.AGENT;
                    default -> Speaker.SYSTEM;
                };
                current.setLength(0);
                current.append(matcher.group(2).strip());
            } else if (speaker == null) {
                throw new InvalidFieldException("text", "turn 1 does not start with USR:, SYS: or ACT:");
            } else {
                current.append("\n\n").append(paragraph.strip());
            }
        }
        if (speaker != null) {
            turns.add(turn(turns.size(), speaker, current));
        }
        return turns;
    }

    private static Turn turn(int index, Speaker speaker, StringBuilder text) {
        long start = index * TURN_SPACING_MS;
        return Turn.typed(speaker, start, start, text.toString());
    }
}
