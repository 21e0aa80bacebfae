package vn.tonghop.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.kind.selfassessment.SeedSelfAssessmentGrid;

/**
 * The self-assessment summaries (tổng hợp kết quả tự đánh giá) of {@code sample-workbooks/}, written by
 * {@link SampleWorkbookGenerator}: the seed's grid (seed {@code 000_…}, section III.1) cell for cell under
 * an invented lower-secondary school of the sample registry; another THCS's grid laid out the way other
 * offices' forms are (STT, a code column {@code TC 1.1}, titles, one ✓ at the level reached, a Mức 4 column,
 * the header repeated after a page break); a preschool on Thông tư 19/2018; Sông Trà primary schools on
 * 17/2018, one on the seed's form, one with codes only, one with titles only, one writing the level as a value
 * in a single «Mức đạt» column. Cells of planted mistakes are
 * computed from what is written.
 */
final class SelfAssessmentSamples {

    static final String SEED_FILE = "THCS_PhuMy_tu_danh_gia.xlsx";
    static final String VARIANT_FILE = "THCS_TanLong_tu_danh_gia.xlsx";
    static final String PRESCHOOL_FILE = "MN_HoaMai_tu_danh_gia.xlsx";
    static final String PRIMARY_FILE = "TH_AnHoa_tu_danh_gia.xlsx";
    static final String CODES_FILE = "TH_TanPhuA_tu_danh_gia.xlsx";
    static final String TITLES_FILE = "TH_MyXuan_tu_danh_gia.xlsx";
    static final String SINGLE_FILE = "TH_VinhXuan_tu_danh_gia.xlsx";
    static final String SHEET = "Tự đánh giá";

    /** Thông tư 18/2018's criteria as the variant's clerk types them: code, title (2018 wording). */
    static final String[][] CRITERIA = {
            {"1", "Tổ chức và quản lý nhà trường"},
            {"1.1", "Phương hướng, chiến lược xây dựng và phát triển nhà trường"},
            {"1.2", "Hội đồng trường và các hội đồng khác"},
            {"1.3", "Tổ chức Đảng Cộng sản Việt Nam, các đoàn thể và tổ chức khác trong nhà trường"},
            {"1.4", "Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng"},
            {"1.5", "Lớp học"},
            {"1.6", "Quản lý hành chính, tài chính và tài sản"},
            {"1.7", "Quản lý cán bộ, giáo viên và nhân viên"},
            {"1.8", "Quản lý các hoạt động giáo dục"},
            {"1.9", "Thực hiện quy chế dân chủ cơ sở"},
            {"1.10", "Đảm bảo an ninh trật tự, an toàn trường học"},
            {"2", "Cán bộ quản lý, giáo viên, nhân viên và học sinh"},
            {"2.1", "Đối với hiệu trưởng, phó hiệu trưởng"},
            {"2.2", "Đối với giáo viên"},
            {"2.3", "Đối với nhân viên"},
            {"2.4", "Đối với học sinh"},
            {"3", "Cơ sở vật chất và thiết bị dạy học"},
            {"3.1", "Khuôn viên, khu sân chơi, bãi tập"},
            {"3.2", "Phòng học, phòng học bộ môn và khối phục vụ học tập"},
            {"3.3", "Khối hành chính - quản trị"},
            {"3.4", "Khu vệ sinh, hệ thống cấp thoát nước"},
            {"3.5", "Thiết bị"},
            {"3.6", "Thư viện"},
            {"4", "Quan hệ giữa nhà trường, gia đình và xã hội"},
            {"4.1", "Ban đại diện cha mẹ học sinh"},
            {"4.2", "Công tác tham mưu cấp ủy đảng, chính quyền và phối hợp với các tổ chức, cá nhân của nhà trường"},
            {"5", "Hoạt động giáo dục và kết quả giáo dục"},
            {"5.1", "Thực hiện chương trình giáo dục phổ thông"},
            {"5.2", "Tổ chức hoạt động giáo dục cho học sinh có hoàn cảnh khó khăn, học sinh có năng khiếu, học sinh "
                    + "gặp khó khăn trong học tập và rèn luyện"},
            {"5.3", "Thực hiện nội dung giáo dục địa phương theo quy định"},
            {"5.4", "Các hoạt động trải nghiệm và hướng nghiệp"},
            {"5.5", "Hình thành, phát triển các kỹ năng sống cho học sinh"},
            {"5.6", "Kết quả giáo dục"},
    };

    /** The variant's levels: one ✓ at the level reached; the planted rows are handled apart. */
    static final Map<String, Integer> VARIANT_LEVELS = Map.ofEntries(
            Map.entry("1.1", 4), Map.entry("1.2", 2), Map.entry("1.3", 3), Map.entry("1.4", 2), Map.entry("1.5", 3),
            Map.entry("1.6", 2), Map.entry("1.7", 2), Map.entry("1.8", 2), Map.entry("1.9", 2), Map.entry("1.10", 2),
            Map.entry("2.1", 3), Map.entry("2.2", 2), Map.entry("2.3", 2), Map.entry("2.4", 2), Map.entry("3.1", 2),
            Map.entry("3.2", 1), Map.entry("3.3", 2), Map.entry("3.5", 2), Map.entry("3.6", 3), Map.entry("4.1", 2),
            Map.entry("4.2", 2), Map.entry("5.1", 2), Map.entry("5.2", 2), Map.entry("5.4", 2), Map.entry("5.5", 2),
            Map.entry("5.6", 2));
    /** ✓ under Mức 2 and Mức 3 in a table that marks one level. */
    static final String SEVERAL = "3.4";
    /** No ✓ at all. */
    static final String UNMARKED = "5.3";
    /** The row copied from the one above: its code changed, its title not (1.6's). */
    static final String COPIED_TITLE = "1.7";

    /** One planted (or the seed's own) mistake: file, criterion, cell, what is typed, the check that finds it. */
    record Planted(String file, String criterion, String cell, String typed, String check) {
    }

    private final List<Planted> planted = new ArrayList<>();

    /** Writes both files into {@code out}; returns the README's section on them. */
    String generate(Path out) throws IOException {
        Files.write(out.resolve(SEED_FILE), SampleWorkbookGenerator.bytes(seedTranscription()));
        Files.write(out.resolve(VARIANT_FILE), SampleWorkbookGenerator.bytes(variant()));
        Files.write(out.resolve(PRESCHOOL_FILE), SampleWorkbookGenerator.bytes(preschool()));
        Files.write(out.resolve(PRIMARY_FILE), SampleWorkbookGenerator.bytes(primary()));
        Files.write(out.resolve(CODES_FILE), SampleWorkbookGenerator.bytes(codesOnly()));
        Files.write(out.resolve(TITLES_FILE), SampleWorkbookGenerator.bytes(titlesOnly()));
        Files.write(out.resolve(SINGLE_FILE), SampleWorkbookGenerator.bytes(singleColumn()));
        return readme();
    }

