package vn.tonghop.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A streamed sheet's rows as its temporary file holds them: already deflated (raw, at
 * {@link StreamedWorkbooks#DEFLATE_LEVEL}), ending on a byte boundary without a last block, so that the
 * workbook's entry is the sheet's start, these bytes and its end, each deflated apart, put one after the
 * other (a deflate stream is a series of blocks; a block may refer back into bytes an earlier stream
 * produced, it need not). POI deflated the rows into a gzip file, inflated them and deflated them again
 * into the workbook: two of the three passes were most of the time {@code facts.xlsx} took (1.9 million
 * rows at 10,000 schools). The entry's checksum is the parts' checksums combined, as zlib's
 * {@code crc32_combine} does.
 */
final class DeflatedSheetData extends OutputStream {

    /** An empty last block (fixed Huffman codes, end of block at once): what closes the stream when it is read. */
    static final byte[] LAST_BLOCK = {3, 0};

    private final OutputStream file;
    private final Deflater deflater = new Deflater(StreamedWorkbooks.DEFLATE_LEVEL, true);
    private final CRC32 crc = new CRC32();
    private final byte[] buffer = new byte[1 << 16];
    private long size;
    private long deflatedSize;
    private boolean closed;

    DeflatedSheetData(OutputStream file) {
        this.file = file;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (closed) {
            throw new IOException("closed");
        }
        if (len == 0) {
            return;
        }
        crc.update(b, off, len);
        size += len;
        deflater.setInput(b, off, len);
        while (!deflater.needsInput()) {
            drain(Deflater.NO_FLUSH);
        }
    }

    /** What it has taken in, deflated to the last byte, on a byte boundary; the file closed. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            while (drain(Deflater.SYNC_FLUSH) == buffer.length) {
                // a full buffer: there may be more
            }
        } finally {
            deflater.end();
            file.close();
        }
    }

    private int drain(int flush) throws IOException {
        int n = deflater.deflate(buffer, 0, buffer.length, flush);
        if (n > 0) {
            file.write(buffer, 0, n);
            deflatedSize += n;
        }
        return n;
    }

    /** The bytes taken in. */
    long size() {
        return size;
    }

    /** The bytes written to the file. */
    long deflatedSize() {
        return deflatedSize;
    }

    /** The CRC-32 of the bytes taken in. */
    long crc() {
        return crc.getValue();
    }

    /** A whole entry's bytes, as {@code zip} stores them: {@code head}, the rows' deflated bytes, {@code tail}. */
    record Entry(long crc, long size, long deflatedSize, InputStream raw) {
    }

    /** The entry made of {@code head}, the rows ({@code rows}: this file's bytes, already closed) and {@code tail}. */
    Entry between(byte[] head, InputStream rows, byte[] tail) {
        byte[] h = deflate(head, false);
        byte[] t = deflate(tail, true);
        long c = combine(combine(crc(head), crc(), size), crc(tail), tail.length);
        return new Entry(c, head.length + size + tail.length, h.length + deflatedSize + t.length,
                new SequenceInputStream(new ByteArrayInputStream(h),
                        new SequenceInputStream(rows, new ByteArrayInputStream(t))));
    }

    /** {@code bytes} deflated raw: ending on a byte boundary for more to follow, or as the stream's last block. */
    static byte[] deflate(byte[] bytes, boolean last) {
        Deflater d = new Deflater(StreamedWorkbooks.DEFLATE_LEVEL, true);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
            byte[] buf = new byte[8192];
            d.setInput(bytes);
            if (last) {
                d.finish();
                while (!d.finished()) {
                    out.write(buf, 0, d.deflate(buf));
                }
            } else {
                int n;
                do {
                    n = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
                    out.write(buf, 0, n);
                } while (n == buf.length || !d.needsInput());
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    static long crc(byte[] bytes) {
        CRC32 c = new CRC32();
        c.update(bytes);
        return c.getValue();
    }

    /**
     * The CRC-32 of two byte sequences one after the other, from each one's CRC-32 and the second's length
     * (zlib's {@code crc32_combine}: the first's CRC carried over {@code length2} zero bytes by squaring a
     * matrix over GF(2), then the second's added).
     */
    static long combine(long crc1, long crc2, long length2) {
        if (length2 <= 0) {
            return crc1;
        }
        long[] even = new long[32];
        long[] odd = new long[32];
        odd[0] = 0xEDB88320L; // the CRC-32 polynomial, reflected
        long row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four
        long len = length2;
        do {
            square(even, odd); // one zero byte, then two, four…
            if ((len & 1) != 0) {
                crc1 = times(even, crc1);
            }
            len >>= 1;
            if (len == 0) {
                break;
            }
            square(odd, even);
            if ((len & 1) != 0) {
                crc1 = times(odd, crc1);
            }
            len >>= 1;
        } while (len != 0);
        return (crc1 ^ crc2) & 0xFFFFFFFFL;
    }

    private static long times(long[] matrix, long vec) {
        long sum = 0;
        for (int i = 0; vec != 0; i++, vec >>>= 1) {
            if ((vec & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(long[] square, long[] matrix) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }
}
