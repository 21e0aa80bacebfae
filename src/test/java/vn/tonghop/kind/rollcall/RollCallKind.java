package vn.tonghop.kind.rollcall;

import java.util.ArrayList;
import java.util.List;

import vn.tonghop.domain.CellLocation;
import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Measure;
import vn.tonghop.domain.MeasureKind;
import vn.tonghop.domain.Severity;
import vn.tonghop.kind.DocumentKind;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.GridCell;
import vn.tonghop.reading.OpenedWorkbook;
import vn.tonghop.reading.RecognisedDocument;
import vn.tonghop.reading.SheetGrid;
import vn.tonghop.reading.Submission;
import vn.tonghop.text.VietnameseText;
import vn.tonghop.validation.AbstractRule;
import vn.tonghop.validation.RuleContext;
import vn.tonghop.validation.SubmissionRule;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.UnitHint;
import vn.tonghop.value.ValueParser;

/**
 * A tiny kind, in the tests only, showing that a kind plugs in without a change to the pipeline: a
 * "roll-call" sheet, titled «ĐIỂM DANH … Trường …», with one count on the row «Sĩ số». Not a component:
 * a test registers it as a bean and lists {@code rollcall} in {@code tonghop.kinds}.
 */
public final class RollCallKind implements DocumentKind {

    public static final String CODE = "rollcall";

    private final ValueParser parser = new ValueParser();
    private final List<SubmissionRule> rules = List.of(new NobodyPresentRule());

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String title() {
        return "Điểm danh";
    }

    /** A roll-call sheet, the lines above its count that name its school, and its count. */
    private record Part(SheetGrid grid, List<String> title, GridCell count) {
    }

    @Override
    public List<RecognisedDocument> recognise(OpenedWorkbook workbook) {
        List<Part> parts = new ArrayList<>();
        for (SheetGrid grid : workbook.sheets()) {
            Part p = part(grid);
            if (p != null) {
                parts.add(p);
            }
        }
        List<RecognisedDocument> out = new ArrayList<>();
        for (OpenedWorkbook.Owned<Part> owned : workbook.owners(parts, Part::title)) {
            String sheets = String.join(", ", owned.parts().stream().map(p -> p.grid().name()).toList());
            if (owned.unit() == null) {
                out.add(RecognisedDocument.unknownUnit(CODE, owned.problem(), sheets, null, null));
                continue;
            }
            List<Fact> facts = new ArrayList<>();
            for (Part p : owned.parts()) {
                ParsedValue v = parser.parse(p.count().content(), UnitHint.fromUnitLabel("HS"));
                facts.add(new Fact(owned.unit().code(), "SI_SO", "Sĩ số", Measure.of(MeasureKind.CURRENT), v,
                        new CellLocation(p.grid().name(), p.count().row(), p.count().col()).toString()));
            }
            out.add(RecognisedDocument.read(CODE, owned.unit().code(), sheets, null, null, facts, List.of()));
        }
        return out;
    }

    private static Part part(SheetGrid grid) {
        boolean titled = false;
        List<String> title = new ArrayList<>();
        for (int r = 0; r < grid.rowCount(); r++) {
            for (int c = 0; c < grid.columnCount(r); c++) {
                String folded = grid.folded(r, c);
                if (folded.startsWith("diem danh")) {
                    titled = true;
                }
                if (titled && folded.equals("si so") && c + 1 < grid.columnCount(r)) {
                    return new Part(grid, title, grid.cell(r, c + 1));
                }
            }
            title.addAll(grid.rowTexts(r));
        }
        return null;
    }

    @Override
    public String notFound() {
        return "Không tìm thấy bảng điểm danh (dòng «Sĩ số»).";
    }

    @Override
    public List<SubmissionRule> rules() {
        return rules;
    }

    /** ROLL_CALL_NOBODY: a roll call whose count is not a positive number. */
    static final class NobodyPresentRule extends AbstractRule {

        NobodyPresentRule() {
            super("ROLL_CALL_NOBODY", Severity.ERROR);
        }

        @Override
        public List<Finding> check(Submission s, RuleContext ctx) {
            if (s.outcome() != FileOutcome.READ) {
                return List.of();
            }
            List<Finding> out = new ArrayList<>();
            for (Fact f : s.facts()) {
                if (f.value().number() == null || f.value().number().signum() <= 0) {
                    out.add(at(s, f, ctx, "Sĩ số «" + f.value().raw() + "» không phải số học sinh có mặt."));
                }
            }
            return out;
        }
    }
}
