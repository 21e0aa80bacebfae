package vn.tonghop.kind.selfassessment;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Unit;
import vn.tonghop.kind.CriteriaOffice;
import vn.tonghop.kind.DocumentKind;
import vn.tonghop.kind.SheetTables;
import vn.tonghop.kind.selfassessment.consolidation.CriteriaConsolidation;
import vn.tonghop.kind.selfassessment.consolidation.NodeCriteria;
import vn.tonghop.kind.selfassessment.reading.SelfAssessmentScanner;
import vn.tonghop.kind.selfassessment.reading.SelfAssessmentTable;
import vn.tonghop.kind.selfassessment.report.CriteriaSheets;
import vn.tonghop.kind.selfassessment.report.SchoolsSheet;
import vn.tonghop.kind.selfassessment.rules.SelfAssessmentChecks;
import vn.tonghop.kind.selfassessment.rules.SelfAssessmentRule;
import vn.tonghop.kind.selfassessment.template.SelfAssessmentTemplate;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.OpenedWorkbook;
import vn.tonghop.reading.RecognisedDocument;
import vn.tonghop.reading.Submission;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.reference.criteria.CriteriaCatalogue;
import vn.tonghop.reference.criteria.CriteriaSettings;
import vn.tonghop.report.OutputScope;
import vn.tonghop.report.SummaryBook;
import vn.tonghop.store.CurrentDocuments;
import vn.tonghop.template.GeneratedTemplate;
import vn.tonghop.template.TemplateSettings;
import vn.tonghop.validation.ListedRule;
import vn.tonghop.validation.RuleContext;
import vn.tonghop.validation.SubmissionRule;
import vn.tonghop.validation.ValidationSettings;

/**
 * The self-assessment summary (tổng hợp kết quả tự đánh giá) as a document kind: every criteria grid of
 * a workbook, each unit's read against the catalogue its school level takes ({@link
 * SelfAssessmentReference#catalogueFor}), stored as facts ({@link SelfAssessmentFacts}) and checked
 * from them ({@link SelfAssessmentChecks}), so a stored document is checked exactly as when it was read.
 */
@Component
public final class SelfAssessmentKind implements DocumentKind {

    public static final String CODE = "self_assessment";

    private final CriteriaOffice<SelfAssessmentReference> office;
    private final UnitRegistry registry;
    private final List<SubmissionRule> rules;
    private final CurrentDocuments documents;
    private final TemplateSettings templateSettings;
    private final OutputFiles files;
    private final SheetTables<SelfAssessmentTable> tables = new SheetTables<>(c -> new SelfAssessmentScanner(c)::scan,
            SelfAssessmentTable::headerCell, SelfAssessmentScanner::textAbove);

    /** Reading and checking only (a test, the {@code check} command): no outputs. */
    public SelfAssessmentKind(CriteriaSettings settings, UnitRegistry registry) {
        this(settings, registry, null);
    }

    /** Reading, checking and outputs; no templates. */
    public SelfAssessmentKind(CriteriaSettings settings, UnitRegistry registry, CurrentDocuments documents) {
        this(settings, registry, documents, null, OutputFiles.DEFAULT);
    }

