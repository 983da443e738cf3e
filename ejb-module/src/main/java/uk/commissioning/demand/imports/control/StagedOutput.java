package uk.commissioning.demand.imports.control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The staged file being written: lines of bytes, each ended by a line feed, through a buffer of its own (one thread
 * writes, so none of BufferedOutputStream's locking per call). A line is begun, filled and ended in place, so a line
 * costs no array of its own.
 */
final class StagedOutput {

    private final OutputStream out;
    private byte[] buffer = new byte[1 << 16];
    private int length;

    StagedOutput(OutputStream out) {
        this.out = out;
    }

    /** A whole line of text, encoded as UTF-8. */
    void line(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int at = reserve(bytes.length + 1);
        System.arraycopy(bytes, 0, buffer, at, bytes.length);
        buffer[at + bytes.length] = '\n';
        length += bytes.length + 1;
    }

    /**
     * Room for {@code bytes} more bytes: the index in {@link #buffer()} to write them at, valid until the next call.
     * Whatever is written there must then be {@link #advance advanced} over.
     */
    int reserve(int bytes) throws IOException {
        if (length + bytes > buffer.length) {
            flushBuffer();
            if (bytes > buffer.length) {
                buffer = Arrays.copyOf(buffer, bytes);
            }
        }
        return length;
    }

    byte[] buffer() {
        return buffer;
    }

    void advance(int bytes) {
        length += bytes;
    }

    void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    private void flushBuffer() throws IOException {
        out.write(buffer, 0, length);
        length = 0;
    }
}
