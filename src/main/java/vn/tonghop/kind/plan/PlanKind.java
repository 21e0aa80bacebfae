package vn.tonghop.kind.plan;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Unit;
import vn.tonghop.kind.CriteriaOffice;
import vn.tonghop.kind.DocumentKind;
import vn.tonghop.kind.KindCodes;
import vn.tonghop.kind.SheetTables;
import vn.tonghop.kind.plan.consolidation.NodePlans;
import vn.tonghop.kind.plan.consolidation.PlanConsolidation;
import vn.tonghop.kind.plan.reading.PlanNumber;
import vn.tonghop.kind.plan.reading.PlanScanner;
import vn.tonghop.kind.plan.reading.PlanTable;
import vn.tonghop.kind.plan.reading.YearText;
import vn.tonghop.kind.plan.report.PlanSheets;
import vn.tonghop.kind.plan.rules.PlanBelowSelfAssessment;
import vn.tonghop.kind.plan.rules.PlanChecks;
import vn.tonghop.kind.plan.rules.PlanRule;
import vn.tonghop.kind.plan.template.PlanTemplate;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.OpenedWorkbook;
import vn.tonghop.reading.RecognisedDocument;
import vn.tonghop.reading.Submission;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.reference.criteria.CriteriaCatalogue;
import vn.tonghop.reference.criteria.CriteriaReference;
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
 * The quality improvement plan (kế hoạch cải tiến chất lượng) as a document kind: every plan table of a
 * workbook, each unit's read against the criteria catalogue its school level takes ({@link
 * CriteriaReference#catalogueFor}), stored as facts ({@link PlanFacts}) and checked from them ({@link
 * PlanChecks}), so a stored plan is checked exactly as when it was read.
 */
@Component
public final class PlanKind implements DocumentKind {

    public static final String CODE = KindCodes.PLAN;

    private final CriteriaOffice<CriteriaReference> office;
    private final UnitRegistry registry;
    private final List<SubmissionRule> rules;
    private final CurrentDocuments documents;
    private final TemplateSettings templateSettings;
    private final OutputFiles files;
    private final SheetTables<PlanTable> tables = new SheetTables<>(c -> new PlanScanner(c)::scan,
            PlanTable::headerCell, PlanScanner::textAbove);

    /** Reading and checking only (a test, the {@code check} command): no outputs. */
    public PlanKind(CriteriaSettings settings, UnitRegistry registry) {
        this(settings, registry, null);
    }

    /** Reading, checking and outputs; no templates. */
    public PlanKind(CriteriaSettings settings, UnitRegistry registry, CurrentDocuments documents) {
        this(settings, registry, documents, null, OutputFiles.DEFAULT);
    }

