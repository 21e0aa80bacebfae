package vn.tonghop.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.report.ReportStyles.Fill;
import vn.tonghop.report.ReportStyles.Kind;

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
    static final int[] WIDTHS = {6, 11, 16, 10, 70, 24, 30};
    static final String NOTHING_TO_FIX = "Không phát hiện sai sót nào trong tệp; đơn vị không cần sửa gì.";
    static final String HOW_TO_READ = "Các ô có góp ý được tô màu (đỏ nhạt: lỗi, vàng nhạt: cảnh báo, xanh nhạt: "
            + "thông tin) và có ghi chú. Bấm vào địa chỉ ở cột «Ô» để đến ô đó. Đề nghị đơn vị sửa trong tệp "
            + "của mình rồi gửi lại.";
    /** The styles of the list, as {@link StreamedFeedback} writes them too: (kind, fill), first to last. */
    static final List<Map.Entry<Kind, Fill>> STYLES = List.of(Map.entry(Kind.HEADLINE, Fill.NONE),
            Map.entry(Kind.BOLD_LINE, Fill.NONE), Map.entry(Kind.LINE, Fill.NONE), Map.entry(Kind.WRAP, Fill.NONE),
            Map.entry(Kind.CENTER, Fill.NONE), Map.entry(Kind.LINK, Fill.NONE), Map.entry(Kind.HEADER, Fill.LIST_HEADER),
            Map.entry(Kind.WRAP, Fill.MARKED_ERROR), Map.entry(Kind.WRAP, Fill.MARKED_WARNING),
            Map.entry(Kind.WRAP, Fill.MARKED_INFO));
    /** Row of the table header (0-based). */
    static final int HEADER_ROW = 4;

    private FeedbackSheet() {
    }

    /** Adds the sheet, first (last in an .xls), active and alone selected. */
    static void write(Workbook wb, ReportStyles st, List<Finding> findings, Map<Finding, String> links, String name) {
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

        Cells.text(sh.createRow(0), 0, title(name), st.get(Kind.HEADLINE));
        if (findings.isEmpty()) {
            Cells.text(sh.createRow(1), 0, NOTHING_TO_FIX,
                    st.get(Kind.LINE));
            return;
        }
        Cells.text(sh.createRow(1), 0, countLine(findings), st.get(Kind.BOLD_LINE));
        Cells.text(sh.createRow(2), 0, HOW_TO_READ, st.get(Kind.LINE));

        Row header = sh.createRow(HEADER_ROW);
        for (int c = 0; c < COLUMNS.length; c++) {
            Cells.text(header, c, COLUMNS[c], st.get(Kind.HEADER, Fill.LIST_HEADER));
        }
        CreationHelper helper = wb.getCreationHelper();
        int r = HEADER_ROW + 1;
        PrintLayout.RowFitter fitter = new PrintLayout.RowFitter(sh);
        for (Finding f : findings) {
            Row row = sh.createRow(r);
            Cells.number(row, 0, r - HEADER_ROW, st.get(Kind.CENTER));
            Severity sev = f.severity();
            Cells.text(row, 1, sev == null ? "" : sev.vietnamese(), sev == null ? st.get(Kind.WRAP) : st.get(Kind.WRAP, Fill.marked(sev)));
            Cells.text(row, 2, f.sheet(), st.get(Kind.WRAP));
            String link = links.get(f);
            Cell at = Cells.text(row, 3, f.cell(), link == null ? st.get(Kind.WRAP) : st.get(Kind.LINK));
            if (link != null) {
                Hyperlink h = helper.createHyperlink(HyperlinkType.DOCUMENT);
                h.setAddress(link);
                at.setHyperlink(h);
            }
            Cells.text(row, 4, f.message(), st.get(Kind.WRAP));
            Cells.text(row, 5, f.raw(), st.get(Kind.WRAP));
            Cells.text(row, 6, f.rule(), st.get(Kind.WRAP));
            fitter.fit(row);
            r++;
        }
        sh.createFreezePane(0, HEADER_ROW + 1);
        if (!xls) {
            // HSSF may bind the filter's hidden name to another sheet's reference (POI 5.5.1)
            sh.setAutoFilter(new CellRangeAddress(HEADER_ROW, r - 1, 0, COLUMNS.length - 1));
        }
    }

    static String title(String fileName) {
        return "Góp ý cho tệp «" + fileName + "»";
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

    /**
     * The sheet's styles, made before the school's cells are marked: the marks may use up what the
     * workbook can hold, the list's few styles must never run out.
     */
    static ReportStyles styles(Workbook wb) {
        ReportStyles st = new ReportStyles(wb);
        STYLES.forEach(e -> st.get(e.getKey(), e.getValue()));
        return st;
    }
}
