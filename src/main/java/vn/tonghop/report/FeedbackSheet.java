package vn.tonghop.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;

/**
 * The sheet {@value #NAME} added to a school's feedback workbook: the file's name, the count of
 * findings, how to read the marks, and one line per finding (severity, sheet, cell with a link to
 * it, message, the value as typed, the rule). First sheet in an .xlsx; last in an .xls, where POI
 * cannot move sheets without breaking references to them (still the active one).
 */
final class FeedbackSheet {

    static final String NAME = "Góp ý";
    static final String[] COLUMNS = {"STT", "Mức độ", "Trang tính", "Ô", "Nội dung", "Giá trị đã nhập",
        "Mã quy tắc"};
    private static final int[] WIDTHS = {6, 11, 16, 10, 70, 24, 30};
    /** Row of the table header (0-based). */
    static final int HEADER_ROW = 4;
    private static final byte[] HEADER_COLOUR = FeedbackMarker.rgb(0xD0, 0xD0, 0xD0); // an .xls palette's grey too

    private FeedbackSheet() {
    }

    /** Adds the sheet, first (last in an .xls), active and alone selected. */
    static void write(Workbook wb, Styles st, List<Finding> findings, Map<Finding, String> links, String name) {
        Sheet sh = wb.createSheet(freeName(wb));
        boolean xls = wb instanceof HSSFWorkbook;
        if (!xls) {
            // HSSF's setSheetOrder garbles 3-D references, sheet-level names and print areas of the
            // school's sheets (POI 5.5.1), so an .xls keeps "Góp ý" last; it still opens on it
            wb.setSheetOrder(sh.getSheetName(), 0);
        }
        int index = wb.getSheetIndex(sh);
        wb.setActiveSheet(index);
        wb.setFirstVisibleTab(0);
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            // only ours selected: several selected tabs would put Excel in group-edit mode
            wb.getSheetAt(i).setSelected(i == index);
        }
        for (int c = 0; c < WIDTHS.length; c++) {
            sh.setColumnWidth(c, WIDTHS[c] * 256);
        }
        PrintLayout.a4(sh, true, HEADER_ROW, HEADER_ROW);

        Cells.text(sh.createRow(0), 0, "Góp ý cho tệp «" + name + "»", st.title);
        if (findings.isEmpty()) {
            Cells.text(sh.createRow(1), 0, "Không phát hiện sai sót nào trong tệp; đơn vị không cần sửa gì.",
                    st.plain);
            return;
        }
        Cells.text(sh.createRow(1), 0, countLine(findings), st.bold);
        Cells.text(sh.createRow(2), 0, "Các ô có góp ý được tô màu (đỏ nhạt: lỗi, vàng nhạt: cảnh báo, xanh nhạt: "
                + "thông tin) và có ghi chú. Bấm vào địa chỉ ở cột «Ô» để đến ô đó. Đề nghị đơn vị sửa trong tệp "
                + "của mình rồi gửi lại.", st.plain);

        Row header = sh.createRow(HEADER_ROW);
        for (int c = 0; c < COLUMNS.length; c++) {
            Cells.text(header, c, COLUMNS[c], st.header);
        }
        CreationHelper helper = wb.getCreationHelper();
        int r = HEADER_ROW + 1;
        for (Finding f : findings) {
            Row row = sh.createRow(r);
            Cells.number(row, 0, r - HEADER_ROW, st.center);
            Severity sev = f.severity();
            Cells.text(row, 1, sev == null ? "" : sev.vietnamese(), sev == null ? st.text : st.severity.get(sev));
            Cells.text(row, 2, f.sheet(), st.text);
            String link = links.get(f);
            Cell at = Cells.text(row, 3, f.cell(), link == null ? st.text : st.link);
            if (link != null) {
                Hyperlink h = helper.createHyperlink(HyperlinkType.DOCUMENT);
                h.setAddress(link);
                at.setHyperlink(h);
            }
            Cells.text(row, 4, f.message(), st.text);
            Cells.text(row, 5, f.raw(), st.text);
            Cells.text(row, 6, f.rule(), st.text);
            PrintLayout.fitHeight(row);
            r++;
        }
        sh.createFreezePane(0, HEADER_ROW + 1);
        if (!xls) {
            // HSSF may bind the filter's hidden name to another sheet's reference (POI 5.5.1)
            sh.setAutoFilter(new CellRangeAddress(HEADER_ROW, r - 1, 0, COLUMNS.length - 1));
        }
    }

    /** "Phát hiện 3 lỗi, 2 cảnh báo." with the information count when there is any. */
    static String countLine(List<Finding> findings) {
        Map<Severity, Integer> n = new EnumMap<>(Severity.class);
        for (Finding f : findings) {
            if (f.severity() != null) {
                n.merge(f.severity(), 1, Integer::sum);
            }
        }
        String line = "Phát hiện " + n.getOrDefault(Severity.ERROR, 0) + " lỗi, "
                + n.getOrDefault(Severity.WARNING, 0) + " cảnh báo";
        if (n.containsKey(Severity.INFO)) {
            line += ", " + n.get(Severity.INFO) + " thông tin";
        }
        return line + ".";
    }

    /** {@value #NAME}, or "Góp ý (2)"… when the school sent back an earlier feedback workbook. */
    private static String freeName(Workbook wb) {
        String name = NAME;
        for (int i = 2; wb.getSheetIndex(name) >= 0; i++) {
            name = NAME + " (" + i + ")";
        }
        return name;
    }

    /** The {@value #NAME} sheet's styles, for .xlsx and .xls alike (ReportStyles is .xlsx only). */
    static final class Styles {
        final CellStyle title;
        final CellStyle bold;
        final CellStyle plain;
        final CellStyle header;
        final CellStyle text;
        final CellStyle center;
        final CellStyle link;
        final Map<Severity, CellStyle> severity = new EnumMap<>(Severity.class);

        Styles(Workbook wb) {
            Font titleFont = font(wb, true, (short) 14);
            Font boldFont = font(wb, true, (short) 11);
            Font linkFont = font(wb, false, (short) 11);
            linkFont.setUnderline(Font.U_SINGLE);
            linkFont.setColor(IndexedColors.BLUE.getIndex());

            title = wb.createCellStyle();
            title.setFont(titleFont);
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            plain = wb.createCellStyle();
            plain.setFont(font(wb, false, (short) 11));
            header = bordered(wb);
            header.setFont(boldFont);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            FeedbackMarker.setFill(wb, header, HEADER_COLOUR);
            text = bordered(wb);
            center = bordered(wb);
            center.setAlignment(HorizontalAlignment.CENTER);
            link = bordered(wb);
            link.setFont(linkFont);
            for (Severity s : Severity.values()) {
                CellStyle cs = bordered(wb);
                FeedbackMarker.setFill(wb, cs, FeedbackMarker.COLOURS.get(s));
                severity.put(s, cs);
            }
        }

        private static CellStyle bordered(Workbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }

        private static Font font(Workbook wb, boolean bold, short points) {
            Font f = wb.createFont();
            f.setBold(bold);
            f.setFontHeightInPoints(points);
            return f;
        }
    }
}
