package io.touchpoint.store;

import io.touchpoint.core.model.AudioRef;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * A SHA-256 fingerprint of everything ingest says about an interaction. Two interactions with
 * the same hash are the same for every purpose of the store, which lets a re-ingest skip
 * unchanged interactions (keeping their analysis and any redaction) and lets analysis find the
 * ones that changed since it last ran.
 *
 * <p>Every value is written with a type tag and a length, so that no two different
 * interactions can produce the same byte stream (e.g. "ab"+"c" vs "a"+"bc", or null vs "").
 */
final class ContentHash {

    private static final HexFormat HEX = HexFormat.of();

    private final MessageDigest digest;
    /** Everything is gathered here and digested at once: many small updates are much slower. */
    private ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);

    ContentHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The hex hash of {@code interaction}; this object is reused and not thread-safe. */
    String of(Interaction interaction) {
        buffer.clear();
        string(interaction.id());
        string(interaction.channel().wireName());
        string(interaction.direction().wireName());
        instant(interaction.startedAt());
        instant(interaction.endedAt());
        string(interaction.customer().id());
        string(interaction.customer().email());
        string(interaction.customer().phone());
        string(interaction.customer().handle());
        string(interaction.agentId());
        string(interaction.queue());
        string(interaction.language());
        AudioRef audio = interaction.audio();
        if (audio == null) {
            tag('0');
        } else {
            tag('A');
            string(audio.uri());
            Map<Integer, Speaker> channels = new TreeMap<>(audio.channels());
            number(channels.size());
            channels.forEach((index, speaker) -> {
                number(index);
                string(speaker.wireName());
            });
        }
        bool(interaction.outcome().resolved());
        bool(interaction.outcome().transferred());
        bool(interaction.outcome().sale());
        if (interaction.outcome().csat() == null) {
            tag('0');
        } else {
            tag('I');
            number(interaction.outcome().csat());
        }
        Map<String, String> attributes = new TreeMap<>(interaction.attributes());
        number(attributes.size());
        attributes.forEach((key, value) -> {
            string(key);
            string(value);
        });
        number(interaction.turns().size());
        for (Turn turn : interaction.turns()) {
            string(turn.speaker().wireName());
            number(turn.startMs());
            number(turn.endMs());
            string(turn.text());
            number(Double.doubleToLongBits(turn.confidence()));
        }
        digest.reset();
        digest.update(buffer.array(), 0, buffer.position());
        return HEX.formatHex(digest.digest());
    }

    private void tag(char tag) {
        ensure(1);
        buffer.put((byte) tag);
    }

    private void ensure(int bytes) {
        if (buffer.remaining() < bytes) {
            ByteBuffer larger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2,
                    buffer.position() + bytes + 1024));
            buffer.flip();
            larger.put(buffer);
            buffer = larger;
        }
    }

    private void string(String value) {
        if (value == null) {
            tag('0');
            return;
        }
        tag('S');
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        number(bytes.length);
        ensure(bytes.length);
        buffer.put(bytes);
    }

    private void instant(Instant value) {
        if (value == null) {
            tag('0');
            return;
        }
        tag('T');
        number(value.getEpochSecond());
        number(value.getNano());
    }

    private void bool(Boolean value) {
        tag(value == null ? '0' : value ? 'Y' : 'N');
    }

    private void number(long value) {
        ensure(8);
        buffer.putLong(value);
    }
}
