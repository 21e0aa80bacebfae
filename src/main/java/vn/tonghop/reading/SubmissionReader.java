package vn.tonghop.reading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.tonghop.reference.UnitRegistry;

/**
 * Reads one submitted file into a {@link Submission}. Never throws for a bad file: whatever goes
 * wrong becomes the file's outcome with a reason a clerk understands. Thread-safe.
 */
public final class SubmissionReader {

    private static final Logger log = LoggerFactory.getLogger(SubmissionReader.class);

    /** Why a file is refused when reading it costs more memory than the program has. */
    static final String REASON_OUT_OF_MEMORY = "Nội dung tệp lớn bất thường, cần nhiều bộ nhớ hơn mức chương trình "
            + "được cấp nên không đọc được. Đề nghị đơn vị chỉ gửi bảng phân kỳ chỉ tiêu, xóa các trang tính và hình "
            + "ảnh không cần thiết rồi gửi lại.";
    /** Why a file is refused when its content is too deeply nested (or otherwise broken) to read. */
    static final String REASON_BROKEN_CONTENT = "Tệp bị hỏng ở phần nội dung bảng tính nên không đọc được. Đề nghị "
            + "đơn vị mở bằng Excel, lưu lại rồi gửi lại.";

    private final WorkbookOpener opener;
    private final MemoryBudget memory;
    private final UnitIdentifier units;
    private final List<KindReading> kinds;
    /** Whether an .xlsx is read with the event model first ({@link StreamedXlsx}); off only to compare. */
    private boolean streaming = true;

    /** With the process's {@link MemoryBudget#heap() memory budget}. */
    public SubmissionReader(UnitRegistry registry, List<? extends KindReading> kinds, long maxFileBytes) {
        this(registry, kinds, maxFileBytes, MemoryBudget.heap());
    }

