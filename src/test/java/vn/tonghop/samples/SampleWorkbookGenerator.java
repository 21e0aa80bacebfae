package vn.tonghop.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.util.CodePageUtil;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the sample workbooks of {@code sample-workbooks/} and their README (the manifest of layout
 * variations and planted mistakes).
 *
 * <ul>
 *   <li>the seed's Annex II (seed {@code 004_…}), cell for cell, as typed by the Tân Thành B2 clerk;</li>
 *   <li>the phasing tables of the invented district Sông Trà ({@code jobs/so-dong-thap}): one base
 *       table of values, each school file applies its own values, layout variations and planted
 *       mistakes on top;</li>
 *   <li>broken submissions: unknown unit, truncated file, password-protected file, a workbook with
 *       another kind of table.</li>
 * </ul>
 *
 * Usage: {@code java ... vn.tonghop.samples.SampleWorkbookGenerator [output-folder]} (default
 * {@code sample-workbooks}). The README is regenerated with the cell references computed here.
 */
public final class SampleWorkbookGenerator {

    static final String CREATOR = "tonghop samples";
    static final Date CREATED = Date.from(LocalDate.of(2023, 11, 13).atStartOfDay(ZoneOffset.UTC).toInstant());
    static final String SHEET = "Phụ lục II";
    static final List<String> YEARS = List.of("2022", "2023", "2024", "2025");

    // ------------------------------------------------------------------------------------------
    // Table model
    // ------------------------------------------------------------------------------------------

    enum Section { I, II, III }

    /** Logical columns of a phasing table; section III has no TW column. */
    enum Col { STT, NAME, UNIT, CURRENT, TW, HUYEN, TRUONG, Y2022, Y2023, Y2024, Y2025 }

    /** How numbers are stored in the cells. */
    enum Numbers {
        /** real numeric cells, "0.00" for %. */
        NUMERIC,
        /** text cells with decimal comma: "99,50". */
        TEXT_COMMA,
        /** % values as fractions with a percent format: 0.995 shown 99.5%. */
        PERCENT
    }

    record Labels(String stt, String name, String unit, String current, String target, String phasing,
                  String twTinh, String huyen, String truong) {
        Labels withTruong(String label) {
            return new Labels(stt, name, unit, current, target, phasing, twTinh, huyen, label);
        }

        Labels withCurrent(String label) {
            return new Labels(stt, name, unit, label, target, phasing, twTinh, huyen, truong);
        }
    }

    static final Labels STANDARD_LABELS = new Labels("STT", "Tên chỉ tiêu", "ĐVT", "Hiện trạng 9/2023",
            "Chỉ tiêu 2025", "Phân kỳ thực hiện", "TW, Tỉnh", "Huyện", "Trường");

    /**
     * Where and how the table is written.
     *
     * @param titleRow       0-based row of the first title line
     * @param firstCol       0-based column of STT
     * @param gapAfterUnit   an empty column between ĐVT and Hiện trạng
     * @param formulas       school target / 2025 phasing written as formulas
     * @param sttInSectionI  false: section I rows carry no STT
     * @param nfd            header labels, group and indicator names in decomposed Unicode
     */
    record Layout(int titleRow, int firstCol, boolean gapAfterUnit, Numbers numbers, boolean formulas,
                  Labels labels, boolean sttInSectionI, boolean nfd) {
        static final Layout BASELINE = new Layout(0, 0, false, Numbers.NUMERIC, false, STANDARD_LABELS, true, false);

        Layout with(Numbers n) {
            return new Layout(titleRow, firstCol, gapAfterUnit, n, formulas, labels, sttInSectionI, nfd);
        }

        Layout with(Labels l) {
            return new Layout(titleRow, firstCol, gapAfterUnit, numbers, formulas, l, sttInSectionI, nfd);
        }
    }

    /** A numeric cell with its display format. */
    record Num(double value, String format) { }

    /** A formula cell (expression without '=') with its display format. */
    record Formula(String expression, String format) { }

    /** Values of one indicator row for one school; each value a Double, a String or null. */
    record Plan(Object current, Object target, Object y2022, Object y2023, Object y2024, Object y2025) {
        Object get(Col c) {
            return switch (c) {
                case CURRENT -> current;
                case TRUONG -> target;
                case Y2022 -> y2022;
                case Y2023 -> y2023;
                case Y2024 -> y2024;
                case Y2025 -> y2025;
                default -> throw new IllegalArgumentException(c.name());
            };
        }
    }

    sealed interface Entry permits Group, Indicator {
        Section section();
    }

    record Group(Section section, String stt, String name) implements Entry { }

    record Indicator(Section section, String stt, String code, String name, String unit,
                     Object twQuota, Object huyenQuota, Plan plan) implements Entry { }

    /** A wrong value typed into one cell of an indicator row. {Col} placeholders in expected become A1 refs. */
    record Mistake(String code, Col col, Object typed, String expected, String check) { }

    /** One line of the manifest. */
    record Finding(String file, String school, String indicator, String cell, String typed, String expected,
                   String check) { }

    record ReadmeRow(String file, String school, String variation, List<Finding> findings, String outcome) { }

    record Built(Workbook workbook, List<Finding> findings, String where) { }

    // ------------------------------------------------------------------------------------------
    // Plan helpers
    // ------------------------------------------------------------------------------------------

    /**
     * Percent/number plan: 2022 = current value (the header's "Hiện trạng 9/2023" is the result of the
     * school year 2022–2023, which phasing names 2022), 2023 = a quarter of the way, 2024 = midway,
     * 2025 = target.
     */
    static Plan pct(double current, double target) {
        double mid = halfway(current, target);
        return new Plan(current, target, current, halfway(current, mid), mid, target);
    }

