package vn.tonghop.kind.implementation;

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

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Unit;
import vn.tonghop.kind.CriteriaOffice;
import vn.tonghop.kind.DocumentKind;
import vn.tonghop.kind.KindCodes;
import vn.tonghop.kind.SheetTables;
import vn.tonghop.kind.implementation.consolidation.NodeProgress;
import vn.tonghop.kind.implementation.consolidation.PlanFollowUp;
import vn.tonghop.kind.implementation.consolidation.ProgressConsolidation;
import vn.tonghop.kind.implementation.consolidation.UnitReport;
import vn.tonghop.kind.implementation.reading.ReportRow;
import vn.tonghop.kind.implementation.reading.ReportScanner;
import vn.tonghop.kind.implementation.report.ProgressSheets;
import vn.tonghop.kind.implementation.rules.AgainstPlan;
import vn.tonghop.kind.implementation.template.PlanOfTheYear;
import vn.tonghop.kind.implementation.template.ReportTemplate;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.kind.implementation.reading.ReportTable;
import vn.tonghop.kind.implementation.rules.ImplementationChecks;
import vn.tonghop.kind.implementation.rules.ImplementationRule;
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
 * The implementation report (báo cáo kết quả thực hiện kế hoạch cải tiến chất lượng) as a document kind:
 * every report grid of a workbook, each unit's read against the criteria catalogue its school level takes
 * (to match a row that carries only a title), stored as facts ({@link ImplementationFacts}) and checked
 * from them ({@link ImplementationChecks}), so a stored document is checked exactly as when it was read.
 * The school year it reports on is the document's period ({@code 2022-2023}).
 */
@Component
public final class ImplementationReportKind implements DocumentKind {

    public static final String CODE = KindCodes.IMPLEMENTATION_REPORT;

    /** The code of the improvement plan's documents in the store, whose facts a report is held against. */
    static final String PLAN = KindCodes.PLAN;

    private final CriteriaOffice<CriteriaReference> office;
    private final UnitRegistry registry;
    private final List<SubmissionRule> rules;
    private final CurrentDocuments documents;
    private final TemplateSettings templateSettings;
    private final OutputFiles files;
    private final SheetTables<ReportTable> tables = new SheetTables<>(c -> new ReportScanner(c)::scan,
            ReportTable::headerCell, ReportScanner::textAbove);

    /** Reading and checking only (a test, the {@code check} command): no outputs. */
    public ImplementationReportKind(CriteriaSettings settings, UnitRegistry registry) {
        this(settings, registry, null);
    }

    /** Reading, checking and outputs; no templates. */
    public ImplementationReportKind(CriteriaSettings settings, UnitRegistry registry, CurrentDocuments documents) {
        this(settings, registry, documents, null, OutputFiles.DEFAULT);
    }

    /** {@code templateSettings}: the office's {@code tonghop.template}; null: the kind hands out no template. */
    @Autowired
    public ImplementationReportKind(CriteriaSettings settings, UnitRegistry registry, CurrentDocuments documents,
                                    TemplateSettings templateSettings, OutputFiles files) {
        this.office = CriteriaOffice.catalogues(settings, registry);
        this.registry = registry;
        this.documents = documents;
        this.templateSettings = templateSettings;
        this.files = files;
        this.rules = ListedRule.all(ImplementationRule.values(), ImplementationRule::defaultSeverity);
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
        return office.reference();
    }

