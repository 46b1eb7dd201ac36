package io.touchpoint.store;

import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteArrayDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * Builds the Lucene document of one turn and reads back what a hit needs.
 *
 * <p>Indexed fields: {@value #INTERACTION} (exact id, the key of delete-then-add upserts),
 * {@value #SPEAKER} and {@value #CHANNEL} (wire names), {@value #AGENT} and {@value #QUEUE}
 * (lower-cased), {@value #TEXT} (analyzed, stored, offsets in the postings for the highlighter)
 * and {@value #STARTED_AT} (microseconds since the epoch, a point for range filters). Everything
 * else a hit shows (id, turn index, speaker, channel, start, agent and queue in their original
 * case) is packed into one stored binary field: one stored field instead of seven is a good part
 * of what lets indexing keep up with tens of thousands of turns a second.
 *
 * <p>The field objects are reused from one document to the next (Lucene allows it once a
 * document has been added), so an instance belongs to one thread.
 */
final class TurnDocuments {

    static final String INTERACTION = "interaction";
    static final String SPEAKER = "speaker";
    static final String CHANNEL = "channel";
    static final String AGENT = "agent";
    static final String QUEUE = "queue";
    static final String TEXT = "text";
    static final String STARTED_AT = "startedAt";
    static final String HIT = "hit";

    static final FieldType TEXT_TYPE;

    static {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        TEXT_TYPE = type;
    }

    /** What a search hit shows of a turn, as stored in the {@value #HIT} field. */
    record StoredHit(String interactionId, int turnIndex, String speaker, String channel, long startedAtMicros,
            String agentId, String queue) {
    }

    private final StringField interaction = new StringField(INTERACTION, "", Field.Store.NO);
    private final StringField speaker = new StringField(SPEAKER, "", Field.Store.NO);
    private final StringField channel = new StringField(CHANNEL, "", Field.Store.NO);
    private final StringField agent = new StringField(AGENT, "", Field.Store.NO);
    private final StringField queue = new StringField(QUEUE, "", Field.Store.NO);
    private final Field text = new Field(TEXT, "", TEXT_TYPE);
    private final LongPoint startedAt = new LongPoint(STARTED_AT, 0L);
    private final StoredField hit = new StoredField(HIT, new BytesRef());
    private byte[] hitBytes = new byte[256];

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
        speaker.setStringValue(speakerWireName);
        document.add(speaker);
        channel.setStringValue(channelWireName);
        document.add(channel);
        if (agentId != null) {
            agent.setStringValue(keyword(agentId));
            document.add(agent);
        }
        if (queueName != null) {
            queue.setStringValue(keyword(queueName));
            document.add(queue);
        }
        text.setStringValue(turnText);
        document.add(text);
        startedAt.setLongValue(startedAtMicros);
        document.add(startedAt);
        hit.setBytesValue(encode(interactionId, turnIndex, speakerWireName, channelWireName, startedAtMicros, agentId,
                queueName));
        document.add(hit);
        return document;
    }

    private BytesRef encode(String interactionId, int turnIndex, String speakerWireName, String channelWireName,
            long startedAtMicros, String agentId, String queueName) {
        // UTF-8 needs at most 3 bytes per char; plus lengths, flags and numbers.
        int bound = 3 * (interactionId.length() + speakerWireName.length() + channelWireName.length()
                + (agentId == null ? 0 : agentId.length()) + (queueName == null ? 0 : queueName.length())) + 64;
        if (hitBytes.length < bound) {
            hitBytes = new byte[Math.max(bound, hitBytes.length * 2)];
        }
        ByteArrayDataOutput out = new ByteArrayDataOutput(hitBytes);
        try {
            out.writeString(interactionId);
            out.writeVInt(turnIndex);
            out.writeString(speakerWireName);
            out.writeString(channelWireName);
            out.writeZLong(startedAtMicros);
            out.writeByte((byte) ((agentId == null ? 0 : 1) | (queueName == null ? 0 : 2)));
            if (agentId != null) {
                out.writeString(agentId);
            }
            if (queueName != null) {
                out.writeString(queueName);
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to a byte array cannot fail", e);
        }
        // The stored-fields writer copies the bytes when the document is added.
        return new BytesRef(hitBytes, 0, out.getPosition());
    }

    static StoredHit decode(BytesRef bytes) {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        try {
            String interactionId = in.readString();
            int turnIndex = in.readVInt();
            String speakerWireName = in.readString();
            String channelWireName = in.readString();
            long startedAtMicros = in.readZLong();
            int flags = in.readByte();
            String agentId = (flags & 1) != 0 ? in.readString() : null;
            String queueName = (flags & 2) != 0 ? in.readString() : null;
            return new StoredHit(interactionId, turnIndex, speakerWireName, channelWireName, startedAtMicros, agentId,
                    queueName);
        } catch (IOException e) {
            throw new IllegalStateException("reading from a byte array cannot fail", e);
        }
    }

    /** How keyword fields are indexed, and so how filter values must be written to match. */
    static String keyword(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
