package vn.tonghop.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Text written as UTF-8 into a stream by one thread: the bytes {@code OutputStreamWriter} writes (a lone
 * surrogate as {@code ?}, a pair split between two writes joined), without its lock, its check that it is
 * open and its encoder's buffers at every write. The big outputs write millions of short fields through it
 * ({@code facts.csv}, the streamed sheets' rows): the encoder and the buffers in front of it were a sixth of
 * the facts export's time.
 */
public final class Utf8Writer extends Writer {

    /** The longest string {@link #write(String)} copies a character at a time. */
    private static final int SHORT = 32;

    private final OutputStream out;
    private final byte[] buffer;
    private int used;
    /** A high surrogate at the end of the last write, waiting for its pair; 0 when none. */
    private char high;
    private boolean closed;

    public Utf8Writer(OutputStream out) {
        this(out, 1 << 16);
    }

    public Utf8Writer(OutputStream out, int bufferBytes) {
        this.out = out;
        this.buffer = new byte[Math.max(16, bufferBytes)];
    }

    @Override
    public void write(int c) throws IOException {
        if (c < 0x80 && high == 0 && used < buffer.length) {
            buffer[used++] = (byte) c; // a separator, a quote: most single characters written
            return;
        }
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset, end = offset + length; i < end; i++) {
            put(chars[i]);
        }
    }

    /**
     * A short string of ASCII (a tag, a cell's number, a code) copied a character at a time, without the array
     * {@link String#getBytes} makes: most of the writes of a streamed sheet's rows are such strings.
     */
    @Override
    public void write(String s) throws IOException {
        int n = s.length();
        if (n <= SHORT && high == 0 && n <= buffer.length - used) {
            int i = 0;
            char c;
            while (i < n && (c = s.charAt(i)) < 0x80) {
                buffer[used + i] = (byte) c;
                i++;
            }
            if (i == n) {
                used += n;
                return;
            }
            // not ASCII: the bytes copied so far are not counted, and are written over below
        }
        write(s, 0, n);
    }

    /**
     * A string (or a part of one) encoded by {@link String#getBytes}, which the JVM does in bulk (a Latin-1
     * string is checked and copied with vector instructions): about twice as fast as a character at a time
     * on the fields of {@code facts.csv}. A part that ends on a high surrogate, or follows one, goes a
     * character at a time, so that a pair split between two writes is still joined.
     */
    @Override
    public void write(String s, int offset, int length) throws IOException {
        if (length <= 0) {
            return;
        }
        int end = offset + length;
        if (high != 0 || Character.isHighSurrogate(s.charAt(end - 1))) {
            writeEachChar(s, offset, end);
            return;
        }
        byte[] bytes = (offset == 0 && end == s.length() ? s : s.substring(offset, end))
                .getBytes(StandardCharsets.UTF_8);
        if (bytes.length > buffer.length - used) {
            drain();
            if (bytes.length > buffer.length) {
                out.write(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    private void writeEachChar(String s, int offset, int end) throws IOException {
        int i = offset;
        while (i < end) {
            if (used > buffer.length - 4) {
                drain();
            }
            // ASCII as long as there is room: most of what is written
            int stop = Math.min(end, i + buffer.length - used);
            char c;
            while (i < stop && (c = s.charAt(i)) < 0x80 && high == 0) {
                buffer[used++] = (byte) c;
                i++;
            }
            if (i < end && used <= buffer.length - 4) {
                put(s.charAt(i++));
            }
        }
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
        String s = String.valueOf(csq);
        write(s, 0, s.length());
        return this;
    }

    @Override
    public Writer append(CharSequence csq, int start, int end) throws IOException {
        String s = String.valueOf(csq);
        write(s, start, end - start);
        return this;
    }

    @Override
    public Writer append(char c) throws IOException {
        put(c);
        return this;
    }

    private void put(char c) throws IOException {
        if (used > buffer.length - 4) {
            drain();
        }
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(h, c);
                buffer[used++] = (byte) (0xF0 | (cp >> 18));
                buffer[used++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buffer[used++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buffer[used++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            buffer[used++] = '?'; // the high surrogate had no pair
            if (used > buffer.length - 4) {
                drain();
            }
        }
        if (c < 0x80) {
            buffer[used++] = (byte) c;
        } else if (c < 0x800) {
            buffer[used++] = (byte) (0xC0 | (c >> 6));
            buffer[used++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            buffer[used++] = '?';
        } else {
            buffer[used++] = (byte) (0xE0 | (c >> 12));
            buffer[used++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buffer[used++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void drain() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }

    /** What was written, to the stream; a high surrogate waiting for its pair still waits. */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /** Closing it again does nothing, as {@link Writer#close()} says (SXSSF closes its writer twice). */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            if (high != 0) {
                high = 0;
                if (used > buffer.length - 4) {
                    drain();
                }
                buffer[used++] = '?';
            }
            drain();
            out.flush();
        } finally {
            closed = true;
            out.close();
        }
    }
}