    @Override
    public List<RecognisedDocument> recognise(OpenedWorkbook workbook) {
        List<RecognisedDocument> documents = new ArrayList<>();
        for (SheetTables.Owned<ReportTable> owned : tables.byUnit(workbook)) {
            String sheets = owned.sheets();
            String period = owned.parts().stream().map(p -> p.table().period()).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
            if (owned.unit() == null) {
                documents.add(RecognisedDocument.unknownUnit(CODE, owned.problem(), sheets, period, null));
                continue;
            }
            CriteriaCatalogue catalogue = catalogueOf(owned.unit());
            List<Fact> facts = new ArrayList<>();
            for (SheetTables.Part<ReportTable> p : owned.parts()) {
                facts.addAll(ImplementationFacts.of(tables.withTitles(p, catalogue), owned.unit().code()));
            }
            // dated for the collection rounds by the last year of the school year it reports on: the report on
            // 2022-2023 is made as that school year ends, and answers the 2023 round (with "Hiện trạng 9/2023")
            Integer year = owned.parts().stream().map(p -> p.table().year()).filter(java.util.Objects::nonNull)
                    .map(y -> y + 1).findFirst().orElse(null);
            documents.add(RecognisedDocument.read(CODE, owned.unit().code(), sheets, period, year, facts, List.of()));
        }
        return documents;
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

    /**
     * Each current report held against the school's plan of the same school year (the newest readable
     * plan document whose year is the report's, read from the store): criteria reported but not planned,
     * planned but not reported. Nothing for a school without a plan of that year on record. The units
     * {@code wanted} does not take are skipped: a school's findings depend on its documents alone.
     */
    @Override
    public void acrossDocuments(Unit root, Predicate<String> wanted, ValidationSettings validation,
                                Consumer<Finding> each) {
        if (documents == null) {
            return;
        }
        AgainstPlan check = new AgainstPlan(validation);
        for (CurrentDocuments.Document d : documents.of(CODE)) {
            String unitCode = d.version().unitCode();
            if (!wanted.test(unitCode)) {
                continue;
            }
            if (!office.within(registry.find(unitCode), root)) {
                continue;
            }
            ReportTable table = ImplementationFacts.table(d.facts(), null);
            if (table == null || table.year() == null) {
                continue;
            }
            AgainstPlan.Plan plan = planOfYear(unitCode, table.year());
            if (plan != null) {
                check.check(table, d.version().fileName(), unitCode, plan).forEach(each);
            }
        }
    }

    /** The school's newest readable plan of the school year starting in {@code year}, as its stored facts say it; or null. */
    private AgainstPlan.Plan planOfYear(String unitCode, Integer year) {
        if (year == null) {
            return null;
        }
        for (CurrentDocuments.Document p : documents.versions(PLAN, unitCode)) {
            AgainstPlan.Plan plan = AgainstPlan.plan(p.version().fileName(), p.facts());
            if (year.equals(plan.year())) {
                return plan;
            }
        }
        return null;
    }

    /** «BC thực hiện – Tiến độ» and «BC thực hiện – Lý do» under the scope's root, from the units' current reports. */
    @Override
    public void summarySheets(SummaryBook book, OutputScope scope) {
        if (documents == null) {
            return;
        }
        Map<String, UnitReport> byUnit = new LinkedHashMap<>();
        for (CurrentDocuments.Document d : documents.of(CODE)) {
            String unitCode = d.version().unitCode();
            if (!office.within(registry.find(unitCode), scope.root())) {
                continue;
            }
            ReportTable table = ImplementationFacts.table(d.facts(), null);
            if (table != null) {
                byUnit.put(unitCode, new UnitReport(unitCode, d.version().fileName(), table));
            }
        }
        if (byUnit.isEmpty()) {
            return;
        }
        List<NodeProgress> nodes = new ProgressConsolidation(registry).consolidate(scope.root().code(), byUnit);
        ProgressSheets.write(book.workbook(), book.styles(), nodes, ProgressConsolidation.openWork(byUnit.values()),
                registry::find);
        ProgressSheets.againstPlan(book.workbook(), book.styles(), followUp(byUnit.values()), registry::find);
        book.guide(ProgressSheets.PROGRESS, "Báo cáo kết quả thực hiện kế hoạch cải tiến chất lượng: với mỗi đơn vị "
                + "(tỉnh, huyện), số trường đã nộp, chưa nộp và các dòng kế hoạch đã triển khai xong, đang triển khai "
                + "hoặc chậm, chưa triển khai, chưa rõ (số dòng và tỷ lệ).");
        book.guide(ProgressSheets.REASONS, "Báo cáo kết quả thực hiện: từng dòng kế hoạch trường báo cáo chưa xong, "
                + "với lý do trường nêu, tệp và ô.");
        book.guide(ProgressSheets.AGAINST_PLAN, "Báo cáo kết quả thực hiện đối chiếu với kế hoạch cải tiến chất lượng "
                + "cùng năm học của trường: tiêu chí báo cáo nhưng kế hoạch không có, tiêu chí kế hoạch có nhưng báo cáo "
                + "bỏ sót, trường chưa có kế hoạch năm học đó.");
        book.howToRead("Tiến độ thực hiện kế hoạch", "Mỗi dòng kế hoạch trong báo cáo được tính một lần; tỷ lệ tính "
                + "trên tổng số dòng kế hoạch của các báo cáo đã nộp, không phải trung bình tỷ lệ của các trường. Dòng "
                + "«Chưa rõ» (tô vàng): không ghi kết quả, hoặc cột đã xong ghi việc chưa làm.");
    }

    /**
     * Each report held against the school's plan of its year (a line without plan when the office has none),
     * by district then school as the registry orders them.
     */
    private List<PlanFollowUp> followUp(java.util.Collection<UnitReport> reports) {
        List<PlanFollowUp> out = new ArrayList<>();
        for (UnitReport r : reports) {
            AgainstPlan.Plan plan = planOfYear(r.unitCode(), r.table().year());
            if (plan == null) {
                AgainstPlan.Match alone = AgainstPlan.match(r.table(), new AgainstPlan.Plan(null, null, Map.of()));
                out.add(new PlanFollowUp(r.unitCode(), r.table().period(), r.fileName(), null, List.of(),
                        alone.reported(), List.of(), List.of()));
                continue;
            }
            AgainstPlan.Match m = AgainstPlan.match(r.table(), plan);
            out.add(new PlanFollowUp(r.unitCode(), r.table().period(), r.fileName(), plan.fileName(),
                    List.copyOf(plan.criteria().keySet()), m.reported(),
                    m.notInPlan().stream().map(ReportRow::code).toList(), m.leftOut()));
        }
        Map<String, Integer> order = new java.util.HashMap<>();
        for (Unit u : registry.units()) {
            order.putIfAbsent(u.code(), order.size());
        }
        java.util.function.ToIntFunction<String> at = code -> code == null ? -1 : order.getOrDefault(code, order.size());
        out.sort(java.util.Comparator.comparingInt((PlanFollowUp l) -> at.applyAsInt(parentOf(l.unitCode())))
                .thenComparingInt(l -> at.applyAsInt(l.unitCode())));
        return out;
    }

    private String parentOf(String unitCode) {
        Unit u = registry.find(unitCode);
        return u == null ? null : u.parentCode();
    }

    /** The criterion's title in the school's catalogue, as {@code facts.csv} names a row. */
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

    /**
     * A school's report template for the running school year ({@link ReportTemplate}), pre-filled with the
     * school's plan of that year when the store has one (the newest readable version whose year it is); none
     * for a unit with units under it or whose school level names no catalogue, nor without the criteria folder.
     */
    @Override
    public GeneratedTemplate writeTemplate(Unit unit, Path dir) throws IOException {
        if (!office.handsTemplateTo(unit, templateSettings)) {
            return null;
        }
        ReportTemplate template = template();
        PlanOfTheYear plan = null;
        if (documents != null) {
            for (CurrentDocuments.Document p : documents.versions(PLAN, unit.code())) {
                PlanOfTheYear candidate = PlanOfTheYear.of(p.version().fileName(), p.facts());
                if (Integer.valueOf(template.year().first()).equals(candidate.year())) {
                    plan = candidate;
                    break;
                }
            }
        }
        return template.writeInto(unit, office.parentOf(unit), plan, dir);
    }

    @Override
    public String templateEdition() {
        return office.handsTemplates(templateSettings) ? template().edition() : "";
    }

    private ReportTemplate template() {
        return new ReportTemplate(reference(), templateSettings, Clock.systemDefaultZone(), files);
    }
}
