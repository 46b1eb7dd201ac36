package io.touchpoint.ingest.canonical;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.touchpoint.core.ingest.Connector;
import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.ingest.IngestRecord;
import io.touchpoint.core.ingest.RecordSink;
import io.touchpoint.core.ingest.SourceLocation;
import io.touchpoint.core.model.CustomerRef;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.ingest.InvalidFieldException;
import io.touchpoint.ingest.PhoneNumbers;
import io.touchpoint.ingest.stream.BoundedLineReader;
import io.touchpoint.ingest.stream.SurrogateEscape;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The canonical format: NDJSON ({@code .ndjson}, {@code .jsonl}), one JSON object a line. A line
 * with a {@code channel} is an interaction ({@link CanonicalJson#readInteraction}); a line with
 * {@code agentId}, {@code timestamp} and {@code type} and no {@code channel} is a desktop event
 * ({@link CanonicalJson#readDesktopEvent}). Blank lines are skipped.
 *
 * <p>Each line is read as raw bytes and judged on its own, so one bad line never hides the
 * others. Rejections ({@code field: reason}):
 * <ul>
 *   <li>{@code (record)}: {@code invalid UTF-8 at byte N} (N is 1-based within the line);</li>
 *   <li>{@code (record)}: {@code oversized: N bytes, limit M} (the line is never held whole);</li>
 *   <li>{@code (record)}: {@code malformed JSON: <parser message>};</li>
 *   <li>{@code (record)}: {@code truncated: ...} for a last line without newline that does not parse;</li>
 *   <li>the field at fault, e.g. {@code startedAt}: {@code 'yesterday' is not an ISO-8601 instant ...},
 *       {@code channel}: {@code unknown channel 'fax' (expected one of voice, chat, ...)},
 *       {@code id}: {@code is missing}.</li>
 * </ul>
 * Customer phone numbers are normalised to E.164 with {@link IngestOptions#defaultPhoneRegion()}
 * (kept as written when they cannot be read); e-mail addresses are lower-cased.
 */
public final class NdjsonConnector implements Connector {

    /** How much of an oversized or unreadable line the dead-letter file keeps. */
    static final int RAW_PREVIEW_BYTES = 1024;

    private static final ObjectReader STRICT_READER = CanonicalJson.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override
    public String name() {
        return "ndjson";
    }

    @Override
    public String description() {
        return "canonical interactions and desktop events, one JSON object a line (.ndjson, .jsonl)";
    }

    @Override
    public boolean canRead(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ndjson") || name.endsWith(".jsonl");
    }

    @Override
    public void read(Path file, IngestOptions options, RecordSink sink) throws IOException {
        String source = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file);
                BoundedLineReader lines = new BoundedLineReader(in, options.maxRecordBytes())) {
            BoundedLineReader.Line line;
            while ((line = lines.next()) != null) {
                if (!line.isBlank()) {
                    sink.accept(readLine(line, source, options));
                }
                sink.progress(lines.bytesRead());
            }
        }
    }

    private static IngestRecord readLine(BoundedLineReader.Line line, String source, IngestOptions options) {
        SourceLocation location = SourceLocation.line(source, line.number());
        if (line.oversized()) {
            return new IngestRecord.Rejected(location, IngestRecord.Rejected.WHOLE_RECORD,
                    "oversized: " + line.length() + " bytes, limit " + options.maxRecordBytes(),
                    SurrogateEscape.decode(Arrays.copyOf(line.bytes(), Math.min(RAW_PREVIEW_BYTES, line.bytes().length))));
        }
        String text;
        try {
            text = SurrogateEscape.decodeStrict(line.bytes());
        } catch (CharacterCodingException e) {
            OptionalLong at = SurrogateEscape.firstInvalidByte(line.bytes());
            return new IngestRecord.Rejected(location, IngestRecord.Rejected.WHOLE_RECORD,
                    "invalid UTF-8 at byte " + at.orElse(0), SurrogateEscape.decode(line.bytes()));
        }
        JsonNode node;
        try {
            node = STRICT_READER.readTree(text);
        } catch (JsonProcessingException e) {
            String reason = line.terminated()
                    ? "malformed JSON: " + e.getOriginalMessage()
                    : "truncated: the last line has no newline and is not complete JSON (" + e.getOriginalMessage() + ")";
            return new IngestRecord.Rejected(location, IngestRecord.Rejected.WHOLE_RECORD, reason, text);
        }
        try {
            if (node != null && node.isObject() && !node.has("channel") && node.has("agentId")) {
                return new IngestRecord.DesktopEventRecord(CanonicalJson.readDesktopEvent(node), location);
            }
            Interaction interaction = CanonicalJson.readInteraction(node);
            CustomerRef customer = PhoneNumbers.normalise(interaction.customer(), options.defaultPhoneRegion());
            if (customer != interaction.customer()) {
                interaction = new Interaction(interaction.id(), interaction.channel(), interaction.direction(),
                        interaction.startedAt(), interaction.endedAt(), customer, interaction.agentId(),
                        interaction.queue(), interaction.language(), interaction.turns(), interaction.audio(),
                        interaction.outcome(), interaction.attributes());
            }
            return new IngestRecord.InteractionRecord(interaction, location);
        } catch (InvalidFieldException e) {
            return new IngestRecord.Rejected(location, e.field(), e.getMessage(), text);
        }
    }
}
