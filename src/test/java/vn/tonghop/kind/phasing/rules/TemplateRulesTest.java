package vn.tonghop.kind.phasing.rules;

import vn.tonghop.kind.phasing.QuotaBook;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.validation.RuleContext;
import vn.tonghop.validation.TemplateOutdatedRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.ReadingNote;
import vn.tonghop.reading.Submission;

/**
 * TEMPLATE_OUTDATED, LOCKED_CELL_CHANGED, and QUOTA_MISMATCH on the own table of a unit with units
 * under it (a district's template or consolidated table).
 */
class TemplateRulesTest {

    @Test
    void anOlderTemplateVersionIsAWarning() {
        RuleContext ctx = withVersion("2023.10");
        List<Finding> found = new TemplateOutdatedRule().check(fromTemplate("2023.2"), ctx);
        assertThat(found).extracting(Finding::rule, Finding::severity, Finding::raw, Finding::unitCode)
                .containsExactly(tuple("TEMPLATE_OUTDATED", Severity.WARNING, "2023.2", "T1"));
        assertThat(found.get(0).message()).contains("phiên bản «2023.2», cũ hơn mẫu hiện hành (phiên bản «2023.10»)",
                "Số liệu vẫn được đọc");
        assertThat(new TemplateOutdatedRule().check(fromTemplate("thử nghiệm"), ctx)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("khác mẫu hiện hành"));
    }

    @Test
    void theCurrentVersionNoTemplateOrNoKnownVersionIsNoFinding() {
        assertThat(new TemplateOutdatedRule().check(fromTemplate(" 2023.10 "), withVersion("2023.10"))).isEmpty();
        assertThat(new TemplateOutdatedRule().check(Fixtures.submission().build(), withVersion("2023.10"))).isEmpty();
        assertThat(new TemplateOutdatedRule().check(fromTemplate("1"), Fixtures.context())).isEmpty();
    }

    @Test
    void versionsCompareNumberByNumber() {
        assertThat(TemplateOutdatedRule.compare("2023.2", "2023.10")).isNegative();
        assertThat(TemplateOutdatedRule.compare("2", "1.9")).isPositive();
        assertThat(TemplateOutdatedRule.compare("1", "1.0")).isZero();
        assertThat(TemplateOutdatedRule.compare("1a", "1")).isNull();
    }

    @Test
    void lockedCellNotesBecomeFindingsWithTheValueTyped() {
        Submission s = with(Fixtures.submission().row(9, "PCT", "current=90").build(),
                new ReadingNote(Fixtures.SHEET, "L9", ReadingNote.Code.LOCKED_CELL_CHANGED, "Ô L9 …", "ghi chú"),
                new ReadingNote(Fixtures.SHEET, "B9", ReadingNote.Code.UNMATCHED_ROW, "x"),
                new ReadingNote(Fixtures.SHEET, "A20", ReadingNote.Code.TEMPLATE_LAYOUT_CHANGED, "Bố cục …", "1"));
        assertThat(new LockedCellChangedRule(null).check(s, Fixtures.context()))
                .extracting(Finding::rule, Finding::sheet, Finding::cell, Finding::severity, Finding::message, Finding::raw)
                .containsExactly(tuple("LOCKED_CELL_CHANGED", Fixtures.SHEET, "L9", Severity.ERROR, "Ô L9 …", "ghi chú"),
                        tuple("LOCKED_CELL_CHANGED", Fixtures.SHEET, "A20", Severity.ERROR, "Bố cục …", "1"));
    }

    @Test
    void aChangedQuotaCellIsLeftToQuotaMismatch(@TempDir Path dir) {
        RuleContext ctx = Fixtures.context();
        QuotaBook quotas = Fixtures.quotas(dir, "PCT,PGD-A,\"99,00\"");
        Submission s = with(Fixtures.submission().row(9, "PCT", "target_district=95", "target_central=98").build(),
                new ReadingNote(Fixtures.SHEET, "F9", ReadingNote.Code.LOCKED_CELL_CHANGED, "F9 sửa", "95"),
                new ReadingNote(Fixtures.SHEET, "E9", ReadingNote.Code.LOCKED_CELL_CHANGED, "E9 sửa", "98"));
        assertThat(new QuotaMismatchRule(Fixtures.CATALOGUE, quotas).check(s, ctx)).extracting(Finding::cell).containsExactly("F9");
        // E9: no official quota from SO, so QUOTA_MISMATCH is silent and the locked cell is reported
        assertThat(new LockedCellChangedRule(quotas).check(s, ctx)).extracting(Finding::cell).containsExactly("E9");
    }

    @Test
    void aDistrictsOwnTableHoldsItsOwnQuotaInHuyenAndItsParentsAbove(@TempDir Path dir) {
        RuleContext ctx = Fixtures.context();
        QuotaBook quotas = Fixtures.quotas(dir, "PCT,SO,\"99,00\"", "PCT,PGD-A,\">99,00\"");
        Submission right = new Fixtures.Builder("pgd-a.xlsx", "PGD-A")
                .row(9, "PCT", "target_central=99", "target_district=>99").build();
        assertThat(new QuotaMismatchRule(Fixtures.CATALOGUE, quotas).check(right, ctx)).isEmpty();
        Submission wrong = new Fixtures.Builder("pgd-a.xlsx", "PGD-A")
                .row(9, "PCT", "target_central=>99", "target_district=99").build();
        assertThat(new QuotaMismatchRule(Fixtures.CATALOGUE, quotas).check(wrong, ctx)).extracting(Finding::cell, Finding::message)
                .containsExactly(
                        tuple("F9", "«Tỷ lệ hoàn thành cấp học» (PCT): chỉ tiêu Huyện giao ghi «99», khác chỉ tiêu chính "
                                + "thức «>99,00» do Phòng Giáo dục và Đào tạo huyện A giao. Đề nghị ghi đúng chỉ tiêu được giao."),
                        tuple("E9", "«Tỷ lệ hoàn thành cấp học» (PCT): chỉ tiêu TW giao ghi «>99», khác chỉ tiêu chính "
                                + "thức «99,00» do Sở Giáo dục và Đào tạo Thử giao. Đề nghị ghi đúng chỉ tiêu được giao."));
    }

    private static RuleContext withVersion(String version) {
        RuleContext c = Fixtures.context();
        return new RuleContext(c.registry(), c.settings(), version);
    }

    private static Submission fromTemplate(String version) {
        Submission s = Fixtures.submission().row(9, "PCT", "current=90").build();
        return new Submission(s.fileName(), s.path(), s.sha256(), s.sizeBytes(), FileOutcome.READ, null, s.unitCode(),
                s.sheets(), s.period(), s.currentYear(), s.facts(), s.notes(), version);
    }

    private static Submission with(Submission s, ReadingNote... notes) {
        return new Submission(s.fileName(), s.path(), s.sha256(), s.sizeBytes(), s.outcome(), null, s.unitCode(),
                s.sheets(), s.period(), s.currentYear(), s.facts(), List.of(notes), "1");
    }
}
