package vn.tonghop.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The implementation report samples (báo cáo kết quả thực hiện kế hoạch cải tiến chất lượng): seed
 * {@code 003_…} cell for cell, and an invented school's report with planted mistakes. Written by {@link
 * SampleWorkbookGenerator} into {@code sample-workbooks/}; the tests build the same workbooks from here.
 */
public final class ImplementationReportSamples {

    /**
     * Seed {@code 003_…} from its title on, cell for cell: the plain-text rendering's tab-separated lines,
     * blank lines included (a row cut by a page break goes on after a blank line, its label cells blank),
     * the criterion labels with their leftover {@code <i>} markup, the header's merged cells as a
     * Word-to-Excel copy has them (TT, «Tiêu chuẩn, tiêu chí» and «Ghi chú» over two rows, «ND Kế hoạch…»
     * over two columns, «Kết quả thực hiện» over three). Two liberties, both the rendering's artefacts: the
     * last line of 5.6 lost its first (empty) cell in the rendering, so its texts sat one column left of
     * their columns (the plan's text under «Tiêu chuẩn, tiêu chí», the done column's under the adjusted
     * plan); here they are in their columns. The ruler line under the table ({@code --}) is left out, and the
     * principal's name under «(đã ký)» is an invented one.
     */
    static final String[][] SEED = {
            {"BÁO CÁO"},
            {""},
            {"KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2022-2023"},
            {""},
            {"(Kèm theo Báo cáo số /BC-T..., ngày tháng ... năm của trường)"},
            {""},
            {"TT", "Tiêu chuẩn, tiêu chí", "ND Kế hoạch cải tiến chất lượng giáo dục năm học 2022– 2023", "", "Kết quả thực hiện", "", "", "Ghi chú"},
            {"", "", "ND Kế hoạch cải tiến chất lượng được XD đầu năm", "ND Kế hoạch cải tiến chất lượng giáo dục đã được điều chỉnh", "Những công việc đã triển khai xong theo đúng KH (nêu rõ chất lượng, hiệu quả công việc)", "Những công việc đang triển khai theo KH, hoặc chậm so với KH (lý do chậm tiến độ), đánh giá sơ bộ về những ND đã triển khai", "Những công việc chưa triển khai (nêu rõ lý do)", ""},
            {"MỨC 1, 2, 3", "", "", "", "", "", "", ""},
            {"1", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", "", "", "", "", "", ""},
            {"", "<i>Tiêu chí 1.4</i>", "Nhà trường có 6 tổ chuyên môn, trong đó", "Không có", "Nhà trường thường xuyên giám sát hoạt", "Trong NH 2023-2024 nhà trường tiếp tục", "", ""},
            {""},
            {"", "", "có 02 tổ ghép và 1 tổ văn phòng gây khó khăn trong sinh hoạt chuyên môn. Đẩy mạnh giám sát hoạt động chuyên môn theo đúng Điều lệ trường THCS. Nhà trường có kế hoạch tuyển dụng thêm giáo viên các môn còn thiếu và tách tổ ghép khi đủ nhân sự.", "", "động tổ chuyên môn theo đúng Điều lệ. Đã có kế hoạch tuyển dụng nhân sự, tuy nhiên do điều kiện khách quan vẫn chưa tuyển dụng được nhân sự để tách tổ theo đúng chuyên môn.", "thực hiện kế hoạch tuyển dụng để tăng nhân sự nhằm đảm bảo chuyên môn.", "", ""},
            {"", "<i>Tiêu chí 1.7</i>", "Nhà trường tiếp tục xây dựng kế hoạch bồi dưỡng, nâng cao trình độ chuyên môn nghiệp vụ như tạo điều kiện cho GV tham gia lớp sau đại học và các lớp bồi dưỡng chuyên môn nghiệp vụ. Thỉnh giảng giáo viên giảng dạy", "Không có", "Đã xây dựng kế hoạch đào tạo, bồi dưỡng hàng năm, số giáo viên đạt trình độ sau đại học là 04, trình độ đại học là 25/26 (01 GV trình độ CĐ do sắp về hưu vào tháng 11/2023) 100% GV có chứng chỉ ngoại ngữ, tin học. Nhà trường đã thành", "Không có", "Không có", ""},
            {""},
            {"", "", "nhằm đảm bảo chuyên môn của nhà trường.", "", "giảng giáo viên một số môn như Văn, ngoại ngữ để đảm bảo chuyên môn của nhà trường.", "", "", ""},
            {"2", "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên", "", "", "", "", "", ""},
            {"", "<i>Tiêu chí 2.1</i>", "Nhà trường tạo điều kiện cho CBQL tham gia lớp nâng cao trình độ chuyên môn, nghiệp vụ. CBQL nhà trường tiếp tục phát huy năng lực trong công tác nhằm nâng cao chất lượng, hiệu quả hoạt động của nhà trường, triển khai phân đầu thực hiện để đạt mức đánh giá tốt của chuẩn hiệu trưởng, phó hiệu", "Không có", "CBQL quản lý đã tham gia lớp nâng cao trình độ chuyên môn, kết quả 01 CBQL đạt trình độ thạc sĩ. CBQL được đánh giá chuẩn nghề nghiệp đạt tốt", "Trong những năm tiếp theo CBQL còn lại tiếp tục tham gia nâng cao trình độ chuyên môn, nghiệp vụ", "Không có", ""},
            {""},
            {"", "", "trường.", "", "", "", "", ""},
            {"3", "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học", "", "", "", "", "", ""},
            {"", "<i>Tiêu chí 3.2</i>", "Phòng thực hành bộ môn chưa đảm bảo diện tích. Phòng học ở 2 cơ sở gây khó khăn trong việc giảng dạy và hoạt động tập thể toàn trường. Tiếp tục tham mưu UBND huyện đẩy nhanh tiến độ thực hiện kế hoạch xây dựng trường.", "Không có", "Nhà trường đã tham mưu UBND huyện đẩy nhanh tiến độ thực hiện kế hoạch xây dựng trường nhưng vì lý do khách quan chưa thực hiện kế hoạch xây dựng.", "Không có", "Không có", ""},
            {"", "<i>Tiêu chí 3.3</i>", "Nhà trường không có phòng đoàn thể, phòng tiếp dân, diện tích phòng hành chính nhỏ hẹp. Tiếp tục tham mưu UBND huyện đẩy", "Không có", "Nhà trường đã tham mưu UBND huyện đẩy nhanh tiến độ thực hiện kế hoạch xây dựng trường nhưng vì lý do khách quan chưa thực hiện kế hoạch xây", "Không có", "Không có", ""},
            {""},
            {"", "", "nhanh tiến độ thực hiện kế hoạch xây dựng trường", "", "dụng.", "", "", ""},
            {"", "<i>Tiêu chí 3.6</i>", "Diện tích thư viện nhỏ so với quy định. Tiếp tục tham mưu UBND huyện đẩy nhanh tiến độ thực hiện kế hoạch xây dựng trường", "Không có", "Nhà trường đã tham mưu UBND huyện đẩy nhanh tiến độ thực hiện kế hoạch xây dựng trường nhưng vì lý do khách quan chưa thực hiện kế hoạch xây dựng.", "Không có", "Không có", ""},
            {"4", "Tiêu chuẩn 4: Quan hệ giữa nhà trường, gia đình và xã hội", "", "", "", "", "", ""},
            {"", "<i>Tiêu chí 4.1</i>", "Hiệu trưởng xây dựng cơ chế phối hợp giữa nhà trường, Ban đại diện CMHS và chính quyền địa phương", "Không có", "Nhà trường đã ban hành kế hoạch phối hợp giữa nhà trường, gia đình và địa phương để kịp thời quan tâm, giáo dục học sinh. Sắp", "Không có", "Không có", ""},
            {""},
            {"", "", "nhằm kịp thời trao đổi trực tiếp những vấn đề liên quan đến học sinh. Bố trí thời gian linh hoạt và nâng cao chất lượng cuộc họp phụ huynh.", "", "xếp thời gian họp phụ huynh vào ngày chủ nhật để phụ huynh có thể tham gia cuộc họp, từ đó nắm được tình hình học tập của con em và có hướng quan tâm, phối hợp giáo dục học sinh.", "", "", ""},
            {"", "<i>Tiêu chí 4.2</i>", "Công tác chăm sóc gia đình thương binh, liệt sĩ, gia đình có công cách mạng, Bà mẹ VNAH ở địa phương chưa thường xuyên.", "Không có", "Nhà trường đã chủ động lập kế hoạch, chỉ đạo các tổ chức đoàn thể trường phối hợp đoàn thể địa phương tổ chức cho các em học sinh tham quan tìm hiểu nhiều di tích lịch sử cách mạng của địa phương như Ngã Ba Giồng, Chiến thắng La Ngà, Dinh quận. Phối hợp chăm sóc gia đình thương binh liệt sĩ, Bà", "Không có", "Không có", ""},
            {""},
            {"", "", "", "", "mẹ VNAH ở địa phương khác nhau.", "", "", ""},
            {"5", "Tiêu chuẩn 5: Hoạt động giáo dục và kết quả giáo dục", "", "", "", "", "", ""},
            {"", "<i>Tiêu chí 5.4</i>", "Hiệu trưởng chỉ đạo phó hiệu trưởng cùng các tổ chuyên môn xây dựng kế hoạch hoạt động trải nghiệm phong phú, phù hợp với học sinh và điều kiện của nhà trường.", "Không có", "NH 2022-2023 Nhà trường xây dựng kế hoạch hoạt động trải nghiệm và tổ chức cho học sinh tham quan di tích Rạch Gầm Xoài Mút, với số lượng tham gia là 150 học sinh.", "Không có", "Không có", ""},
            {"", "<i>Tiêu chí 5.6</i>", "Hiệu trưởng tiếp tục chỉ đạo giáo viên tăng cường đổi mới phương pháp giảng dạy, chú trọng phương pháp dạy học theo cá thể nhằm nâng cao tỉ lệ học sinh", "Không có", "Nhà trường xây dựng kế hoạch phụ đạo học sinh yếu, bồi dưỡng học sinh khá giỏi để tăng tỉ lệ học sinh giỏi, giảm tỉ lệ học sinh yếu kém. Tuy nhiên tỉ lệ", "Không có", "Không có", ""},
            {""},
            {"", "", "khá, giỏi, giảm tỉ lệ học sinh yếu, kém. Phối hợp với chính quyền địa phương, Ban đại diện cha mẹ học sinh để làm tốt công tác vận động học sinh có nguy cơ nghỉ bỏ học trở lại trường.", "", "học sinh bỏ học vẫn còn do nhiều yếu tố như một số em gia đình không quan tâm hoặc gia đình khó khăn phải phụ giúp gia đình, không có điều kiện tiếp tục đi học", "", "", ""},
            {""},
            {"Hiệu trưởng"},
            {""},
            {"(đã ký)"},
            {""},
            {"Trần Thị Mai"},
    };

    /** The header of Phú Lộc's report, on one row, as its template has it. */
    static final String[] PHU_LOC_HEADER = {"STT", "Tiêu chuẩn, tiêu chí", "Nội dung kế hoạch xây dựng đầu năm",
            "Nội dung kế hoạch đã điều chỉnh", "Những công việc đã triển khai xong theo đúng kế hoạch (nêu rõ chất "
            + "lượng, hiệu quả)", "Những công việc đang triển khai hoặc chậm so với kế hoạch (lý do chậm)",
            "Những công việc chưa triển khai (nêu rõ lý do)", "Ghi chú"};

    /**
     * An invented school's report (Trường Tiểu học Phú Lộc, 87715001) on its 2023–2024 improvement plan
     * ({@code PhuLoc_ke_hoach_cai_tien.xlsx}: criteria 1.4, 3.3, 3.5, 5.2, 3.6, 2.2), laid out otherwise than the seed:
     * a letterhead with «Số: 15/BC-THPL» and the place and date on lines of their own, the title naming the
     * school year, a one-row header with the columns' numbers under it, standards numbered I, II…, criterion 1.4
     * by its title only, the header repeated after a page break in the middle of 2.2's row. Planted: the date
     * left without its day (E3); 3.3's done column saying the work was not done while the others say «Không
     * có» (E16); criterion 4.1, not in the plan (B18); 5.2 reporting nothing («Không có» everywhere, E20);
     * 3.5 and 3.6 of the plan left out.
     */
    static final String[][] PHU_LOC = {
            {"PHÒNG GD&ĐT HUYỆN SÔNG TRÀ", "", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
            {"TRƯỜNG TIỂU HỌC PHÚ LỘC", "", "", "", "Độc lập - Tự do - Hạnh phúc"},
            {"Số: 15/BC-THPL", "", "", "", "Phú Lộc, ngày … tháng 5 năm 2024"},
            {""},
            {"BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG NĂM HỌC 2023 - 2024"},
            {""},
            PHU_LOC_HEADER,
            {"(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"},
            {"I", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"},
            {"1", "Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng",
                    "Sinh hoạt chuyên môn theo nghiên cứu bài học 2 lần/tháng", "Không",
                    "Các tổ chuyên môn sinh hoạt theo nghiên cứu bài học 2 lần/tháng từ tháng 9/2023; 18 chuyên đề "
                            + "được tổ chức, giáo viên đánh giá có hiệu quả.", "Không", "Không", ""},
            {"II", "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh"},
            {"2", "Tiêu chí 2.2: Đối với giáo viên", "Cử giáo viên học nâng chuẩn đại học", "",
                    "03 giáo viên đã tốt nghiệp đại học sư phạm.", "02 giáo viên đang học năm thứ hai, dự kiến tốt "
                    + "nghiệp tháng 6/2025; chậm so với kế hoạch", "Không", ""},
            PHU_LOC_HEADER,
            {"", "", "", "", "", "do lớp học khai giảng muộn."},
            {"III", "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học"},
            {"3", "Tiêu chí 3.3: Khu sân chơi, bãi tập", "Nâng cấp sân chơi, bổ sung thiết bị thể dục", "",
                    "Chưa thực hiện được do kinh phí chưa được cấp.", "Không có", "Không có", ""},
            {"IV", "Tiêu chuẩn 4: Quan hệ giữa nhà trường, gia đình và xã hội"},
            {"5", "Tiêu chí 4.1: Ban đại diện cha mẹ học sinh", "Họp Ban đại diện cha mẹ học sinh mỗi học kỳ", "",
                    "Đã họp 2 lần trong năm học, thống nhất kế hoạch phối hợp giáo dục học sinh.", "Không", "Không", ""},
            {"V", "Tiêu chuẩn 5: Hoạt động giáo dục và kết quả giáo dục"},
            {"6", "Tiêu chí 5.2: Tổ chức hoạt động giáo dục cho học sinh có hoàn cảnh khó khăn",
                    "Phân công giáo viên phụ đạo, phối hợp Hội cha mẹ học sinh", "", "Không có", "Không có",
                    "Không có", ""},
            {""},
            {"", "", "", "", "HIỆU TRƯỞNG"},
            {"", "", "", "", "(đã ký)"},
            {"", "", "", "", "Lương Văn Khải"},
    };

    /** The seed's first header row (0-based): Excel rows 7 and 8. */
    public static final int SEED_HEADER = 6;

    /** The sheet the seed's table is on. */
    public static final String SEED_SHEET = "Báo cáo";

    private ImplementationReportSamples() {
    }

    /** The seed's report on a sheet of its own, in a new workbook. */
    public static Workbook seed() {
        Workbook wb = new XSSFWorkbook();
        writeSeed(wb.createSheet(SEED_SHEET));
        return wb;
    }

    /** Phú Lộc's report, sheet «BC thực hiện KH». */
    public static Workbook phuLoc() {
        Workbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("BC thực hiện KH");
        write(sheet, PHU_LOC);
        sheet.addMergedRegion(new CellRangeAddress(4, 4, 0, 7));
        looks(sheet);
        return wb;
    }

    /** Writes the seed's table into {@code sheet} from its first row, merges included. */
    public static void writeSeed(Sheet sheet) {
        write(sheet, SEED);
        int h = SEED_HEADER;
        sheet.addMergedRegion(new CellRangeAddress(h, h + 1, 0, 0));
        sheet.addMergedRegion(new CellRangeAddress(h, h + 1, 1, 1));
        sheet.addMergedRegion(new CellRangeAddress(h, h, 2, 3));
        sheet.addMergedRegion(new CellRangeAddress(h, h, 4, 6));
        sheet.addMergedRegion(new CellRangeAddress(h, h + 1, 7, 7));
        looks(sheet);
    }

    static void write(Sheet sheet, String[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                if (!rows[r][c].isEmpty()) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
        }
    }

    /** Wrapped text and widths as a clerk's copy has them, so the file opens readable. */
    private static void looks(Sheet sheet) {
        CellStyle wrap = sheet.getWorkbook().createCellStyle();
        wrap.setWrapText(true);
        int[] widths = {6, 16, 40, 18, 40, 30, 22, 10};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        for (Row row : sheet) {
            for (Cell cell : row) {
                cell.setCellStyle(wrap);
            }
        }
    }

    /** The seed's report in the samples, from a lower-secondary school of the registry (named by its code). */
    public static final String SEED_FILE = "87612406_bao_cao_thuc_hien_KHCTCL_2022-2023.xlsx";
    /** Phú Lộc's report in the samples. */
    public static final String PHU_LOC_FILE = "PhuLoc_bao_cao_thuc_hien_KHCTCL_2023-2024.xlsx";

    /** Writes both reports into {@code out} and adds their lines to the samples' README. */
    static void generate(java.nio.file.Path out, List<SampleWorkbookGenerator.ReadmeRow> readme) throws IOException {
        try (Workbook wb = seed()) {
            java.nio.file.Files.write(out.resolve(SEED_FILE), bytes(wb));
        }
        String seedCheck = "report number and date left blank";
        readme.add(new SampleWorkbookGenerator.ReadmeRow(SEED_FILE, "87612406 (PGD-TH, huyện Tân Hồng)",
                "Seed 003 (báo cáo kết quả thực hiện kế hoạch cải tiến chất lượng 2022–2023) cell for cell, sheet "
                        + "\"" + SEED_SHEET + "\": blank lines kept, rows cut by page breaks going on after a blank line "
                        + "with blank labels, \"<i>Tiêu chí 1.4</i>\" labels with their markup, the two-row header "
                        + "merged as a Word copy has it (A7:A8, B7:B8, C7:D7, E7:G7, H7:H8), the school named only by the "
                        + "code in the file's name. The rendering's ruler line is left out and 5.6's last line put back "
                        + "in its columns (see ImplementationReportSamples).",
                List.of(new SampleWorkbookGenerator.Finding(SEED_FILE, "87612406", "(report number)",
                                "'" + SEED_SHEET + "'!A5", "\"(Kèm theo Báo cáo số /BC-T..., ngày tháng ... năm của "
                                + "trường)\"", "a number and a date", seedCheck),
                        contradiction(SEED_FILE, "87612406", "3.2", "E22", "G22"),
                        contradiction(SEED_FILE, "87612406", "3.3", "E23", "G23"),
                        contradiction(SEED_FILE, "87612406", "3.6", "E26", "G26")),
                "Read as an implementation report of 87612406 for 2022-2023 (10 criterion rows); the seed's own "
                        + "irregularities: number and date blank (REPORT_NUMBER_MISSING, REPORT_DATE_MISSING at A5), "
                        + "3.2, 3.3, 3.6 contradicting themselves (REPORT_ROW_CONTRADICTORY)."));

        try (Workbook wb = phuLoc()) {
            java.nio.file.Files.write(out.resolve(PHU_LOC_FILE), bytes(wb));
        }
        String sheet = "'BC thực hiện KH'!";
        readme.add(new SampleWorkbookGenerator.ReadmeRow(PHU_LOC_FILE, "87715001 TH Phú Lộc",
                "An invented report of Phú Lộc on its 2023–2024 plan (PhuLoc_ke_hoach_cai_tien.xlsx: 1.4, 3.3, 3.5, "
                        + "5.2, 3.6, 2.2), sheet \"BC thực hiện KH\": letterhead with \"Số: 15/BC-THPL\" and \"Phú Lộc, ngày … "
                        + "tháng 5 năm 2024\" on lines of their own, one-row header with the columns' numbers (1)…(8) "
                        + "under it, standards numbered I to V, criterion 1.4 by its title only, the header "
                        + "repeated after a page break inside 2.2's row.",
                List.of(new SampleWorkbookGenerator.Finding(PHU_LOC_FILE, "87715001", "(report date)", sheet + "E3",
                                "\"Phú Lộc, ngày … tháng 5 năm 2024\"", "a day", "report date incomplete"),
                        contradiction(PHU_LOC_FILE, "87715001", "3.3", "E16", "G16"),
                        new SampleWorkbookGenerator.Finding(PHU_LOC_FILE, "87715001", "4.1", sheet + "B18",
                                "\"Tiêu chí 4.1: Ban đại diện cha mẹ học sinh\"", "only criteria of the 2023–2024 plan",
                                "report criterion not in the plan"),
                        new SampleWorkbookGenerator.Finding(PHU_LOC_FILE, "87715001", "5.2", sheet + "E20",
                                "\"Không có\" in E20, F20, G20", "what was done, is under way or not started",
                                "report row says nothing"),
                        new SampleWorkbookGenerator.Finding(PHU_LOC_FILE, "87715001", "3.5", "(no row)", "—",
                                "a row for the plan's criterion 3.5", "plan criterion left out of the report"),
                        new SampleWorkbookGenerator.Finding(PHU_LOC_FILE, "87715001", "3.6", "(no row)", "—",
                                "a row for the plan's criterion 3.6", "plan criterion left out of the report")),
                "Read as an implementation report of 87715001 for 2023-2024 (5 criterion rows, 1.4 matched by its "
                        + "title); six findings, two kinds of them against Phú Lộc's plan when plans are collected too."));
    }

    private static SampleWorkbookGenerator.Finding contradiction(String file, String school, String criterion,
                                                                 String done, String notStarted) {
        String sheet = file.equals(SEED_FILE) ? "'" + SEED_SHEET + "'!" : "'BC thực hiện KH'!";
        return new SampleWorkbookGenerator.Finding(file, school, criterion, sheet + done,
                "a done column saying the work was not done; \"Không có\" in " + notStarted,
                "the work under «chưa triển khai» with its reason, or a done column saying what was done",
                "report row contradicts itself");
    }

    static byte[] bytes(Workbook wb) throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        }
    }
}
