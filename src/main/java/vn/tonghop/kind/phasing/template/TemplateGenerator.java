package vn.tonghop.kind.phasing.template;

import vn.tonghop.template.GeneratedTemplate;
import vn.tonghop.template.TemplateSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Unit;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.kind.phasing.reading.LockedCells;
import vn.tonghop.reading.TemplateStamp;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.PhasingKind;
import vn.tonghop.kind.phasing.QuotaBook;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.text.FileNames;
import vn.tonghop.report.ReportStyles;

/**
 * Makes the templates clerks fill: one workbook per unit, its identity, the period, the catalogue's
 * indicators and the official quotas filled in and locked, input cells shaded and validated, an
 * instructions sheet, and a stamp (unit code, version, locked content) the reader uses. Plain Java:
 * no Spring needed. Thread-safe; each call builds its own workbook.
 */
public final class TemplateGenerator {

    private static final DateTimeFormatter STAMP_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final UnitRegistry registry;
    private final IndicatorCatalogue catalogue;
    private final QuotaBook quotas;
    private final TemplateSettings settings;
    private final Clock clock;
    private final OutputFiles files;

    /** Written with the default output permissions. */
    public TemplateGenerator(UnitRegistry registry, IndicatorCatalogue catalogue, QuotaBook quotas,
                             TemplateSettings settings) {
        this(registry, catalogue, quotas, settings, OutputFiles.DEFAULT);
    }

    public TemplateGenerator(UnitRegistry registry, IndicatorCatalogue catalogue, QuotaBook quotas,
                             TemplateSettings settings, OutputFiles files) {
        this(registry, catalogue, quotas, settings, Clock.systemDefaultZone(), files);
    }

    TemplateGenerator(UnitRegistry registry, IndicatorCatalogue catalogue, QuotaBook quotas, TemplateSettings settings,
                      Clock clock) {
        this(registry, catalogue, quotas, settings, clock, OutputFiles.DEFAULT);
    }

    TemplateGenerator(UnitRegistry registry, IndicatorCatalogue catalogue, QuotaBook quotas, TemplateSettings settings,
                      Clock clock, OutputFiles files) {
        this.files = files;
        this.registry = registry;
        this.catalogue = catalogue;
        this.quotas = quotas;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Writes a template for the node and for every unit under it (a school's table for each school,
     * the own consolidated table for each unit with units under it) into {@code dir}.
     *
     * @throws IllegalArgumentException the node is not in the registry, or the settings are incomplete
     *                                  (message in Vietnamese, for the office)
     */
    public List<GeneratedTemplate> generate(String nodeCode, Path dir) throws IOException {
        Unit node = registry.find(nodeCode);
        if (node == null) {
            throw new IllegalArgumentException("Không có đơn vị mã «" + nodeCode + "» trong danh mục đơn vị.");
        }
        List<GeneratedTemplate> out = new ArrayList<>();
        for (Unit u : subtree(node)) {
            out.add(writeInto(u, dir));
        }
        return out;
    }

    /** Writes one unit's template into {@code dir} under its {@link #fileName}, with the words of its letter. */
    public GeneratedTemplate writeInto(Unit unit, Path dir) throws IOException {
        Path file = dir.resolve(fileName(unit));
        write(unit, file);
        return new GeneratedTemplate(unit, PhasingKind.CODE, file, "Mẫu bảng phân kỳ chỉ tiêu " + settings.firstYear()
                + "–" + settings.lastYear() + " (phiên bản " + settings.version() + ")", howToFill());
    }

    /** The letter's paragraph: what is pre-filled, what the clerk enters. */
    private String howToFill() {
        return "Tên đơn vị, các năm, các chỉ tiêu và chỉ tiêu cấp trên giao đã được điền sẵn và khoá lại. "
                + "Đơn vị chỉ nhập các ô tô màu vàng: hiện trạng " + settings.currentLabel()
                + ", chỉ tiêu của đơn vị và giá trị phân kỳ từng năm. Trang «Hướng dẫn» trong tệp giải thích "
                + "cách nhập từng loại giá trị.";
    }

    /** What the templates are made for, as the command prints it. */
    public String edition() {
        return "giai đoạn " + settings.firstYear() + "–" + settings.lastYear() + ", hiện trạng "
                + settings.currentLabel() + ", phiên bản " + settings.version();
    }

    /** What is missing in {@code tonghop.template} for this kind's templates, in Vietnamese; null when nothing. */
    public String problem() {
        return settings.problem();
    }

    /** Writes one unit's template to {@code file} (through a temporary file: never half a workbook). */
    public void write(Unit unit, Path file) throws IOException {
        String problem = settings.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        UnitTable table = tableOf(unit);
        ZonedDateTime now = ZonedDateTime.now(clock);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            ReportStyles st = new ReportStyles(wb, ReportStyles.Look.FORM);
            List<Indicator> indicators = catalogue.indicators();
            List<CellRangeAddress> inputs = new TableSheet(wb, st, table, indicators, quotas, settings).write();
            new InstructionsSheet(wb, st, table, settings).write(now.toLocalDate());
            XSSFSheet sheet = wb.getSheet(TableSheet.NAME);
            TemplateStamp stamp = new TemplateStamp(TemplateStamp.FORMAT, settings.version(), unit.code(), unit.name(),
                    settings.period(), settings.currentLabel(), TableSheet.NAME, now.format(STAMP_TIME), inputs,
                    lockedContent(sheet, inputs));
            stamp.writeTo(wb);
            wb.setActiveSheet(0);
            wb.lockStructure(); // no password: sheets cannot be renamed, moved, deleted or unhidden by mistake
            var core = wb.getProperties().getCoreProperties();
            core.setTitle("Bảng phân kỳ thực hiện chỉ tiêu — " + unit.name());
            core.setCreator("tonghop");
            core.setSubjectProperty("Mẫu nhập liệu phiên bản " + settings.version() + ", mã đơn vị " + unit.code());
            files.write(file, wb::write);
        }
    }

