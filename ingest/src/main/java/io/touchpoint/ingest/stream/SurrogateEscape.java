package io.touchpoint.ingest.stream;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * Lossless text for bytes that are not valid UTF-8, in the manner of Python's
 * {@code surrogateescape} (PEP 383): each byte that cannot be decoded becomes the lone surrogate
 * {@code U+DC80..U+DCFF}, which valid UTF-8 never produces. A rejected record's
 * {@code raw} string can so carry the exact original bytes to the dead-letter file, which writes
 * them back as base64, without changing the core {@code Rejected} record.
 */
public final class SurrogateEscape {

    private static final char ESCAPE_BASE = '\uDC00';

    private SurrogateEscape() {
    }

    /**
     * The 1-based position of the first byte that is not valid UTF-8, or empty when all of
     * {@code bytes} is valid.
     */
    public static OptionalLong firstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = strictDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return OptionalLong.of(in.position() + 1L);
        }
        result = decoder.flush(out);
        if (result.isError()) {
            return OptionalLong.of(in.position() + 1L);
        }
        return OptionalLong.empty();
    }

    /** Decodes strictly; throws when {@code bytes} is not valid UTF-8. */
    public static String decodeStrict(byte[] bytes) throws CharacterCodingException {
        return strictDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** Decodes valid UTF-8 as usual and every undecodable byte as an escape surrogate. */
    public static String decode(byte[] bytes) {
        CharsetDecoder decoder = strictDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                for (int i = 0; i < result.length(); i++) {
                    out.put((char) (ESCAPE_BASE + (in.get() & 0xFF)));
                }
            } else if (result.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                bigger.put(out);
                out = bigger;
            } else {
                decoder.flush(out);
                break;
            }
        }
        out.flip();
        return out.toString();
    }

    /** Whether {@code text} carries escaped bytes, i.e. came from invalid UTF-8. */
    public static boolean hasEscapes(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isEscape(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** The original bytes of a string made by {@link #decode(byte[])}. */
    public static byte[] encode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 16);
        int runStart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isEscape(text, i)) {
                out.writeBytes(text.substring(runStart, i).getBytes(StandardCharsets.UTF_8));
                out.write(text.charAt(i) - ESCAPE_BASE);
                runStart = i + 1;
            }
        }
        out.writeBytes(text.substring(runStart).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** {@code text} with each escaped byte shown as U+FFFD, safe to write as JSON. */
    public static String printable(String text) {
        if (!hasEscapes(text)) {
            return text;
        }
        StringBuilder builder = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            builder.append(isEscape(text, i) ? '\uFFFD' : text.charAt(i));
        }
        return builder.toString();
    }

    /** A lone low surrogate in U+DC80..U+DCFF (one not preceded by a high surrogate). */
    private static boolean isEscape(String text, int index) {
        char c = text.charAt(index);
        if (c < '\uDC80' || c > '\uDCFF') {
            return false;
        }
        return index == 0 || !Character.isHighSurrogate(text.charAt(index - 1));
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
