package vn.tonghop.report;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's streaming workbook (SXSSF) for the big sheets, writing its rows' XML through a buffer of its own.
 * SXSSF writes each character of a cell's text by itself into a {@code java.io.BufferedWriter}, which locks
 * and checks it is open at every character: a third of the time {@code facts.xlsx} took. The bytes written
 * are the same.
 */
public final class StreamedWorkbooks {

    private StreamedWorkbooks() {
    }

    /** As {@code new SXSSFWorkbook(base, window, compressTempFiles, sharedStrings)}. */
    public static SXSSFWorkbook of(XSSFWorkbook base, int window, boolean compressTempFiles, boolean sharedStrings) {
        return new Fast(base, window, compressTempFiles, sharedStrings);
    }

    private static final class Fast extends SXSSFWorkbook {
        Fast(XSSFWorkbook base, int window, boolean compressTempFiles, boolean sharedStrings) {
            super(base, window, compressTempFiles, sharedStrings);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            SharedStringsTable strings = getSharedStringSource();
            return isCompressTempFiles() ? new GZIPSheetDataWriter(strings) {
                @Override
                public Writer createWriter(File fd) throws IOException {
                    return writer(this::decorateOutputStream, fd);
                }
            } : new SheetDataWriter(strings) {
                @Override
                public Writer createWriter(File fd) throws IOException {
                    return writer(this::decorateOutputStream, fd);
                }
            };
        }
    }

    @FunctionalInterface
    private interface Decoration {
        OutputStream decorate(FileOutputStream out) throws IOException;
    }

    /** What {@code SheetDataWriter.createWriter} makes, with {@link Unsynchronized} for its buffer. */
    private static Writer writer(Decoration decoration, File fd) throws IOException {
        FileOutputStream out = new FileOutputStream(fd);
        OutputStream decorated;
        try {
            decorated = decoration.decorate(out);
        } catch (IOException e) {
            out.close();
            throw e;
        }
        return new Unsynchronized(new OutputStreamWriter(decorated, StandardCharsets.UTF_8));
    }

    /** A character buffer used by one thread: no lock, no check per character. */
    static final class Unsynchronized extends Writer {
        private final Writer out;
        private final char[] buffer = new char[1 << 14];
        private int used;
        private boolean closed;

        Unsynchronized(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = (char) c;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            if (length >= buffer.length) {
                drain();
                out.write(chars, offset, length);
                return;
            }
            if (length > buffer.length - used) {
                drain();
            }
            System.arraycopy(chars, offset, buffer, used, length);
            used += length;
        }

        @Override
        public void write(String s) throws IOException {
            write(s, 0, s.length());
        }

        @Override
        public void write(String s, int offset, int length) throws IOException {
            if (length >= buffer.length) {
                drain();
                out.write(s, offset, length);
                return;
            }
            if (length > buffer.length - used) {
                drain();
            }
            s.getChars(offset, offset + length, buffer, used);
            used += length;
        }

        @Override
        public Writer append(CharSequence csq) throws IOException {
            write(String.valueOf(csq));
            return this;
        }

        private void drain() throws IOException {
            if (used > 0) {
                out.write(buffer, 0, used);
                used = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        /** Closing it again does nothing, as {@link Writer#close()} says: SXSSF closes its writer twice. */
        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                flush();
            } finally {
                out.close();
            }
        }
    }
}