    /** Every non-empty cell outside the inputs, as the reader will compare it. */
    private static Map<String, String> lockedContent(XSSFSheet sheet, List<CellRangeAddress> inputs) {
        Map<String, String> locked = new LinkedHashMap<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                String v = LockedCells.canonical(cell);
                boolean input = inputs.stream().anyMatch(r -> r.isInRange(cell));
                if (!v.isBlank() && !input) {
                    locked.put(new CellReference(cell).formatAsString(false), v);
                }
            }
        }
        return locked;
    }

    UnitTable tableOf(Unit unit) {
        Unit parent = unit.isRoot() ? null : registry.find(unit.parentCode());
        boolean own = !registry.childrenOf(unit.code()).isEmpty();
        if (own) {
            return new UnitTable(unit, true, unit, parent, parent, schoolLevels(unit));
        }
        Unit grandparent = parent == null || parent.isRoot() ? null : registry.find(parent.parentCode());
        return new UnitTable(unit, false, parent, grandparent, parent);
    }

    /** How many levels above each of its reporting units (the leaves under it) the unit is. */
    private Set<Integer> schoolLevels(Unit unit) {
        Set<Integer> levels = new HashSet<>();
        Set<String> seen = new HashSet<>();
        List<Unit> layer = List.of(unit);
        for (int depth = 0; !layer.isEmpty(); depth++) {
            List<Unit> next = new ArrayList<>();
            for (Unit u : layer) {
                List<Unit> children = registry.childrenOf(u.code());
                if (children.isEmpty() && depth > 0) {
                    levels.add(depth);
                }
                children.stream().filter(c -> seen.add(c.code())).forEach(next::add);
            }
            layer = next;
        }
        return levels;
    }

    /** The node, then every unit under it, depth first in registry order. */
    private List<Unit> subtree(Unit node) {
        List<Unit> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        collect(node, out, seen);
        return out;
    }

    private void collect(Unit u, List<Unit> out, Set<String> seen) {
        if (!seen.add(u.code())) {
            return; // a cycle in the registry
        }
        out.add(u);
        for (Unit child : registry.childrenOf(u.code())) {
            collect(child, out, seen);
        }
    }

    /**
     * A name a clerk recognises and any mail system or file system accepts: the unit's code, its name
     * without diacritics, the period ({@code 87715001_Truong_Tieu_hoc_Phu_Loc_bang_phan_ky_2022-2025.xlsx}).
     * The reader finds the code in it even when a file lost its stamp.
     */
    public String fileName(Unit unit) {
        String code = unit.code().replaceAll("[^A-Za-z0-9._-]+", "_");
        String name = Normalizer.normalize(unit.name(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "");
        if (name.length() > 60) {
            name = name.substring(0, 60).replaceAll("_$", "");
        }
        return FileNames.cap(code + "_" + name + "_bang_phan_ky_" + settings.period() + ".xlsx",
                FileNames.MAX_OUTPUT_BYTES);
    }
}
