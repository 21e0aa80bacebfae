package vn.tonghop.job;

import java.util.List;

import vn.tonghop.reading.Submission;
import vn.tonghop.domain.Finding;

/**
 * One received file after reading and checking: each document found in it (or the one submission
 * saying why none could be read) with what is wrong with it.
 */
record ReadResult(long receivedFileId, List<Checked> documents) {

    ReadResult {
        documents = List.copyOf(documents);
    }

    /** One document of the file and its findings. */
    record Checked(Submission submission, List<Finding> findings) {
    }

    /** A file that is one submission. */
    ReadResult(long receivedFileId, Submission submission, List<Finding> findings) {
        this(receivedFileId, List.of(new Checked(submission, findings)));
    }

    /** The file's only submission, or its first. */
    Submission submission() {
        return documents.get(0).submission();
    }

    /** The findings of the file's only submission, or of its first. */
    List<Finding> findings() {
        return documents.get(0).findings();
    }
}
