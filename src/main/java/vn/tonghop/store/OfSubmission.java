package vn.tonghop.store;

/**
 * A row to store with the submission it belongs to, so the rows of several submissions go in one JDBC
 * batch; {@code submissionId} null for a finding of the run as a whole.
 */
public record OfSubmission<T>(Long submissionId, T item) {
}
