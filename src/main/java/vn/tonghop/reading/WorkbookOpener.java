package vn.tonghop.reading;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.XLSBUnsupportedException;

/**
 * Opens a submitted workbook read-only, or says in Vietnamese why it cannot. The original file is
 * never written. POI's own advice for untrusted files: expect any exception, so catch broadly, and
 * bound what a file may cost before handing it to POI.
 *
 * <p>Memory: HSSF (.xls) needs roughly 10× the file size, which the configured file-size limit
 * bounds. XSSF (.xlsx) parses every part of the package into memory at once, 15–20× the
 * <em>unpacked</em> XML size, and a small zip can unpack to a great deal; so before POI sees an
 * .xlsx its entries are inflated once, counting real bytes (not the sizes the zip claims), and the
 * file is refused when it unpacks to more than {@link #MAX_UNPACKED_BYTES}, has more than
 * {@link #MAX_ZIP_ENTRIES} entries, or compresses at an abnormal ratio (a "zip bomb"); POI's own
 * {@link ZipSecureFile} checks stay behind that as a second line.
 *
 * <p>What a file is expected to cost the heap comes out of those checks ({@link Checked}): callers
 * take that much of the {@link MemoryBudget} before parsing, so heavy files are opened one at a time.
 */
public final class WorkbookOpener {

    /**
     * Largest total unpacked size of an .xlsx package. A phasing-table workbook unpacks to well under
     * 1 MB; 16 MiB of sheet XML already costs XSSF about 300 MB of heap and several seconds.
     */
    static final long MAX_UNPACKED_BYTES = 16L * 1024 * 1024;
    /** As POI's own default: more entries than this in an .xlsx is a sign of a hostile file. */
    static final int MAX_ZIP_ENTRIES = 1000;
    /** As POI's default: an entry whose compressed size is under 1 % of its unpacked size is a bomb. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** As POI's default: entries smaller than this unpacked are not checked for their ratio. */
    static final long GRACE_ENTRY_BYTES = 100L * 1024;

    /**
     * POI's own per-entry limit, a second line behind {@link #checkUnpackedSize}. It is global to the
     * JVM (anything else in the process that opens an .xlsx shares it), hence more generous than the
     * budget above.
     */
    private static final long MAX_ZIP_ENTRY_BYTES = 100L * 1024 * 1024;

