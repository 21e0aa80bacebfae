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
 * an invented lower-secondary school of the sample registry, and another invented school's grid laid out
 * the way other offices' forms are (STT, a code column {@code TC 1.1}, titles, one ✓ at the level reached,
 * a Mức 4 column, the header repeated after a page break). Both schools are THCS, so the office reads them
 * against Thông tư 18/2018's 28 criteria. Cells of planted mistakes are computed from what is written.
 */
final class SelfAssessmentSamples {

    static final String SEED_FILE = "THCS_PhuMy_tu_danh_gia.xlsx";
    static final String VARIANT_FILE = "THCS_TanLong_tu_danh_gia.xlsx";
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

    private String readme() {
        StringBuilder sb = new StringBuilder("\n## Self-assessment summaries (tổng hợp kết quả tự đánh giá)\n\n"
                + "Written by `SelfAssessmentSamples` (same command). Both schools are lower-secondary (THCS, "
                + "PGD-ST), so the office reads them against Thông tư 18/2018's 28 criteria "
                + "(`jobs/so-dong-thap/tu-danh-gia/`; today the version as amended by Thông tư 22/2024, whose changes "
                + "are not entered: see its README); the run takes them in with the phasing tables (they hold no "
                + "phasing table, the phasing kind ignores them). The level rule the office ships is a stand-in "
                + "(see `tu-danh-gia/README.md`), so a stated conclusion that differs from it is a warning.\n\n"
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
        sb.append("\n### Self-assessment findings (one per line, for assertions)\n\n"
                + "| File | Criterion | Cell | Typed | Check |\n|---|---|---|---|---|\n");
        for (Planted p : planted) {
            if (p.check().equals("—")) {
                continue; // not a finding
            }
            sb.append("| `").append(p.file()).append("` | ").append(p.criterion()).append(" | `'").append(SHEET)
                    .append("'!").append(p.cell()).append("` | ").append(p.typed().replace("|", "\\|")).append(" | ")
                    .append(p.check()).append(" |\n");
        }
        return sb.toString();
    }

    private String mistakes(String file) {
        List<String> out = new ArrayList<>();
        for (Planted p : planted) {
            if (p.file().equals(file)) {
                out.add(p.check() + ": " + p.criterion() + ", `" + p.cell() + "` " + p.typed());
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