    /** {@code templateSettings}: the office's {@code tonghop.template}; null: the kind hands out no template. */
    @Autowired
    public SelfAssessmentKind(CriteriaSettings settings, UnitRegistry registry, CurrentDocuments documents,
                              TemplateSettings templateSettings, OutputFiles files) {
        this.office = new CriteriaOffice<>(settings, registry, SelfAssessmentReference::load,
                SelfAssessmentReference::criteria);
        this.registry = registry;
        this.documents = documents;
        this.templateSettings = templateSettings;
        this.files = files;
        this.rules = ListedRule.all(SelfAssessmentRule.values(), SelfAssessmentRule::defaultSeverity);
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String title() {
        return "Tổng hợp kết quả tự đánh giá";
    }

    /** The office's catalogues and rule, read once (the start-up check has found any mistake in them). */
    public SelfAssessmentReference reference() {
        return office.reference();
    }

    @Override
    public List<RecognisedDocument> recognise(OpenedWorkbook workbook) {
        List<RecognisedDocument> documents = new ArrayList<>();
        for (SheetTables.Owned<SelfAssessmentTable> owned : tables.byUnit(workbook)) {
            String sheets = owned.sheets();
            if (owned.unit() == null) {
                documents.add(RecognisedDocument.unknownUnit(CODE, owned.problem(), sheets, null, null));
                continue;
            }
            CriteriaCatalogue catalogue = catalogueOf(owned.unit());
            LevelRule rule = reference() == null ? null : reference().ruleFor(catalogue);
            SelfAssessmentChecks checks = new SelfAssessmentChecks(null);
            List<Fact> facts = new ArrayList<>();
            for (SheetTables.Part<SelfAssessmentTable> p : owned.parts()) {
                SelfAssessmentTable table = tables.withTitles(p, catalogue);
                SelfAssessment a = checks.check(table, catalogue, rule, workbook.fileName(), owned.unit().code())
                        .assessment();
                facts.addAll(SelfAssessmentFacts.of(table, a, catalogue));
            }
            documents.add(RecognisedDocument.read(CODE, owned.unit().code(), sheets, null, null, facts, List.of()));
        }
        return documents;
    }

    @Override
    public String notFound() {
        return "Không tìm thấy bảng tổng hợp kết quả tự đánh giá trong tệp: cần có dòng tiêu đề với các cột "
                + "«Không đạt», «Mức 1», «Mức 2», «Mức 3» và các dòng «Tiêu chí 1.1»…";
    }

    @Override
    public List<SubmissionRule> rules() {
        return rules;
    }

    /** Every check at once, on the grid the stored facts give back. */
    @Override
    public List<Finding> check(Submission document, RuleContext context) {
        if (document.outcome() != FileOutcome.READ) {
            return List.of();
        }
        SelfAssessmentTable table = SelfAssessmentFacts.table(document.facts());
        if (table == null) {
            return List.of();
        }
        Unit unit = registry.find(document.unitCode());
        CriteriaCatalogue catalogue = catalogueOf(unit);
        LevelRule rule = reference() == null ? null : reference().ruleFor(catalogue);
        ValidationSettings validation = context == null ? null : context.settings();
        return new SelfAssessmentChecks(validation).check(table, catalogue, rule, document.fileName(),
                document.unitCode()).findings();
    }

    /** The self-assessment a stored document says, with its level computed under the office's rule. */
    public SelfAssessment assessment(Submission document) {
        return assessment(document.unitCode(), document.fileName(), document.facts());
    }

    private SelfAssessment assessment(String unitCode, String fileName, List<Fact> facts) {
        SelfAssessmentTable table = SelfAssessmentFacts.table(facts);
        if (table == null) {
            return null;
        }
        CriteriaCatalogue catalogue = catalogueOf(registry.find(unitCode));
        LevelRule rule = reference() == null ? null : reference().ruleFor(catalogue);
        return new SelfAssessmentChecks(null).check(table, catalogue, rule, fileName, unitCode).assessment();
    }

    /**
     * «TĐG – Mức đạt», «TĐG – Tiêu chí» and «TĐG – Từng trường» under the scope's root, from the units' current
     * documents; under them, in plain words, what of the office's folder is not the circular's checked text.
     */
    @Override
    public void summarySheets(SummaryBook book, OutputScope scope) {
        if (documents == null || reference() == null) {
            return;
        }
        Map<String, SelfAssessment> byUnit = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        for (CurrentDocuments.Document d : documents.of(CODE)) {
            String unit = d.version().unitCode();
            SelfAssessment a = assessment(unit, d.version().fileName(), d.facts());
            if (a != null) {
                byUnit.put(unit, a);
                files.put(unit, d.version().fileName());
            }
        }
        List<NodeCriteria> nodes = new CriteriaConsolidation(registry, reference())
                .consolidate(scope.root().code(), byUnit);
        List<String> sent = nodes.isEmpty() ? List.of() : nodes.get(0).reported();
        Map<String, CriteriaCatalogue> used = new LinkedHashMap<>();
        boolean confirmed = true;
        List<SchoolsSheet.School> schools = new ArrayList<>();
        for (String unit : sent) {
            CriteriaCatalogue catalogue = catalogueOf(registry.find(unit));
            LevelRule rule = reference().ruleFor(catalogue);
            confirmed &= rule != null && rule.confirmed();
            if (catalogue != null) {
                used.putIfAbsent(catalogue.id(), catalogue);
            }
            Unit u = registry.find(unit);
            Unit parent = u == null || u.parentCode() == null ? null : registry.find(u.parentCode());
            schools.add(new SchoolsSheet.School(unit, u == null ? unit : u.name(), parent == null ? "" : parent.name(),
                    catalogue == null ? "chưa xác định" : catalogue.id() + " (Thông tư " + catalogue.circular() + ")",
                    files.get(unit), byUnit.get(unit)));
        }
        List<String> caveats = Unconfirmed.lines(used.values(), reference()::ruleFor);
        CriteriaSheets.write(book.workbook(), book.styles(), nodes, registry::find, confirmed, caveats);
        SchoolsSheet.write(book.workbook(), book.styles(), schools, caveats);
        book.guide(CriteriaSheets.LEVELS, "Tự đánh giá: với mỗi đơn vị (tỉnh, huyện), số trường đã nộp, chưa nộp "
                + "và số trường ở từng mức (tính theo quy tắc của cơ quan), các trường có kết luận khác mức tính được.");
        book.guide(CriteriaSheets.CRITERIA, "Tự đánh giá: với mỗi đơn vị và tiêu chí, số trường ở từng mức và các "
                + "trường chưa đạt (Không đạt).");
        book.guide(SchoolsSheet.NAME, "Tự đánh giá: mỗi trường đã nộp, bộ tiêu chí dùng để đọc, kết luận trường ghi "
                + "bên cạnh mức tính được từ các tiêu chí, khớp hay khác.");
        book.howToRead("Mức tự đánh giá", "Đếm số trường ở từng mức, không lấy trung bình (mức là thứ bậc). "
                + (confirmed ? "Quy tắc tính mức của trường đã đối chiếu với thông tư."
                : "Quy tắc tính mức của trường là quy tắc tạm, KHÔNG phải quy định của thông tư (văn bản chưa có khi "
                + "lập tệp tu-danh-gia/quy-tac-muc.csv): xem các dòng lưu ý dưới trang «" + CriteriaSheets.LEVELS + "»."));
    }

    /**
     * A school's template (the criteria of its catalogue, see {@link SelfAssessmentTemplate}); none for a unit
     * with units under it or whose school level names no catalogue, nor without the office's criteria folder.
     */
    @Override
    public GeneratedTemplate writeTemplate(Unit unit, Path dir) throws IOException {
        return office.handsTemplateTo(unit, templateSettings) ? template().writeInto(unit, office.parentOf(unit), dir)
                : null;
    }

    @Override
    public String templateEdition() {
        return office.handsTemplates(templateSettings) ? template().edition() : "";
    }

    private SelfAssessmentTemplate template() {
        return new SelfAssessmentTemplate(reference(), templateSettings, Clock.systemDefaultZone(), files);
    }

    /** A criterion's title in the catalogue the unit's school level takes. */
    /** The office's criteria folder and the catalogues in force today. */
    @Override
    public String dependsOn(Unit root) {
        return office.dependsOn();
    }

    @Override
    public String settingsKey() {
        return office.dependsOn();
    }

    @Override
    public String rowName(String unitCode, String code) {
        return office.rowName(unitCode, code);
    }

    CriteriaCatalogue catalogueOf(Unit unit) {
        return office.catalogueOf(unit);
    }
}
