package vn.tonghop.reading;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * An .xlsx's zip read once, for its size check and its reading together: every entry inflated through the
 * reader POI itself uses ({@link ZipSecureFile}: its inflate-ratio and entry-size checks on every entry),
 * counted against the limits of {@link WorkbookOpener#checkUnpackedSize} as they come out, and kept, so the
 * streamed reading ({@link LeanPackage}) takes its parts from here instead of inflating them a second time.
 *
 * <p>Only a package that comes through whole is kept: anything that goes wrong (an entry that does not
 * inflate, POI's checks, a limit, no {@code [Content_Types].xml}) makes {@link #read} fail, and the file is
 * checked the way it always was ({@code checkUnpackedSize}: the JDK's zip reader first), which gives the
 * refusal and its reason. What comes through counts what that check counts (the same entries from the same
 * central directory, the same bytes inflated), so a file passes here only when it passes there.
 */
final class UnpackedZip {

    /** One entry of the zip, in the central directory's order: its name as POI reads it, its bytes (a folder's: none). */
    record Entry(ZipArchiveEntry entry, byte[] bytes) {
        String name() {
            return entry.getName();
        }

        InputStream stream() {
            return new ByteArrayInputStream(bytes == null ? new byte[0] : bytes);
        }
    }

    private final List<Entry> entries;
    private final long unpackedBytes;

    private UnpackedZip(List<Entry> entries, long unpackedBytes) {
        this.entries = entries;
        this.unpackedBytes = unpackedBytes;
    }

    /** Every entry, in the central directory's order. */
    List<Entry> entries() {
        return entries;
    }

    /** The bytes all entries unpacked to, as {@link WorkbookOpener#checkUnpackedSize} counts them. */
    long unpackedBytes() {
        return unpackedBytes;
    }

    /**
     * The package unpacked, or an exception (of any kind) when it does not come through whole within the
     * limits: then the caller checks the file as before.
     */
    static UnpackedZip read(File file) throws IOException, UnreadableFileException {
        try (ZipSecureFile zip = new ZipSecureFile(file)) {
            List<ZipArchiveEntry> listed = Collections.list(zip.getEntries());
            if (zip.getEntry("[Content_Types].xml") == null) {
                // not an ordinary package (an OpenDocument file, a damaged one): the check says what it is
                throw new StreamedXlsx.Unusual("no content types");
            }
            WorkbookOpener.Budget budget = new WorkbookOpener.Budget();
            List<Entry> entries = new ArrayList<>(listed.size());
            for (ZipArchiveEntry entry : listed) {
                budget.entry();
                budget.declared(entry.getSize(), entry.getCompressedSize());
                byte[] bytes = null;
                if (!entry.isDirectory()) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        if (in == null) {
                            throw new StreamedXlsx.Unusual("an entry without data " + entry.getName());
                        }
                        bytes = budget.inflateKept(in, entry.getCompressedSize(), entry.getSize());
                    }
                }
                entries.add(new Entry(entry, bytes));
            }
            sameAsTheJdkReads(file, listed);
            return new UnpackedZip(List.copyOf(entries), budget.total());
        }
    }

    /**
     * Whether the JDK's zip reader, which the check reads a package with first, lists the same entries (names,
     * sizes, checksums, methods, in order): then the check would inflate the same bytes. A package it cannot
     * open, the check reads with POI's reader too, as here.
     */
    private static void sameAsTheJdkReads(File file, List<ZipArchiveEntry> listed) {
        List<? extends ZipEntry> jdk;
        try (ZipFile zip = new ZipFile(file)) {
            jdk = Collections.list(zip.entries());
        } catch (IOException | RuntimeException e) {
            return;
        }
        if (jdk.size() != listed.size()) {
            throw new StreamedXlsx.Unusual("the JDK lists other entries");
        }
        for (int i = 0; i < jdk.size(); i++) {
            ZipEntry j = jdk.get(i);
            ZipArchiveEntry p = listed.get(i);
            if (!j.getName().equals(p.getName()) || j.getSize() != p.getSize()
                    || j.getCompressedSize() != p.getCompressedSize() || j.getCrc() != p.getCrc()
                    || j.getMethod() != p.getMethod()) {
                throw new StreamedXlsx.Unusual("the JDK lists other entries");
            }
        }
    }
}
