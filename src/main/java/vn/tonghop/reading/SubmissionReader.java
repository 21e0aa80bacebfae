package vn.tonghop.reading;

import vn.tonghop.kind.phasing.reading.IndicatorMatcher;
import vn.tonghop.kind.phasing.reading.LockedCells;
import vn.tonghop.kind.phasing.reading.PhasingTableScanner;
import vn.tonghop.kind.phasing.reading.TableHeader;
import vn.tonghop.kind.phasing.reading.TableRow;

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
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.tonghop.domain.CellLocation;
import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Measure;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.UnitHint;
import vn.tonghop.value.ValueParser;

/**
 * Reads one submitted file into a {@link Submission}. Never throws for a bad file: whatever goes
 * wrong becomes the file's outcome with a reason a clerk understands. Thread-safe.
 */
public final class SubmissionReader {

    private static final Logger log = LoggerFactory.getLogger(SubmissionReader.class);
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})");

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
    private final IndicatorMatcher matcher;
    private final ValueParser parser = new ValueParser();

    /** With the process's {@link MemoryBudget#heap() memory budget}. */
    public SubmissionReader(UnitRegistry registry, IndicatorCatalogue catalogue, long maxFileBytes) {
        this(registry, catalogue, maxFileBytes, MemoryBudget.heap());
    }

    public SubmissionReader(UnitRegistry registry, IndicatorCatalogue catalogue, long maxFileBytes,
                            MemoryBudget memory) {
        this.opener = new WorkbookOpener(maxFileBytes);
        this.memory = memory;
        this.units = new UnitIdentifier(registry);
        this.matcher = new IndicatorMatcher(catalogue);
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

    public Submission read(Path file) {
        String name = file.getFileName().toString();
        String path = file.toString();
        long size;
        String sha;
        try {
            size = Files.size(file);
            sha = sha256(file);
        } catch (IOException | RuntimeException e) {
            return Submission.failed(name, path, null, -1, FileOutcome.UNREADABLE,
                    "Không đọc được tệp từ thư mục nhận (" + e.getClass().getSimpleName() + "). Đề nghị kiểm tra "
                            + "quyền truy cập tệp hoặc đề nghị đơn vị gửi lại.");
        }
        Workbook wb = null;
        try {
            WorkbookOpener.Checked checked = opener.check(file.toFile());
            if (!memory.canHold(checked.readingCost())) {
                log.warn("{}: reading it would need about {} MB, more than this heap can give: refused", name,
                        checked.readingCost() >> 20);
                return Submission.failed(name, path, sha, size, FileOutcome.OVERSIZED, REASON_OUT_OF_MEMORY);
            }
            // a heavy workbook waits until it can have the heap to itself; small ones share it
            MemoryBudget.Lease lease = memory.acquire(checked.readingCost());
            try {
                wb = opener.open(checked);
                return readWorkbook(wb, name, path, sha, size);
            } finally {
                closeQuietly(wb, name);
                wb = null; // the workbook is garbage before its share of the heap is given back
                lease.close();
            }
        } catch (UnreadableFileException e) {
            log.info("{}: {} ({})", name, e.outcome(), e.getCause() == null ? "-" : e.getCause().toString());
            return Submission.failed(name, path, sha, size, e.outcome(), e.getMessage());
        } catch (Exception | StackOverflowError | AssertionError e) {
            // POI's advice for untrusted files: any exception, even a stack overflow (deeply nested
            // records) or a failed internal assertion (under -ea), is this file's problem, not the run's
            log.warn("{}: cannot read workbook", name, e);
            return Submission.failed(name, path, sha, size, FileOutcome.UNREADABLE, REASON_BROKEN_CONTENT);
        } catch (OutOfMemoryError e) {
            // Last resort only: WorkbookOpener's limits (file size, unpacked size, zip ratio) are meant
            // to keep any file well inside the heap. Should one still exhaust it, the memory belongs
            // to this file's workbook, which is released right here, before anything else is
            // allocated; the run goes on with the next file and the event is logged as an error.
            closeQuietly(wb, name);
            wb = null;
            log.error("{}: out of memory while reading; file refused (heap max {} MB)", name,
                    Runtime.getRuntime().maxMemory() >> 20);
            return Submission.failed(name, path, sha, size, FileOutcome.OVERSIZED, REASON_OUT_OF_MEMORY);
        } finally {
            closeQuietly(wb, name);
        }
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

    private Submission readWorkbook(Workbook wb, String name, String path, String sha, long size) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<PhasingTableScanner.Scan> scans = new ArrayList<>();
        List<String> sheetNames = new ArrayList<>();
        List<String> headerTexts = new ArrayList<>();
        SheetGrid.WorkbookBudget budget = new SheetGrid.WorkbookBudget();
        TemplateStamp stamp = stampOf(wb, name);
        for (Sheet sheet : wb) {
            if (TemplateStamp.isStampSheet(sheet)) {
                continue;
            }
            PhasingTableScanner.Scan scan = PhasingTableScanner.scan(SheetGrid.of(sheet, formatter, budget));
            if (scan.hasTable()) {
                scans.add(scan);
                sheetNames.add(sheet.getSheetName());
                headerTexts.addAll(scan.textAbove());
            }
        }
        if (scans.isEmpty()) {
            return Submission.failed(name, path, sha, size, FileOutcome.NO_TABLE,
                    "Không tìm thấy bảng phân kỳ thực hiện chỉ tiêu trong tệp: cần có dòng tiêu đề gồm "
                            + "«Tên chỉ tiêu», «Hiện trạng», «Chỉ tiêu …» và «Phân kỳ thực hiện» với các năm. "
                            + "Đề nghị dùng đúng mẫu bảng phân kỳ.");
        }
        UnitIdentifier.Identification id = units.identify(stamp == null ? null : stamp.unitCode(), headerTexts, name);
        String period = period(scans);
        String sheets = String.join(", ", sheetNames);
        String templateVersion = stamp == null ? null : stamp.version();
        if (id.unit() == null) {
            return new Submission(name, path, sha, size, FileOutcome.UNKNOWN_UNIT, id.problem(), null, sheets,
                    period, currentYear(scans), List.of(), List.of(), templateVersion);
        }
        List<Fact> facts = new ArrayList<>();
        List<ReadingNote> notes = new ArrayList<>();
        for (PhasingTableScanner.Scan scan : scans) {
            toFacts(scan.rows(), id.unit().code(), facts, notes);
        }
        if (stamp != null) {
            notes.addAll(LockedCells.check(stamp, wb, sheetNames.get(0)));
        }
        ReadingNote legacy = budget.legacyEncodingNote();
        if (legacy != null) {
            notes.add(legacy);
        }
        return new Submission(name, path, sha, size, FileOutcome.READ, null, id.unit().code(), sheets, period,
                currentYear(scans), facts, notes, templateVersion);
    }

    /** The template stamp, or null; a stamp that cannot be read leaves the file a plain table. */
    private static TemplateStamp stampOf(Workbook wb, String name) {
        try {
            return TemplateStamp.readFrom(wb);
        } catch (RuntimeException e) {
            log.info("{}: template stamp not readable ({})", name, e.toString());
            return null;
        }
    }

    /**
     * Matches rows to indicators and turns their cells into facts. A row's name may be split over
     * two rows, or need the group row above it ("Tiểu học" under "Nhà giáo … trên chuẩn"), so each
     * row is tried with its neighbours too.
     */
    private void toFacts(List<TableRow> rows, String unitCode, List<Fact> facts, List<ReadingNote> notes) {
        String group = "";
        for (int i = 0; i < rows.size(); i++) {
            TableRow row = rows.get(i);
            TableRow next = i + 1 < rows.size() ? rows.get(i + 1) : null;
            TableRow prev = i > 0 ? rows.get(i - 1) : null;
            boolean nextContinues = next != null && !next.hasValues() && !next.hasStt()
                    && next.row() == row.row() + 1 && !next.name().isEmpty();
            boolean prevStarts = prev != null && !prev.hasValues() && !prev.hasStt() && !row.hasStt()
                    && prev.row() == row.row() - 1;
            List<String> candidates = new ArrayList<>();
            candidates.add(row.name());
            if (nextContinues) {
                candidates.add(row.name() + " " + next.name());
            }
            if (prevStarts) {
                candidates.add(prev.name() + " " + row.name());
            }
            if (!group.isEmpty()) {
                candidates.add(group + " " + row.name());
            }
            IndicatorMatcher.Match match = row.name().isEmpty() ? null : matcher.match(row.section(), candidates);
            if (!row.hasValues()) {
                if (match == null || match.similarity() < 1.0) {
                    group = row.name(); // a group row: context for the rows under it
                    continue;
                }
            }
            if (match != null && match.candidate() == 1 && nextContinues) {
                i++; // the next row was the rest of this name
            }
            Indicator indicator = match == null ? null : match.indicator();
            String rowName = match == null ? row.name() : candidates.get(match.candidate());
            if (match == null) {
                notes.add(new ReadingNote(row.sheet(), row.nameRef(), ReadingNote.Code.UNMATCHED_ROW,
                        "Dòng «" + row.name() + "» không khớp với chỉ tiêu nào trong danh mục; giá trị của dòng "
                                + "vẫn được lưu. Đề nghị dùng đúng tên chỉ tiêu theo mẫu."));
            } else if (match.similarity() < 1.0) {
                notes.add(new ReadingNote(row.sheet(), row.nameRef(), ReadingNote.Code.APPROXIMATE_NAME,
                        "Tên «" + rowName + "» được hiểu là chỉ tiêu «" + indicator.name() + "»."));
            }
            UnitHint hint = UnitHint.fromUnitLabel(indicator != null && !indicator.unit().isBlank()
                    ? indicator.unit() : row.unitLabel());
            for (Map.Entry<Measure, GridCell> e : row.cells().entrySet()) {
                GridCell cell = e.getValue();
                ParsedValue value = parser.parse(cell.content(), hint);
                facts.add(new Fact(unitCode, indicator == null ? null : indicator.code(), rowName, e.getKey(),
                        value, new CellLocation(row.sheet(), cell.row(), cell.col()).toString()));
            }
        }
    }

    private static String period(List<PhasingTableScanner.Scan> scans) {
        TreeSet<Integer> years = new TreeSet<>();
        for (PhasingTableScanner.Scan s : scans) {
            for (TableHeader h : s.headers()) {
                years.addAll(h.phaseYears());
            }
        }
        return years.isEmpty() ? null : years.first() + "-" + years.last();
    }

    /** The year in the header's current-value label ("Hiện trạng 9/2023"), or null. */
    private static Integer currentYear(List<PhasingTableScanner.Scan> scans) {
        for (PhasingTableScanner.Scan s : scans) {
            for (TableHeader h : s.headers()) {
                Matcher m = h.currentLabel() == null ? null : YEAR.matcher(h.currentLabel());
                if (m != null && m.find()) {
                    return Integer.valueOf(m.group(1));
                }
            }
        }
        return null;
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
