package vn.tonghop.job;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.tonghop.domain.Finding;
import vn.tonghop.validation.SenderCheck;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.store.HeldFileStore;
import vn.tonghop.store.ReceivedFile;
import vn.tonghop.validation.SubmissionValidator;

/**
 * One received file read and checked: each document in it attributed to its unit, its sender checked,
 * its content validated. Never throws: whatever escapes the reader (out of memory while checking, a
 * stack overflow…) is this file's failure, recorded unreadable, never the step's (a failed step would fail
 * again on the same file at every restart).
 */
final class FileReading implements Function<ReceivedFile, ReadResult> {

    /** Why a file is not used when processing it failed beyond what the reader contains. */
    static final String REASON_NOT_PROCESSED = "Nội dung tệp lớn hoặc phức tạp bất thường, chương trình không xử lý "
            + "được nên tệp không được dùng. Đề nghị đơn vị mở bằng Excel, chỉ giữ bảng phân kỳ chỉ tiêu, lưu lại "
            + "rồi gửi lại.";

    private static final Logger log = LoggerFactory.getLogger(FileReading.class);

    private final SubmissionReader reader;
    private final SubmissionValidator validator;
    private final UnreadFileOwner owners;
    private final SenderCheck senders;
    private final HeldFileStore held;

    FileReading(SubmissionReader reader, SubmissionValidator validator, UnreadFileOwner owners, SenderCheck senders,
                HeldFileStore held) {
        this.reader = reader;
        this.validator = validator;
        this.owners = owners;
        this.senders = senders;
        this.held = held;
    }

    @Override
    public ReadResult apply(ReceivedFile file) {
        try {
            PhaseEvent read = PhaseEvent.start("read");
            List<Submission> documents = reader.oversized(file.sizeBytes())
                    ? List.of(reader.refuseOversized(file.archivePath(), file.sha256(), file.sizeBytes()))
                    : reader.readDocuments(file.archivePath());
            read.commit();
            PhaseEvent check = PhaseEvent.start("check");
            List<ReadResult.Checked> checked = new ArrayList<>(documents.size());
            for (Submission s : documents) {
                // a file nobody can read is still its school's (by its address, else its name): the
                // school is told why, and the office sees whose file failed
                s = owners.attribute(s, file.sender());
                // who sent it: a stranger's file is flagged, or held until an officer accepts it;
                // the sender is recorded for every unit a workbook holds
                SenderCheck.Verdict from = senders.check(s, file.sender(), () -> held.accepted(file.id()));
                s = from.submission();
                checked.add(new ReadResult.Checked(s, concat(validator.validate(s), from.findings())));
            }
            check.commit();
            return new ReadResult(file.id(), checked);
        } catch (Exception | Error e) {
            return notProcessed(file, e);
        }
    }

    private static List<Finding> concat(List<Finding> a, List<Finding> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<Finding> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A file whose reading failed outside the reader: recorded UNREADABLE with a reason for the school. */
    private ReadResult notProcessed(ReceivedFile file, Throwable e) {
        log.error("{}: could not be processed; recorded as unreadable", file.fileName(), e);
        Submission s = Submission.failed(file.archivePath().getFileName().toString(), file.archivePath().toString(),
                file.sha256(), file.sizeBytes(), FileOutcome.UNREADABLE, REASON_NOT_PROCESSED);
        s = owners.attribute(s, file.sender());
        return new ReadResult(file.id(), s, validator.validate(s));
    }
}
