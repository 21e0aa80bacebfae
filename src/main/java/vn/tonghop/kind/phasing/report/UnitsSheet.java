package vn.tonghop.kind.phasing.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.tonghop.domain.Indicator;
import vn.tonghop.kind.phasing.consolidation.Consolidation;
import vn.tonghop.kind.phasing.consolidation.UnitReport;
import vn.tonghop.report.Cells;
import vn.tonghop.report.PrintLayout;
import vn.tonghop.report.ReportStyles;
import vn.tonghop.report.ReportStyles.Fill;
import vn.tonghop.report.ReportStyles.Kind;
import vn.tonghop.report.Tables;
import vn.tonghop.value.ParsedValue;

/**
 * "Đơn vị × chỉ tiêu": one row per unit that reported, its current value of every indicator, the
 * file used and its version; a doubtful value in yellow. This sheet grows with the office (10,000
 * schools), so it is written through a streaming window; widths are measured in a first pass, since
 * a streamed sheet cannot look back at its rows.
 */
final class UnitsSheet {

    static final String NAME = "Đơn vị × chỉ tiêu";

    private UnitsSheet() {
    }

    /** Unit sheet columns: code, name, the file used and its version (1 = the unit's first file), then indicators. */
    private static final int FIRST_INDICATOR = 4;

    static void write(SXSSFWorkbook wb, ReportStyles st, Consolidation c) {
        Sheet sh = wb.createSheet(NAME);
        List<String> headers = new ArrayList<>(List.of("Mã đơn vị", "Tên đơn vị", "Tệp", "Phiên bản"));
        c.indicators().forEach(i -> headers.add(i.code() + " – " + i.name()));
        List<UnitReport> reports = new ArrayList<>(c.reports());
        reports.sort(Comparator.comparing((UnitReport r) -> r.unit().code()).thenComparing(UnitReport::file));

        Cells.Widths w = new Cells.Widths(headers.size(), 8, 45);
        for (int col = 0; col < headers.size(); col++) {
            w.header(col, headers.get(col));
        }
        for (UnitReport rep : reports) {
            w.text(0, rep.unit().code());
            w.text(1, rep.unit().name());
            w.text(2, rep.file());
            w.number(3, BigDecimal.valueOf(rep.version()), true);
            int col = FIRST_INDICATOR;
            for (Indicator ind : c.indicators()) {
                ParsedValue v = rep.value(ind.code(), "current");
                if (v != null && Cells.plainNumber(v)) {
                    w.number(col, v.number(), ind.kind() == Indicator.IndicatorKind.COUNT);
                } else if (v != null) {
                    w.text(col, v.vietnamese());
                }
                col++;
            }
        }
        // indicator headers are long: they wrap in a column sized for the values
        for (int col = FIRST_INDICATOR; col < headers.size(); col++) {
            w.note(col, 14);
        }
        w.apply(sh);
        for (int col = FIRST_INDICATOR; col < headers.size(); col++) {
            sh.setColumnWidth(col, Math.min(sh.getColumnWidth(col), 22 * 256));
        }
        Row header = sh.createRow(0);
        for (int col = 0; col < headers.size(); col++) {
            Cells.text(header, col, headers.get(col), st.get(Kind.HEADER));
        }
        Tables.headerHeight(sh, headers);
        PrintLayout.a4(sh, true, 0, 0);
        sh.createFreezePane(2, 1);
        sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, reports.size()), 0, headers.size() - 1));

        int r = 1;
        for (UnitReport rep : reports) {
            Row row = sh.createRow(r++);
            Cells.text(row, 0, rep.unit().code(), st.get(Kind.TEXT));
            Cells.text(row, 1, rep.unit().name(), st.get(Kind.TEXT));
            Cells.text(row, 2, rep.file(), st.get(Kind.TEXT));
            row.createCell(3).setCellValue(rep.version());
            row.getCell(3).setCellStyle(st.get(Kind.INTEGER));
            int col = FIRST_INDICATOR;
            for (Indicator ind : c.indicators()) {
                ParsedValue v = rep.value(ind.code(), "current");
                Fill fill = v != null && v.isFlagged() ? Fill.WARNING : Fill.NONE;
                boolean count = ind.kind() == Indicator.IndicatorKind.COUNT;
                ValueCells.parsed(row, col, v, st.get(count ? Kind.INTEGER : Kind.DECIMAL, fill), st.get(Kind.TEXT, fill), w,
                        count);
                col++;
            }
        }
    }
}
