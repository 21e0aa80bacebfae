package vn.tonghop.kind.implementation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.domain.Unit;
import vn.tonghop.kind.DocumentKind;
import vn.tonghop.kind.implementation.reading.ReportScanner;
import vn.tonghop.kind.implementation.reading.ReportTable;
import vn.tonghop.kind.implementation.rules.ImplementationChecks;
import vn.tonghop.kind.implementation.rules.ImplementationRule;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.OpenedWorkbook;
import vn.tonghop.reading.RecognisedDocument;
import vn.tonghop.reading.SheetGrid;
import vn.tonghop.reading.Submission;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.reference.criteria.CriteriaCatalogue;
import vn.tonghop.reference.criteria.CriteriaReference;
import vn.tonghop.reference.criteria.CriteriaSettings;
import vn.tonghop.validation.RuleContext;
import vn.tonghop.validation.SubmissionRule;
import vn.tonghop.validation.ValidationSettings;

/**
 * The implementation report (báo cáo kết quả thực hiện kế hoạch cải tiến chất lượng) as a document kind:
 * every report grid of a workbook, each unit's read against the criteria catalogue its school level takes
 * (to match a row that carries only a title), stored as facts ({@link ImplementationFacts}) and checked
 * from them ({@link ImplementationChecks}), so a stored document is checked exactly as when it was read.
 * The school year it reports on is the document's period ({@code 2022-2023}).
 */
@Component
public final class ImplementationReportKind implements DocumentKind {

    public static final String CODE = "implementation_report";

    private final CriteriaSettings settings;
    private final UnitRegistry registry;
    private final List<SubmissionRule> rules;
    private volatile CriteriaReference reference;

    public ImplementationReportKind(CriteriaSettings settings, UnitRegistry registry) {
        this.settings = settings == null ? new CriteriaSettings(null) : settings;
        this.registry = registry;
        List<SubmissionRule> all = new ArrayList<>();
        for (ImplementationRule r : ImplementationRule.values()) {
            all.add(new Listed(r));
        }
        this.rules = List.copyOf(all);
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String title() {
        return "Báo cáo kết quả thực hiện kế hoạch cải tiến chất lượng";
    }

    /** The office's criteria catalogues, read once (the start-up check has found any mistake in them). */
    CriteriaReference reference() {
        CriteriaReference r = reference;
        if (r == null && settings.folder() != null) {
            synchronized (this) {
                if (reference == null) {
                    reference = CriteriaReference.load(settings.folder(), registry);
                }
                r = reference;
            }
        }
        return r;
    }

    /** A grid found on one sheet. */
    private record Part(SheetGrid grid, ReportTable table) {
    }

    @Override
    public List<RecognisedDocument> recognise(OpenedWorkbook workbook) {
        List<Part> parts = new ArrayList<>();
        ReportScanner byCode = new ReportScanner(null);
        for (SheetGrid grid : workbook.sheets()) {
            for (ReportTable t : byCode.scan(grid)) {
                parts.add(new Part(grid, t));
            }
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        List<RecognisedDocument> documents = new ArrayList<>();
        for (OpenedWorkbook.Owned<Part> owned : workbook.owners(parts,
                p -> ReportScanner.textAbove(p.grid(), p.table().headerCell()))) {
            String sheets = String.join(", ", owned.parts().stream().map(p -> p.grid().name()).distinct().toList());
            String period = owned.parts().stream().map(p -> p.table().period()).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
            if (owned.unit() == null) {
                documents.add(RecognisedDocument.unknownUnit(CODE, owned.problem(), sheets, period, null));
                continue;
            }
            CriteriaCatalogue catalogue = catalogueOf(owned.unit());
            List<Fact> facts = new ArrayList<>();
            for (Part p : owned.parts()) {
                facts.addAll(ImplementationFacts.of(withTitles(p, catalogue), owned.unit().code()));
            }
            documents.add(RecognisedDocument.read(CODE, owned.unit().code(), sheets, period, null, facts, List.of()));
        }
        return documents;
    }

    /** The grid read again with the unit's catalogue, so rows that carry only a title are matched. */
    private static ReportTable withTitles(Part p, CriteriaCatalogue catalogue) {
        if (catalogue == null) {
            return p.table();
        }
        return new ReportScanner(catalogue).scan(p.grid()).stream()
                .filter(t -> t.headerCell().equals(p.table().headerCell())).findFirst().orElse(p.table());
    }

    @Override
    public String notFound() {
        return "Không tìm thấy bảng báo cáo kết quả thực hiện kế hoạch cải tiến chất lượng trong tệp: cần có dòng tiêu "
                + "đề với các cột «Những công việc đã triển khai xong», «Những công việc chưa triển khai» và cột «Tiêu "
                + "chuẩn, tiêu chí».";
    }

    @Override
    public List<SubmissionRule> rules() {
        return rules;
    }

    /** Every check at once, on the table the stored facts give back. */
    @Override
    public List<Finding> check(Submission document, RuleContext context) {
        if (document.outcome() != FileOutcome.READ) {
            return List.of();
        }
        ReportTable table = ImplementationFacts.table(document.facts(), document.period());
        if (table == null) {
            return List.of();
        }
        ValidationSettings validation = context == null ? null : context.settings();
        return new ImplementationChecks(validation).check(table, catalogueOf(registry.find(document.unitCode())),
                document.fileName(), document.unitCode());
    }

    CriteriaCatalogue catalogueOf(Unit unit) {
        return reference() == null ? null : reference().catalogueFor(unit, LocalDate.now());
    }

    /** A rule as the office lists and configures it; the kind runs them all at once ({@link #check}). */
    private record Listed(ImplementationRule rule) implements SubmissionRule {
        @Override
        public String code() {
            return rule.name();
        }

        @Override
        public Severity defaultSeverity() {
            return rule.defaultSeverity();
        }

        @Override
        public List<Finding> check(Submission submission, RuleContext context) {
            return List.of();
        }
    }
}
