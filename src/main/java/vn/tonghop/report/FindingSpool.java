package vn.tonghop.report;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.output.TempFiles;

/**
 * Findings kept in a temporary file as they pass, then given again from it, as often as asked: the
 * discrepancies' workbook reads the night's findings a second time from here, not by the store's query again
 * (the query was three fifths of the workbook's time in a steady night at N = 10,000), and each district's copy
 * reads its own (the job's {@code DistrictFindings}). Nothing is held in memory, whatever the count; the file
 * is deleted when the spool is closed.
 */
public final class FindingSpool implements Findings, Closeable {

    private static final int BUFFER = 1 << 16;

    private final Path file;
    private final DataOutputStream out;

    public FindingSpool() throws IOException {
        file = TempFiles.create("tonghop-findings-", ".bin");
        out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER));
    }

    /** Keeps {@code f} after those kept before it. */
    public void add(Finding f) {
        try {
            text(f.file());
            text(f.unitCode());
            text(f.sheet());
            text(f.cell());
            text(f.rule());
            out.writeByte(f.severity() == null ? -1 : f.severity().ordinal());
            text(f.message());
            text(f.raw());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gives the findings kept so far, in the order they were kept. */
    @Override
    public void forEach(Consumer<? super Finding> each) {
        try {
            out.flush();
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER))) {
                while (true) {
                    String fileName;
                    try {
                        fileName = text(in);
                    } catch (EOFException end) {
                        return;
                    }
                    String unit = text(in);
                    String sheet = text(in);
                    String cell = text(in);
                    String rule = text(in);
                    byte severity = in.readByte();
                    each.accept(new Finding(fileName, unit, sheet, cell, rule,
                            severity < 0 ? null : Severity.values()[severity], text(in), text(in)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A text as its length and UTF-8 bytes (writeUTF stops at 64 KB, and a cell's text may be longer); -1: null. */
    private void text(String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
