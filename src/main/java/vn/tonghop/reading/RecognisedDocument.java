package vn.tonghop.reading;

import java.util.List;

import vn.tonghop.domain.Fact;

/**
 * One document a kind recognised in a workbook, before the shared reading adds the file it came from:
 * its kind's code, its unit (or {@link FileOutcome#UNKNOWN_UNIT} and why), the sheets it was read from,
 * the period when its kind has one, the year it is dated, its facts and reading notes.
 *
 * <p>{@code currentYear}, the year it is dated, is the collection round of that year it answers (stored
 * as {@code submission.current_year}); each kind says how its documents are dated: the phasing table by
 * its current value ("Hiện trạng 9/2023": 2023, also what its checks compare), a plan by its school year's
 * first year, an implementation report by the last year of the school year it reports on; null when the
 * document names no year (a self-assessment): it then answers the round it was sent before the deadline of.
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
