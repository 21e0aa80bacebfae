package vn.tonghop.kind.phasing.rules;

import vn.tonghop.domain.CellLocation;
import vn.tonghop.domain.Fact;
import vn.tonghop.reading.ReadingNote;
import vn.tonghop.reading.Submission;

/** Finds the row a reading note is about among the submission's facts. */
final class NoteRows {

    private NoteRows() {
    }

    /** The name as typed of the note's row, or null when no fact sits on that row. */
    static String rowName(Submission s, ReadingNote note) {
        int row = CellLocation.of(note.sheet(), note.cell()).map(CellLocation::rowNumber).orElse(-1);
        if (row < 0) {
            return null;
        }
        for (Fact f : s.facts()) {
            if (f.location().map(CellLocation::rowNumber).orElse(-1) == row && f.sheet().equals(note.sheet())) {
                return f.rowName();
            }
        }
        return null;
    }
}