    /** {@code templateSettings}: the office's {@code tonghop.template}; null: the kind hands out no template. */
    @Autowired
    public PlanKind(CriteriaSettings settings, UnitRegistry registry, CurrentDocuments documents,
                    TemplateSettings templateSettings, OutputFiles files) {
        this.office = CriteriaOffice.catalogues(settings, registry);
        this.registry = registry;
        this.documents = documents;
        this.templateSettings = templateSettings;
        this.files = files;
        this.rules = ListedRule.all(PlanRule.values(), PlanRule::defaultSeverity);
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String title() {
        return "Kế hoạch cải tiến chất lượng";
    }

    /** The office's criteria catalogues, read once (the start-up check has found any mistake in them). */
    public CriteriaReference reference() {
        return office.reference();
    }

    @Override
    public List<RecognisedDocument> recognise(OpenedWorkbook workbook) {
        List<RecognisedDocument> documents = new ArrayList<>();
        for (SheetTables.Owned<PlanTable> owned : tables.byUnit(workbook)) {
            String sheets = owned.sheets();
            if (owned.unit() == null) {
                documents.add(RecognisedDocument.unknownUnit(CODE, owned.problem(), sheets, null, null));
                continue;
            }
            CriteriaCatalogue catalogue = catalogueOf(owned.unit());
            List<vn.tonghop.domain.Fact> facts = new ArrayList<>();
            for (SheetTables.Part<PlanTable> p : owned.parts()) {
                facts.addAll(PlanFacts.of(tables.withTitles(p, catalogue), owned.unit().code(), catalogue));
                int header = new org.apache.poi.ss.util.CellReference(p.table().headerCell()).getRow();
                facts.addAll(PlanFacts.reference(PlanNumber.above(p.grid(), header), owned.unit().code(), p.grid().name()));
            }
            // dated for the collection rounds by its school year's first year: a plan for 2023 – 2024 is made as
            // that school year begins, and answers the 2023 round (with the table of "Hiện trạng 9/2023")
            Integer year = owned.parts().stream().map(p -> p.table().title()).filter(java.util.Objects::nonNull)
                    .map(YearText::year).findFirst().orElse(null);
            documents.add(RecognisedDocument.read(CODE, owned.unit().code(), sheets, null, year, facts, List.of()));
        }
        return documents;
    }

    @Override
    public String notFound() {
        return "Không tìm thấy bảng kế hoạch cải tiến chất lượng trong tệp: cần có dòng tiêu đề với các cột "
                + "«Tiêu chuẩn, tiêu chí», «Công việc/giải pháp» và hai trong các cột «Kết quả cần đạt», «Chủ trì», "
                + "«Thời gian thực hiện», «Dự kiến kinh phí».";
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
        PlanTable table = PlanFacts.table(document.facts());
        if (table == null) {
            return List.of();
        }
        CriteriaCatalogue catalogue = catalogueOf(registry.find(document.unitCode()));
        ValidationSettings validation = context == null ? null : context.settings();
        return new PlanChecks(validation).check(table, catalogue, document.fileName(), document.unitCode());
    }

    /** A school's self-assessment as its plan is held against it: the level of each criterion, the file's name. */
    private record Assessed(Map<String, Integer> levels, String fileName) {
    }

    /**
     * Each current plan under {@code root} held against the school's current self-assessment, when the office
     * has one (its stored {@code level} facts, read as facts of the kind {@link KindCodes#SELF_ASSESSMENT}, not
     * through that kind): a level to reach below the level already self-assessed for the criterion
     * (PLAN_LEVEL_BELOW_SELF_ASSESSMENT). Nothing for a school without a self-assessment on record. The units
     * {@code wanted} does not take are skipped: a school's findings depend on its documents alone.
     */
    @Override
    public void acrossDocuments(Unit root, Predicate<String> wanted, ValidationSettings validation,
                                Consumer<Finding> each) {
        if (documents == null) {
            return;
        }
        // each school's assessed levels, not its self-assessment's facts, held while the plans are read: at a
        // national size both kinds' documents at once came near the heap's limit
        Map<String, Assessed> assessments = new LinkedHashMap<>();
        for (CurrentDocuments.Document d : documents.of(KindCodes.SELF_ASSESSMENT)) {
            String unitCode = d.version().unitCode();
            if (wanted.test(unitCode)) {
                assessments.put(unitCode, new Assessed(PlanBelowSelfAssessment.assessedLevels(d.facts()),
                        d.version().fileName()));
            }
        }
        if (assessments.isEmpty()) {
            return;
        }
        for (CurrentDocuments.Document d : documents.of(CODE)) {
            String unitCode = d.version().unitCode();
            Assessed assessment = assessments.get(unitCode);
            if (assessment == null || !office.within(registry.find(unitCode), root)) {
                continue;
            }
            PlanTable table = PlanFacts.table(d.facts());
            if (table != null) {
                PlanBelowSelfAssessment.findings(unitCode, d.version().fileName(), table, assessment.levels(),
                        assessment.fileName(), validation).forEach(each);
            }
        }
    }

    /**
     * «KH – Kinh phí» and «KH – Tiêu chí» from every unit's current plan under the scope's root (read back
     * from the store): budgets per node, by standard and criterion, and the schools planning each criterion.
     */
    @Override
    public void summarySheets(SummaryBook book, OutputScope scope) {
        if (documents == null) {
            return;
        }
        Map<String, PlanTable> byUnit = new LinkedHashMap<>();
        for (CurrentDocuments.Document d : documents.of(CODE)) {
            PlanTable t = PlanFacts.table(d.facts());
            if (t != null) {
                byUnit.put(d.version().unitCode(), t);
            }
        }
        if (byUnit.isEmpty()) {
            return;
        }
        List<NodePlans> nodes = new PlanConsolidation(registry, this::catalogueOf).consolidate(scope.root().code(),
                byUnit);
        if (nodes.stream().allMatch(n -> n.reported().isEmpty())) {
            return;
        }
        PlanSheets.write(book.workbook(), book.styles(), nodes, registry::find);
        book.guide(PlanSheets.BUDGET, "Kế hoạch cải tiến chất lượng: với mỗi đơn vị (tỉnh, huyện), số trường đã nộp, "
                + "chưa nộp, kinh phí dự kiến (tổng các số tiền, đồng), số dòng chỉ ghi nguồn kinh phí, biên chế xin thêm.");
        book.guide(PlanSheets.CRITERIA, "Kế hoạch cải tiến chất lượng: với mỗi đơn vị, từng tiêu chuẩn và tiêu chí "
                + "(theo bộ tiêu chí của cấp học): số trường lập kế hoạch, số dòng, kinh phí dự kiến và các trường.");
        book.howToRead("Kinh phí kế hoạch", "Tổng các số tiền ghi trong cột «Dự kiến kinh phí» (đổi ra đồng); dòng "
                + "chỉ ghi nguồn (Nguồn kinh phí ngành, Xã hội hóa…) không cộng vào tổng mà được đếm riêng.");
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

    /** The catalogue a unit's plan is read against (null when the office keeps none or its level is unknown). */
    public CriteriaCatalogue catalogueOf(Unit unit) {
        return office.catalogueOf(unit);
    }

    /**
     * A school's plan template for the school year about to run ({@link PlanTemplate}); none for a unit with
     * units under it or whose school level names no catalogue, nor without the office's criteria folder.
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

    private PlanTemplate template() {
        return new PlanTemplate(reference(), templateSettings, Clock.systemDefaultZone(), files);
    }
}
