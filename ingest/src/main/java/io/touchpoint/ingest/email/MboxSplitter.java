package io.touchpoint.ingest.email;

import io.touchpoint.ingest.stream.BoundedLineReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits an mbox file into messages as it reads, holding one message at a time. A message starts
 * at a {@code From } line at the start of the file or after a blank line (so that an unescaped
 * "From " inside a paragraph does not split a message); {@code >From } lines are unescaped by
 * one {@code >} (mboxrd). A message larger than the limit is not held: it is reported with its
 * size only.
 */
final class MboxSplitter {

    private static final byte[] FROM = "From ".getBytes(StandardCharsets.US_ASCII);

    /** One message: its bytes, or {@code bytes == null} when it exceeded the limit. */
    record Part(long number, byte[] bytes, long size) {
    }

    interface PartHandler {
        void accept(Part part) throws IOException;
    }

    private MboxSplitter() {
    }

    /** Whether the first bytes look like an mbox file. */
    static boolean startsLikeMbox(byte[] firstBytes) {
        if (firstBytes.length < FROM.length) {
            return false;
        }
        for (int i = 0; i < FROM.length; i++) {
            if (firstBytes[i] != FROM[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads every message of {@code in}, calling {@code handler} for each in order.
     *
     * @param progress told the bytes consumed after each message
     */
    static void split(InputStream in, int maxMessageBytes, PartHandler handler, java.util.function.LongConsumer progress)
            throws IOException {
        BoundedLineReader lines = new BoundedLineReader(in, maxMessageBytes);
        ByteArrayOutputStream current = null;
        long size = 0;
        boolean oversized = false;
        boolean previousBlank = true;
        long number = 0;
        BoundedLineReader.Line line;
        while ((line = lines.next()) != null) {
            if (previousBlank && line.startsWith(FROM)) {
                if (current != null || oversized) {
                    emit(handler, number, current, size, oversized);
                    progress.accept(line.startOffset());
                }
                number++;
                current = new ByteArrayOutputStream();
                size = 0;
                oversized = false;
                previousBlank = false;
                continue;
            }
            previousBlank = line.isBlank();
            if (number == 0) {
                continue; // text before the first separator is not a message
            }
            byte[] bytes = unescape(line.bytes());
            size += line.length() + 1;
            if (!oversized && (line.oversized() || size > maxMessageBytes)) {
                oversized = true;
                current = null;
            }
            if (!oversized) {
                current.write(bytes, 0, bytes.length);
                current.write('\n');
            }
        }
        if (number > 0) {
            emit(handler, number, current, size, oversized);
        }
        progress.accept(lines.bytesRead());
    }

    private static void emit(PartHandler handler, long number, ByteArrayOutputStream current, long size, boolean oversized)
            throws IOException {
        handler.accept(new Part(number, oversized ? null : current.toByteArray(), size));
    }

    /** {@code >From } becomes {@code From }, {@code >>From } becomes {@code >From }. */
    private static byte[] unescape(byte[] line) {
        int i = 0;
        while (i < line.length && line[i] == '>') {
            i++;
        }
        if (i > 0 && line.length - i >= FROM.length) {
            for (int k = 0; k < FROM.length; k++) {
                if (line[i + k] != FROM[k]) {
                    return line;
                }
            }
            return java.util.Arrays.copyOfRange(line, 1, line.length);
        }
        return line;
    }
}
