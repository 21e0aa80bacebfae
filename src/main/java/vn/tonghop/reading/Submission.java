package vn.tonghop.reading;

import java.util.List;

import vn.tonghop.domain.Fact;

/**
 * Everything read from one submitted file: where it came from (name, SHA-256 of its bytes), its
 * outcome with a Vietnamese reason when it was not read, the unit it belongs to, the period found in
 * its header ({@code 2022-2025}) and the year of its current value ("Hiện trạng 9/2023": 2023), its
 * facts and reading notes, and the version of the template it was made from ({@code templateVersion},
 * null for a workbook that is no generated template) and the code of its document kind ({@code kind},
 * null for a file in which no document was found: not read, or holding none). One file may hold several
 * documents (kinds, units): each is a submission of its own.
 */
public record Submission(String fileName, String path, String sha256, long sizeBytes, FileOutcome outcome,
                         String reason, String unitCode, String sheets, String period, Integer currentYear,
                         List<Fact> facts, List<ReadingNote> notes, String templateVersion, String kind) {

    public Submission {
        facts = List.copyOf(facts);
        notes = List.copyOf(notes);
    }

    /** A submission of no kind yet (a test's hand-made one, a file not read). */
    public Submission(String fileName, String path, String sha256, long sizeBytes, FileOutcome outcome,
                      String reason, String unitCode, String sheets, String period, Integer currentYear,
                      List<Fact> facts, List<ReadingNote> notes, String templateVersion) {
        this(fileName, path, sha256, sizeBytes, outcome, reason, unitCode, sheets, period, currentYear, facts, notes,
                templateVersion, null);
    }

    /** The document a kind recognised in the file described by {@code file} (a submission's file fields). */
    public static Submission of(Submission file, RecognisedDocument d) {
        return new Submission(file.fileName, file.path, file.sha256, file.sizeBytes, d.outcome(), d.reason(),
                d.unitCode(), d.sheets(), d.period(), d.currentYear(), d.facts(), d.notes(), file.templateVersion,
                d.kind());
    }

    /** This submission with one more reading note. */
    public Submission withNote(ReadingNote note) {
        List<ReadingNote> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new Submission(fileName, path, sha256, sizeBytes, outcome, reason, unitCode, sheets, period,
                currentYear, facts, more, templateVersion, kind);
    }

    /** This submission as a document of kind {@code kind}. */
    public Submission ofKind(String kind) {
        return new Submission(fileName, path, sha256, sizeBytes, outcome, reason, unitCode, sheets, period,
                currentYear, facts, notes, templateVersion, kind);
    }

    /** A submission that is no generated template. */
    public Submission(String fileName, String path, String sha256, long sizeBytes, FileOutcome outcome,
                      String reason, String unitCode, String sheets, String period, Integer currentYear,
                      List<Fact> facts, List<ReadingNote> notes) {
        this(fileName, path, sha256, sizeBytes, outcome, reason, unitCode, sheets, period, currentYear, facts, notes,
                null);
    }

    /**
     * This file, not read, attributed to a unit known from outside the workbook (the school's own
     * e-mail address), so the school is told why it could not be used.
     */
    public Submission attributedTo(String unit) {
        if (outcome == FileOutcome.READ || unitCode != null) {
            return this;
        }
        return new Submission(fileName, path, sha256, sizeBytes, outcome, reason, unit, sheets, period, currentYear,
                facts, notes, templateVersion, kind);
    }

    /**
     * This file held back (not used, its unit not told) for the reason given: who sent it is not known
     * for its unit. Its values are dropped: the file is read again once an officer accepts it.
     */
    public Submission held(String why) {
        return new Submission(fileName, path, sha256, sizeBytes, FileOutcome.HELD, why, unitCode, sheets, period,
                currentYear, List.of(), List.of(), templateVersion, kind);
    }

    /** A file not read, with the outcome and the reason (Vietnamese) to record. */
    public static Submission failed(String fileName, String path, String sha256, long size, FileOutcome outcome,
                             String reason) {
        return new Submission(fileName, path, sha256, size, outcome, reason, null, null, null, null, List.of(),
                List.of());
    }
}
