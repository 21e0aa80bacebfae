package vn.tonghop.reading;

import java.util.List;

import vn.tonghop.domain.Fact;

/**
 * One document a kind recognised in a workbook, before the shared reading adds the file it came from:
 * its kind's code, its unit (or {@link FileOutcome#UNKNOWN_UNIT} and why), the sheets it was read from,
 * the period and the year of its current value when its kind has them, its facts and reading notes.
 */
public record RecognisedDocument(String kind, FileOutcome outcome, String reason, String unitCode, String sheets,
                                 String period, Integer currentYear, List<Fact> facts, List<ReadingNote> notes) {

    public RecognisedDocument {
        facts = List.copyOf(facts);
        notes = List.copyOf(notes);
    }

    /** A document read for {@code unitCode}. */
    public static RecognisedDocument read(String kind, String unitCode, String sheets, String period,
                                          Integer currentYear, List<Fact> facts, List<ReadingNote> notes) {
        return new RecognisedDocument(kind, FileOutcome.READ, null, unitCode, sheets, period, currentYear, facts,
                notes);
    }

    /** A document found whose unit could not be told ({@code reason}, Vietnamese). */
    public static RecognisedDocument unknownUnit(String kind, String reason, String sheets, String period,
                                                 Integer currentYear) {
        return new RecognisedDocument(kind, FileOutcome.UNKNOWN_UNIT, reason, null, sheets, period, currentYear,
                List.of(), List.of());
    }
}
