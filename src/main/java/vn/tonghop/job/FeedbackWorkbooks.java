package vn.tonghop.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.tonghop.delivery.SchoolFeedback;
import vn.tonghop.delivery.SchoolLetter;
import vn.tonghop.domain.Unit;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.UnreadableFileException;
import vn.tonghop.report.FeedbackWorkbookWriter;
import vn.tonghop.store.FindingStore;
import vn.tonghop.store.StoredSubmission;
import vn.tonghop.store.SubmissionStore;
import vn.tonghop.text.FileNames;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;

/**
 * What each school that sent a file in a run is told: for each unit its last file of the run, the
 * findings on it and, when it was read and has something to fix, a feedback workbook (a marked-up
 * copy of the archived file; the archive itself is never written).
 *
 * <p>A copy that cannot be made, whatever the reason (out of memory on a huge workbook included),
 * fails only itself: it becomes a finding {@value #NOT_WRITTEN} on the file, which the office sees in
 * the discrepancies and the school in its mail, with the list of what to fix all the same.
 */
@Component
class FeedbackWorkbooks {

    /** Rule of the finding that says a file's feedback workbook could not be made. */
    static final String NOT_WRITTEN = FeedbackWorkbookWriter.NOT_WRITTEN;
    static final String NOT_WRITTEN_PREFIX = "Không tạo được bản góp ý (bản sao của tệp, tô màu và ghi chú các ô "
            + "cần sửa) ";
    static final String NOT_WRITTEN_SUFFIX = " Các mục cần sửa vẫn được liệt kê đầy đủ trong danh sách góp ý.";
    static final String TOO_LARGE = "vì tệp lớn bất thường, cần nhiều bộ nhớ hơn mức chương trình được cấp. Đề "
            + "nghị đơn vị chỉ gửi bảng phân kỳ chỉ tiêu, xóa các trang tính và hình ảnh không cần thiết.";
    static final String CANNOT_COPY = "vì chương trình không sao chép được nội dung tệp.";

    private static final Logger log = LoggerFactory.getLogger(FeedbackWorkbooks.class);
    /**
     * Copies asked for ahead of those being made, per thread: enough that no thread waits for the next while the
     * thread asking for them waits for a core (a copy takes a few milliseconds), few enough to weigh nothing.
     */
    private static final int QUEUED_PER_THREAD = 16;
    /**
     * Files whose findings are read in one query, by the thread asking for the copies: one query per copy, on the
     * threads making them, was a seventh of their samples at N = 10,000, and on PostgreSQL each is a round trip.
     */
    private static final int FILES_PER_QUERY = 64;

    private final SubmissionStore submissions;
    private final FindingStore findings;
    private final UnitRegistry registry;
    private final OutputFiles files;

    FeedbackWorkbooks(SubmissionStore submissions, FindingStore findings, UnitRegistry registry, OutputFiles files) {
        this.submissions = submissions;
        this.findings = findings;
        this.registry = registry;
        this.files = files;
    }

    /**
     * Writes the run's feedback workbooks into {@code folder}, on as many threads as files are read
     * with (each is a whole workbook opened and saved again); returns how many. A few copies per thread are
     * asked for ahead ({@value #QUEUED_PER_THREAD}), not every file's at once: a national night's 120,000 queued
     * copies, each with its target's path and name, were tens of MB of a heap the consolidation fills.
     */
    int write(long runId, Path folder, int threads) throws IOException, InterruptedException {
        return write(runId, folder, threads, QUEUED_PER_THREAD, FILES_PER_QUERY);
    }

