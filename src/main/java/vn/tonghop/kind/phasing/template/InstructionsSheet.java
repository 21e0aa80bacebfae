package vn.tonghop.kind.phasing.template;

import vn.tonghop.template.TemplateSettings;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.domain.Unit;
import vn.tonghop.report.PrintLayout;
import vn.tonghop.report.ReportStyles;
import vn.tonghop.report.ReportStyles.Kind;

/**
 * The instructions sheet, in Vietnamese: what the template is, what each column means, how to type
 * each kind of value, what not to do, where to send the file and whom to ask. One label and one
 * explanation per row, so the table scan never takes it for a table header. Protected like the table.
 */
final class InstructionsSheet {

    static final String NAME = "Hướng dẫn";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final XSSFSheet sh;
    private final ReportStyles st;
    private final UnitTable table;
    private final TemplateSettings settings;
    private int r;

    InstructionsSheet(XSSFWorkbook wb, ReportStyles st, UnitTable table, TemplateSettings settings) {
        this.sh = wb.createSheet(NAME);
        this.st = st;
        this.table = table;
        this.settings = settings;
    }

    void write(LocalDate madeOn) {
        Unit unit = table.unit();
        String first = String.valueOf(settings.firstYear());
        String last = String.valueOf(settings.lastYear());
        String current = settings.currentLabel();
        Row t = sh.createRow(r);
        t.createCell(0).setCellValue("HƯỚNG DẪN ĐIỀN BẢNG PHÂN KỲ THỰC HIỆN CHỈ TIÊU");
        t.getCell(0).setCellStyle(st.get(Kind.TITLE));
        sh.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
        r += 2;
        line("Đơn vị", unit.name() + " (mã " + unit.code() + ")");
        line("Giai đoạn", first + "–" + last + "; hiện trạng tính đến " + current + "; chỉ tiêu cuối kỳ là chỉ tiêu năm "
                + last + ".");
        line("Mẫu", "Phiên bản " + settings.version() + ", lập ngày " + madeOn.format(DATE) + ". Bảng cần điền ở trang «"
                + TableSheet.NAME + "».");
        r++;
        heading("CÁC CỘT CỦA BẢNG");
        line("STT, tên và ĐVT", "Đã điền sẵn theo danh mục chỉ tiêu; không sửa, không thêm hay xóa dòng.");
        line("Hiện trạng " + current, table.ownTable()
                ? "Giá trị tổng hợp từ các đơn vị trực thuộc tại thời điểm " + current + " (tỷ lệ %: trung bình các đơn "
                        + "vị; số đơn vị: tổng; chỉ tiêu có/không, đạt/không đạt: tỷ lệ % đơn vị đạt). Chỉ tiêu là số "
                        + "liệu của chính đơn vị, như phổ cập giáo dục, xóa mù chữ của huyện: chọn Đạt/Chưa đạt "
                        + "(Có/Chưa), không ghi 100."
                : "Giá trị thực tế của đơn vị tại thời điểm " + current + ".");
        line("Chỉ tiêu " + last + ": TW, Tỉnh", "Chỉ tiêu do " + setter(table.aboveSetter()) + " giao; đã điền sẵn, "
                + "ô màu xám, không sửa (để trống khi không giao). Mục III không có cột này.");
        line("Chỉ tiêu " + last + ": Huyện", "Chỉ tiêu do " + setter(table.districtSetter()) + " giao; đã điền sẵn, ô "
                + "màu xám, không sửa. «X»: chỉ tiêu do huyện đặt ra, không kèm con số.");
        line("Chỉ tiêu " + last + ": Trường", table.ownTable()
                ? "Tổng hợp chỉ tiêu cuối kỳ các đơn vị trực thuộc tự đặt."
                : "Chỉ tiêu cuối kỳ đơn vị tự đặt, ít nhất bằng chỉ tiêu được giao (với chỉ tiêu càng thấp càng tốt, "
                        + "như «Học sinh giảm»: không cao hơn chỉ tiêu được giao).");
        line("Phân kỳ " + first + "–" + last, "Giá trị dự kiến đạt từng năm, tiến dần tới chỉ tiêu cuối kỳ; giá trị năm "
                + "của hiện trạng gần với hiện trạng; năm " + last + " bằng chỉ tiêu ở cột «Trường».");
        r++;
        heading("CÁCH GHI GIÁ TRỊ");
        line("Tỷ lệ (%)", "Số từ 0 đến 100, không gõ dấu %: 99,5 hoặc 99.5 (dấu phẩy hay dấu chấm thập phân đều "
                + "được). Chỉ tiêu là ngưỡng thì ghi kèm dấu so sánh: «< 0,20», «> 99».");
        line("Số đơn vị (ĐV)", "Số nguyên: 0, 1, 12.");
        line("Xếp hạng", "Thứ hạng/tổng số đơn vị: 5/20.");
        line("Có/Không, Đạt/Không đạt", "Chọn trong danh sách thả xuống của ô: Có, Không, Chưa; Đạt, Không đạt.");
        line("Chưa có số liệu", "Ghi «Chưa đánh giá»; không để trống các ô màu vàng.");
        line("Màu của ô", "Vàng: đơn vị nhập. Xám: chỉ tiêu được giao, đã điền sẵn. Các ô khác: nhãn của bảng, đã khóa.");
        r++;
        heading("LƯU Ý");
        line("Bảo vệ trang tính", "Các trang được bảo vệ, không đặt mật khẩu: mở và đọc tệp không cần mật khẩu. Không "
                + "gỡ bảo vệ để sửa ô đã khóa, không chèn hay xóa dòng, cột, không đổi tên trang: chương trình tổng hợp "
                + "vẫn phát hiện mọi thay đổi ngoài các ô màu vàng và báo lại.");
        line("Lưu tệp", "Lưu dạng Excel (.xlsx), giữ nguyên tên tệp. Ghi chú, giải thích (nếu có) viết trong thư gửi "
                + "kèm, không viết vào bảng.");
        r++;
        heading("GỬI BẢNG VÀ LIÊN HỆ");
        Unit to = table.sendTo();
        if (to != null) {
            line("Gửi về", to.name() + (to.email() == null ? "" : " (" + to.email() + ")"));
        }
        if (!settings.contact().isEmpty()) {
            line("Liên hệ", settings.contact());
        }
        sh.setColumnWidth(0, 30 * 256);
        sh.setColumnWidth(1, 80 * 256);
        for (Row row : sh) {
            PrintLayout.fitHeight(row);
        }
        // portrait, both columns on the page width: it was cut at the page's edge
        PrintLayout.a4(sh, false);
        sh.lockSelectLockedCells(false);
        sh.lockFormatColumns(false);
        sh.lockFormatRows(false);
        sh.enableLocking();
    }

    private static String setter(Unit u) {
        return u == null ? "cấp trên" : u.name();
    }

    private void heading(String text) {
        Row row = sh.createRow(r++);
        row.createCell(0).setCellValue(text);
        row.getCell(0).setCellStyle(st.get(Kind.BOLD));
    }

    private void line(String label, String text) {
        Row row = sh.createRow(r++);
        cell(row, 0, label, st.get(Kind.BOLD));
        cell(row, 1, text, st.get(Kind.NOTE));
    }

    private static void cell(Row row, int col, String text, CellStyle style) {
        row.createCell(col).setCellValue(text);
        row.getCell(col).setCellStyle(style);
    }
}