    List<Planted> planted() {
        return planted;
    }

    /**
     * Seed {@code 000_…} section III.1 cell for cell ({@link SeedSelfAssessmentGrid}: blank lines, merged
     * header, {@code X} as text, the stated result and conclusion), three rows down under the school's
     * name and the plan's title, as the seed's document has it above the grid.
     */
    Workbook seedTranscription() {
        Workbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet(SHEET);
        Styles st = new Styles(wb);
        int top = 3;
        cell(sheet, 0, 0, "TRƯỜNG THCS PHÚ MỸ", st.bold());
        cell(sheet, 1, 0, "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2023-2024", st.bold());
        List<String[]> rows = SeedSelfAssessmentGrid.rows();
        int header = top + SeedSelfAssessmentGrid.HEADER;
        int last = -1;
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            int excelRow = top + i;
            boolean inTable = excelRow >= header && r.length == 5;
            for (int c = 0; c < r.length; c++) {
                if (!r[c].isEmpty() || inTable) {
                    CellStyle style = !inTable ? (i < 2 ? st.bold() : st.plain())
                            : excelRow < header + 3 ? st.header() : c == 0 ? st.left() : st.centre();
                    cell(sheet, excelRow, c, r[c], style);
                }
            }
            if (inTable) {
                last = excelRow;
            }
            String label = r[0];
            if (label.startsWith("Tiêu chí 2.3") || label.startsWith("Tiêu chí 5.6")) {
                String ref = new CellReference(excelRow, 4).formatAsString(false);
                planted.add(new Planted(SEED_FILE, label.substring("Tiêu chí ".length()), ref,
                        "X under Mức 1 and Mức 3, Mức 2 blank (the seed's own)", "CRITERION_LEVEL_SKIPPED"));
            }
        }
        // the seed's blank lines inside the table ran through the grid as empty rows: give them borders too
        for (int r = header + 3; r <= last; r++) {
            for (int c = 0; c < 5; c++) {
                Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                if (row.getCell(c) == null) {
                    row.createCell(c).setCellStyle(c == 0 ? st.left() : st.centre());
                }
            }
        }
        sheet.addMergedRegion(new CellRangeAddress(header, header + 2, 0, 0));
        sheet.addMergedRegion(new CellRangeAddress(header, header, 1, 4));
        sheet.addMergedRegion(new CellRangeAddress(header + 1, header + 2, 1, 1));
        sheet.addMergedRegion(new CellRangeAddress(header + 1, header + 1, 2, 4));
        sheet.setColumnWidth(0, 28 * 256);
        for (int c = 1; c < 5; c++) {
            sheet.setColumnWidth(c, 12 * 256);
        }
        printable(sheet, header, header + 2);
        return wb;
    }

    /**
     * Trường THCS Tân Long's grid as another office's form lays it out: STT, a code column ({@code TC 1.1}),
     * the title; under «Kết quả tự đánh giá» Không đạt, Mức 1 … Mức 4, one ✓ at the level reached; each
     * standard's row merged across; a page break before standard 3 with the two header rows repeated
     * there (as a clerk copies them); the result and conclusion below, then the place, date and signature.
     */
    Workbook variant() {
        Workbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet(SHEET);
        Styles st = new Styles(wb);
        merged(sheet, 0, 0, 7, "TRƯỜNG THCS TÂN LONG", st.title());
        merged(sheet, 1, 0, 7, "BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ NĂM HỌC 2023-2024", st.title());
        merged(sheet, 2, 0, 7, "(Theo Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ GD&ĐT)", st.centreText());
        int r = 4;
        int header = r;
        r = header(sheet, st, r);
        int stt = 0;
        for (String[] c : CRITERIA) {
            String code = c[0];
            if (!code.contains(".")) {
                if (code.equals("3")) {
                    sheet.setRowBreak(r - 1); // a page break before standard 3, the header typed again after it
                    r = header(sheet, st, r);
                }
                merged(sheet, r, 0, 7, "Tiêu chuẩn " + code + ": " + c[1], st.standard());
                r++;
                stt = 0;
                continue;
            }
            stt++;
            String title = code.equals(COPIED_TITLE) ? titleOf("1.6") : c[1];
            Row row = sheet.createRow(r);
            row.setHeightInPoints(15f * (1 + (title.length() - 1) / 80)); // LibreOffice does not grow wrapped rows
            cell(row, 0, String.valueOf(stt), st.centre());
            cell(row, 1, "TC " + code, st.centre());
            cell(row, 2, title, st.left());
            Set<Integer> ticks = code.equals(SEVERAL) ? Set.of(2, 3) : code.equals(UNMARKED) ? Set.of()
                    : Set.of(VARIANT_LEVELS.get(code));
            for (int level = 0; level <= 4; level++) {
                cell(row, 3 + level, ticks.contains(level) ? "✓" : "", st.centre());
            }
            String label = new CellReference(r, 1).formatAsString(false);
            if (code.equals("1.1")) {
                planted.add(new Planted(VARIANT_FILE, code, new CellReference(r, 7).formatAsString(false),
                        "✓ under Mức 4 (18/2018 assesses Mức 4 apart, not per criterion of standards 1–5)",
                        "CRITERION_LEVEL_NOT_IN_CIRCULAR"));
            } else if (code.equals(SEVERAL)) {
                planted.add(new Planted(VARIANT_FILE, code, new CellReference(r, 6).formatAsString(false),
                        "✓ under Mức 2 and Mức 3 where the table marks one level", "CRITERION_MARKED_SEVERAL"));
            } else if (code.equals(UNMARKED)) {
                planted.add(new Planted(VARIANT_FILE, code, label, "no ✓ at all", "CRITERION_NOT_MARKED"));
            } else if (code.equals(COPIED_TITLE)) {
                planted.add(new Planted(VARIANT_FILE, code, label, "«TC 1.7» beside 1.6's title «" + titleOf("1.6")
                        + "» (the row above copied, its code changed, its title not); read by its code",
                        "CRITERION_CODE_TITLE_DIFFER"));
            }
            r++;
        }
        r++;
        cell(sheet, r, 0, "Kết quả: Đạt Mức 2", st.bold());
        int conclusion = r + 1;
        cell(sheet, conclusion, 0, "Kết luận: Trường đạt Mức 2.", st.bold());
        planted.add(new Planted(VARIANT_FILE, "(conclusion)", new CellReference(conclusion, 0).formatAsString(false),
                "«Kết luận: Trường đạt Mức 2.» while the criteria give less under the office's level rule "
                        + "(stand-in: every criterion at the level; 3.2 is at Mức 1 and 5.3 unmarked)",
                "CONCLUSION_MISMATCH"));
        merged(sheet, r + 3, 4, 7, "Tân Long, ngày 20 tháng 11 năm 2023", st.centreText());
        merged(sheet, r + 4, 4, 7, "HIỆU TRƯỞNG", st.title());
        int[] widths = {5, 9, 52, 11, 8, 8, 8, 8};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        printable(sheet, -1, -1); // the clerk types the header again after the break instead
        return wb;
    }

    /** Thông tư 19/2018's criteria (preschool, 25) as Hoa Mai's clerk types them: code, title; standards by number. */
    static final String[][] PRESCHOOL_CRITERIA = {
            {"1", "Tổ chức và quản lý nhà trường"},
            {"1.1", "Phương hướng, chiến lược xây dựng và phát triển nhà trường"},
            {"1.2", "Hội đồng trường (Hội đồng quản trị đối với trường tư thục) và các hội đồng khác"},
            {"1.3", "Tổ chức Đảng Cộng sản Việt Nam, các đoàn thể và tổ chức khác trong nhà trường"},
            {"1.4", "Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng"},
            {"1.5", "Tổ chức nhóm trẻ và lớp mẫu giáo"},
            {"1.6", "Quản lý hành chính, tài chính và tài sản"},
            {"1.7", "Quản lý cán bộ, giáo viên và nhân viên"},
            {"1.8", "Quản lý các hoạt động giáo dục"},
            {"1.9", "Thực hiện quy chế dân chủ cơ sở"},
            {"1.10", "Đảm bảo an ninh trật tự, an toàn trường học"},
            {"2", "Cán bộ quản lý, giáo viên và nhân viên"},
            {"2.1", "Đối với hiệu trưởng, phó hiệu trưởng"},
            {"2.2", "Đối với giáo viên"},
            {"2.3", "Đối với nhân viên"},
            {"2.4", "Đối với học sinh"}, // not a preschool criterion: the form was copied from a primary school's
            {"3", "Cơ sở vật chất và thiết bị dạy học"},
            {"3.1", "Địa điểm, quy mô, diện tích"},
            {"3.2", "Khối phòng nhóm trẻ, lớp mẫu giáo và khối phòng phục vụ học tập"},
            {"3.3", "Khối phòng hành chính - quản trị"},
            {"3.4", "Khối phòng tổ chức ăn"},
            {"3.5", "Thiết bị, đồ dùng, đồ chơi"},
            {"3.6", "Khu vệ sinh, hệ thống cấp thoát nước"},
            {"4", "Quan hệ giữa nhà trường, gia đình và xã hội"},
            {"4.1", "Ban đại diện cha mẹ trẻ"},
            {"4.2", "Công tác tham mưu cấp ủy đảng, chính quyền và phối hợp với các tổ chức, cá nhân của nhà trường"},
            {"5", "Hoạt động và kết quả nuôi dưỡng, chăm sóc và giáo dục trẻ"},
            {"5.1", "Thực hiện Chương trình giáo dục mầm non"},
            {"5.2", "Tổ chức hoạt động nuôi dưỡng, chăm sóc và giáo dục trẻ"},
            {"5.3", "Kết quả nuôi dưỡng và chăm sóc sức khỏe"},
            {"5.4", "Kết quả giáo dục"},
    };
    /** Hoa Mai's levels (X under every level reached); 2.4 is the row a preschool does not have. */
    static final Map<String, Integer> PRESCHOOL_LEVELS = levels(
            "1.1=2 1.2=1 1.3=2 1.4=2 1.5=1 1.6=2 1.7=1 1.8=2 1.9=2 1.10=2 2.1=2 2.2=1 2.3=1 2.4=1 3.1=2 3.2=1 3.3=1 "
                    + "3.4=1 3.5=2 3.6=1 4.1=2 4.2=2 5.1=2 5.2=1 5.3=2 5.4=1");

    /** Thông tư 17/2018's criteria (primary; 27 as the catalogue holds them, unconfirmed): 18/2018's without 5.6. */
    static String[][] primaryCriteria() {
        List<String[]> out = new ArrayList<>();
        for (String[] c : CRITERIA) {
            switch (c[0]) {
                case "5.6" -> {
                }
                case "5.1" -> out.add(new String[] {"5.1", "Thực hiện chương trình giáo dục phổ thông cấp tiểu học"});
                case "5.4" -> out.add(new String[] {"5.4", "Các hoạt động trải nghiệm"});
                default -> out.add(c);
            }
        }
        return out.toArray(String[][]::new);
    }

    /** An Hòa's levels (X under every level reached). */
    static final Map<String, Integer> PRIMARY_LEVELS = levels(
            "1.1=2 1.2=2 1.3=2 1.4=1 1.5=2 1.6=2 1.7=1 1.8=2 1.9=2 1.10=1 2.1=2 2.2=2 2.3=1 2.4=2 3.1=2 3.2=1 3.3=2 "
                    + "3.4=1 3.5=1 3.6=2 4.1=2 4.2=2 5.1=2 5.2=1 5.3=2 5.4=1 5.5=2");
    /** The row An Hòa's clerk deleted. */
    static final String PRIMARY_MISSING = "4.2";
    /** Không đạt and Mức 1 both marked. */
    static final String PRIMARY_CONFLICT = "3.4";

    /** Tân Phú A's levels: every criterion at Mức 2 or above, so its stated Mức 2 is the level computed. */
    static final Map<String, Integer> CODES_LEVELS = levels(
            "1.1=3 1.2=2 1.3=2 1.4=3 1.5=2 1.6=2 1.7=2 1.8=2 1.9=2 1.10=2 2.1=3 2.2=2 2.3=2 2.4=2 3.1=2 3.2=2 3.3=2 "
                    + "3.4=2 3.5=2 3.6=3 4.1=2 4.2=2 5.1=2 5.2=2 5.3=2 5.4=2 5.5=3");
    /** The last row of the first page, typed again at the top of the next. */
    static final String CODES_REPEATED = "3.3";

    /**
     * The titles Mỹ Xuân's clerk types, with no code: where a school's 2025–2026 plan (seed {@code 001_…},
     * written after Thông tư 22/2024 came into force) words a criterion otherwise than 2018's title, that
     * wording (kept as the catalogue's {@code aliases}); else 2018's title. Thông tư 22/2024's own wording
     * is not at hand (see the catalogue's README), so this is the newest wording seen in use, not the circular's.
     */
    static final Map<String, String> NEWER_WORDING = Map.ofEntries(
            Map.entry("1.1", "Phương hướng chiến lược xây dựng và phát triển nhà trường"),
            Map.entry("1.3", "Tổ chức Đảng cộng sản Việt Nam, các tổ chức đoàn thể và tổ chức khác trong nhà trường"),
            Map.entry("1.4", "Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn, tổ văn phòng"),
            Map.entry("1.7", "Quản lý cán bộ, giáo viên, nhân viên"),
            Map.entry("1.9", "Thực hiện quy chế dân chủ ở cơ sở"),
            Map.entry("1.10", "Đảm bảo an ninh trật tự, an toàn cho học sinh và cho cán bộ, giáo viên, nhân viên"),
            Map.entry("3.4", "Khu vệ sinh, hệ thống thoát nước"),
            Map.entry("4.1", "Ban đại diện cha mẹ học sin"), // a letter dropped: matched with the typo
            Map.entry("4.2", "Công tác tham mưu với cấp ủy Đảng, chính quyền và phối hợp với các tổ chức, cá nhân của "
                    + "nhà trường"),
            Map.entry("5.1", "Thực hiện chương trình giáo dục phổ thông"),
            Map.entry("5.4", "Hoạt động trải nghiệm"));
    /** Mỹ Xuân's levels ({@code 1} under every level reached). */
    static final Map<String, Integer> TITLES_LEVELS = levels(
            "1.1=2 1.2=2 1.3=3 1.4=2 1.5=2 1.6=2 1.7=2 1.8=1 1.9=2 1.10=2 2.1=2 2.2=2 2.3=2 2.4=2 3.1=2 3.2=2 3.3=2 "
                    + "3.4=1 3.5=2 3.6=2 4.1=2 4.2=2 5.1=2 5.2=2 5.3=2 5.4=2 5.5=2");
    /** A line of the school's own between the criteria: not a criterion of the circular. */
    static final String TITLES_OWN_LINE = "Công tác xã hội hóa giáo dục";

    private static Map<String, Integer> levels(String spec) {
        Map<String, Integer> m = new HashMap<>();
        for (String p : spec.split(" ")) {
            String[] kv = p.split("=");
            m.put(kv[0], Integer.valueOf(kv[1]));
        }
        return Map.copyOf(m);
    }

    /**
     * Trường Mầm non Hoa Mai (a preschool: Thông tư 19/2018, 25 criteria) on the seed's form, the label and
     * title in one cell («Tiêu chí 1.1: …»), {@code x} (lower case) under every level reached, under «Đạt»;
     * the form was copied from a primary school's: a row 2.4 «Đối với học sinh», which a preschool does not
     * have (standard 2 has no pupils); and «Đ» typed under Mức 2 of 5.2 instead of a mark or a blank.
     */
    Workbook preschool() {
        Workbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("Tổng hợp TĐG");
        Styles st = new Styles(wb);
        merged(sheet, 0, 0, 4, "PHÒNG GD&ĐT HUYỆN SÔNG TRÀ", st.title());
        merged(sheet, 1, 0, 4, "TRƯỜNG MẦM NON HOA MAI", st.title());
        merged(sheet, 2, 0, 4, "TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ NĂM HỌC 2023-2024", st.title());
        int h = 4;
        String[] top = {"Tiêu chuẩn, tiêu chí", "Không đạt", "Đạt", "", ""};
        String[] bottom = {"", "", "Mức 1", "Mức 2", "Mức 3"};
        for (int c = 0; c < 5; c++) {
            cell(sheet, h, c, top[c], st.header());
            cell(sheet, h + 1, c, bottom[c], st.header());
        }
        sheet.addMergedRegion(new CellRangeAddress(h, h + 1, 0, 0));
        sheet.addMergedRegion(new CellRangeAddress(h, h + 1, 1, 1));
        sheet.addMergedRegion(new CellRangeAddress(h, h, 2, 4));
        int r = h + 2;
        for (String[] c : PRESCHOOL_CRITERIA) {
            String code = c[0];
            if (!code.contains(".")) {
                cell(sheet, r, 0, "Tiêu chuẩn " + code + ": " + c[1], st.standard());
                for (int col = 1; col < 5; col++) {
                    cell(sheet, r, col, "", st.centre());
                }
                r++;
                continue;
            }
            String label = "Tiêu chí " + code + ": " + c[1];
            Row row = sheet.createRow(r);
            row.setHeightInPoints(15f * (1 + (label.length() - 1) / 55));
            cell(row, 0, label, st.left());
            cell(row, 1, "", st.centre());
            int level = PRESCHOOL_LEVELS.get(code);
            for (int l = 1; l <= 3; l++) {
                cell(row, 1 + l, l <= level ? "x" : "", st.centre());
            }
            if (code.equals("2.4")) {
                planted.add(new Planted(PRESCHOOL_FILE, code, ref(r, 0), "«Tiêu chí 2.4: Đối với học sinh» with x under "
                        + "Mức 1: the form copied from a primary school's; Thông tư 19/2018's standard 2 has 2.1–2.3 "
                        + "(no pupils in a preschool)", "CRITERION_UNKNOWN"));
            } else if (code.equals("5.2")) {
                cell(row, 3, "Đ", st.centre());
                planted.add(new Planted(PRESCHOOL_FILE, code, ref(r, 3), "«Đ» (for Đạt) typed under Mức 2 beside x under "
                        + "Mức 1: not a mark, not counted; 5.2 read at Mức 1", "CRITERION_MARK_UNREADABLE"));
            }
            r++;
        }
        r++;
        cell(sheet, r, 0, "Kết quả: Đạt Mức 1", st.bold());
        cell(sheet, r + 1, 0, "Kết luận: Trường đạt Mức 1.", st.bold());
        merged(sheet, r + 3, 2, 4, "HIỆU TRƯỞNG", st.title());
        sheet.setColumnWidth(0, 60 * 256);
        for (int c = 1; c < 5; c++) {
            sheet.setColumnWidth(c, 10 * 256);
        }
        printable(sheet, h, h + 1);
        return wb;
    }

    /**
     * Trường Tiểu học An Hòa (primary: Thông tư 17/2018) on a one-row header «Tiêu chuẩn, tiêu chí | Không
     * đạt | Đạt Mức 1 | Đạt Mức 2 | Đạt Mức 3», «Tiêu chí 1.1. …» labels, {@code X} under every level reached;
     * the row of 4.2 deleted, 3.4 marked under Không đạt and Mức 1; the stated Mức 1 then differs from the
     * level the stand-in rule computes (two criteria without a level).
     */
    Workbook primary() {
        Workbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("TĐG");
        Styles st = new Styles(wb);
        cell(sheet, 0, 0, "UBND HUYỆN SÔNG TRÀ", st.bold());
        cell(sheet, 1, 0, "TRƯỜNG TIỂU HỌC AN HÒA", st.bold());
        merged(sheet, 3, 0, 4, "BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ", st.title());
        int h = 5;
        String[] header = {"Tiêu chuẩn, tiêu chí", "Không đạt", "Đạt Mức 1", "Đạt Mức 2", "Đạt Mức 3"};
        for (int c = 0; c < 5; c++) {
            cell(sheet, h, c, header[c], st.header());
        }
        int r = h + 1;
        for (String[] c : primaryCriteria()) {
            String code = c[0];
            if (!code.contains(".")) {
                cell(sheet, r, 0, "Tiêu chuẩn " + code + ". " + c[1], st.standard());
                for (int col = 1; col < 5; col++) {
                    cell(sheet, r, col, "", st.centre());
                }
                r++;
                continue;
            }
            if (code.equals(PRIMARY_MISSING)) {
                planted.add(new Planted(PRIMARY_FILE, code, "", "no row for 4.2 (deleted; the table goes from 4.1 to "
                        + "standard 5)", "CRITERION_MISSING"));
                continue;
            }
            String label = "Tiêu chí " + code + ". " + c[1];
            Row row = sheet.createRow(r);
            row.setHeightInPoints(15f * (1 + (label.length() - 1) / 55));
            cell(row, 0, label, st.left());
            int level = PRIMARY_LEVELS.get(code);
            cell(row, 1, code.equals(PRIMARY_CONFLICT) ? "X" : "", st.centre());
            for (int l = 1; l <= 3; l++) {
                cell(row, 1 + l, l <= level ? "X" : "", st.centre());
            }
            if (code.equals(PRIMARY_CONFLICT)) {
                planted.add(new Planted(PRIMARY_FILE, code, ref(r, 1), "X under Không đạt and under Mức 1: no level "
                        + "counted", "CRITERION_MARKS_CONFLICT"));
            }
            r++;
        }
        r++;
        cell(sheet, r, 0, "Kết quả: Đạt Mức 1", st.bold());
        int conclusion = r + 1;
        cell(sheet, conclusion, 0, "Kết luận: Trường đạt Mức 1.", st.bold());
        planted.add(new Planted(PRIMARY_FILE, "(conclusion)", ref(conclusion, 0), "«Kết luận: Trường đạt Mức 1.» "
                + "while, under the "
                + "office's stand-in rule (every criterion at the level), 4.2 missing and 3.4 unclear leave the school "
                + "below Mức 1 (a consequence of the two mistakes above, not a third)", "CONCLUSION_MISMATCH"));
        sheet.setColumnWidth(0, 60 * 256);
        for (int c = 1; c < 5; c++) {
            sheet.setColumnWidth(c, 11 * 256);
        }
        printable(sheet, h, h);
        return wb;
    }

    /**
     * Trường Tiểu học Tân Phú A, codes only: «TT | Tiêu chí | Kết quả tự đánh giá» over Không đạt, Mức 1–3;
     * the code typed as a number ({@code 1.1} … {@code 1.9}, and {@code 1.10} shown as {@code 1.1} by its
     * number cell), no title; standards as «Tiêu chuẩn 1» alone; {@code X} under every level reached; a page
     * break after 3.3, whose row the clerk typed again at the top of the next page.
     */
    Workbook codesOnly() {
        Workbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("Sheet1");
        Styles st = new Styles(wb);
        cell(sheet, 0, 0, "Trường Tiểu học Tân Phú A", st.bold());
        cell(sheet, 1, 0, "TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ", st.bold());
        int h = 3;
        String[] top = {"TT", "Tiêu chí", "Kết quả tự đánh giá", "", "", ""};
        String[] bottom = {"", "", "Không đạt", "Mức 1", "Mức 2", "Mức 3"};
        for (int c = 0; c < 6; c++) {
            cell(sheet, h, c, top[c], st.header());
            cell(sheet, h + 1, c, bottom[c], st.header());
        }
        sheet.addMergedRegion(new CellRangeAddress(h, h + 1, 0, 0));
        sheet.addMergedRegion(new CellRangeAddress(h, h + 1, 1, 1));
        sheet.addMergedRegion(new CellRangeAddress(h, h, 2, 5));
        CellStyle number = wb.createCellStyle();
        number.cloneStyleFrom(st.centre());
        number.setDataFormat(wb.createDataFormat().getFormat("0.0#"));
        int r = h + 2;
        int tt = 0;
        for (String[] c : primaryCriteria()) {
            String code = c[0];
            if (!code.contains(".")) {
                cell(sheet, r, 0, "", st.centre());
                cell(sheet, r, 1, "Tiêu chuẩn " + code, st.standard());
                for (int col = 2; col < 6; col++) {
                    cell(sheet, r, col, "", st.centre());
                }
                r++;
                continue;
            }
            int times = code.equals(CODES_REPEATED) ? 2 : 1;
            for (int t = 0; t < times; t++) {
                Row row = sheet.createRow(r);
                cell(row, 0, String.valueOf(++tt), st.centre());
                Cell codeCell = row.createCell(1);
                codeCell.setCellValue(Double.parseDouble(code)); // 1.10 is the number 1.1
                codeCell.setCellStyle(number);
                cell(row, 2, "", st.centre());
                int level = CODES_LEVELS.get(code);
                for (int l = 1; l <= 3; l++) {
                    cell(row, 2 + l, l <= level ? "X" : "", st.centre());
                }
                if (t == 0 && times == 2) {
                    sheet.setRowBreak(r); // the page ends after 3.3 …
                } else if (t == 1) {
                    planted.add(new Planted(CODES_FILE, code, ref(r, 1), "3.3 again at the top of the next page (the "
                            + "last row of the page typed twice); the first row counts", "CRITERION_DUPLICATED"));
                }
                r++;
            }
        }
        r++;
        cell(sheet, r, 0, "Kết luận: Trường đạt Mức 2", st.bold());
        int[] widths = {5, 10, 11, 9, 9, 9};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        printable(sheet, h, h + 1);
        return wb;
    }

    /**
     * Trường Tiểu học Mỹ Xuân, titles only ({@link #NEWER_WORDING}, one with a letter dropped): «STT | Tiêu
     * chuẩn, tiêu chí | Mức 1 | Mức 2 | Mức 3 | Không đạt» (Không đạt last), the number {@code 1} under every
     * level reached, standards numbered I–V; a line of the school's own among the criteria; no stated result
     * or conclusion under the table (the clerk wrote it in the report's text).
     */
    Workbook titlesOnly() {
        Workbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("Tổng hợp");
        Styles st = new Styles(wb);
        merged(sheet, 0, 0, 5, "TRƯỜNG TIỂU HỌC MỸ XUÂN", st.title());
        merged(sheet, 1, 0, 5, "TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ NĂM HỌC 2025-2026", st.title());
        int h = 3;
        String[] header = {"STT", "Tiêu chuẩn, tiêu chí", "Mức 1", "Mức 2", "Mức 3", "Không đạt"};
        for (int c = 0; c < header.length; c++) {
            cell(sheet, h, c, header[c], st.header());
        }
        String[] roman = {"I", "II", "III", "IV", "V"};
        int r = h + 1;
        int stt = 0;
        for (String[] c : primaryCriteria()) {
            String code = c[0];
            if (!code.contains(".")) {
                cell(sheet, r, 0, roman[Integer.parseInt(code) - 1], st.standard());
                cell(sheet, r, 1, "Tiêu chuẩn " + code + ". " + c[1], st.standard());
                for (int col = 2; col < 6; col++) {
                    cell(sheet, r, col, "", st.centre());
                }
                r++;
                stt = 0;
                continue;
            }
            r = titleRow(sheet, st, r, ++stt, NEWER_WORDING.getOrDefault(code, c[1]), TITLES_LEVELS.get(code));
            if (code.equals("4.2")) {
                planted.add(new Planted(TITLES_FILE, "(none)", ref(r, 0), "«" + TITLES_OWN_LINE + "» with 1 under Mức 1 and "
                        + "Mức 2: a line of the school's own, not a criterion of Thông tư 17/2018", "CRITERION_UNKNOWN"));
                r = titleRow(sheet, st, r, ++stt, TITLES_OWN_LINE, 2);
            }
        }
        planted.add(new Planted(TITLES_FILE, "(conclusion)", ref(h + 2, 1), "no «Kết quả» or «Kết luận» line under "
                + "the table (the finding sits on the first criterion's title)", "CONCLUSION_MISSING"));
        int[] widths = {5, 60, 8, 8, 8, 10};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        printable(sheet, h, h);
        return wb;
    }

    /** Vĩnh Xuân's levels as written under «Mức đạt» (the planted rows apart). */
    static final Map<String, Integer> SINGLE_LEVELS = levels(
            "1.1=2 1.2=1 1.3=2 1.4=2 1.5=2 1.6=1 1.7=2 1.8=1 1.9=2 1.10=1 2.1=2 2.2=2 2.3=1 2.4=2 3.1=1 3.2=2 3.3=1 "
                    + "3.4=2 3.5=2 3.6=1 4.1=2 4.2=1 5.1=2 5.2=1 5.3=1 5.4=2 5.5=2");
    /** «Tốt» where a level is meant. */
    static final String SINGLE_WORD = "1.8";
    /** «Mức 4», which Thông tư 17/2018 assesses apart. */
    static final String SINGLE_FOUR = "3.5";

    /**
     * Trường Tiểu học Vĩnh Xuân: the level written as a value in one column, «TT | Tiêu chuẩn, tiêu chí | Mức
     * đạt | Ghi chú», as many offices' forms have it: «Mức 2», «Mức 1», the number {@code 2}, «Đạt mức 2»; the
     * code and title in one cell («1.1. Phương hướng, …»); standards merged across; a note column; «Tốt» typed
     * for 1.8 and «Mức 4» for 3.5.
     */
    Workbook singleColumn() {
        Workbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("Mức đạt");
        Styles st = new Styles(wb);
        merged(sheet, 0, 0, 3, "TRƯỜNG TIỂU HỌC VĨNH XUÂN", st.title());
        merged(sheet, 1, 0, 3, "KẾT QUẢ TỰ ĐÁNH GIÁ CÁC TIÊU CHÍ", st.title());
        int h = 3;
        String[] header = {"TT", "Tiêu chuẩn, tiêu chí", "Mức đạt", "Ghi chú"};
        for (int c = 0; c < header.length; c++) {
            cell(sheet, h, c, header[c], st.header());
        }
        int r = h + 1;
        int tt = 0;
        int written = 0;
        for (String[] c : primaryCriteria()) {
            String code = c[0];
            if (!code.contains(".")) {
                merged(sheet, r, 0, 3, "Tiêu chuẩn " + code + ": " + c[1], st.standard());
                r++;
                continue;
            }
            String label = code + ". " + c[1];
            Row row = sheet.createRow(r);
            row.setHeightInPoints(15f * (1 + (label.length() - 1) / 60));
            cell(row, 0, String.valueOf(++tt), st.centre());
            cell(row, 1, label, st.left());
            int level = SINGLE_LEVELS.get(code);
            if (code.equals(SINGLE_WORD)) {
                cell(row, 2, "Tốt", st.centre());
                planted.add(new Planted(SINGLE_FILE, code, ref(r, 2), "«Tốt» under Mức đạt: not a level, not counted",
                        "CRITERION_MARK_UNREADABLE"));
                planted.add(new Planted(SINGLE_FILE, code, ref(r, 1), "(the same «Tốt»: the criterion has no level)",
                        "CRITERION_NOT_MARKED"));
            } else if (code.equals(SINGLE_FOUR)) {
                cell(row, 2, "Mức 4", st.centre());
                planted.add(new Planted(SINGLE_FILE, code, ref(r, 2), "«Mức 4» under Mức đạt (Thông tư 17/2018 assesses "
                        + "Mức 4 apart, not per criterion); counted as Mức 3, the highest level the criterion has",
                        "CRITERION_LEVEL_NOT_IN_CIRCULAR"));
            } else if (written % 7 == 3) {
                Cell n = row.createCell(2);
                n.setCellValue(level); // the number alone
                n.setCellStyle(st.centre());
            } else {
                cell(row, 2, (written % 7 == 5 ? "Đạt mức " : "Mức ") + level, st.centre());
            }
            cell(row, 3, code.equals("3.2") ? "Thiếu phòng học bộ môn" : "", st.left());
            written++;
            r++;
        }
        r++;
        int conclusion = r;
        cell(sheet, conclusion, 0, "Kết luận: Trường đạt Mức 1", st.bold());
        planted.add(new Planted(SINGLE_FILE, "(conclusion)", ref(conclusion, 0), "«Kết luận: Trường đạt Mức 1» while "
                + "1.8 has no level, so the stand-in rule leaves the school below Mức 1 (a consequence of «Tốt»)",
                "CONCLUSION_MISMATCH"));
        int[] widths = {5, 62, 12, 24};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        printable(sheet, h, h);
        return wb;
    }

    /** One title-only row: STT, title, the number 1 under Mức 1 … {@code level}; returns the next row. */
    private static int titleRow(Sheet sheet, Styles st, int r, int stt, String title, int level) {
        Row row = sheet.createRow(r);
        row.setHeightInPoints(15f * (1 + (title.length() - 1) / 55));
        cell(row, 0, String.valueOf(stt), st.centre());
        cell(row, 1, title, st.left());
        for (int l = 1; l <= 3; l++) {
            Cell cell = row.createCell(1 + l);
            if (l <= level) {
                cell.setCellValue(1);
            }
            cell.setCellStyle(st.centre());
        }
        cell(row, 5, "", st.centre());
        return r + 1;
    }

    private static String ref(int row, int col) {
        return new CellReference(row, col).formatAsString(false);
    }

    private static String titleOf(String code) {
        for (String[] c : CRITERIA) {
            if (c[0].equals(code)) {
                return c[1];
            }
        }
        throw new IllegalArgumentException(code);
    }

    /** The variant's two header rows from {@code r}; returns the row after them. */
    private static int header(Sheet sheet, Styles st, int r) {
        Row top = sheet.createRow(r);
        Row bottom = sheet.createRow(r + 1);
        String[] first = {"STT", "Mã", "Tiêu chuẩn, tiêu chí", "Kết quả tự đánh giá", "", "", "", ""};
        String[] second = {"", "", "", "Không đạt", "Mức 1", "Mức 2", "Mức 3", "Mức 4"};
        for (int c = 0; c < first.length; c++) {
            cell(top, c, first[c], st.header());
            cell(bottom, c, second[c], st.header());
        }
        for (int c = 0; c < 3; c++) {
            sheet.addMergedRegion(new CellRangeAddress(r, r + 1, c, c));
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r, 3, 7));
        return r + 2;
    }

    /** A4 portrait, one page wide, the header rows (when given) repeated on every printed page. */
    private static void printable(Sheet sheet, int firstHeaderRow, int lastHeaderRow) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(false);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        if (firstHeaderRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(firstHeaderRow, lastHeaderRow, -1, -1));
        }
    }

    private static void merged(Sheet sheet, int r, int c1, int c2, String text, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        for (int c = c1; c <= c2; c++) {
            cell(row, c, c == c1 ? text : "", style);
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r, c1, c2));
    }

    private static void cell(Sheet sheet, int r, int c, String text, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        cell(row, c, text, style);
    }

    private static void cell(Row row, int c, String text, CellStyle style) {
        Cell cell = row.createCell(c);
        if (!text.isEmpty()) {
            cell.setCellValue(text);
        }
        cell.setCellStyle(style);
    }

    /** Each file's sheet, for the README's cells. */
    static final Map<String, String> SHEETS = Map.of(SEED_FILE, SHEET, VARIANT_FILE, SHEET, PRESCHOOL_FILE,
            "Tổng hợp TĐG", PRIMARY_FILE, "TĐG", CODES_FILE, "Sheet1", TITLES_FILE, "Tổng hợp", SINGLE_FILE, "Mức đạt");

    private String readme() {
        StringBuilder sb = new StringBuilder("\n## Self-assessment summaries (tổng hợp kết quả tự đánh giá)\n\n"
                + "Written by `SelfAssessmentSamples` (same command). Each school's catalogue follows from its "
                + "registry name (`jobs/so-dong-thap/tu-danh-gia/`): THCS → Thông tư 18/2018 (28 criteria), Tiểu học "
                + "→ 17/2018 (27 as the catalogue holds them, unconfirmed), Mầm non → 19/2018 (25); today each in "
                + "its version as amended by Thông tư 22/2024, whose changes are not entered (see that folder's "
                + "README). The run takes them in with the phasing tables (they hold no phasing table, the "
                + "phasing kind ignores them). The primary schools are Sông Trà's own, which also send a phasing "
                + "table; the preschool 87715013 was added to the registry for its file. The level rule the office "
                + "ships is a stand-in, not the circulars' (their rule was not at hand: see `tu-danh-gia/README.md`), "
                + "so a stated conclusion that differs from it is a warning.\n\n"
                + "| File | School code | Layout | Mistakes | Expected outcome |\n|---|---|---|---|---|\n");
        sb.append("| `").append(SEED_FILE).append("` | 87715011 THCS Phú Mỹ (invented) | Seed `000_…` section III.1 "
                + "cell for cell (`SeedSelfAssessmentGrid`): «Tiêu chí 1.1» labels, the three-row merged header "
                + "(Tiêu chuẩn, tiêu chí \\| Kết quả over Không đạt \\| Đạt over Mức 1–3), `X` under every level "
                + "reached, the seed's blank rows, «Kết quả: Đạt Mức 1» and «Kết luận: Trường đạt Mức 1, không "
                + "đạt Mức 2» below; the school's name and the plan's title above. | the seed's own, not planted: ")
                .append(mistakes(SEED_FILE)).append(" | Read as 18/2018; the two skipped levels, read as Mức 1; "
                        + "the stated Mức 1 agrees with the stand-in rule. |\n");
        sb.append("| `").append(VARIANT_FILE).append("` | 87715012 THCS Tân Long (invented) | STT, a code column "
                + "«TC 1.1» and the title in its own column; Không đạt, Mức 1 … Mức 4 under «Kết quả tự đánh giá»; "
                + "one ✓ at the level reached (not cumulative); standards' rows merged across; a page break "
                + "before standard 3 with the two header rows typed again; result, conclusion, place and "
                + "signature below. | ").append(mistakes(VARIANT_FILE))
                .append(" | Read as 18/2018 with the single-mark convention; the findings listed, nothing else. |\n");
        sb.append("| `").append(PRESCHOOL_FILE).append("` | 87715013 MN Hoa Mai (invented, added to the registry) | "
                + "A preschool on Thông tư 19/2018 (25 criteria): the seed's form with the code and title in one cell "
                + "(«Tiêu chí 1.1: Phương hướng, …»), Không đạt over two rows, «Đạt» over Mức 1–3, `x` in lower case "
                + "under every level reached, standards «Tiêu chuẩn 1: …»; the office's and school's names above, "
                + "result and conclusion below. | ").append(mistakes(PRESCHOOL_FILE))
                .append(" | Read as 19/2018 (25 criteria, all found); stated Mức 1 = computed Mức 1. |\n");
        sb.append("| `").append(PRIMARY_FILE).append("` | 87715003 TH An Hòa | A primary school on Thông tư "
                + "17/2018: a one-row header «Tiêu chuẩn, tiêu chí \\| Không đạt \\| Đạt Mức 1 \\| Đạt Mức 2 \\| "
                + "Đạt Mức 3», «Tiêu chí 1.1. …» labels, `X` under every level reached, sheet «TĐG». | ")
                .append(mistakes(PRIMARY_FILE)).append(" | Read as 17/2018 (26 of 27 criteria); computed below "
                        + "Mức 1 against the stated Mức 1. |\n");
        sb.append("| `").append(CODES_FILE).append("` | 87715004 TH Tân Phú A | Codes only: «TT \\| Tiêu chí \\| "
                + "Kết quả tự đánh giá» over Không đạt, Mức 1–3; each code a number cell (`1.1`, and `1.10` shown "
                + "`1.1` by its number cell, read as 1.10 after 1.9), no titles; standards «Tiêu chuẩn 1» alone; "
                + "`X` under every level reached; a page break after 3.3; «Kết luận: Trường đạt Mức 2» only (no "
                + "«Kết quả» line). | ").append(mistakes(CODES_FILE))
                .append(" | Read as 17/2018 (27 criteria); stated Mức 2 = computed Mức 2. |\n");
        sb.append("| `").append(TITLES_FILE).append("` | 87715007 TH Mỹ Xuân | Titles only, no code, in the newest "
                + "wording at hand: where a school's 2025–2026 plan (seed `001_…`, after Thông tư 22/2024 came into "
                + "force) words a criterion otherwise than 2018's title, that wording (`aliases` in the catalogue), "
                + "else 2018's; Thông tư 22/2024's own wording is not at hand (`title_2024` empty), so this is the "
                + "wording seen in use, not the circular's. One title with a letter dropped («Ban đại diện cha mẹ "
                + "học sin», matched with the typo). «STT \\| Tiêu chuẩn, tiêu chí \\| Mức 1 \\| Mức 2 \\| Mức 3 "
                + "\\| Không đạt» (Không đạt last), the number `1` under every level reached, standards numbered "
                + "I–V. | ").append(mistakes(TITLES_FILE))
                .append(" | Read as 17/2018 by title (27 criteria); no conclusion to compare. |\n");
        sb.append("| `").append(SINGLE_FILE).append("` | 87715010 TH Vĩnh Xuân | The level written as a value in one "
                + "column: «TT \\| Tiêu chuẩn, tiêu chí \\| Mức đạt \\| Ghi chú», values «Mức 2», «Mức 1», the number "
                + "`2`, «Đạt mức 2»; code and title in one cell («1.1. Phương hướng, …»), standards merged across, a "
                + "note column, «Kết luận» below. | ").append(mistakes(SINGLE_FILE))
                .append(" | Read as 17/2018 (27 criteria, 26 with a level; 3.5 counted at Mức 3). |\n");
        sb.append("\n### Self-assessment findings (one per line, for assertions)\n\n"
                + "| File | Criterion | Cell | Typed | Check |\n|---|---|---|---|---|\n");
        for (Planted p : planted) {
            String cell = p.cell().isEmpty() ? "(no cell)" : "`'" + SHEETS.get(p.file()) + "'!" + p.cell() + "`";
            sb.append("| `").append(p.file()).append("` | ").append(p.criterion()).append(" | ").append(cell)
                    .append(" | ").append(p.typed().replace("|", "\\|")).append(" | ").append(p.check()).append(" |\n");
        }
        return sb.toString();
    }

    private String mistakes(String file) {
        List<String> out = new ArrayList<>();
        for (Planted p : planted) {
            if (p.file().equals(file)) {
                out.add(p.check() + ": " + p.criterion() + ", " + (p.cell().isEmpty() ? "(no cell)" : "`" + p.cell() + "`")
                        + " " + p.typed());
            }
        }
        return String.join("<br>", out).replace("|", "\\|");
    }

    /** Borders, bold and wrap as a clerk's form has them. */
    private static final class Styles {
        private final Workbook wb;
        private final Map<String, CellStyle> cache = new HashMap<>();

        Styles(Workbook wb) {
            this.wb = wb;
        }

        private CellStyle make(String key, boolean border, boolean bold, HorizontalAlignment align) {
            return cache.computeIfAbsent(key, k -> {
                CellStyle cs = wb.createCellStyle();
                if (border) {
                    cs.setBorderTop(BorderStyle.THIN);
                    cs.setBorderBottom(BorderStyle.THIN);
                    cs.setBorderLeft(BorderStyle.THIN);
                    cs.setBorderRight(BorderStyle.THIN);
                    cs.setWrapText(true);
                }
                if (bold) {
                    Font f = wb.createFont();
                    f.setBold(true);
                    cs.setFont(f);
                }
                cs.setAlignment(align);
                cs.setVerticalAlignment(VerticalAlignment.CENTER);
                return cs;
            });
        }

        CellStyle header() {
            return make("header", true, true, HorizontalAlignment.CENTER);
        }

        CellStyle standard() {
            return make("standard", true, true, HorizontalAlignment.LEFT);
        }

        CellStyle left() {
            return make("left", true, false, HorizontalAlignment.LEFT);
        }

        CellStyle centre() {
            return make("centre", true, false, HorizontalAlignment.CENTER);
        }

        CellStyle title() {
            return make("title", false, true, HorizontalAlignment.CENTER);
        }

        CellStyle centreText() {
            return make("centreText", false, false, HorizontalAlignment.CENTER);
        }

        CellStyle bold() {
            return make("bold", false, true, HorizontalAlignment.LEFT);
        }

        CellStyle plain() {
            return make("plain", false, false, HorizontalAlignment.LEFT);
        }
    }
}
