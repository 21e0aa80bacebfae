package vn.tonghop.job;

import java.util.List;

import vn.tonghop.reading.Submission;
import vn.tonghop.domain.Finding;

/** One received file after reading and checking: what it says and what is wrong with it. */
record ReadResult(long receivedFileId, Submission submission, List<Finding> findings) {
}
