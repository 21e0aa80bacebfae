package vn.tonghop.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.tonghop.output.OutputFiles;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.MemoryBudget;
import vn.tonghop.reading.UnreadableFileException;
import vn.tonghop.reading.WorkbookOpener;
import vn.tonghop.domain.Finding;

/**
 * The feedback workbook for one school: a copy of the file it sent (without anything that reaches
 * outside it: see {@link ExternalReferences}), each cell with a finding filled
 * in the finding's colour and carrying a Vietnamese comment, and a sheet «Góp ý» listing every
 * finding with a link to its cell, the sheet the workbook opens on. Same format as the original
 * (.xlsx stays .xlsx, .xls stays .xls); the original is read once into memory and never opened for
 * writing, so its bytes and modification time stay as archived.
 *
 * <p>One class per part: {@link FeedbackMarker} marks the cells, {@link FeedbackSheet} writes the list.
 */
public final class FeedbackWorkbookWriter {

    /**
     * The rule of the finding on a file whose feedback workbook could not be made: the school is told
     * nothing by it, so «Theo huyện» counts these files for the office to follow up by hand.
     */
    public static final String NOT_WRITTEN = "FEEDBACK_NOT_WRITTEN";


    private static final Logger log = LoggerFactory.getLogger(FeedbackWorkbookWriter.class);

    /** Why no copy is made of a workbook that would need more memory than the program has. */
    public static final String TOO_LARGE_TO_COPY = "Tệp lớn bất thường, cần nhiều bộ nhớ hơn mức chương trình được "
            + "cấp để sao chép.";

    private final WorkbookOpener opener;
    private final OutputFiles files;
    private final MemoryBudget memory;
    /** An .xlsx copied as a stream where it can be ({@link StreamedFeedback}); off: always the user model. */
    private final boolean streamed;

    /** With the reader's default file-size limit (20 MB) and the default output permissions. */
    public FeedbackWorkbookWriter() {
        this(OutputFiles.DEFAULT);
    }

    /** With the reader's default file-size limit (20 MB). */
    public FeedbackWorkbookWriter(OutputFiles files) {
        this(20L << 20, files);
    }

    /** @param maxFileBytes larger originals are refused, as the reader refuses them */
    public FeedbackWorkbookWriter(long maxFileBytes) {
        this(maxFileBytes, OutputFiles.DEFAULT);
    }

    public FeedbackWorkbookWriter(long maxFileBytes, OutputFiles files) {
        this(maxFileBytes, files, MemoryBudget.heap());
    }

    /** @param memory what the copy's workbook takes its heap from, as the reading threads do */
    public FeedbackWorkbookWriter(long maxFileBytes, OutputFiles files, MemoryBudget memory) {
        this(maxFileBytes, files, memory, true);
    }

    private FeedbackWorkbookWriter(long maxFileBytes, OutputFiles files, MemoryBudget memory, boolean streamed) {
        this.opener = new WorkbookOpener(maxFileBytes);
        this.files = files;
        this.memory = memory;
        this.streamed = streamed;
    }

    /** The same writer making every copy with POI's user model: what the streamed copy is held against. */
    static FeedbackWorkbookWriter userModelOnly(OutputFiles files) {
        return new FeedbackWorkbookWriter(20L << 20, files, MemoryBudget.heap(), false);
    }

    /**
     * Writes the feedback workbook; its title names the file as the findings do (the name the school
     * sent), or else as {@code target} is named.
     *
     * @param original the school's file as archived; only read
     * @param findings this file's findings, in any order; may be empty
     * @param target   where to write; the caller gives it the original's extension
     * @throws IOException when the original cannot be read or opened (the message says why, in
     *                     Vietnamese when the opener refused it) or the target cannot be written
     */
    public void write(Path original, List<Finding> findings, Path target) throws IOException {
        write(original, findings, target, null);
    }

