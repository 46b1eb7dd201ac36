package io.touchpoint.store;

import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;

/**
 * Builds the Lucene document of one turn. The field objects are reused from one document to
 * the next (Lucene allows it once a document has been added), which saves most of the garbage
 * of indexing tens of thousands of turns a second; so an instance belongs to one thread.
 */
final class TurnDocuments {

    /** The interaction id, exact (case-sensitive), stored: the key of delete-then-add upserts. */
    static final String INTERACTION = "interaction";
    static final String TURN = "turn";
    /** Lower-case wire names, stored. */
    static final String SPEAKER = "speaker";
    static final String CHANNEL = "channel";
    /** Lower-cased for matching; the original case is in the stored-only twin fields below. */
    static final String AGENT = "agent";
    static final String QUEUE = "queue";
    static final String AGENT_STORED = "agent.original";
    static final String QUEUE_STORED = "queue.original";
    static final String TEXT = "text";
    /** Microseconds since the epoch, like the TIMESTAMP columns in DuckDB. */
    static final String STARTED_AT = "startedAt";

    /** Tokenized, stored, with offsets in the postings so the highlighter needs no re-analysis. */
    static final FieldType TEXT_TYPE;

    static {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        TEXT_TYPE = type;
    }

    private final StringField interaction = new StringField(INTERACTION, "", Field.Store.YES);
    private final IntField turn = new IntField(TURN, 0, Field.Store.YES);
    private final StringField speaker = new StringField(SPEAKER, "", Field.Store.YES);
    private final StringField channel = new StringField(CHANNEL, "", Field.Store.YES);
    private final StringField agent = new StringField(AGENT, "", Field.Store.NO);
    private final StringField queue = new StringField(QUEUE, "", Field.Store.NO);
    private final StoredField agentStored = new StoredField(AGENT_STORED, "");
    private final StoredField queueStored = new StoredField(QUEUE_STORED, "");
    private final Field text = new Field(TEXT, "", TEXT_TYPE);
    private final LongField startedAt = new LongField(STARTED_AT, 0L, Field.Store.YES);

    /**
     * The document of one turn; valid until the next call.
     *
     * @param speakerWireName e.g. {@code customer}
     * @param channelWireName e.g. {@code voice}
     * @param agentId nullable
     * @param queueName nullable
     */
    Document turn(String interactionId, int turnIndex, String speakerWireName, String channelWireName,
            long startedAtMicros, String agentId, String queueName, String turnText) {
        Document document = new Document();
        interaction.setStringValue(interactionId);
        document.add(interaction);
        turn.setIntValue(turnIndex);
        document.add(turn);
        speaker.setStringValue(speakerWireName);
        document.add(speaker);
        channel.setStringValue(channelWireName);
        document.add(channel);
        if (agentId != null) {
            agent.setStringValue(keyword(agentId));
            document.add(agent);
            agentStored.setStringValue(agentId);
            document.add(agentStored);
        }
        if (queueName != null) {
            queue.setStringValue(keyword(queueName));
            document.add(queue);
            queueStored.setStringValue(queueName);
            document.add(queueStored);
        }
        text.setStringValue(turnText);
        document.add(text);
        startedAt.setLongValue(startedAtMicros);
        document.add(startedAt);
        return document;
    }

    /** How keyword fields are indexed, and so how filter values must be written to match. */
    static String keyword(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
