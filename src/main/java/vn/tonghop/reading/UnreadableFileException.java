package vn.tonghop.reading;

/** A file that cannot be read, with the outcome to record and the reason in Vietnamese. */
public class UnreadableFileException extends Exception {

    private final FileOutcome outcome;

    public UnreadableFileException(FileOutcome outcome, String reasonVietnamese, Throwable cause) {
        super(reasonVietnamese, cause);
        this.outcome = outcome;
    }

    public FileOutcome outcome() {
        return outcome;
    }
}
