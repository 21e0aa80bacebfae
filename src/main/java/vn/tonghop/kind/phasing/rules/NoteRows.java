package vn.tonghop.kind.phasing.rules;

import vn.tonghop.validation.CellAddress;

import vn.tonghop.domain.Fact;
import vn.tonghop.reading.ReadingNote;
import vn.tonghop.reading.Submission;

/** Finds the row a reading note is about among the submission's facts. */
final class NoteRows {

    private NoteRows() {
    }

    /** The name as typed of the note's row, or null when no fact sits on that row. */
    static String rowName(Submission s, ReadingNote note) {
        int row = CellAddress.rowOf(note.cell() == null ? "" : note.cell());
        if (row < 0) {
            return null;
        }
        for (Fact f : s.facts()) {
            CellAddress a = CellAddress.parse(f.cell());
            if (CellAddress.rowOf(a.ref()) == row && a.sheet().equals(note.sheet())) {
                return f.rowName();
            }
        }
        return null;
    }
}