    /** Reads the documents of {@code kinds} (the ones the office collects, in its order). */
    public SubmissionReader(UnitRegistry registry, List<? extends KindReading> kinds, long maxFileBytes,
                            MemoryBudget memory) {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("no document kind to read");
        }
        this.opener = new WorkbookOpener(maxFileBytes);
        this.memory = memory;
        this.units = new UnitIdentifier(registry);
        this.kinds = List.copyOf(kinds);
    }

    /** Whether a file of this size is refused unopened. */
    public boolean oversized(long size) {
        return size > opener.maxFileBytes();
    }

    /**
     * A file above the size limit, refused from what its receipt says, without opening it or reading
     * its bytes again (the inbox keeps it uncopied: see {@code InboxScanner}).
     */
    public Submission refuseOversized(Path file, String sha, long size) {
        return Submission.failed(file.getFileName().toString(), file.toString(), sha, size, FileOutcome.OVERSIZED,
                WorkbookOpener.oversizedReason(size, opener.maxFileBytes()));
    }

    /** The file's only document, or its first: for a caller that knows the file holds one. */
    public Submission read(Path file) {
        return readDocuments(file).get(0);
    }

    /**
     * Every document in the file (each kind the office collects, each unit it names), or one submission
     * saying why none could be read; never empty.
     */
    public List<Submission> readDocuments(Path file) {
        String name = file.getFileName().toString();
        String path = file.toString();
        long size;
        String sha;
        try {
            size = Files.size(file);
            sha = sha256(file);
        } catch (IOException | RuntimeException e) {
            return List.of(Submission.failed(name, path, null, -1, FileOutcome.UNREADABLE,
                    "Không đọc được tệp từ thư mục nhận (" + e.getClass().getSimpleName() + "). Đề nghị kiểm tra "
                            + "quyền truy cập tệp hoặc đề nghị đơn vị gửi lại."));
        }
        Workbook wb = null;
        try {
            // an ordinary .xlsx is unpacked once, for its size check and its streamed reading
            WorkbookOpener.Checked checked = streaming ? opener.checkForReading(file.toFile())
                    : opener.check(file.toFile());
            if (!memory.canHold(checked.readingCost())) {
                log.warn("{}: reading it would need about {} MB, more than this heap can give: refused", name,
                        checked.readingCost() >> 20);
                return List.of(Submission.failed(name, path, sha, size, FileOutcome.OVERSIZED, REASON_OUT_OF_MEMORY));
            }
            // a heavy workbook waits until it can have the heap to itself; small ones share it
            MemoryBudget.Lease lease = memory.acquire(checked.readingCost());
            try {
                if (streaming && checked.isXlsx()) {
                    List<Submission> streamed = readStreamed(file, checked.takeUnpacked(), name, path, sha, size);
                    if (streamed != null) {
                        return streamed;
                    }
                }
                wb = opener.open(checked);
                return readWorkbook(new PoiCellSource(wb), name, path, sha, size);
            } finally {
                closeQuietly(wb, name);
                wb = null; // the workbook is garbage before its share of the heap is given back
                lease.close();
            }
        } catch (UnreadableFileException e) {
            log.info("{}: {} ({})", name, e.outcome(), e.getCause() == null ? "-" : e.getCause().toString());
            return List.of(Submission.failed(name, path, sha, size, e.outcome(), e.getMessage()));
        } catch (Exception | StackOverflowError | AssertionError e) {
            // POI's advice for untrusted files: any exception, even a stack overflow (deeply nested
            // records) or a failed internal assertion (under -ea), is this file's problem, not the run's
            log.warn("{}: cannot read workbook", name, e);
            return List.of(Submission.failed(name, path, sha, size, FileOutcome.UNREADABLE, REASON_BROKEN_CONTENT));
        } catch (OutOfMemoryError e) {
            // Last resort only: WorkbookOpener's limits (file size, unpacked size, zip ratio) are meant
            // to keep any file well inside the heap. Should one still exhaust it, the memory belongs
            // to this file's workbook, which is released right here, before anything else is
            // allocated; the run goes on with the next file and the event is logged as an error.
            closeQuietly(wb, name);
            wb = null;
            log.error("{}: out of memory while reading; file refused (heap max {} MB)", name,
                    Runtime.getRuntime().maxMemory() >> 20);
            return List.of(Submission.failed(name, path, sha, size, FileOutcome.OVERSIZED, REASON_OUT_OF_MEMORY));
        } finally {
            closeQuietly(wb, name);
        }
    }

    /**
     * The file read with POI's event model, or null when the streaming reader does not take it
     * ({@link StreamedXlsx.Unusual}) or anything went wrong: then it is read with the user model, which
     * gives the outcome and the reason it always gave, so streaming never changes what a file reads as.
     */
    private List<Submission> readStreamed(Path file, UnpackedZip unpacked, String name, String path, String sha,
                                          long size) {
        try (StreamedXlsx xlsx = StreamedXlsx.open(file.toFile(), unpacked)) {
            return readWorkbook(xlsx, name, path, sha, size);
        } catch (Exception | StackOverflowError | AssertionError e) {
            log.debug("{}: read with the user model ({})", name, e.toString());
            return null;
        }
    }

    /** Reads every .xlsx with POI's user model, as before streaming: to compare the two. */
    SubmissionReader userModelOnly() {
        this.streaming = false;
        return this;
    }

    /** Closing a read-only workbook writes nothing; a failure to close must not undo a good read. */
    private static void closeQuietly(Workbook wb, String name) {
        if (wb == null) {
            return;
        }
        try {
            wb.close();
        } catch (Exception | StackOverflowError | AssertionError e) {
            log.debug("{}: closing the workbook failed", name, e);
        }
    }

    private List<Submission> readWorkbook(CellSource wb, String name, String path, String sha, long size) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        SheetGrid.WorkbookBudget budget = new SheetGrid.WorkbookBudget();
        TemplateStamp stamp = stampOf(wb, name);
        List<SheetGrid> grids = new ArrayList<>();
        for (CellSource.Sheet sheet : wb.sheets()) {
            if (!TemplateStamp.isStampSheet(sheet.name())) {
                grids.add(SheetGrid.of(wb, sheet, formatter, budget));
            }
        }
        OpenedWorkbook opened = new OpenedWorkbook(name, wb, grids, stamp, units);
        Submission file = new Submission(name, path, sha, size, FileOutcome.READ, null, null, null, null, null,
                List.of(), List.of(), stamp == null ? null : stamp.version());
        List<Submission> documents = new ArrayList<>();
        for (KindReading kind : kinds) {
            for (RecognisedDocument d : kind.recognise(opened)) {
                documents.add(Submission.of(file, d));
            }
        }
        if (documents.isEmpty()) {
            return List.of(Submission.failed(name, path, sha, size, FileOutcome.NO_TABLE, String.join(" ",
                    kinds.stream().map(KindReading::notFound).toList())));
        }
        // a workbook typed in a legacy encoding says so in each of its documents
        ReadingNote legacy = budget.legacyEncodingNote();
        if (legacy != null) {
            documents.replaceAll(d -> d.outcome() == FileOutcome.READ ? d.withNote(legacy) : d);
        }
        return documents;
    }

    /** The template stamp, or null; a stamp that cannot be read leaves the file a plain table. */
    private static TemplateStamp stampOf(CellSource wb, String name) {
        try {
            return TemplateStamp.readFrom(wb);
        } catch (RuntimeException e) {
            log.info("{}: template stamp not readable ({})", name, e.toString());
            return null;
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buf = new byte[64 * 1024];
            while (in.read(buf) >= 0) {
                // digest as we go
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
