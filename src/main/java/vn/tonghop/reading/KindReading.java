package vn.tonghop.reading;

import java.util.List;

/**
 * What the shared reading asks of each document kind ({@code vn.tonghop.kind.DocumentKind} extends it):
 * the documents of the kind in an opened workbook. The reading opens the file safely, makes the sheets'
 * grids once, reads the template stamp and offers the unit identification; it knows no kind by name.
 */
public interface KindReading {

    /** The kind's stable code, stored with each of its documents ({@code phasing}). */
    String code();

    /**
     * Every document of this kind in the workbook, each with its unit, or with
     * {@link FileOutcome#UNKNOWN_UNIT} and why; empty when the workbook holds none. Never throws for a
     * bad workbook on purpose: what it throws is the file's failure.
     */
    List<RecognisedDocument> recognise(OpenedWorkbook workbook);

    /**
     * Why a workbook holds nothing of this kind, in Vietnamese, saying what was looked for: the reason
     * of a file that holds no document of any kind the office collects.
     */
    String notFound();
}
