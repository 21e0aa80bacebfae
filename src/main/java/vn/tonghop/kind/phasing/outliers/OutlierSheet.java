package vn.tonghop.kind.phasing.outliers;

import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import vn.tonghop.report.Cells;
import vn.tonghop.report.PrintLayout;
import vn.tonghop.report.ReportStyles;
import vn.tonghop.report.ReportStyles.Fill;
import vn.tonghop.report.ReportStyles.Kind;
import vn.tonghop.report.Tables;

/**
 * "Giá trị bất thường": each value far from its peers or jumping from the unit's previous version,
 * highlighted yellow (information: to check, not an error). Landscape, the header repeated.
 */
public final class OutlierSheet {

    public static final String NAME = "Giá trị bất thường";

    private OutlierSheet() {
    }

    public static void write(Workbook wb, ReportStyles st, List<Outliers.Outlier> outliers) {
        Sheet sh = wb.createSheet(NAME);
        List<String> headers = List.of("Mã", "Đơn vị", "Đơn vị cấp trên", "Mã chỉ tiêu", "Chỉ tiêu", "Loại",
                "Hiện trạng", "So với", "Mức lệch", "Tệp");
        Cells.Widths w = new Cells.Widths(headers.size(), 8, 40);
        Tables.headerRow(sh, st, headers, w);
        int r = 1;
        CellStyle text = st.get(Kind.TEXT, Fill.WARNING);
        CellStyle wrap = st.get(Kind.WRAP, Fill.WARNING);
        CellStyle num = st.get(Kind.DECIMAL, Fill.WARNING);
        for (Outliers.Outlier o : outliers) {
            Row row = sh.createRow(r++);
            boolean peers = o.rule().equals(Outliers.VALUE_OUTLIER);
            String[] left = {o.unit().code(), o.unit().name(), o.node() == null ? "" : o.node().name(),
                o.indicator().code(), o.indicator().name(),
                peers ? "Khác xa các đơn vị cùng cấp (trung vị)" : "Thay đổi lớn so với phiên bản trước"};
            for (int col = 0; col < left.length; col++) {
                w.text(col, left[col]);
                Cells.text(row, col, left[col], col == 0 || col == 3 ? text : wrap);
            }
            Cells.number(row, 6, o.value().number(), num);
            Cells.number(row, 7, o.reference(), num);
            String score = peers ? "z = " + vn.tonghop.validation.Texts.number(o.score())
                    : vn.tonghop.validation.Texts.number(o.score().movePointRight(2)) + " %";
            w.text(8, score);
            Cells.text(row, 8, score, text);
            w.text(9, o.file());
            Cells.text(row, 9, o.file(), wrap);
        }
        Tables.finish(sh, w, headers, r - 1, 2);
        for (int i = 1; i < r; i++) {
            PrintLayout.fitHeight(sh.getRow(i));
        }
        PrintLayout.a4(sh, true, 0, 0);
    }
}