    /**
     * As {@link #write(long, Path, int)}, {@code queuedPerThread} copies per thread asked for ahead, the findings of
     * {@code filesPerQuery} files read at a time.
     */
    int write(long runId, Path folder, int threads, int queuedPerThread, int filesPerQuery)
            throws IOException, InterruptedException {
        files.createDirectories(folder);
        int workers = Math.max(1, threads);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        CompletionService<Boolean> copies = new ExecutorCompletionService<>(pool);
        try {
            List<List<StoredSubmission>> toCopy = new ArrayList<>();
            for (List<StoredSubmission> file : submissions.lastFilesOfEachUnit(runId)) {
                List<StoredSubmission> read = file.stream().filter(StoredSubmission::read).toList();
                if (!read.isEmpty()) {
                    toCopy.add(read);
                }
            }
            int written = 0;
            int pending = 0;
            for (int from = 0; from < toCopy.size(); from += filesPerQuery) {
                List<List<StoredSubmission>> part = toCopy.subList(from, Math.min(toCopy.size(), from + filesPerQuery));
                Map<Long, List<Finding>> found =
                        findings.ofSubmissions(ids(part.stream().flatMap(List::stream).toList()));
                for (List<StoredSubmission> read : part) {
                    List<Finding> ofFile = findingsOf(read, found);
                    if (pending == queuedPerThread * workers) {
                        written += copied(copies.take());
                        pending--;
                    }
                    copies.submit(() -> writeOne(runId, read, ofFile, folder.resolve(workbookName(read.get(0)))));
                    pending++;
                }
            }
            for (; pending > 0; pending--) {
                written += copied(copies.take());
            }
            return written;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static int copied(Future<Boolean> done) throws ExecutionException, InterruptedException {
        return Boolean.TRUE.equals(done.get()) ? 1 : 0;
    }

    /**
     * A marked-up copy for a file with something to fix; a clean file gets a confirmation, no copy.
     * Whatever fails while making the copy is this file's finding, never the run's failure: a failed
     * step would fail again on the same file at every restart.
     */
    private boolean writeOne(long runId, List<StoredSubmission> documents, List<Finding> found, Path target) {
        StoredSubmission s = documents.get(0);
        if (found.stream().anyMatch(f -> NOT_WRITTEN.equals(f.rule()))) {
            // a restarted run tries again; asked only of a file that has one (a statement per file was 7 % of
            // the copies' time)
            documents.forEach(d -> findings.deleteOfSubmission(d.id(), NOT_WRITTEN));
            found = found.stream().filter(f -> !NOT_WRITTEN.equals(f.rule())).toList();
        }
        if (found.isEmpty()) {
            return false;
        }
        String reason;
        try {
            new FeedbackWorkbookWriter(files).write(s.archived(), found, target);
            return true;
        } catch (Exception | Error e) {
            // OutOfMemoryError included: the copy's workbook was garbage once the writer's frame was left,
            // and the heap budget kept other heavy work from sharing the heap with it
            reason = NOT_WRITTEN_PREFIX + reason(e) + NOT_WRITTEN_SUFFIX;
            log.warn("No feedback workbook for {}: {}", s.fileName(), e.toString());
        }
        deleteQuietly(target);
        // the school still gets its list of findings by e-mail, this one with it; the run goes on
        findings.save(runId, s.id(), List.of(new Finding(s.fileName(), s.unitCode(), "", "", NOT_WRITTEN,
                Severity.INFO, reason, "")));
        return false;
    }

    /**
     * The findings of a file's documents (a phasing table and a self-assessment in one workbook), each
     * once: what is said of the file itself is stored with each of its documents.
     */
    private List<Finding> findingsOf(List<StoredSubmission> documents) {
        return findingsOf(documents, findings.ofSubmissions(ids(documents)));
    }

    /** {@link #findingsOf(List)} from the findings of many files read at once. */
    private static List<Finding> findingsOf(List<StoredSubmission> documents, Map<Long, List<Finding>> found) {
        java.util.LinkedHashSet<Finding> all = new java.util.LinkedHashSet<>();
        documents.forEach(d -> all.addAll(found.getOrDefault(d.id(), List.of())));
        return List.copyOf(all);
    }

    /** Why, in Vietnamese: the opener's own reason when it refused the file, else what kind of failure. */
    private static String reason(Throwable e) {
        if (e instanceof OutOfMemoryError || (e.getCause() instanceof UnreadableFileException refused
                && refused.outcome() == FileOutcome.OVERSIZED)) {
            return TOO_LARGE;
        }
        if (e.getCause() instanceof UnreadableFileException refused) {
            String why = refused.getMessage();
            return "vì: " + Character.toLowerCase(why.charAt(0)) + why.substring(1);
        }
        return CANNOT_COPY;
    }

    private static List<Long> ids(List<StoredSubmission> documents) {
        return documents.stream().map(StoredSubmission::id).toList();
    }

    /** Cleanup that must never throw out of the catch it runs after (a name too long, a folder gone). */
    private static void deleteQuietly(Path target) {
        try {
            Files.deleteIfExists(target);
        } catch (IOException | RuntimeException e) {
            log.debug("Could not delete {}: {}", target, e.toString());
        }
    }

    /**
     * A letter for each school with a file in the run, with the workbook {@link #write} made; its findings
     * are read when the letter is composed ({@link SchoolLetter}).
     */
    List<SchoolLetter> letters(long runId, Path folder) {
        List<SchoolLetter> out = new ArrayList<>();
        for (List<StoredSubmission> file : submissions.lastFilesOfEachUnit(runId)) {
            // a file's read documents speak for it; a file with none is told why it was not read
            List<StoredSubmission> read = file.stream().filter(StoredSubmission::read).toList();
            StoredSubmission s = read.isEmpty() ? file.get(0) : read.get(0);
            Unit unit = registry.find(s.unitCode());
            if (unit == null) {
                continue;
            }
            Path workbook = folder.resolve(workbookName(s));
            out.add(new SchoolLetter(unit, () -> new SchoolFeedback(unit, s.fileName(),
                    s.version() == null ? 0 : s.version(), findingsOf(read.isEmpty() ? file : read),
                    !read.isEmpty() && Files.isRegularFile(workbook) ? workbook : null,
                    read.isEmpty() ? s.reason() : null)));
        }
        return out;
    }

    /** {@code <unit>_gop-y_<file>}, within the bytes a file name may have (the file's own name may use them all). */
    private static String workbookName(StoredSubmission s) {
        return FileNames.cap(s.unitCode() + "_gop-y_" + s.fileName(), FileNames.MAX_OUTPUT_BYTES);
    }
}
