package vn.tonghop.kind.phasing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Unit;
import vn.tonghop.kind.DocumentKind;
import vn.tonghop.kind.phasing.reading.PhasingTableReader;
import vn.tonghop.kind.phasing.rules.IndicatorRow;
import vn.tonghop.kind.phasing.template.TemplateGenerator;
import vn.tonghop.kind.phasing.rules.PhasingRules;
import vn.tonghop.kind.phasing.rules.RowRule;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.OpenedWorkbook;
import vn.tonghop.reading.RecognisedDocument;
import vn.tonghop.reading.Submission;
import vn.tonghop.report.Coverage;
import vn.tonghop.report.OutputScope;
import vn.tonghop.report.SummaryBook;
import vn.tonghop.template.GeneratedTemplate;
import vn.tonghop.validation.RuleContext;
import vn.tonghop.validation.SubmissionRule;
import vn.tonghop.validation.ValidationSettings;

/** The indicator phasing table (bảng phân kỳ thực hiện chỉ tiêu), the first document kind. */
@Component
public final class PhasingKind implements DocumentKind {

    public static final String CODE = "phasing";

    /** The kind's name for the office, heading its lines on «Thông tin». */
    public static final String TITLE = "Bảng phân kỳ thực hiện chỉ tiêu";

    private final IndicatorCatalogue catalogue;
    private final PhasingTableReader reader;
    private final List<SubmissionRule> rules;
    private final PhasingOutputs outputs;
    private final TemplateGenerator templates;

    /** Reading and checking only, without official quotas (a test): no outputs, no quota compared. */
    public PhasingKind(IndicatorCatalogue catalogue) {
        this(catalogue, null, null, null);
    }

    /** Reading and checking only, against the office's official quotas (a test): no outputs. */
    public PhasingKind(IndicatorCatalogue catalogue, QuotaBook quotas) {
        this(catalogue, quotas, null, null);
    }

    /**
     * The kind checks against its own reference, the catalogue and the quotas: the shared rules know
     * neither. Without outputs or templates (null), it reads and checks only.
     */
    @Autowired
    public PhasingKind(IndicatorCatalogue catalogue, QuotaBook quotas, PhasingOutputs outputs,
                       TemplateGenerator templates) {
        this.catalogue = catalogue;
        this.reader = new PhasingTableReader(CODE, catalogue);
        this.rules = PhasingRules.all(catalogue, quotas);
        this.outputs = outputs;
        this.templates = templates;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public List<RecognisedDocument> recognise(OpenedWorkbook workbook) {
        return reader.read(workbook);
    }

    @Override
    public String notFound() {
        return "Không tìm thấy bảng phân kỳ thực hiện chỉ tiêu trong tệp: cần có dòng tiêu đề gồm "
                + "«Tên chỉ tiêu», «Hiện trạng», «Chỉ tiêu …» và «Phân kỳ thực hiện» với các năm. "
                + "Đề nghị dùng đúng mẫu bảng phân kỳ.";
    }

    @Override
    public List<SubmissionRule> rules() {
        return rules;
    }

    /** The rules in order; the rows are grouped once for every row rule. */
    @Override
    public List<Finding> check(Submission document, RuleContext context) {
        List<IndicatorRow> rows = document.outcome() == FileOutcome.READ
                ? IndicatorRow.of(document, catalogue) : List.of();
        List<Finding> out = new ArrayList<>(0);
        for (SubmissionRule rule : rules) {
            out.addAll(rule instanceof RowRule rr
                    ? rows.isEmpty() ? List.of() : rr.check(document, rows, context)
                    : rule.check(document, context));
        }
        return out.isEmpty() ? List.of() : out;
    }

    @Override
    public void acrossDocuments(Unit root, Predicate<String> wanted, ValidationSettings settings,
                                Consumer<Finding> each) {
        if (outputs != null) {
            outputs.acrossDocuments(root, wanted, settings, each);
        }
    }

    @Override
    public String dependsOn(Unit root) {
        return outputs == null ? "" : outputs.dependsOn(root);
    }

    @Override
    public String settingsKey() {
        return outputs == null ? "" : outputs.settingsKey();
    }

    /** A district's own consolidated table stands for the schools it counts: the consolidation says who sent. */
    @Override
    public Coverage coverage(OutputScope scope) {
        return outputs == null ? null : outputs.coverage(scope);
    }

    @Override
    public void summarySheets(SummaryBook book, OutputScope scope) {
        if (outputs != null) {
            outputs.summarySheets(book, scope);
        }
    }

    @Override
    public void files(OutputScope scope, Path folder, OutputFiles files) throws IOException {
        if (outputs != null) {
            outputs.files(scope, folder, files);
        }
    }

    /** Every unit gets one: a school its table, a unit with units under it its own consolidated table. */
    @Override
    public GeneratedTemplate writeTemplate(Unit unit, Path dir) throws IOException {
        return templates == null ? null : templates.writeInto(unit, dir);
    }

    @Override
    public String templateProblem() {
        return templates == null ? null : templates.problem();
    }

    @Override
    public String templateEdition() {
        return templates == null ? "" : templates.edition();
    }

    @Override
    public String rowName(String unitCode, String code) {
        var indicator = catalogue.find(code);
        return indicator == null ? "" : indicator.name();
    }
}