    /**
     * Heap per unpacked byte of an .xlsx: measured 19× for reading (XSSF's XML tree of a 16 MB sheet
     * took 307 MB) and 27× for a feedback copy (the package in memory, the tree, the saved parts).
     */
    static final int XSSF_READING_FACTOR = 20;
    static final int XSSF_COPYING_FACTOR = 28;
    /** Heap per byte of an .xls file (HSSF's records), plus the file's bytes for a copy. */
    static final int HSSF_READING_FACTOR = 10;
    static final int HSSF_COPYING_FACTOR = 12;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ZIP_ENTRY_BYTES);
    }

    static final String REASON_ENCRYPTED = "Tệp được đặt mật khẩu (mã hóa) nên không đọc được. Đề nghị đơn vị gỡ mật "
            + "khẩu (trong Excel: File > Info > Protect Workbook > Encrypt with Password, xóa mật khẩu) rồi gửi lại.";
    static final String REASON_BIFF5 = "Tệp ở định dạng Excel 5.0/95 quá cũ, chương trình không đọc được. Đề nghị mở "
            + "bằng Excel, chọn File > Save As > \"Excel Workbook (*.xlsx)\" rồi gửi lại.";
    static final String REASON_BIFF234 = "Tệp ở định dạng Excel 2.x/3.0/4.0 rất cũ, chương trình không đọc được. Đề nghị "
            + "mở bằng Excel, chọn File > Save As > \"Excel Workbook (*.xlsx)\" rồi gửi lại.";
    static final String REASON_XLSB = "Tệp ở định dạng Excel nhị phân (.xlsb), chương trình không đọc được. Đề nghị mở "
            + "bằng Excel, chọn File > Save As > \"Excel Workbook (*.xlsx)\" rồi gửi lại.";
    static final String REASON_STRICT = "Tệp được lưu ở dạng \"Strict Open XML Spreadsheet\", chương trình không đọc "
            + "được. Đề nghị mở bằng Excel, chọn File > Save As > \"Excel Workbook (*.xlsx)\" rồi gửi lại.";
    static final String REASON_ODS = "Tệp ở định dạng OpenDocument (.ods, của LibreOffice/OpenOffice), chương trình "
            + "không đọc được. Đề nghị chọn File > Save As, kiểu \"Excel 2007-365 (.xlsx)\" rồi gửi lại.";
    static final String REASON_HTML = "Tệp thực chất là trang web (HTML) được đặt đuôi Excel (thường do phần mềm khác "
            + "xuất ra), chương trình không đọc được. Đề nghị mở bằng Excel, chọn File > Save As > "
            + "\"Excel Workbook (*.xlsx)\" rồi gửi lại.";
    static final String REASON_XML2003 = "Tệp ở định dạng \"XML Spreadsheet 2003\", chương trình không đọc được. Đề nghị "
            + "mở bằng Excel, chọn File > Save As > \"Excel Workbook (*.xlsx)\" rồi gửi lại.";
    static final String REASON_NOT_SPREADSHEET = "Tệp không phải bảng tính Excel (có thể là tệp khác bị đổi đuôi, "
            + "ví dụ Word, PDF, ảnh hoặc văn bản). Đề nghị gửi đúng tệp Excel .xlsx hoặc .xls.";
    static final String REASON_DAMAGED = "Tệp bị hỏng hoặc chưa tải lên đủ nên không mở được. Đề nghị đơn vị mở thử "
            + "bằng Excel, lưu lại rồi gửi lại.";
    static final String REASON_ZIP_BOMB = "Nội dung tệp lớn bất thường khi giải nén (tỷ lệ nén bất thường, dấu hiệu tệp "
            + "bị hỏng hoặc tệp độc hại) nên không được mở, để bảo đảm an toàn. Đề nghị đơn vị mở bằng Excel, sao "
            + "chép bảng phân kỳ sang tệp mới, lưu lại rồi gửi lại.";
    static final String REASON_XML_BOMB = "Tệp chứa khai báo XML bất thường (DOCTYPE/thực thể) có thể bung ra nội dung "
            + "lớn bất thường; Excel không tạo ra tệp như vậy. Tệp không được mở, để bảo đảm an toàn. Đề nghị đơn vị "
            + "mở bằng Excel, sao chép bảng phân kỳ sang tệp mới, lưu lại rồi gửi lại.";
    static final String REASON_UNPACKED_TOO_LARGE = "Nội dung tệp khi giải nén lớn bất thường (vượt quá "
            + (MAX_UNPACKED_BYTES >> 20) + " MB) nên không được mở, để tránh làm treo chương trình. Đề nghị đơn vị chỉ "
            + "gửi bảng phân kỳ chỉ tiêu, xóa các trang tính và hình ảnh không cần thiết rồi gửi lại.";
    static final String REASON_TOO_MANY_PARTS = "Tệp chứa số lượng thành phần lớn bất thường (hơn " + MAX_ZIP_ENTRIES
            + ") nên không được mở, để bảo đảm an toàn. Đề nghị đơn vị mở bằng Excel, sao chép bảng phân kỳ sang "
            + "tệp mới, lưu lại rồi gửi lại.";

    private final long maxFileBytes;

    public WorkbookOpener(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    private static final long MB = 1024L * 1024L;

    /**
     * Why a file above the limit is refused, size and limit in the same unit as {@code max-file-mb}
     * (1 MB = 1024 × 1024 bytes) with a decimal comma: "Tệp quá lớn (21,0 MB, giới hạn 20 MB)". The
     * size is rounded up, so a file just over the limit never reads as equal to it.
     */
    public static String oversizedReason(long size, long maxFileBytes) {
        return "Tệp quá lớn (" + megabytes(Math.ceil(size * 10.0 / MB) / 10, true) + " MB, giới hạn "
                + megabytes(maxFileBytes / (double) MB, false) + " MB). Đề nghị đơn vị chỉ gửi bảng phân kỳ chỉ "
                + "tiêu, xóa các trang tính và hình ảnh không cần thiết.";
    }

    /** {@code 21,0}; a whole limit without decimals ({@code 20}). */
    private static String megabytes(double mb, boolean decimal) {
        String text = decimal || mb != Math.rint(mb) ? String.format(Locale.ROOT, "%.1f", mb)
                : String.format(Locale.ROOT, "%.0f", mb);
        return text.replace('.', ',');
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** Opens the file read-only, for reading: the file is never written. */
    public Workbook open(File file) throws UnreadableFileException {
        return open(check(file));
    }

    /**
     * Opens an in-memory copy of the file after the same checks, for a workbook to change and save
     * elsewhere (a feedback workbook): the file itself is never written.
     */
    public Workbook openCopy(File file) throws UnreadableFileException {
        return openCopy(check(file));
    }

    /** As {@link #open(File)}, for a file {@link #check checked} just before. */
    public Workbook open(Checked checked) throws UnreadableFileException {
        return parse(checked.file, checked.magic, false);
    }

    /** As {@link #openCopy(File)}, for a file {@link #check checked} just before. */
    public Workbook openCopy(Checked checked) throws UnreadableFileException {
        return parse(checked.file, checked.magic, true);
    }

    /**
     * A file that passed the checks made before POI sees it (size, format, unpacked size, zip ratio),
     * with what opening it is expected to cost the heap.
     */
    public static final class Checked {
        private final File file;
        private final FileMagic magic;
        private final long bytes;
        private UnpackedZip unpacked;

        private Checked(File file, FileMagic magic, long bytes, UnpackedZip unpacked) {
            this.file = file;
            this.magic = magic;
            this.bytes = bytes;
            this.unpacked = unpacked;
        }

        /**
         * The package as {@link #checkForReading} unpacked it, handed over once (then null): the streamed
         * reading takes its parts from it; null when it was checked the other way.
         */
        UnpackedZip takeUnpacked() {
            UnpackedZip taken = unpacked;
            unpacked = null;
            return taken;
        }

        /** Whether it is an .xlsx package (OOXML), which the event model may read. */
        public boolean isXlsx() {
            return magic == FileMagic.OOXML;
        }

        /** Heap to read it: its unpacked XML for an .xlsx, its size for an .xls, times what POI needs per byte. */
        public long readingCost() {
            return bytes * (magic == FileMagic.OOXML ? XSSF_READING_FACTOR : HSSF_READING_FACTOR);
        }

        /** Heap to make a changed copy of it ({@link #openCopy(Checked)}, then saving the copy). */
        public long copyingCost() {
            return bytes * (magic == FileMagic.OOXML ? XSSF_COPYING_FACTOR : HSSF_COPYING_FACTOR);
        }
    }

    /**
     * Everything checked before POI parses the file; refuses it with a Vietnamese reason, or says what
     * opening it will cost.
     */
    public Checked check(File file) throws UnreadableFileException {
        return check(file, false);
    }

    /**
     * As {@link #check}, for reading the file: an ordinary .xlsx is unpacked once by POI's own zip reader for
     * the unpacked-size check and its parts kept for the reading ({@link Checked#takeUnpacked}), so they are
     * not inflated twice; the same limits, counted on the same bytes. A package that does not come through
     * that way whole is checked as {@link #check} does, which gives the refusal it always gave.
     */
    public Checked checkForReading(File file) throws UnreadableFileException {
        return check(file, true);
    }

    private Checked check(File file, boolean unpack) throws UnreadableFileException {
        long size = file.length();
        if (size == 0) {
            throw new UnreadableFileException(FileOutcome.UNREADABLE,
                    "Tệp rỗng (0 byte). Đề nghị đơn vị gửi lại tệp Excel đã lưu đầy đủ.", null);
        }
        if (size > maxFileBytes) {
            throw new UnreadableFileException(FileOutcome.OVERSIZED, oversizedReason(size, maxFileBytes), null);
        }
        FileMagic magic = sniff(file);
        long bytes = size;
        UnpackedZip unpacked = null;
        switch (magic) {
            case OOXML -> {
                unpacked = unpack ? unpackedOrNull(file) : null;
                bytes = unpacked != null ? unpacked.unpackedBytes() : checkUnpackedSize(file);
            }
            case OLE2 -> {
                // .xls (BIFF8), Excel 95 (BIFF5) or an encrypted .xlsx/.xlsb: POI tells them apart when parsing
            }
            case BIFF2, BIFF3, BIFF4 -> throw new UnreadableFileException(FileOutcome.UNSUPPORTED_FORMAT,
                    REASON_BIFF234, null);
            case HTML -> throw new UnreadableFileException(FileOutcome.UNSUPPORTED_FORMAT, REASON_HTML, null);
            case XML -> throw isSpreadsheetMl2003(file)
                    ? new UnreadableFileException(FileOutcome.UNSUPPORTED_FORMAT, REASON_XML2003, null)
                    : new UnreadableFileException(FileOutcome.UNREADABLE, REASON_NOT_SPREADSHEET, null);
            default -> throw new UnreadableFileException(FileOutcome.UNREADABLE, REASON_NOT_SPREADSHEET, null);
        }
        return new Checked(file, magic, bytes, unpacked);
    }

    /** The package unpacked whole within the limits, or null: then {@link #checkUnpackedSize} decides. */
    private static UnpackedZip unpackedOrNull(File file) {
        try {
            return UnpackedZip.read(file);
        } catch (Exception | StackOverflowError | AssertionError | OutOfMemoryError e) {
            return null; // (out of memory: what was kept is garbage now; the check counts without keeping)
        }
    }

    private static Workbook parse(File file, FileMagic magic, boolean copy) throws UnreadableFileException {
        try {
            return copy ? WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(file.toPath())))
                    : WorkbookFactory.create(file, null, true);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFileException(FileOutcome.ENCRYPTED, REASON_ENCRYPTED, e);
        } catch (OldExcelFormatException e) {
            throw new UnreadableFileException(FileOutcome.UNSUPPORTED_FORMAT, REASON_BIFF5, e);
        } catch (XLSBUnsupportedException e) {
            throw new UnreadableFileException(FileOutcome.UNSUPPORTED_FORMAT, REASON_XLSB, e);
        } catch (ODFNotOfficeXmlFileException e) {
            throw new UnreadableFileException(FileOutcome.UNSUPPORTED_FORMAT, REASON_ODS, e);
        } catch (NotOfficeXmlFileException | NotOLE2FileException | OfficeXmlFileException e) {
            throw new UnreadableFileException(FileOutcome.UNREADABLE, REASON_NOT_SPREADSHEET, e);
        } catch (Exception | StackOverflowError | AssertionError e) {
            // anything else POI throws on a broken or hostile file: a checked or runtime exception,
            // a stack overflow on deeply nested records, a failed internal assertion under -ea
            throw classify(file, magic, e);
        }
    }

    /** Maps a failure to open to an outcome, from the whole cause chain (POI wraps causes freely). */
    private static UnreadableFileException classify(File file, FileMagic magic, Throwable e) {
        boolean strict = false;
        boolean doctype = false;
        boolean zipBomb = false;
        boolean unpackedTooLarge = false;
        boolean tooManyParts = false;
        boolean notSpreadsheet = false;
        boolean oldBiff = false;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t) && seen.size() < 20; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return new UnreadableFileException(FileOutcome.ENCRYPTED, REASON_ENCRYPTED, e);
            }
            if (t instanceof OldExcelFormatException) {
                oldBiff = true;
            }
            if (t instanceof XLSBUnsupportedException) {
                return new UnreadableFileException(FileOutcome.UNSUPPORTED_FORMAT, REASON_XLSB, e);
            }
            if (t instanceof ODFNotOfficeXmlFileException) {
                return new UnreadableFileException(FileOutcome.UNSUPPORTED_FORMAT, REASON_ODS, e);
            }
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            strict |= m.contains("strict ooxml") || m.contains("strict open xml");
            doctype |= m.contains("doctype is disallowed") || m.contains("entity expansion")
                    || m.contains("entityexpansionlimit") || m.contains("jaxp00010");
            unpackedTooLarge |= m.contains("zip bomb") && m.contains("max size of the expanded data");
            zipBomb |= m.contains("zip bomb");
            tooManyParts |= m.contains("more internal file entries than expected");
            notSpreadsheet |= m.contains("is it really an excel file") || m.contains("really a doc file")
                    || m.contains("really a ppt file") || (m.contains("is not a valid workbook") && m.contains("document"));
            oldBiff |= m.contains("unsupported file type: biff");
        }
        if (unpackedTooLarge) {
            return new UnreadableFileException(FileOutcome.OVERSIZED, REASON_UNPACKED_TOO_LARGE, e);
        }
        if (zipBomb) {
            return new UnreadableFileException(FileOutcome.UNREADABLE, REASON_ZIP_BOMB, e);
        }
        if (tooManyParts) {
            return new UnreadableFileException(FileOutcome.UNREADABLE, REASON_TOO_MANY_PARTS, e);
        }
        if (doctype) {
            return new UnreadableFileException(FileOutcome.UNREADABLE, REASON_XML_BOMB, e);
        }
        if (strict) {
            return new UnreadableFileException(FileOutcome.UNSUPPORTED_FORMAT, REASON_STRICT, e);
        }
        if (oldBiff) {
            return new UnreadableFileException(FileOutcome.UNSUPPORTED_FORMAT, REASON_BIFF5, e);
        }
        if (magic == FileMagic.OLE2 && hasEncryptedPackage(file)) {
            // an encrypted .xlsx/.xlsb whose encryption header POI could not even interpret
            return new UnreadableFileException(FileOutcome.ENCRYPTED, REASON_ENCRYPTED, e);
        }
        if (notSpreadsheet) {
            return new UnreadableFileException(FileOutcome.UNREADABLE, REASON_NOT_SPREADSHEET, e);
        }
        return new UnreadableFileException(FileOutcome.UNREADABLE, REASON_DAMAGED, e);
    }

    private static FileMagic sniff(File file) throws UnreadableFileException {
        try {
            return FileMagic.valueOf(file);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(FileOutcome.UNREADABLE,
                    "Không đọc được nội dung tệp từ thư mục nhận. Đề nghị đơn vị gửi lại tệp.", e);
        }
    }

    private static boolean isSpreadsheetMl2003(File file) {
        try (InputStream in = Files.newInputStream(file.toPath())) {
            String head = new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1);
            return head.contains("urn:schemas-microsoft-com:office:spreadsheet") || head.contains("Excel.Sheet");
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean hasEncryptedPackage(File file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file, true)) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")
                    || fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage");
        } catch (Exception | StackOverflowError | AssertionError e) {
            return false;
        }
    }

    /**
     * Inflates every entry of an .xlsx once, counting the bytes that really come out, and refuses the
     * file before POI parses it when it unpacks to too much, has too many entries or a bomb's ratio;
     * returns the unpacked size. The JDK's zip reader reads it first; it refuses some archives POI's
     * own reader (commons-compress) opens, such as an entry name that is not UTF-8 or a malformed
     * zip64 field, and a check that gave up there would let POI parse the file unbounded. So the file
     * is then read as POI reads it: from the central directory ({@code ZipFile}), or, when that is
     * damaged, one entry after the other from the start ({@link ZipArchiveInputStream}, POI's fallback).
     * A file none of them can read is refused as damaged: POI could not read it either. What cannot
     * be inflated (an entry with broken data, a stream cut short by a truncated upload) counts as far
     * as it goes: POI, reading it the same way, gets no further.
     */
    static long checkUnpackedSize(File file) throws UnreadableFileException {
        Exception refused;
        try (ZipFile zip = new ZipFile(file)) {
            checkOpenDocument(zip);
            Budget budget = new Budget();
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                budget.entry();
                budget.declared(entry.getSize(), entry.getCompressedSize());
                if (!entry.isDirectory()) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        budget.inflate(in, entry.getCompressedSize());
                    }
                }
            }
            return budget.total;
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            refused = e;
        }
        try (org.apache.commons.compress.archivers.zip.ZipFile zip =
                     org.apache.commons.compress.archivers.zip.ZipFile.builder().setFile(file).get()) {
            Budget budget = new Budget();
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                budget.entry();
                budget.declared(entry.getSize(), entry.getCompressedSize());
                if (!entry.isDirectory()) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        budget.inflate(in, entry.getCompressedSize());
                    } catch (IOException | RuntimeException e) {
                        // an entry this reader cannot inflate, POI (the same reader) cannot either: it
                        // skips the part or refuses the file; the other entries still count
                    }
                }
            }
            return budget.total;
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            refused.addSuppressed(e);
        }
        Budget streamed = new Budget();
        try (ZipArchiveInputStream zin = new ZipArchiveInputStream(
                new BufferedInputStream(Files.newInputStream(file.toPath())))) {
            for (ZipArchiveEntry entry = zin.getNextEntry(); entry != null; entry = zin.getNextEntry()) {
                streamed.entry();
                streamed.inflate(zin, -1);
            }
            return streamed.total;
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (streamed.entries > 0) {
                return streamed.total; // cut short (a truncated upload): POI's stream stops at the same byte
            }
            refused.addSuppressed(e);
        }
        throw new UnreadableFileException(FileOutcome.UNREADABLE, REASON_DAMAGED, refused);
    }

    /** An OpenDocument file (LibreOffice .ods, or a Writer .odt) is a zip too, with a "mimetype" entry. */
    private static void checkOpenDocument(ZipFile zip) throws IOException, UnreadableFileException {
        ZipEntry entry = zip.getEntry("mimetype");
        if (entry == null || zip.getEntry("[Content_Types].xml") != null) {
            return;
        }
        String type;
        try (InputStream in = zip.getInputStream(entry)) {
            type = new String(in.readNBytes(100), StandardCharsets.US_ASCII);
        }
        if (type.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
            throw new UnreadableFileException(FileOutcome.UNSUPPORTED_FORMAT, REASON_ODS, null);
        }
        if (type.startsWith("application/vnd.oasis.opendocument")) {
            throw new UnreadableFileException(FileOutcome.UNREADABLE, REASON_NOT_SPREADSHEET, null);
        }
    }

    /** Counts entries and unpacked bytes of one package against the limits (here, and in {@link UnpackedZip}). */
    static final class Budget {
        private final byte[] buffer = new byte[64 * 1024];
        private int entries;
        private long total;

        /** The bytes unpacked so far. */
        long total() {
            return total;
        }

        void entry() throws UnreadableFileException {
            if (++entries > MAX_ZIP_ENTRIES) {
                throw new UnreadableFileException(FileOutcome.UNREADABLE, REASON_TOO_MANY_PARTS, null);
            }
        }

        /** The sizes the zip claims for an entry (-1: unknown): a bomb's ratio shows before a byte is inflated. */
        void declared(long unpacked, long compressed) throws UnreadableFileException {
            if (unpacked > GRACE_ENTRY_BYTES && compressed >= 0
                    && (double) compressed / unpacked < MIN_INFLATE_RATIO) {
                throw new UnreadableFileException(FileOutcome.UNREADABLE, REASON_ZIP_BOMB, null);
            }
        }

        /**
         * Inflates one entry, counting real bytes: the sizes a zip claims may lie.
         *
         * @param compressed the entry's compressed size, or -1 when unknown (no ratio check)
         */
        void inflate(InputStream in, long compressed) throws IOException, UnreadableFileException {
            inflate(in, compressed, null);
        }

        /**
         * As {@link #inflate(InputStream, long)}, keeping what comes out.
         *
         * @param declared the size the zip claims (-1: unknown), only to size the first buffer
         */
        byte[] inflateKept(InputStream in, long compressed, long declared) throws IOException, UnreadableFileException {
            Kept kept = new Kept(declared);
            inflate(in, compressed, kept);
            return kept.bytes();
        }

        private void inflate(InputStream in, long compressed, Kept kept) throws IOException, UnreadableFileException {
            long unpacked = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (kept != null) {
                    kept.add(buffer, n);
                }
                unpacked += n;
                total += n;
                if (compressed >= 0 && unpacked > GRACE_ENTRY_BYTES
                        && (double) compressed / unpacked < MIN_INFLATE_RATIO) {
                    throw new UnreadableFileException(FileOutcome.UNREADABLE, REASON_ZIP_BOMB, null);
                }
                if (total > MAX_UNPACKED_BYTES) {
                    throw new UnreadableFileException(FileOutcome.OVERSIZED, REASON_UNPACKED_TOO_LARGE, null);
                }
            }
        }
    }

    /**
     * The bytes of one entry as they are inflated, in a buffer of the size the zip claims (at most 1 MiB to
     * start with: the claim may lie), doubled as needed; never beyond what {@link Budget} lets through.
     */
    private static final class Kept {
        private byte[] bytes;
        private int size;

        Kept(long declared) {
            bytes = new byte[(int) Math.max(0, Math.min(declared, 1 << 20))];
        }

        void add(byte[] from, int n) {
            if (size + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(size + n, 2 * bytes.length));
            }
            System.arraycopy(from, 0, bytes, size, n);
            size += n;
        }

        byte[] bytes() {
            return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
        }
    }
}