    private static double halfway(double a, double b) {
        return BigDecimal.valueOf(a).add(BigDecimal.valueOf(b))
                .divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP).doubleValue();
    }

    /** The same value everywhere (already reached and kept). */
    static Plan same(Object v) {
        return new Plan(v, v, v, v, v, v);
    }

    /** Yes/no reached in 2024: before, before, after, after. */
    static Plan reached(String before, String after) {
        return new Plan(before, after, before, before, after, after);
    }

    /** A rank (lower is better), e.g. "08/20"; 2022 = the current rank, as for {@link #pct}. */
    static Plan rank(String current, String y2023, String y2024, String target) {
        return new Plan(current, target, current, y2023, y2024, target);
    }

    static Indicator ind(Section s, String stt, String code, String name, String unit, Object tw, Object huyen, Plan p) {
        return new Indicator(s, stt, code, name, unit, tw, huyen, p);
    }

    /**
     * The Sông Trà base table: catalogue.csv indicators in the seed's order and grouping, with the
     * official quotas of quotas.csv (SGD-DT in the TW, Tỉnh column, PGD-ST in the Huyện column) and
     * the base values used by every school unless its spec overrides them.
     */
    static List<Entry> songTraBaseTable() {
        Section I = Section.I, II = Section.II, III = Section.III;
        return List.of(
                new Group(I, "1", "Giáo dục tiểu học"),
                ind(I, "a", "TW.1.a", "Tỷ lệ đi học đúng độ tuổi", "%", 99.0, ">99,00", pct(99.2, 100)),
                ind(I, "b", "TW.1.b", "Tỷ lệ trẻ 06 tuổi vào lớp 1", "%", 99.8, 99.8, pct(99.6, 100)),
                ind(I, "c", "TW.1.c", "Giáo viên có bằng ĐHSP", "%", 100.0, 100.0, pct(90, 100)),
                ind(I, "d", "TW.1.d", "Trường đạt chuẩn quốc gia", "%", 70.0, 75.0, pct(65, 80)),
                ind(I, "đ", "TW.1.dd", "Tỷ lệ hoàn thành cấp học", "%", 97.0, 97.0, pct(97, 99)),
                new Group(I, "2", "Về cơ sở vật chất"),
                ind(I, "", "TW.2", "Đạt chuẩn cơ sở vật chất mức tối thiểu trở lên theo quy định của Bộ Giáo dục và Đào tạo",
                        "%", 100.0, 100.0, pct(75, 100)),
                new Group(I, "7", "Thực hiện an sinh xã hội và trợ giúp người khuyết tật"),
                ind(I, "a", "TW.7.a", "Học sinh diện chính sách được hỗ trợ chi phí học tập", "%", 100.0, 100.0, pct(100, 100)),
                ind(I, "b", "TW.7.b", "Trẻ khuyết tật ở độ tuổi được tiếp cận giáo dục", "%", 80.0, 80.0, pct(75, 85)),
                ind(I, "c", "TW.7.c", "Trường học có cơ sở hạ tầng và tài liệu phù hợp với học sinh khuyết tật",
                        "%", 55.0, 55.0, reached("Chưa", "Có")),
                ind(I, "d", "TW.7.d", "Trường học có dịch vụ hỗ trợ tâm lý học sinh", "%", 95.0, 95.0, same("Có")),

                new Group(II, "1", "Học sinh phổ thông giảm"),
                ind(II, "a", "T.1.a", "Học sinh giảm", "%", "< 0,20", "< 0,20", pct(0.15, 0.05)),
                new Group(II, "2", "Phổ cập giáo dục và xóa mù chữ"),
                new Group(II, "a", "Phổ cập giáo dục"),
                ind(II, "", "T.2.a", "Đạt PCGDTH mức độ 3", "", "Đạt", "Đạt", same("Đạt")),
                ind(II, "b", "T.2.b", "Xóa mù chữ mức độ 2", "", "Đạt", "Đạt", same("Đạt")),
                new Group(II, "3", "Nhà giáo và CBQL giáo dục có trình độ chuẩn được đào tạo trên chuẩn theo quy định của Luật Giáo dục 2019"),
                ind(II, "", "T.3", "Tiểu học", "%", 1.0, 1.0, pct(4, 6)),
                new Group(II, "4", "Ứng dụng công nghệ thông tin, chuyển đổi số"),
                ind(II, "", "T.4", "Triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường mạng",
                        "%", 60.0, 60.0, pct(50, 80)),
                new Group(II, "5", "Phát triển Đảng trong ngành Giáo dục"),
                ind(II, "", "T.5", "Tỷ lệ nhà giáo, cán bộ quản lý và người lao động là đảng viên/Tổng số",
                        "%", 70.0, 70.0, pct(68, 75)),
                new Group(II, "6", "Giáo dục thể chất và phong trào thể thao học đường"),
                ind(II, "", "T.6.a", "Tỷ lệ học sinh được đánh giá, xếp loại thể lực hàng năm theo quy định",
                        "%", 100.0, 100.0, pct(100, 100)),
                ind(II, "", "T.6.b", "Xếp hạng toàn đoàn tại Hội khỏe Phù Đổng cấp tỉnh", "Xếp hạng", null, "05/20",
                        rank("08/20", "07/20", "06/20", "05/20")),
                ind(II, "", "T.7", "Đổi mới về quản lý giáo dục", "", null, null, same(1.0)),

                new Group(III, "1", "Về chất lượng giáo dục"),
                ind(III, "", "H.1", "Trường đạt chuẩn quốc gia mức độ 1", "ĐV", null, "X",
                        new Plan(0.0, 1.0, 0.0, 0.0, 1.0, 1.0)),
                new Group(III, "2", "Giáo dục thể chất"),
                ind(III, "a", "H.2.a", "Học sinh, học viên bị đuối nước", "", null, "X", same("Không")),
                ind(III, "b", "H.2.b", "Hội khỏe Phù Đổng huyện Sông Trà năm 2024", "", null, "X", reached("Chưa", "Có")));
    }

    static String headingOf(Section s, String district) {
        return switch (s) {
            case I -> "I. CÁC CHỈ TIÊU THEO QUY ĐỊNH CỦA TRUNG ƯƠNG";
            case II -> "II. CÁC CHỈ TIÊU THEO QUY ĐỊNH CỦA TỈNH";
            case III -> "III. CÁC CHỈ TIÊU ĐẶC TRƯNG CỦA HUYỆN " + district;
        };
    }

    // ------------------------------------------------------------------------------------------
    // One school file: values, variations and mistakes on top of the base table
    // ------------------------------------------------------------------------------------------

    static final class Spec {
        final String code;
        final String school;
        final String fileName;
        String sheetName = SHEET;
        boolean xls;
        Layout layout = Layout.BASELINE;
        List<String> titles;
        boolean blankAfterTitles = true;
        boolean instructionsSheet;
        Consumer<TableWriter> letterhead = w -> { };
        Consumer<TableWriter> after = w -> { };
        final Map<String, Plan> plans = new HashMap<>();
        final Map<String, String> names = new HashMap<>();
        final Map<String, String[]> splitNames = new HashMap<>();
        final Set<String> deleted = new HashSet<>();
        final Map<String, Indicator> addedAfter = new HashMap<>();
        final List<Mistake> mistakes = new ArrayList<>();
        String variation = "";
        String outcome = "";

        Spec(String code, String school, String fileName, String planRef) {
            this.code = code;
            this.school = school;
            this.fileName = fileName;
            this.titles = List.of("Phụ lục II", "BẢNG PHÂN KỲ THỰC HIỆN CHỈ TIÊU CỤ THỂ",
                    "(Kèm theo Kế hoạch số " + planRef + " của " + school + ")");
        }

        Spec plan(String indicator, Plan p) {
            plans.put(indicator, p);
            return this;
        }

        Spec mistake(String indicator, Col col, Object typed, String expected, String check) {
            mistakes.add(new Mistake(indicator, col, typed, expected, check));
            return this;
        }

        Spec describe(String variation, String outcome) {
            this.variation = variation;
            this.outcome = outcome;
            return this;
        }

        Optional<Mistake> mistakeAt(String indicator, Col col) {
            return mistakes.stream().filter(m -> m.code().equals(indicator) && m.col() == col).findFirst();
        }
    }

    static List<Spec> songTraSchools() {
        List<Spec> specs = new ArrayList<>();

        specs.add(new Spec("87715001", "Trường Tiểu học Phú Lộc", "TH_PhuLoc_phan_ky_chi_tieu.xlsx",
                "15/KH-TH ngày 10/11/2023")
                .describe("Clean baseline: same layout as the seed (titles, sections I–III, two-row merged header "
                                + "at A6:K7), numbers as real numeric cells (format 0.00 for %).",
                        "Read; school identified from the title row; all 22 catalogue indicators matched; no findings."));

        Spec binhMinh = new Spec("87715002", "Trường Tiểu học Bình Minh", "TH_BinhMinh_phan_ky_chi_tieu.xlsx",
                "32/KH-THBM ngày 14/11/2023");
        binhMinh.sheetName = "Biểu 02";
        binhMinh.instructionsSheet = true;
        binhMinh.layout = Layout.BASELINE.with(Numbers.TEXT_COMMA);
        binhMinh.titles = List.of("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN SÔNG TRÀ", "TRƯỜNG TIỂU HỌC BÌNH MINH", "Biểu 02",
                "Phụ lục II", "BẢNG PHÂN KỲ THỰC HIỆN CHỈ TIÊU CỤ THỂ",
                "(Kèm theo Kế hoạch số 32/KH-THBM ngày 14/11/2023 của Trường Tiểu học Bình Minh)");
        binhMinh.after = SampleWorkbookGenerator::signatureBlock;
        specs.add(binhMinh
                .plan("TW.1.a", pct(99.5, 100))
                .plan("TW.1.c", pct(91.5, 100))
                .plan("TW.1.dd", pct(97.8, 99.5))
                .plan("T.4", pct(55, 75))
                .plan("T.6.b", rank("07/20", "06/20", "05/20", "04/20"))
                .plan("H.1", same(1.0))
                .describe("First sheet \"Hướng dẫn\" (instructions, no table); the table is on sheet \"Biểu 02\" "
                                + "after six title rows; note rows below the table (\"Ghi chú: …\", \"Người lập biểu\", "
                                + "signature line, \"Sông Trà, ngày 15 tháng 11 năm 2023\"); every number stored as TEXT "
                                + "with decimal comma (\"99,50\", \"97,80\"; counts as \"01\").",
                        "Read from sheet \"Biểu 02\" (instructions sheet skipped, notes ignored); text numbers parsed "
                                + "with decimal comma; no findings."));

        Spec anHoa = new Spec("87715003", "Trường Tiểu học An Hòa", "TH_AnHoa_phan_ky_chi_tieu.xlsx",
                "27/KH-THAH ngày 09/11/2023");
        anHoa.layout = new Layout(0, 0, false, Numbers.PERCENT, true, STANDARD_LABELS, true, false);
        specs.add(anHoa
                .plan("TW.1.a", pct(99.0, 100))
                .plan("TW.1.d", pct(60, 75))
                .plan("TW.7.b", pct(78, 80))
                .plan("T.3", pct(3, 5))
                .plan("T.4", pct(50, 60))
                .plan("T.5", pct(67, 70))
                .mistake("TW.1.b", Col.HUYEN, 95.0, "99,80 (official PGD-ST quota; as a percent cell 0.998)",
                        "quota column differs from the official quota")
                .describe("Percentages as numeric fractions with a percent format (0.995 shown as 99.5%, format 0.0% "
                                + "or 0.00%); every numeric 2025 phasing is a formula pointing at the school target cell (=G<row> in "
                                + "sections I–II, =F<row> in section III); the school target is a formula =F<row> (the "
                                + "Huyện quota) where it equals the quota (rows of TW.1.c, TW.1.d, TW.2, TW.7.a, TW.7.b, "
                                + "T.4, T.5, T.6.a); cached values stored.",
                        "Read; percent cells read as percentages (0.995 → 99.5), formula cells by their cached values; "
                                + "one finding (wrong quota)."));

        Spec tanPhuA = new Spec("87715004", "Trường Tiểu học Tân Phú A", "TH_TanPhuA_phan_ky_chi_tieu.xlsx",
                "41/KH-THTPA ngày 13/11/2023");
        tanPhuA.layout = new Layout(0, 0, true, Numbers.NUMERIC, false, STANDARD_LABELS, true, false);
        tanPhuA.splitNames.put("T.5", new String[] {
                "Tỷ lệ nhà giáo, cán bộ quản lý và người lao động", "là đảng viên/Tổng số"});
        specs.add(tanPhuA
                .plan("TW.1.dd", pct(96, 100))
                .plan("T.5", pct(71, 76))
                .mistake("TW.1.dd", Col.Y2025, 98.0, "100 (= the school target in {TRUONG})",
                        "last phasing year differs from the school target")
                .describe("An extra empty column D between ĐVT (C) and Hiện trạng (E), header cells empty too; "
                                + "the T.5 name is split over two rows: \"Tỷ lệ nhà giáo, cán bộ quản lý và người lao động\" "
                                + "with all the values, then \"là đảng viên/Tổng số\" with nothing else.",
                        "Read; empty column skipped; the continuation row joined to the row above (T.5 matched); "
                                + "one finding."));

        Spec longKhanh = longKhanh();
        specs.add(longKhanh);

        Spec hoaAn = new Spec("87715006", "Trường Tiểu học Hòa An", "TH_HoaAn_phan_ky_chi_tieu.xlsx",
                "19/KH-THHA ngày 10/11/2023");
        hoaAn.deleted.add("T.2.b");
        specs.add(hoaAn
                .plan("TW.1.a", pct(99.4, 100))
                .mistake("TW.7.b", Col.Y2024, 72.0,
                        "a value from 77.5 to 85 (generator's consistent value 80); {Y2023} = 77.5 → {Y2024} = 72 → {Y2025} = 85",
                        "phasing steps backwards")
                .describe("Baseline layout (name close to An Hòa: match by the full name); the row of T.2.b "
                                + "\"Xóa mù chữ mức độ 2\" is deleted.",
                        "Read; two findings (backsliding phasing, missing indicator)."));

        Spec myXuan = new Spec("87715007", "Trường Tiểu học Mỹ Xuân", "TH_MyXuan_phan_ky_chi_tieu.xlsx",
                "22/KH-THMX ngày 10/11/2023");
        Labels spaced = new Labels("STT", "Tên  chỉ tiêu", "ĐVT", "Hiện trạng\u00A09/2023",
                "Chỉ tiêu 2025", "Phân kỳ  thực hiện", "TW,\u00A0Tỉnh", "Huyện", "Trường");
        myXuan.layout = new Layout(0, 0, false, Numbers.NUMERIC, false, spaced, true, true);
        myXuan.names.put("TW.1.a", "Tỷ lệ  đi học đúng độ tuổi");
        myXuan.names.put("TW.1.d", "Trường đạt chuẩn\u00A0quốc gia");
        myXuan.names.put("T.1.a", "Học sinh  giảm");
        myXuan.addedAfter.put("T.6.a", ind(Section.II, "", "?", "Tỷ lệ học sinh biết bơi", "%", null, null, pct(45, 70)));
        specs.add(myXuan
                .plan("TW.1.d", pct(68, 80))
                .plan("T.3", pct(5, 7))
                .describe("Header labels, group names and indicator names in DECOMPOSED Unicode (NFD); "
                                + "double spaces / NBSP inside labels: header \"Tên␣␣chỉ tiêu\", \"Hiện trạng⍽9/2023\", "
                                + "\"Phân kỳ␣␣thực hiện\", \"TW,⍽Tỉnh\"; names \"Tỷ lệ␣␣đi học đúng độ tuổi\", "
                                + "\"Trường đạt chuẩn⍽quốc gia\", \"Học sinh␣␣giảm\" (␣␣ = two spaces, ⍽ = U+00A0); "
                                + "an extra indicator row \"Tỷ lệ học sinh biết bơi\" (%, 45 → 70, no quota) in section II "
                                + "after T.6.a.",
                        "Read; labels and names normalised (NFC, spaces) so all 22 catalogue indicators match; "
                                + "one finding (unknown indicator)."));

        Spec thanhLoi = new Spec("87715008", "Trường Tiểu học Thạnh Lợi", "87715008_phan_ky.xlsx", "");
        thanhLoi.titles = List.of("BẢNG PHÂN KỲ THỰC HIỆN CHỈ TIÊU");
        specs.add(thanhLoi
                .plan("TW.1.a", pct(99.4, 100))
                .plan("T.1.a", pct(0.3, 0.1))
                .describe("The workbook never names the school: single title \"BẢNG PHÂN KỲ THỰC HIỆN CHỈ TIÊU\", "
                                + "no \"Kèm theo …\" line; the school code is only in the file name.",
                        "Read; school identified from the file name (87715008); no findings."));

        Spec vinhXuan = new Spec("87715010", "Trường Tiểu học Vĩnh Xuân", "TH_VinhXuan_phan_ky_chi_tieu.xlsx",
                "21/KH-THVX ngày 09/11/2023");
        vinhXuan.layout = new Layout(3, 2, false, Numbers.NUMERIC, false, STANDARD_LABELS, false, false);
        vinhXuan.blankAfterTitles = false;
        vinhXuan.letterhead = SampleWorkbookGenerator::vinhXuanLetterhead;
        specs.add(vinhXuan
                .plan("T.4", pct(45, 65))
                .plan("TW.2", pct(62.5, 100))
                .describe("The table starts at C8 (columns A–B empty); above it a letterhead: a logo-like merged "
                                + "block A1:B6, merged title cells C1:F1, C2:F2, H1:M1, H2:M2, C4:M4, C5:M5, C6:M6; "
                                + "section I rows (groups and indicators) have no STT.",
                        "Read; table found at C8; section I rows recognised without STT; no findings."));
        return specs;
    }

    static Spec longKhanh() {
        Spec s = new Spec("87715005", "Trường Tiểu học Long Khánh", "TH_LongKhanh_phan_ky_chi_tieu.xls",
                "36/KH-THLK ngày 13/11/2023");
        s.xls = true;
        s.layout = Layout.BASELINE.with(new Labels("STT", "TÊN CHỈ TIÊU", "Đơn vị tính", "Hiện trạng\n(9/2023)",
                "Chỉ tiêu 2025", "Phân kỳ\nthực hiện", "TW, Tỉnh", "Huyện", "Trường"));
        return s.plan("TW.7.b", pct(70, 82))
                .plan("TW.1.d", pct(62.5, 77.5))
                .mistake("TW.1.c", Col.Y2024, 104.0,
                        "at most 100 (generator's consistent value 95); side effect: {Y2024} = 104 → {Y2025} = 100 is also a step backwards",
                        "percentage over 100")
                .describe("Legacy .xls (HSSF, BIFF8); header labels written differently: \"TÊN CHỈ TIÊU\" (upper case), "
                                + "\"Đơn vị tính\" instead of ĐVT, line breaks in \"Hiện trạng\\n(9/2023)\" and "
                                + "\"Phân kỳ\\nthực hiện\".",
                        "Read with HSSF; header synonyms recognised; one finding (percentage over 100), plus the "
                                + "step back 104 → 100 if the steadiness check runs.");
    }

    // ------------------------------------------------------------------------------------------
    // Writing a phasing workbook from a spec
    // ------------------------------------------------------------------------------------------

    static Built buildPhasingWorkbook(Spec s) {
        Workbook wb = s.xls ? new HSSFWorkbook() : new XSSFWorkbook();
        if (s.instructionsSheet) {
            writeInstructions(wb.createSheet("Hướng dẫn"), new Styles(wb));
        }
        Sheet sheet = wb.createSheet(s.sheetName);
        TableWriter w = new TableWriter(wb, sheet, s.layout);
        List<Finding> findings = new ArrayList<>();

        s.letterhead.accept(w);
        w.row = s.layout.titleRow();
        for (String t : s.titles) {
            w.title(t);
        }
        if (s.blankAfterTitles) {
            w.blank();
        }
        String where = null;
        Section current = null;
        for (Entry e : songTraBaseTable()) {
            if (e.section() != current) {
                if (current != null) {
                    w.blank();
                }
                current = e.section();
                w.heading(headingOf(current, "SÔNG TRÀ"));
                if (where == null) {
                    where = w.a1(w.row, Section.I, Col.STT);
                }
                w.header(current, s.layout.labels());
            }
            if (e instanceof Group g) {
                EnumMap<Col, Object> cells = new EnumMap<>(Col.class);
                cells.put(Col.STT, sttShown(s, g.section(), g.stt()));
                cells.put(Col.NAME, w.label(g.name()));
                w.row(g.section(), cells);
            } else if (e instanceof Indicator ind) {
                if (s.deleted.contains(ind.code())) {
                    findings.add(new Finding(s.fileName, s.code, ind.code() + " " + ind.name(),
                            "no row (expected after row " + w.row + " of '" + s.sheetName + "')", "—",
                            "a row for the indicator", "indicator missing from the submission"));
                    continue;
                }
                indicatorRow(w, s, ind, findings);
                Indicator extra = s.addedAfter.get(ind.code());
                if (extra != null) {
                    findings.add(new Finding(s.fileName, s.code, "(not in catalogue) " + extra.name(),
                            w.ref(w.row, extra.section(), Col.NAME), "\"" + extra.name() + "\" (NFD like the other names)",
                            "no such row", "unknown indicator"));
                    indicatorRow(w, s, extra, findings);
                }
            }
        }
        s.after.accept(w);
        if (s.layout.formulas()) {
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        }
        return new Built(wb, findings, where);
    }

    static String sttShown(Spec s, Section section, String stt) {
        return section == Section.I && !s.layout.sttInSectionI() ? null : stt;
    }

    static void indicatorRow(TableWriter w, Spec s, Indicator ind, List<Finding> findings) {
        Layout layout = s.layout;
        Section sec = ind.section();
        Plan p = s.plans.getOrDefault(ind.code(), ind.plan());
        String[] split = s.splitNames.get(ind.code());
        String name = split != null ? split[0] : s.names.getOrDefault(ind.code(), ind.name());
        int r = w.row;

        EnumMap<Col, Object> values = new EnumMap<>(Col.class);
        values.put(Col.CURRENT, p.current());
        if (sec != Section.III) {
            values.put(Col.TW, ind.twQuota());
        }
        values.put(Col.HUYEN, ind.huyenQuota());
        for (Col c : List.of(Col.TRUONG, Col.Y2022, Col.Y2023, Col.Y2024, Col.Y2025)) {
            values.put(c, p.get(c));
        }
        for (Mistake m : s.mistakes) {
            if (m.code().equals(ind.code())) {
                values.put(m.col(), m.typed());
            }
        }

        EnumMap<Col, Object> cells = new EnumMap<>(Col.class);
        cells.put(Col.STT, sttShown(s, sec, ind.stt()));
        cells.put(Col.NAME, w.label(name));
        cells.put(Col.UNIT, ind.unit());
        values.forEach((c, v) -> cells.put(c, render(v, ind.unit(), layout.numbers())));

        if (layout.formulas() && p.target() instanceof Double target) {
            boolean targetIsQuota = ind.huyenQuota() instanceof Double q && q.equals(target)
                    && s.mistakeAt(ind.code(), Col.HUYEN).isEmpty();
            if (targetIsQuota) {
                cells.put(Col.TRUONG, new Formula(w.a1(r, sec, Col.HUYEN), formatOf(cells.get(Col.TRUONG))));
            }
            if (target.equals(p.y2025()) && s.mistakeAt(ind.code(), Col.Y2025).isEmpty()) {
                cells.put(Col.Y2025, new Formula(w.a1(r, sec, Col.TRUONG), formatOf(cells.get(Col.Y2025))));
            }
        }

        for (Mistake m : s.mistakes) {
            if (m.code().equals(ind.code())) {
                String expected = m.expected();
                for (Col c : Col.values()) {
                    expected = expected.replace("{" + c.name() + "}", w.a1(r, sec, c));
                }
                findings.add(new Finding(s.fileName, s.code, ind.code() + " " + ind.name(), w.ref(r, sec, m.col()),
                        describe(cells.get(m.col())), expected, m.check()));
            }
        }
        w.row(sec, cells);
        if (split != null) {
            EnumMap<Col, Object> continuation = new EnumMap<>(Col.class);
            continuation.put(Col.NAME, w.label(split[1]));
            w.row(sec, continuation);
        }
    }

    /** A logical value (Double or String) as cell content for the chosen number storage. */
    static Object render(Object v, String unit, Numbers numbers) {
        if (!(v instanceof Double d)) {
            return v;
        }
        boolean percent = "%".equals(unit);
        return switch (numbers) {
            case NUMERIC -> new Num(d, percent ? "0.00" : "0");
            case TEXT_COMMA -> commaText(d, unit);
            case PERCENT -> percent
                    ? new Num(BigDecimal.valueOf(d).movePointLeft(2).doubleValue(),
                            BigDecimal.valueOf(d).stripTrailingZeros().scale() <= 1 ? "0.0%" : "0.00%")
                    : new Num(d, "0");
        };
    }

    /** "99,50", "100", "0"; counts with a leading zero like the seed ("01"). */
    static String commaText(double d, String unit) {
        if (d == Math.rint(d) && ("ĐV".equals(unit) && d > 0)) {
            return String.format(Locale.ROOT, "%02d", (long) d);
        }
        if (d == Math.rint(d) && (d == 0 || d == 100 || !"%".equals(unit))) {
            return String.valueOf((long) d);
        }
        return String.format(Locale.ROOT, "%.2f", d).replace('.', ',');
    }

    static String formatOf(Object cell) {
        return cell instanceof Num n ? n.format() : "General";
    }

    static String describe(Object cell) {
        if (cell instanceof Num n) {
            String v = BigDecimal.valueOf(n.value()).stripTrailingZeros().toPlainString();
            if (n.format().endsWith("%")) {
                String shown = BigDecimal.valueOf(n.value()).movePointRight(2)
                        .setScale(n.format().equals("0.0%") ? 1 : 2, RoundingMode.HALF_UP).toPlainString();
                return v + " (number, format " + n.format() + ", shows " + shown + "%)";
            }
            return v + " (number)";
        }
        if (cell instanceof Formula f) {
            return "=" + f.expression() + " (formula)";
        }
        return cell == null ? "(empty)" : "\"" + cell + "\" (text)";
    }

    static void writeInstructions(Sheet sheet, Styles st) {
        String[] lines = {
                "HƯỚNG DẪN ĐIỀN BIỂU 02",
                "1. Ghi số liệu hiện trạng tính đến tháng 9/2023.",
                "2. Cột TW, Tỉnh và cột Huyện ghi đúng chỉ tiêu được giao, không tự sửa.",
                "3. Phân kỳ năm 2025 phải bằng chỉ tiêu của trường.",
                "4. Gửi biểu về Phòng Giáo dục và Đào tạo trước ngày 20/11/2023."};
        for (int i = 0; i < lines.length; i++) {
            Cell c = sheet.createRow(i).createCell(0);
            c.setCellValue(lines[i]);
            c.setCellStyle(i == 0 ? st.heading() : st.plain());
        }
        sheet.setColumnWidth(0, 90 * 256);
    }

    static void signatureBlock(TableWriter w) {
        w.blank();
        w.notes(Map.of(Col.STT, "Ghi chú: Hiện trạng tính đến tháng 9/2023; cột TW, Tỉnh và Huyện ghi theo chỉ tiêu "
                + "Phòng GD&ĐT giao; số liệu tỷ lệ tính theo %."));
        w.blank();
        w.notes(Map.of(Col.Y2022, "Sông Trà, ngày 15 tháng 11 năm 2023"));
        w.notes(Map.of(Col.NAME, "Người lập biểu", Col.Y2022, "HIỆU TRƯỞNG"));
        w.notes(Map.of(Col.NAME, "(Ký, ghi rõ họ tên)", Col.Y2022, "(Ký tên, đóng dấu)"));
        w.blank();
        w.blank();
        w.notes(Map.of(Col.NAME, "Trần Thị Thu Hà", Col.Y2022, "Lê Minh Khoa"));
    }

    static void vinhXuanLetterhead(TableWriter w) {
        Styles st = w.styles;
        w.merged(0, 0, 5, 1, "TRƯỜNG\nTIỂU HỌC\nVĨNH XUÂN\n★", st.logo());
        w.merged(0, 2, 0, 5, "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN SÔNG TRÀ", st.title());
        w.merged(1, 2, 1, 5, "TRƯỜNG TIỂU HỌC VĨNH XUÂN", st.title());
        w.merged(0, 7, 0, 12, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", st.title());
        w.merged(1, 7, 1, 12, "Độc lập - Tự do - Hạnh phúc", st.title());
        w.sheet.setColumnWidth(0, 8 * 256);
        w.sheet.setColumnWidth(1, 8 * 256);
    }

    // ------------------------------------------------------------------------------------------
    // The table writer
    // ------------------------------------------------------------------------------------------

    /** Writes title lines, section headings, two-row headers and bordered rows at a layout's position. */
    static final class TableWriter {
        final Workbook wb;
        final Sheet sheet;
        final Layout layout;
        final Styles styles;
        int row;
        /** 0-based row of each indicator/group name written (trimmed), for the README. */
        final Map<String, Integer> rowOfName = new LinkedHashMap<>();

        TableWriter(Workbook wb, Sheet sheet, Layout layout) {
            this.wb = wb;
            this.sheet = sheet;
            this.layout = layout;
            this.styles = new Styles(wb);
            this.row = layout.titleRow();
            for (Col c : columns(Section.I)) {
                sheet.setColumnWidth(physical(Section.I, c), widthOf(c) * 256);
            }
            if (layout.gapAfterUnit()) {
                sheet.setColumnWidth(physical(Section.I, Col.UNIT) + 1, 4 * 256);
            }
        }

        static int widthOf(Col c) {
            return switch (c) {
                case STT -> 6;
                case NAME -> 46;
                case UNIT -> 9;
                case CURRENT -> 12;
                case TW, HUYEN, TRUONG -> 11;
                default -> 10;
            };
        }

        static List<Col> columns(Section s) {
            List<Col> cols = new ArrayList<>(Arrays.asList(Col.values()));
            if (s == Section.III) {
                cols.remove(Col.TW);
            }
            return cols;
        }

        int width(Section s) {
            return columns(s).size() + (layout.gapAfterUnit() ? 1 : 0);
        }

        int physical(Section s, Col c) {
            int i = columns(s).indexOf(c);
            if (i < 0) {
                throw new IllegalArgumentException(c + " not in section " + s);
            }
            return layout.firstCol() + i + (layout.gapAfterUnit() && i > Col.UNIT.ordinal() ? 1 : 0);
        }

        /** "K14" */
        String a1(int r, Section s, Col c) {
            return new CellReference(r, physical(s, c), false, false).formatAsString();
        }

        /** "'Phụ lục II'!K14" */
        String ref(int r, Section s, Col c) {
            return new CellReference(sheet.getSheetName(), r, physical(s, c), false, false).formatAsString();
        }

        String label(String text) {
            return text == null || !layout.nfd() ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
        }

        void blank() {
            row++;
        }

        void title(String text) {
            int w = width(Section.I);
            merged(row, layout.firstCol(), row, layout.firstCol() + w - 1, text, styles.title());
            row++;
        }

        void heading(String text) {
            Cell c = sheet.createRow(row++).createCell(layout.firstCol());
            c.setCellValue(text);
            c.setCellStyle(styles.heading());
        }

        void merged(int r1, int c1, int r2, int c2, String text, CellStyle style) {
            for (int r = r1; r <= r2; r++) {
                Row rr = rowAt(r);
                for (int c = c1; c <= c2; c++) {
                    rr.createCell(c).setCellStyle(style);
                }
            }
            rowAt(r1).getCell(c1).setCellValue(text);
            if (r1 != r2 || c1 != c2) {
                sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
            }
        }

        /** Two-row header: STT, name, unit, current merged vertically; target and phasing merged across. */
        void header(Section s, Labels l) {
            int top = row, bottom = row + 1;
            CellStyle hs = styles.header();
            int first = layout.firstCol(), last = first + width(s) - 1;
            for (int r = top; r <= bottom; r++) {
                Row rr = rowAt(r);
                for (int c = first; c <= last; c++) {
                    rr.createCell(c).setCellStyle(hs);
                }
            }
            rowAt(top).setHeightInPoints(32);
            rowAt(bottom).setHeightInPoints(18);
            EnumMap<Col, String> tall = new EnumMap<>(Col.class);
            tall.put(Col.STT, l.stt());
            tall.put(Col.NAME, l.name());
            tall.put(Col.UNIT, l.unit());
            tall.put(Col.CURRENT, l.current());
            for (Map.Entry<Col, String> e : tall.entrySet()) {
                int c = physical(s, e.getKey());
                rowAt(top).getCell(c).setCellValue(label(e.getValue()));
                sheet.addMergedRegion(new CellRangeAddress(top, bottom, c, c));
            }
            Col firstQuota = s == Section.III ? Col.HUYEN : Col.TW;
            mergeAcross(top, physical(s, firstQuota), physical(s, Col.TRUONG), label(l.target()));
            mergeAcross(top, physical(s, Col.Y2022), physical(s, Col.Y2025), label(l.phasing()));
            EnumMap<Col, String> second = new EnumMap<>(Col.class);
            if (s != Section.III) {
                second.put(Col.TW, l.twTinh());
            }
            second.put(Col.HUYEN, l.huyen());
            second.put(Col.TRUONG, l.truong());
            for (int i = 0; i < YEARS.size(); i++) {
                second.put(Col.values()[Col.Y2022.ordinal() + i], YEARS.get(i));
            }
            second.forEach((c, v) -> rowAt(bottom).getCell(physical(s, c)).setCellValue(label(v)));
            row += 2;
        }

        private void mergeAcross(int r, int c1, int c2, String text) {
            rowAt(r).getCell(c1).setCellValue(text);
            sheet.addMergedRegion(new CellRangeAddress(r, r, c1, c2));
        }

        /** One bordered table row; cells by logical column (String, Num, Formula or null). */
        void row(Section s, Map<Col, Object> cells) {
            List<Object> physicalCells = new ArrayList<>();
            for (Col c : columns(s)) {
                physicalCells.add(cells.get(c));
                if (c == Col.UNIT && layout.gapAfterUnit()) {
                    physicalCells.add(null);
                }
            }
            physicalRow(physicalCells);
        }

        /** One bordered table row from raw text cells in physical order ("" = empty), padded to the width. */
        void raw(Section s, String... texts) {
            List<Object> physicalCells = new ArrayList<>();
            for (int i = 0; i < width(s); i++) {
                physicalCells.add(i < texts.length && !texts[i].isEmpty() ? texts[i] : null);
            }
            physicalRow(physicalCells);
        }

        private void physicalRow(List<Object> physicalCells) {
            Row r = rowAt(row);
            int nameCol = layout.firstCol() + 1;
            int lines = 1;
            for (int i = 0; i < physicalCells.size(); i++) {
                int col = layout.firstCol() + i;
                Object v = "".equals(physicalCells.get(i)) ? null : physicalCells.get(i);
                Cell cell = r.createCell(col);
                boolean left = col == nameCol;
                if (v instanceof Num n) {
                    cell.setCellValue(n.value());
                    cell.setCellStyle(styles.body(false, n.format()));
                } else if (v instanceof Formula f) {
                    cell.setCellFormula(f.expression());
                    cell.setCellStyle(styles.body(false, f.format()));
                } else {
                    if (v != null) {
                        cell.setCellValue(v.toString());
                        int chars = Math.max(1, sheet.getColumnWidth(col) / 256 - 2);
                        lines = Math.max(lines, (v.toString().length() + chars - 1) / chars);
                    }
                    cell.setCellStyle(styles.body(left, "General"));
                }
                if (col == nameCol && v != null) {
                    rowOfName.putIfAbsent(v.toString().strip(), row);
                }
            }
            if (lines > 1) {
                r.setHeightInPoints(15f * lines);
            }
            row++;
        }

        /** Un-bordered text (notes, signatures) in the columns of section I. */
        void notes(Map<Col, String> texts) {
            Row r = rowAt(row++);
            new EnumMap<>(texts).forEach((c, t) -> {
                Cell cell = r.createCell(physical(Section.I, c));
                cell.setCellValue(t);
                cell.setCellStyle(c == Col.STT ? styles.plain() : styles.centred());
            });
        }

        Row rowAt(int r) {
            Row rr = sheet.getRow(r);
            return rr != null ? rr : sheet.createRow(r);
        }
    }

    /** Cell styles, created once per workbook (HSSF has a style limit). */
    static final class Styles {
        private final Workbook wb;
        private final Map<String, CellStyle> cache = new HashMap<>();
        private Font boldFont;

        Styles(Workbook wb) {
            this.wb = wb;
        }

        private Font bold() {
            if (boldFont == null) {
                boldFont = wb.createFont();
                boldFont.setBold(true);
            }
            return boldFont;
        }

        private CellStyle make(String key, boolean border, boolean bold, HorizontalAlignment align, String format) {
            return cache.computeIfAbsent(key, k -> {
                CellStyle cs = wb.createCellStyle();
                if (border) {
                    cs.setBorderTop(BorderStyle.THIN);
                    cs.setBorderBottom(BorderStyle.THIN);
                    cs.setBorderLeft(BorderStyle.THIN);
                    cs.setBorderRight(BorderStyle.THIN);
                }
                if (bold) {
                    cs.setFont(bold());
                }
                cs.setAlignment(align);
                cs.setVerticalAlignment(VerticalAlignment.CENTER);
                cs.setWrapText(border || align == HorizontalAlignment.CENTER);
                cs.setDataFormat(wb.createDataFormat().getFormat(format));
                return cs;
            });
        }

        CellStyle body(boolean left, String format) {
            return make("body|" + left + "|" + format, true, false,
                    left ? HorizontalAlignment.LEFT : HorizontalAlignment.CENTER, format);
        }

        CellStyle header() {
            return make("header", true, true, HorizontalAlignment.CENTER, "General");
        }

        CellStyle title() {
            return make("title", false, true, HorizontalAlignment.CENTER, "General");
        }

        CellStyle heading() {
            return make("heading", false, true, HorizontalAlignment.LEFT, "General");
        }

        CellStyle plain() {
            return make("plain", false, false, HorizontalAlignment.LEFT, "General");
        }

        CellStyle centred() {
            return make("centred", false, false, HorizontalAlignment.CENTER, "General");
        }

        CellStyle logo() {
            return make("logo", true, true, HorizontalAlignment.CENTER, "General");
        }
    }

    // ------------------------------------------------------------------------------------------
    // File 1: the seed's Annex II, cell for cell (strings copied from seeds/004_…, NBSP as \u00A0)
    // ------------------------------------------------------------------------------------------

    static final Labels SEED_LABELS = STANDARD_LABELS;

    static final String[][] SEED_I_BEFORE_PAGE_BREAK = {
            {"1", "Giáo dục tiểu học", ""},
            {"a", "Tỷ lệ đi học đúng độ tuổi", "%", "100", "99,00", ">99,00", "100", ">99,00", ">99,00", ">99,00", "100"},
            {"b", "Tỷ lệ trẻ 06 tuổi vào lớp 1", "%", "96,67", "99,80", "99,80", "100", "96,67", "97,00", "99,00", "100"},
            {"c", "Giáo viên có bằng ĐHSP ", "%", "92, 70", "100", "100", "100", "92,70", "94,00", "97,00", "100"},
            {"d", "Trường đạt chuẩn quốc gia", "%", "58,82", "70,00", "76,47", "100", "58,82", "64,70", "70,52", "100"},
            {"đ", "Tỷ lệ hoàn thành cấp học", "%", "92,56", "97,00", "97,00", "100", "92,56", "94,50", "95,50", "100"},
    };

    static final String[][] SEED_I_AFTER_PAGE_BREAK = {
            {"2", "Về cơ sở vật chất"},
            {"\u00A0", "Đạt chuẩn cơ sở vật chất mức tối thiểu trở lên theo quy định của Bộ Giáo dục và Đào tạo", "%", "56,25 ", "100", "100", "100", "60,00", "70,00", "85,00", "100"},
            {"7", "Thực hiện an sinh xã hội và trợ giúp người khuyết tật"},
            {"a", "Học sinh diện chính sách được hỗ trợ chi phí học tập", "%", "100", "100", "100", "100", "100", "100", "100", "100"},
            {"b", "Trẻ khuyết tật ở độ tuổi được tiếp cận giáo dục ", "%", "61,96", "80,00", "80,00", "100", "100", "100", "100", "100"},
            {"c", "Trường\u00A0học có cơ sở hạ tầng và tài liệu phù hợp với học sinh khuyết tật\u00A0", "%", "Chưa              đánh giá", "55,00", "55,00", "Chưa ", "", "", "", "Có "},
            {"d", "Trường học có dịch vụ hỗ\u00A0trợ tâm lý học sinh", "%", "Chưa              đánh giá", "95,00", "95,00", "Chưa ", "", "", "", "Có "},
    };

    static final String[][] SEED_II = {
            {"1", "Học sinh phổ thông giảm", "", "", "", "", "", "", "", "", ""},
            {"a", "Học sinh giảm", "%", "0,73", "< 0,20", "< 0,20", "0", "< 0,1", "< 0,1", "< 0,1", "< 0,05"},
            {"2", "Phổ cập giáo dục và xóa mù chữ ", "", "", "", "", "", "", "", "", ""},
            {"a", "Phổ cập giáo dục", "", "", "", "", "", "", "", "", ""},
            {"", "Đạt PCGDTH mức độ 3 ", "\u00A0", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt"},
            {"b", "Xóa mù chữ mức độ 2", "\u00A0", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt"},
            {"3", "Nhà giáo và CBQL giáo dục có trình độ chuẩn được đào tạo trên chuẩn theo quy định của Luật Giáo dục 2019", ""},
            {"", "Tiểu học", "%", "4,76", "1,00", "1,00", "", "0,3", "0,60", "0,80", "1,00"},
            {"4", "Ứng dụng công nghệ thông tin, chuyển đổi số"},
            {"", "Triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường mạng", "%", "39,00", "60,00", "60,00", "100", "100", "100", "100", "100"},
            {"5", "Phát triển Đảng trong ngành Giáo dục"},
            {"", "Tỷ lệ nhà giáo, cán bộ quản lý và người lao động là đảng viên/Tổng số", "%", "70.8", "70,00", "70,00", "70.8", "72.7", "70.8", "75", "79.16"},
            {"6", "Giáo dục thể chất và phong trào thể thao học đường", "", "", "", "", "", "", "", "", ""},
            {"", "Tỷ lệ học sinh được đánh giá, xếp loại thể lực hàng năm theo quy định\u00A0", "", "100", "100", "100", "100", "100", "100", "100", "100"},
            {"", "Xếp hạng toàn đoàn tại Hội khỏe Phù Đổng cấp tỉnh", "Xếp hạng", "11/20", "", "07/20", "", "", "", "7/19", "5/19"},
            {"", "Đổi mới về quản lý giáo dục", "", "", "", "", "1", "1", "1", "1", "1"},
    };

    /** Section III has no TW, Tỉnh column: one cell fewer per row. */
    static final String[][] SEED_III = {
            {"1", "Về chất lượng giáo dục"},
            {"", "Trường đạt chuẩn quốc gia mức độ 1", "ĐV", "0", "X", "01", "0", "0", "01", "01"},
            {"2", "Giáo dục thể chất", "", "", "", "", "", "", "", ""},
            {"a", "Học sinh, học viên bị đuối nước", "", "", "X", "Không", "Không", "Không", "Không", "Không"},
            {"b", "Hội khỏe Phù Đổng huyện Tân Hồng năm 2024", "", "Chưa có môn dẫn đầu toàn đoàn", "X", "Có môn dẫn đầu toàn đoàn ", "", "", "Có", ""},
    };

    static Built buildSeedAnnex() {
        Workbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet(SHEET);
        TableWriter w = new TableWriter(wb, sheet, Layout.BASELINE);
        w.title("Phụ lục II");
        w.title("BẢNG PHÂN KỲ THỰC HIỆN CHỈ TIÊU CỤ THỂ");
        w.title("(Kèm theo Kế hoạch số:   240 /KH- THTTB2  ngày   13  tháng  11   năm 2023 của Trường Tiểu học Tân Thành B2)");
        w.blank();
        w.heading("I. CÁC CHỈ TIÊU THEO QUY ĐỊNH CỦA TRUNG ƯƠNG");
        w.header(Section.I, SEED_LABELS.withTruong("Trường "));
        for (String[] r : SEED_I_BEFORE_PAGE_BREAK) {
            w.raw(Section.I, r);
        }
        sheet.setRowBreak(w.row - 1);               // page break: the header repeats on the next page
        w.header(Section.I, SEED_LABELS);
        for (String[] r : SEED_I_AFTER_PAGE_BREAK) {
            w.raw(Section.I, r);
        }
        w.blank();
        w.heading("II. CÁC CHỈ TIÊU THEO QUY ĐỊNH CỦA TỈNH");
        w.header(Section.II, SEED_LABELS);
        for (String[] r : SEED_II) {
            w.raw(Section.II, r);
        }
        w.blank();
        w.heading("III. CÁC CHỈ TIÊU ĐẶC TRƯNG CỦA HUYỆN TÂN HỒNG");
        w.header(Section.III, SEED_LABELS);
        for (String[] r : SEED_III) {
            w.raw(Section.III, r);
        }

        // The seed's own irregularities (not planted; listed for the README, non-exhaustive).
        String file = "TanThanhB2_PhuLucII_phan_ky_chi_tieu.xlsx";
        int party = w.rowOfName.get("Tỷ lệ nhà giáo, cán bộ quản lý và người lao động là đảng viên/Tổng số");
        int teachers = w.rowOfName.get("Tiểu học");
        List<Finding> f = new ArrayList<>();
        f.add(new Finding(file, "87612405", "T.5 (party members)", w.ref(party, Section.II, Col.Y2025),
                "\"79.16\" (text)", "70.8 (= school target " + w.a1(party, Section.II, Col.TRUONG) + ")",
                "last phasing year differs from the school target"));
        f.add(new Finding(file, "87612405", "T.5 (party members)", w.ref(party, Section.II, Col.Y2023),
                "\"70.8\" (text) after " + w.a1(party, Section.II, Col.Y2022) + " = \"72.7\"", "not below 72.7",
                "phasing steps backwards"));
        f.add(new Finding(file, "87612405", "T.3 Tiểu học (teachers above standard)", w.ref(teachers, Section.II, Col.TRUONG),
                "(empty)", "a school target", "required value missing"));
        f.add(new Finding(file, "87612405", "T.3 Tiểu học (teachers above standard)", w.ref(teachers, Section.II, Col.Y2022),
                "\"0,3\" (text)", "4,76 (= current value " + w.a1(teachers, Section.II, Col.CURRENT)
                        + "; the current value 9/2023 is phasing year 2022, as four rows of the table show)",
                "phasing of the current value's year differs from the current value / plan starts below the current value"));
        return new Built(wb, f, "A6");
    }

    // ------------------------------------------------------------------------------------------
    // Broken files
    // ------------------------------------------------------------------------------------------

    static Spec hongNgu9() {
        return new Spec(null, "Trường Tiểu học Hồng Ngự 9", "TH_HongNgu9_phan_ky.xlsx", "09/KH-THHN9 ngày 08/11/2023")
                .plan("TW.1.d", pct(70, 80))
                .describe("A well-formed baseline table (Sông Trà template, section III of huyện Sông Trà) from "
                                + "\"Trường Tiểu học Hồng Ngự 9\", a school that is not in registry.csv.",
                        "Rejected: unknown unit (name not in the registry); not consolidated.");
    }

    static Workbook improvementPlanOfPhuLoc() {
        Workbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("KH cải tiến");
        TableWriter w = new TableWriter(wb, sheet, Layout.BASELINE);
        Styles st = w.styles;
        int[] widths = {30, 12, 46, 20, 16, 20};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        w.merged(0, 0, 0, 5, "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG NĂM HỌC 2023 - 2024", st.title());
        w.merged(1, 0, 1, 5, "Trường Tiểu học Phú Lộc", st.title());
        String[][] rows = {
                {"Tiêu chuẩn, tiêu chí", "Mức cần đạt", "Nhiệm vụ, giải pháp", "Người chủ trì", "Thời gian", "Dự kiến kinh phí"},
                {"Tiêu chí 1.4: Tổ chuyên môn và tổ văn phòng", "Mức 2",
                        "Sinh hoạt chuyên môn theo nghiên cứu bài học 2 lần/tháng", "Tổ trưởng chuyên môn",
                        "9/2023 - 5/2024", "Nguồn kinh phí ngành"},
                {"Tiêu chí 3.3: Khu sân chơi, bãi tập", "Mức 2", "Nâng cấp sân chơi, bổ sung thiết bị thể dục",
                        "Phó Hiệu trưởng", "11/2023 - 3/2024", "50 triệu"},
                {"Tiêu chí 3.5: Thiết bị", "Mức 2", "Bổ sung máy chiếu cho 4 phòng học", "Hiệu trưởng", "12/2023",
                        "60.000.000đ"},
                {"Tiêu chí 5.2: Tổ chức hoạt động giáo dục cho học sinh có hoàn cảnh khó khăn", "Mức 3",
                        "Phân công giáo viên phụ đạo, phối hợp Hội cha mẹ học sinh", "Phó Hiệu trưởng",
                        "Cả năm học", "Không"},
                // planted: a level the circular does not have; list markup left by a web form; staff asked for
                {"Tiêu chí 3.6: Thư viện", "Mức 4",
                        "<ul><li>Bổ sung sách tham khảo cho thư viện</li><li>Đề nghị bổ sung 01 nhân viên thư viện</li></ul>",
                        "Hiệu trưởng", "Năm học 2023-2024", "Xã hội hóa"},
                // planted: no lead; a budget that is no amount nor source
                {"Tiêu chí 2.2: Đối với giáo viên", "Mức 2", "Bồi dưỡng giáo viên dạy tiếng Anh", "", "Học kỳ II",
                        "khoảng vài chục triệu"},
        };
        for (int i = 0; i < rows.length; i++) {
            Row r = sheet.createRow(3 + i);
            for (int c = 0; c < rows[i].length; c++) {
                Cell cell = r.createCell(c);
                cell.setCellValue(rows[i][c]);
                cell.setCellStyle(i == 0 ? st.header() : st.body(c == 0 || c == 2, "General"));
            }
        }
        return wb;
    }

    /** Agile encryption with fixed salts and key so the file is stable across runs (samples only). */
    static byte[] encrypt(byte[] xlsx, String password) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            int keySize = info.getHeader().getKeySize() / 8;
            int blockSize = info.getHeader().getBlockSize();
            int hashSize = info.getHeader().getHashAlgorithm().hashSize;
            enc.confirmPassword(password, fixedBytes(keySize, 1), fixedBytes(blockSize, 2), fixedBytes(blockSize, 3),
                    fixedBytes(blockSize, 4), fixedBytes(hashSize, 5));
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(xlsx);
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException(e);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    static byte[] fixedBytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (seed * 31 + i * 7);
        }
        return b;
    }

    // ------------------------------------------------------------------------------------------
    // Saving, README
    // ------------------------------------------------------------------------------------------

    static byte[] bytes(Workbook wb) throws IOException {
        if (wb instanceof XSSFWorkbook x) {
            POIXMLProperties.CoreProperties cp = x.getProperties().getCoreProperties();
            cp.setCreator(CREATOR);
            cp.setCreated(Optional.of(CREATED));
            cp.setModified(Optional.of(CREATED));
        } else if (wb instanceof HSSFWorkbook h) {
            h.createInformationProperties();
            SummaryInformation si = h.getSummaryInformation();
            si.setAuthor(CREATOR);
            si.setCreateDateTime(CREATED);
            si.setLastSaveDateTime(CREATED);
            si.getFirstSection().setCodepage(CodePageUtil.CP_UNICODE);
            h.getDocumentSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UNICODE);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        return wb instanceof XSSFWorkbook ? withFixedZipTimes(out.toByteArray()) : out.toByteArray();
    }

    /** Rewrites the zip with every entry dated 2023-11-13 00:00 (POI stamps the current time). */
    static byte[] withFixedZipTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream zout = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(LocalDateTime.of(2023, 11, 13, 0, 0));
                zout.putNextEntry(copy);
                in.transferTo(zout);
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private final Path out;
    private final List<ReadmeRow> readme = new ArrayList<>();

    SampleWorkbookGenerator(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "sample-workbooks");
        Files.createDirectories(out);
        new SampleWorkbookGenerator(out).generateAll();
        // a year later, outside the first year's inbox: the tables of "Hiện trạng 9/2024"
        Path later = out.toAbsolutePath().normalize().resolveSibling(out.getFileName() + "-2024");
        Files.createDirectories(later);
        new SampleWorkbookGenerator(later).generateSecondYear();
    }

    /** The second year's files: name, when it was sent, the school's 2023 spec, what changes. */
    record LaterTable(String fileName, String sent, String why, Map<String, Double> reached) { }

    /**
     * The tables of "Hiện trạng 9/2024" three Sông Trà schools send a year later, for following the plan
     * year by year: each school's own 2023 table with the 2024 current value, the plan (phasing
     * 2022–2025, targets) unchanged and no planted mistakes. The current value is what its 2023 table
     * planned for 2023 (the year "Hiện trạng 9/2024" belongs to), except the indicators named. With
     * {@code ngay-gui.csv}: when each file was sent (the deadline of the 2024 round in the tests is
     * 15/10/2024: Bình Minh's file is 3 days late).
     */
    void generateSecondYear() throws IOException {
        List<LaterTable> later = List.of(
                new LaterTable("TH_PhuLoc_phan_ky_2024.xlsx", "2024-10-08T09:00:00+07:00",
                        "On plan: every current value is what its 2023 table planned for 2023.", Map.of()),
                new LaterTable("TH_BinhMinh_phan_ky_2024.xlsx", "2024-10-18T15:30:00+07:00",
                        "Behind plan on TW.1.b (99,50 against 99,70 planned) and T.5 (68,50 against 69,75); the "
                                + "rest on plan. Sent 3 days after the 15/10/2024 deadline.",
                        Map.of("TW.1.b", 99.5, "T.5", 68.5)),
                new LaterTable("TH_AnHoa_phan_ky_2024.xlsx", "2024-10-14T10:00:00+07:00",
                        "Ahead of plan on TW.1.d (68,00 against 63,75 planned) and T.4 (58,00 against 52,50); the "
                                + "rest on plan.", Map.of("TW.1.d", 68.0, "T.4", 58.0)));
        Map<String, Spec> byName = new HashMap<>();
        for (Spec s : songTraSchools()) {
            byName.put(s.fileName.substring(0, s.fileName.indexOf("_phan_ky")), s);
        }
        StringBuilder md = new StringBuilder("# Sample workbooks, a year later (Hiện trạng 9/2024)\n\n"
                + "Generated with `../sample-workbooks/` by `SampleWorkbookGenerator` (command in "
                + "`../sample-workbooks/README.md`); do not edit by hand. Three Sông Trà schools send their table "
                + "again a year later, dated \"Hiện trạng 9/2024\": the same plan (phasing 2022–2025, targets, "
                + "layout of their 2023 file), no planted mistakes, and a current value that is what the 2023 "
                + "table planned for 2023 unless said otherwise. Not in the first year's inbox: the tests deliver "
                + "these on a second night. `ngay-gui.csv` says when each was sent (the tests set the files' times "
                + "from it; the inbox never takes a .csv in).\n\n| File | School | Sent | Against the 2023 plan |\n"
                + "|---|---|---|---|\n");
        StringBuilder csv = new StringBuilder("file,sent\n");
        for (LaterTable t : later) {
            Spec first = byName.get(t.fileName().substring(0, t.fileName().indexOf("_phan_ky")));
            Spec s = new Spec(first.code, first.school, t.fileName(), "41/KH-TH ngày 01/10/2024");
            s.sheetName = first.sheetName;
            s.xls = false;
            s.layout = first.layout.with(first.layout.labels().withCurrent("Hiện trạng 9/2024"));
            s.instructionsSheet = first.instructionsSheet;
            s.after = first.after;
            s.letterhead = first.letterhead;
            s.titles = first.titles.stream().map(x -> x.replaceAll("Kế hoạch số [^)]*? của", "Kế hoạch số "
                    + "41/KH-TH ngày 01/10/2024 của")).toList();
            for (Entry e : songTraBaseTable()) {
                if (e instanceof Indicator ind) {
                    Plan p = first.plans.getOrDefault(ind.code(), ind.plan());
                    Object reached = t.reached().containsKey(ind.code()) ? t.reached().get(ind.code()) : p.y2023();
                    s.plan(ind.code(), new Plan(reached, p.target(), p.y2022(), p.y2023(), p.y2024(), p.y2025()));
                }
            }
            write(t.fileName(), bytes(buildPhasingWorkbook(s).workbook()));
            md.append("| `").append(t.fileName()).append("` | ").append(s.code).append(' ').append(s.school)
                    .append(" | ").append(t.sent()).append(" | ").append(md(t.why())).append(" |\n");
            csv.append(t.fileName()).append(',').append(t.sent()).append('\n');
        }
        Files.writeString(out.resolve("README.md"), md.toString(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("ngay-gui.csv"), csv.toString(), StandardCharsets.UTF_8);
    }

    void generateAll() throws IOException {
        Built seed = buildSeedAnnex();
        write("TanThanhB2_PhuLucII_phan_ky_chi_tieu.xlsx", bytes(seed.workbook()));
        readme.add(new ReadmeRow("TanThanhB2_PhuLucII_phan_ky_chi_tieu.xlsx", "87612405 (PGD-TH, huyện Tân Hồng)",
                "The seed's Annex II cell for cell: every value a TEXT cell exactly as typed (\"92, 70\", \"70.8\", "
                        + "\"< 0,20\", \"Chưa              đánh giá\", \"Chưa \", \"Có \", \"07/20\", \"7/19\", \"01\", \"X\", "
                        + "NBSP in STT/ĐVT/names), STT jumping 2 → 7, rows without STT, group rows without values, "
                        + "header label \"Trường \" with a trailing space, the two header rows repeated before group 2 "
                        + "(page break), section III without the TW, Tỉnh column.",
                seed.findings(),
                "Read; unit 87612405 is in the registry but under PGD-TH (Tân Hồng), not PGD-ST: outside the "
                        + "Sông Trà consolidation. The findings listed are the seed's own irregularities (not planted, "
                        + "not exhaustive)."));

        for (Spec s : songTraSchools()) {
            Built b = buildPhasingWorkbook(s);
            write(s.fileName, bytes(b.workbook()));
            readme.add(new ReadmeRow(s.fileName, s.code + " " + s.school.replace("Trường Tiểu học ", "TH "),
                    s.variation + " Table header starts at " + b.where() + ".", b.findings(), s.outcome));
        }
        readme.add(new ReadmeRow("(none)", "87715009 TH Bến Đình", "Sends nothing on purpose.", List.of(),
                "Missing submission reported for 87715009."));

        Spec hn = hongNgu9();
        write(hn.fileName, bytes(buildPhasingWorkbook(hn).workbook()));
        readme.add(new ReadmeRow(hn.fileName, "— (not in registry)", hn.variation, List.of(), hn.outcome));

        Spec bm = songTraSchools().get(1);
        byte[] full = bytes(buildPhasingWorkbook(bm).workbook());
        byte[] cut = Arrays.copyOf(full, full.length * 40 / 100);
        write("BinhMinh_ban_hong.xlsx", cut);
        readme.add(new ReadmeRow("BinhMinh_ban_hong.xlsx", "(87715002 by file name)",
                "Truncated: the first 40% (" + cut.length + " of " + full.length + " bytes) of Bình Minh's workbook.",
                List.of(), "Unreadable file (corrupt/truncated zip) reported; Bình Minh's valid file is still used."));

        Spec lk = longKhanh();
        lk.xls = false;
        write("LongKhanh_co_mat_khau.xlsx", encrypt(bytes(buildPhasingWorkbook(lk).workbook()), "123456"));
        readme.add(new ReadmeRow("LongKhanh_co_mat_khau.xlsx", "(87715005 by file name)",
                "Long Khánh's table as .xlsx, encrypted (agile, password \"123456\"; fixed salts so the bytes are stable).",
                List.of(), "Unreadable: password-protected (POI throws EncryptedDocumentException); reported, not read. "
                        + "Long Khánh's .xls is still used."));

        write("PhuLoc_ke_hoach_cai_tien.xlsx", bytes(improvementPlanOfPhuLoc()));
        readme.add(new ReadmeRow("PhuLoc_ke_hoach_cai_tien.xlsx", "(87715001 named in the title)",
                "A quality improvement plan (kind `plan`): header Tiêu chuẩn, tiêu chí | Mức cần đạt | Nhiệm vụ, giải "
                        + "pháp | Người chủ trì | Thời gian | Dự kiến kinh phí at A4, 6 rows, sheet \"KH cải tiến\"; budgets "
                        + "«Nguồn kinh phí ngành», «50 triệu», «60.000.000đ», «Không», «Xã hội hóa»; the 3.6 task as "
                        + "leftover list markup (<ul><li>…) asking for «01 nhân viên thư viện»; no phasing table.",
                List.of(new Finding("PhuLoc_ke_hoach_cai_tien.xlsx", "87715001", "3.6 Thư viện", "'KH cải tiến'!B9",
                                "\"Mức 4\"", "Mức 1 to 3 (17/2018)", "plan level above what the circular has (PLAN_LEVEL_ABOVE_CIRCULAR)"),
                        new Finding("PhuLoc_ke_hoach_cai_tien.xlsx", "87715001", "2.2 Đối với giáo viên", "'KH cải tiến'!D10",
                                "(empty)", "a lead", "plan row without a lead (PLAN_ROW_INCOMPLETE)"),
                        new Finding("PhuLoc_ke_hoach_cai_tien.xlsx", "87715001", "2.2 Đối với giáo viên", "'KH cải tiến'!F10",
                                "\"khoảng vài chục triệu\"", "an amount or a source", "budget that cannot be read (PLAN_BUDGET_UNREADABLE)")),
                "Read as Phú Lộc's improvement plan (6 rows; 110 000 000 đồng requested, one row by the sector's budget "
                        + "and one socialised; 1 staff member asked for); three findings; no phasing table in it "
                        + "(Phú Lộc's phasing file is still used)."));

        ImplementationReportSamples.generate(out, readme);

        String selfAssessment = new SelfAssessmentSamples().generate(out);

        String md = readmeText() + selfAssessment;
        Files.writeString(out.resolve("README.md"), md, StandardCharsets.UTF_8);
        for (ReadmeRow r : readme) {
            for (Finding f : r.findings()) {
                System.out.println(String.join(" | ", f.file(), f.school() == null ? "-" : f.school(), f.indicator(),
                        f.cell(), f.typed(), f.expected(), f.check()));
            }
        }
    }

    private void write(String name, byte[] content) throws IOException {
        Files.write(out.resolve(name), content);
    }

    private String readmeText() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Sample workbooks\n\n")
                .append("Generated by `src/test/java/vn/tonghop/samples/SampleWorkbookGenerator.java` (Apache POI only); "
                        + "do not edit by hand, regenerate:\n\n")
                .append("```\n./mvnw -q -o test-compile\n"
                        + "java -cp target/test-classes:target/classes:$(./mvnw -q -o dependency:build-classpath "
                        + "-Dmdep.outputFile=/dev/stdout) vn.tonghop.samples.SampleWorkbookGenerator sample-workbooks\n```\n\n"
                        + "If other test code does not compile at the moment, compile these classes alone:\n\n```\n"
                        + "CP=$(./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)\n"
                        + "javac -encoding UTF-8 -d /tmp/gen-classes -cp \"$CP\" -sourcepath src/test/java "
                        + "src/test/java/vn/tonghop/samples/SampleWorkbookGenerator.java "
                        + "src/test/java/vn/tonghop/samples/ImplementationReportSamples.java\n"
                        + "java -cp \"/tmp/gen-classes:$CP\" vn.tonghop.samples.SampleWorkbookGenerator sample-workbooks\n```\n\n"
                        + "Open these files read-only (`WorkbookFactory.create(file, null, true)` or from an InputStream): "
                        + "POI opens a `File` read-write and `close()` saves the .xlsx back (new zip timestamps).\n\n"
                        + "The same command writes `../sample-workbooks-2024/`: three Sông Trà schools' tables a year "
                        + "later (\"Hiện trạng 9/2024\": one on plan, one behind, one ahead of its 2023 plan, one sent "
                        + "late), with their own README and the days they were sent (`ngay-gui.csv`).\n\n")
                .append("The Sông Trà files (district PGD-ST of `jobs/so-dong-thap`) share one base table: the 22 "
                        + "indicators of `catalogue.csv` in the seed's order and grouping (STT 1, 2, 7 in section I), the "
                        + "official quotas of `quotas.csv` (SGD-DT in \"TW, Tỉnh\", PGD-ST in \"Huyện\"), and values "
                        + "with 2022 phasing = current value (\"Hiện trạng 9/2023\" is the result of the school year "
                        + "2022–2023, which the phasing columns name 2022, as in the seed), 2023 a quarter of the way, "
                        + "2024 midway, 2025 = school target, the school "
                        + "target at least as strong as the PGD-ST quota. Each file overrides a few values and applies "
                        + "its layout variation and planted mistakes. Core properties are fixed (creator "
                        + "\"tonghop samples\", created 2023-11-13) so regeneration gives the same bytes.\n\n")
                .append("Cell references are computed by the generator from what it writes. The seed's table section "
                        + "(seed 004 from \"Phụ lục II\") contains no decomposed (NFD) strings; its NBSP and trailing "
                        + "spaces are kept.\n\n");
        sb.append("## Files\n\n| File | School code | Layout variation | Planted mistakes | Expected outcome |\n"
                + "|---|---|---|---|---|\n");
        for (ReadmeRow r : readme) {
            StringBuilder m = new StringBuilder();
            for (Finding f : r.findings()) {
                if (m.length() > 0) {
                    m.append("<br>");
                }
                m.append(f.check()).append(": ").append(f.indicator()).append(", `").append(f.cell()).append("` typed ")
                        .append(f.typed()).append(", expected ").append(f.expected());
            }
            if (m.length() == 0) {
                m.append("none");
            } else if (seed(r.file())) {
                m.insert(0, "none planted; the seed's own: ");
            }
            sb.append("| `").append(r.file()).append("` | ").append(r.school()).append(" | ").append(md(r.variation()))
                    .append(" | ").append(md(m.toString())).append(" | ").append(md(r.outcome())).append(" |\n");
        }
        sb.append("\n## Planted findings (one per line, for assertions)\n\n"
                + "| File | School code | Indicator | Cell | Typed | Expected | Check |\n|---|---|---|---|---|---|---|\n");
        for (ReadmeRow r : readme) {
            if (seed(r.file())) {
                continue;
            }
            for (Finding f : r.findings()) {
                sb.append("| `").append(f.file()).append("` | ").append(f.school()).append(" | ").append(md(f.indicator()))
                        .append(" | `").append(f.cell()).append("` | ").append(md(f.typed())).append(" | ")
                        .append(md(f.expected())).append(" | ").append(f.check()).append(" |\n");
            }
        }
        sb.append("\nNot planted but part of the set: 87715009 Bến Đình sends nothing (missing submission); "
                + "`TH_HongNgu9_phan_ky.xlsx` (unknown unit); `BinhMinh_ban_hong.xlsx` (truncated); "
                + "`LongKhanh_co_mat_khau.xlsx` (password); `PhuLoc_ke_hoach_cai_tien.xlsx` (an improvement plan, no phasing table).\n");
        return sb.toString();
    }

    /** A transcription of a seed: its findings are the seed's own, not planted. */
    private static boolean seed(String file) {
        return file.startsWith("TanThanhB2") || file.equals(ImplementationReportSamples.SEED_FILE);
    }

    private static String md(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
