package uk.commissioning.demand.imports.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of an upload as bytes, split where {@link java.io.BufferedReader#readLine} splits them: at a line feed, a
 * carriage return, or a carriage return followed by a line feed; a last line without an end is a line, an empty
 * upload has none. Line numbers in error reports therefore stay what they were when uploads were read as text.
 * <p>
 * A line is {@link #bytes()} from {@link #start()} to {@link #end()}, valid until the next call to {@link #next()}.
 * The buffer grows to hold the longest line; a file's size does not matter.
 */
public final class UploadLines {

    private final InputStream in;
    private byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean eof;
    /** The last line ended with a carriage return: a line feed right after it belongs to that end. */
    private boolean skipLineFeed;
    private int start;
    private int end;

    public UploadLines(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line; false at the end of the upload. */
    public boolean next() throws IOException {
        if (skipLineFeed) {
            if (position == limit) {
                fill();
            }
            if (position < limit && buffer[position] == '\n') {
                position++;
            }
            skipLineFeed = false;
        }
        int scanned = position;
        while (true) {
            for (int i = scanned; i < limit; i++) {
                byte b = buffer[i];
                if (b == '\n' || b == '\r') {
                    start = position;
                    end = i;
                    position = i + 1;
                    skipLineFeed = b == '\r';
                    return true;
                }
            }
            scanned = limit - position;
            if (eof || !fillKeeping()) {
                if (position == limit) {
                    return false;
                }
                start = position;
                end = limit;
                position = limit;
                return true;
            }
            scanned += position;
        }
    }

    public byte[] bytes() {
        return buffer;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** The line decoded as UTF-8 (a malformed sequence becomes U+FFFD, as a reader of the upload would make it). */
    String text() {
        return new String(buffer, start, end - start, StandardCharsets.UTF_8);
    }

    /** Reads more after what is left of the line in hand, moved to the front (the buffer grows when it is full). */
    private boolean fillKeeping() throws IOException {
        int kept = limit - position;
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, kept);
        } else if (kept == buffer.length) {
            buffer = Arrays.copyOf(buffer, 2 * buffer.length);
        }
        position = 0;
        limit = kept;
        return fill();
    }

    /** Reads into the free end of the buffer; false (and eof) when the upload has no more. */
    private boolean fill() throws IOException {
        if (position == limit) {
            position = 0;
            limit = 0;
        }
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            eof = true;
            return false;
        }
        limit += read;
        return true;
    }
}
