package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.report.PdfPages;
import vn.tonghop.report.PdfPages.Pdf;

/**
 * What the sample office's first run writes (README's run command: phasing tables, self-assessments,
 * an improvement plan, broken files), printed by LibreOffice as an officer or a clerk would print it:
 * every page A4; each sheet of summary.xlsx a readable number of pages, its header on each, its counts
 * and notes on the page; the self-assessment's and the plan's sheets included; the discrepancy report, a
 * district's copy, facts.xlsx and a feedback sheet of each kind.
 */
class PrintedRunOutputsTest {

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 900, unit = TimeUnit.SECONDS)
    void theSampleRunsOutputsPrintReadably() throws Exception {
        Path soffice = PdfPages.sofficeOrSkip();
        Office office = new Office(tmp.resolve("office"));
        try (Stream<Path> samples = Files.list(Office.SAMPLES)) {
            for (Path sample : samples.filter(f -> !f.getFileName().toString().endsWith(".md")).toList()) {
                office.deliver(sample.getFileName().toString());
            }
        }
        assertThat(office.run()).isZero();
        Path run = office.lastRunFolder();
        Path summary = run.resolve("summary.xlsx");
        Path work = Files.createDirectories(tmp.resolve("print"));

        Map<String, Path> files = new LinkedHashMap<>();
        for (String sheet : List.of("Thông tin", "Theo huyện", "Cấp tỉnh", "TĐG – Mức đạt", "TĐG – Tiêu chí",
                "KH – Kinh phí", "KH – Tiêu chí", "Chưa nộp", "Thay đổi")) {
            files.put(sheet, PdfPages.onlySheet(summary, sheet, work.resolve("summary-" + files.size() + ".xlsx")));
        }
        files.put("summary", summary);
        files.put("discrepancies", run.resolve("discrepancies.xlsx"));
        Path district;
        try (Stream<Path> s = Files.list(run.resolve("theo-huyen"))) {
            district = s.filter(p -> p.getFileName().toString().startsWith("PGD-ST_")).findFirst().orElseThrow();
        }
        files.put("district summary", copy(district.resolve("summary.xlsx"), work.resolve("st-summary.xlsx")));
        files.put("district discrepancies", copy(district.resolve("discrepancies.xlsx"),
                work.resolve("st-discrepancies.xlsx")));
        files.put("facts", run.resolve("facts.xlsx"));
        Map<String, String> feedback = Map.of("phasing", "87715003_gop-y_TH_AnHoa_phan_ky_chi_tieu.xlsx",
                "self_assessment", "87715011_gop-y_THCS_PhuMy_tu_danh_gia.xlsx",
                "plan", "87715001_gop-y_PhuLoc_ke_hoach_cai_tien.xlsx");
        for (String kind : List.of("phasing", "self_assessment", "plan")) {
            files.put("gop-y " + kind, PdfPages.onlySheet(run.resolve("gop-y").resolve(feedback.get(kind)), "Góp ý",
                    work.resolve("gop-y-" + kind + ".xlsx")));
        }
        List<Pdf> rendered = PdfPages.convert(soffice, work, new ArrayList<>(files.values()));
        Map<String, Pdf> pdf = new LinkedHashMap<>();
        int k = 0;
        for (String name : files.keySet()) {
            pdf.put(name, rendered.get(k++));
        }
        pdf.forEach((name, p) -> System.out.printf("%s: %d pages%n", name, p.pages()));
        pdf.forEach((name, p) -> assertThat(p.allA4()).as(name + " on A4").isTrue());

        // «Thông tin»: a page or two (four kinds' lines), every count beside its label, each kind's own lines
        Pdf info = pdf.get("Thông tin");
        assertThat(info.pages()).isBetween(1, 2);
        String infoText = info.pages() == 1 ? text(info, 1) : text(info, 1) + " " + text(info, 2);
        assertThat(infoText).containsPattern("Số đơn vị phải báo cáo\\s+15\\b")
                .containsPattern("Số đơn vị đã báo cáo\\s+10\\b").containsPattern("Số chỉ tiêu\\s+22\\b")
                .containsPattern("Tổng hợp kết quả tự đánh giá\\s+Số đơn vị đã nộp\\s+7\\s+Số đơn vị chưa nộp\\s+8")
                .containsPattern("Kế hoạch cải tiến chất lượng\\s+Số đơn vị đã nộp\\s+1\\s+Số đơn vị chưa nộp\\s+14");
        assertThat(pdf.get("Theo huyện").pages()).isEqualTo(1);
        assertThat(text(pdf.get("Theo huyện"), 1)).contains("PGD-TH", "PGD-ST", "Chưa xác định được đơn vị");

        // the province's 22 indicators: landscape, its 20 columns on the page's width, the header on each page
        Pdf province = pdf.get("Cấp tỉnh");
        assertThat(province.allLandscape()).isTrue();
        assertThat(province.pages()).isBetween(1, 3);
        for (int page = 1; page <= province.pages(); page++) {
            assertThat(text(province, page)).contains("Tên chỉ tiêu", "Khoảng", "Đơn vị chưa đạt"); // "Khoảng cách" wraps in its column
        }

        // the self-assessment's and the plan's sheets: on the page, notes whole
        assertThat(pdf.get("TĐG – Mức đạt").pages()).isEqualTo(1);
        assertThat(text(pdf.get("TĐG – Mức đạt"), 1)).contains("Mức 1", "Mức 2",
                "Tỷ lệ tính trên số trường đã nộp.");
        Pdf criteria = pdf.get("TĐG – Tiêu chí");
        assertThat(criteria.pages()).isBetween(1, 5);
        for (int page = 1; page <= criteria.pages(); page++) {
            assertThat(text(criteria, page)).contains("Tên tiêu chí", "Chưa rõ mức");
        }
        assertThat(pdf.get("KH – Kinh phí").pages()).isEqualTo(1);
        assertThat(text(pdf.get("KH – Kinh phí"), 1)).contains("1 nhân viên", "Trường Tiểu học Phú Lộc",
                "(Xin thêm biên chế 02 giáo viên).");
        assertThat(pdf.get("KH – Tiêu chí").pages()).isEqualTo(1);
        assertThat(text(pdf.get("KH – Tiêu chí"), 1)).contains("Trường lập kế hoạch", "Thư viện",
                "không tính dòng chỉ ghi nguồn.");
        assertThat(pdf.get("Chưa nộp").pages()).isEqualTo(1);
        assertThat(text(pdf.get("Chưa nộp"), 1)).contains("87715009", "Trường Tiểu học Bến Đình");
        assertThat(pdf.get("Thay đổi").pages()).isEqualTo(1);
        assertThat(text(pdf.get("Thay đổi"), 1)).contains("Tệp mới", "Đây là lượt chạy đầu tiên");
        assertThat(pdf.get("summary").pages()).as("the whole summary").isBetween(25, 40);

        // the discrepancy report: landscape, header and page number on every page, school and district
        Pdf discrepancies = pdf.get("discrepancies");
        assertThat(discrepancies.allLandscape()).isTrue();
        assertThat(discrepancies.pages()).isBetween(2, 5);
        for (int page = 1; page <= discrepancies.pages(); page++) {
            assertThat(text(discrepancies, page)).contains("Tên đơn vị", "Quận/huyện", "Nội dung",
                    "Trang " + page + "/" + discrepancies.pages());
        }
        assertThat(text(discrepancies, 1)).contains("Trường Tiểu học Tân Thành", "huyện Tân Hồng");

        // Sông Trà's copy: its own schools, every kind's sheets, without the office's «Thay đổi»
        try (Workbook wb = WorkbookFactory.create(district.resolve("summary.xlsx").toFile(), null, true)) {
            assertThat(wb.getSheet("TĐG – Mức đạt")).isNotNull();
            assertThat(wb.getSheet("KH – Kinh phí")).isNotNull();
            assertThat(wb.getSheet("Thay đổi")).isNull();
        }
        assertThat(pdf.get("district summary").pages()).isBetween(15, 30);
        Pdf stDiscrepancies = pdf.get("district discrepancies");
        for (int page = 1; page <= stDiscrepancies.pages(); page++) {
            assertThat(text(stDiscrepancies, page)).contains("Quận/huyện", "Sông Trà").doesNotContain("Tân Thành B2");
        }

        // facts.xlsx: tens of landscape pages with every column and the header, not hundreds of a few columns
        Pdf facts = pdf.get("facts");
        assertThat(facts.allLandscape()).isTrue();
        assertThat(facts.pages()).isBetween(30, 80);
        assertThat(text(facts, facts.pages() / 2)).contains("unit_code", "indicator_name", "sha256", "document");

        // the feedback sheet of each kind: one landscape page, its findings' messages on it
        assertThat(text(pdf.get("gop-y phasing"), 1)).contains("QUOTA_MISMATCH", "Phát hiện 2 lỗi");
        assertThat(text(pdf.get("gop-y self_assessment"), 1)).contains("CRITERION_LEVEL_SKIPPED", "Tiêu chí 2.3");
        assertThat(text(pdf.get("gop-y plan"), 1)).contains("PLAN_LEVEL_ABOVE_CIRCULAR", "Phát hiện 3 lỗi");
        for (String kind : List.of("phasing", "self_assessment", "plan")) {
            assertThat(pdf.get("gop-y " + kind).pages()).as(kind).isEqualTo(1);
            assertThat(pdf.get("gop-y " + kind).allLandscape()).as(kind).isTrue();
        }
    }

    /** The page's text, its line breaks and column gaps made single spaces. */
    private static String text(Pdf pdf, int page) throws Exception {
        return PdfPages.text(pdf, page).replaceAll("\\s+", " ");
    }

    private static Path copy(Path from, Path to) throws Exception {
        return Files.copy(from, to);
    }
}