    /** As {@link #write(Path, List, Path)}, with the file name shown in the title. */
    public void write(Path original, List<Finding> findings, Path target, String displayName) throws IOException {
        if (original.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())
                || (Files.exists(target) && Files.isSameFile(original, target))) {
            throw new IOException("Feedback workbook would overwrite the original: " + original);
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(DiscrepancyReportWriter.ORDER);
        String name = displayName != null && !displayName.isBlank() ? displayName : nameOf(sorted, target);

        WorkbookOpener.Checked checked = check(original);
        if (!memory.canHold(checked.copyingCost())) {
            throw new IOException("Feedback copy would need about " + (checked.copyingCost() >> 20) + " MB",
                    new UnreadableFileException(FileOutcome.OVERSIZED, TOO_LARGE_TO_COPY, null));
        }
        // a heavy copy waits until it can have the heap to itself (two at once would not fit)
        try (MemoryBudget.Lease lease = memory.acquire(checked.copyingCost())) {
            if (streamed && checked.isXlsx()) {
                try {
                    // the parts nothing changes copied as they are: most of what opening and saving cost
                    StreamedFeedback.write(original, sorted, name, target, files);
                    return;
                } catch (SheetXml.NotStreamable e) {
                    log.debug("{}: feedback copy made with the user model ({})", original.getFileName(), e.getMessage());
                }
            }
            writeWithUserModel(original, checked, sorted, name, target);
        } catch (IOException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            // POI on an odd workbook may throw anything; the caller needs a plain failure for this file
            throw new IOException("Cannot write the feedback workbook for " + original.getFileName() + ": " + e, e);
        }
    }

    /** The copy opened whole with POI's user model, marked and saved. */
    private void writeWithUserModel(Path original, WorkbookOpener.Checked checked, List<Finding> sorted, String name,
                                    Path target) throws IOException {
        try (Workbook wb = openCopy(checked)) {
            warnOnExtension(wb, target);
            // the copy goes back from tonghop: nothing in it may lead where the sender chose
            ExternalReferences.Removed removed = ExternalReferences.remove(wb);
            if (removed.any()) {
                log.info("{}: removed from the feedback copy {}", original.getFileName(), removed);
            }
            ReportStyles styles = FeedbackSheet.styles(wb); // the list's few styles first: they must never run out
            Map<Finding, String> links = new FeedbackMarker(wb).mark(sorted);
            FeedbackSheet.write(wb, styles, sorted, links, name);
            files.write(target, wb::write);
        } catch (IOException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            // POI on an odd workbook may throw anything; the caller needs a plain failure for this file
            throw new IOException("Cannot write the feedback workbook for " + original.getFileName() + ": " + e, e);
        }
    }

    // ---- opening -------------------------------------------------------------------------------

    /**
     * The original opened as an in-memory copy after the reader's own checks (size, format, unpacked
     * size and zip ratio): one parse, and the archived file is never written.
     */
    private Workbook openCopy(WorkbookOpener.Checked original) throws IOException {
        try {
            return opener.openCopy(original);
        } catch (UnreadableFileException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private WorkbookOpener.Checked check(Path original) throws IOException {
        try {
            return opener.check(original.toFile());
        } catch (UnreadableFileException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void warnOnExtension(Workbook wb, Path target) {
        String n = target.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean xls = wb instanceof HSSFWorkbook;
        if (xls != n.endsWith(".xls")) {
            log.warn("{}: the workbook is {} but the name says otherwise; Excel will warn when opening it",
                    target.getFileName(), xls ? ".xls" : ".xlsx");
        }
    }

    /** The one file name the findings carry, or the target's name. */
    private static String nameOf(List<Finding> findings, Path target) {
        Set<String> names = new LinkedHashSet<>();
        for (Finding f : findings) {
            if (!f.file().isBlank()) {
                names.add(f.file());
            }
        }
        return names.size() == 1 ? names.iterator().next() : target.getFileName().toString();
    }
}
