package io.touchpoint.ingest.stream;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads raw bytes line by line without ever holding more than {@code maxLineBytes} of one line,
 * so that a 2 GB line without a newline cannot exhaust memory: the part beyond the limit is
 * counted and skipped. Bytes are not decoded here because a line with invalid UTF-8 must be
 * rejected on its own while its neighbours are read (a decoding {@code Reader} would fail the
 * whole stream).
 *
 * <p>A line ends at {@code \n}; a {@code \r} before it is dropped. The last line may lack the
 * newline: {@link Line#terminated()} then says so, which is how a file cut off mid-record shows.
 */
public final class BoundedLineReader implements Closeable {

    private static final int BUFFER_SIZE = 64 * 1024;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int position;
    private int limit;
    private long bytesRead;
    private long lineNumber;
    private boolean endOfStream;

    /**
     * One line.
     *
     * @param number 1-based line number
     * @param bytes the line's bytes without terminator; for an oversized line only its first {@code maxLineBytes}
     * @param length the line's full length in bytes, also when oversized
     * @param terminated whether a newline ended the line (false only for a last line cut short)
     * @param startOffset the byte offset of the line's first byte in the stream
     */
    public record Line(long number, byte[] bytes, long length, boolean terminated, long startOffset) {

        public Line {
            requireNonNull(bytes, "bytes is null");
        }

        public boolean oversized() {
            return length > bytes.length;
        }

        /** Whether the line holds nothing but ASCII whitespace. */
        public boolean isBlank() {
            if (oversized()) {
                return false;
            }
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
                    return false;
                }
            }
            return true;
        }

        public boolean startsWith(byte[] prefix) {
            if (bytes.length < prefix.length) {
                return false;
            }
            return Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
        }
    }

    public BoundedLineReader(InputStream in, int maxLineBytes) {
        this.in = requireNonNull(in, "in is null");
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be positive, got " + maxLineBytes);
        }
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    public Line next() throws IOException {
        long start = bytesRead;
        byte[] kept = new byte[Math.min(256, maxLineBytes)];
        int keptLength = 0;
        long length = 0;
        while (true) {
            if (position == limit && !fill()) {
                if (length == 0) {
                    return null;
                }
                return finish(kept, keptLength, length, false, start);
            }
            int newline = -1;
            for (int i = position; i < limit; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int end = newline >= 0 ? newline : limit;
            int chunk = end - position;
            if (keptLength < maxLineBytes && chunk > 0) {
                int take = (int) Math.min(chunk, (long) maxLineBytes - keptLength);
                if (keptLength + take > kept.length) {
                    kept = Arrays.copyOf(kept, (int) Math.min(maxLineBytes, Math.max(kept.length * 2L, keptLength + take)));
                }
                System.arraycopy(buffer, position, kept, keptLength, take);
                keptLength += take;
            }
            length += chunk;
            bytesRead += chunk;
            position = end;
            if (newline >= 0) {
                position++;
                bytesRead++;
                return finish(kept, keptLength, length, true, start);
            }
        }
    }

    private Line finish(byte[] kept, int keptLength, long length, boolean terminated, long start) {
        lineNumber++;
        // A CR before the LF belongs to the terminator, not to the line.
        if (length == keptLength && keptLength > 0 && kept[keptLength - 1] == '\r') {
            keptLength--;
            length--;
        }
        return new Line(lineNumber, Arrays.copyOf(kept, keptLength), length, terminated, start);
    }

    private boolean fill() throws IOException {
        if (endOfStream) {
            return false;
        }
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            endOfStream = n < 0;
            if (n == 0) {
                // InputStream contract forbids 0 for a non-empty buffer; treat it as the end rather than spin.
                endOfStream = true;
            }
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    /** Bytes consumed so far, including terminators. */
    public long bytesRead() {
        return bytesRead;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
