package vn.tonghop.kind.phasing.report;

import vn.tonghop.report.Cells;
import vn.tonghop.report.PdfPages;
import vn.tonghop.report.PrintLayout;
import vn.tonghop.report.ReportFixture;
import vn.tonghop.report.ReportStyles;
import vn.tonghop.report.SampleRun;

import vn.tonghop.kind.phasing.report.PhasingSummary;
import vn.tonghop.kind.phasing.report.PhasingSummaryTest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.kind.phasing.consolidation.Consolidation;
import vn.tonghop.kind.phasing.consolidation.NodeSummary;
import vn.tonghop.domain.Unit;
import vn.tonghop.report.PdfPages.Pdf;
import vn.tonghop.report.ReportStyles.Kind;

/**
 * The level sheets as a person reads them, on the sample office's real consolidation (every sample
 * workbook read, 22 indicators): bounded, wrapped columns whose widths add up to what landscape A4
 * prints at a readable scale, every column kept; the indicator's name with its group, frozen beside
 * its code; long lists (ranks, units falling short) complete on "Danh sách", one line per unit.
 */
class LevelSheetLayoutTest {

    @TempDir
    Path dir;

    @Test
    void provinceSheetOfTheSampleRunIsNarrowEnoughToReadAndKeepsEveryColumn() throws Exception {
        Consolidation c = SampleRun.consolidation();
        try (XSSFWorkbook wb = write(c)) {
            Sheet province = wb.getSheet("Cấp tỉnh");
            List<String> headers = LevelSheet.headers(c.years());
            assertThat(PhasingSummaryTest.texts(province.getRow(0))).containsExactlyElementsOf(headers);
            int sum = 0;
            for (int col = 0; col < headers.size(); col++) {
                assertThat(province.isColumnHidden(col)).isFalse();
                assertThat(province.getColumnWidth(col) / 256).as(headers.get(col)).isGreaterThanOrEqualTo(LevelSheet.FIGURE_MIN_WIDTH);
                sum += province.getColumnWidth(col) / 256;
            }
            System.out.printf("province sheet: %d columns, %d characters wide%n", headers.size(), sum);
            assertThat(sum).as("the 20 columns' widths, in characters").isLessThanOrEqualTo(
                    LevelSheet.MAX_WIDTH);
            assertThat(province.getLastRowNum()).isEqualTo(c.indicators().size());
            // every row tall enough for its wrapped name (three lines are 48 pt)
            for (int r = 1; r <= province.getLastRowNum(); r++) {
                Row row = province.getRow(r);
                int lines = PrintLayout.lines(row.getCell(2).getStringCellValue(), LevelSheet.NAME_WIDTH);
                assertThat(row.getHeightInPoints()).as(row.getCell(1).getStringCellValue())
                        .isGreaterThanOrEqualTo(lines * 15f);
            }
        }
    }

    @Test
    void theNameCarriesItsGroupAndStaysFrozenBesideTheCode() throws Exception {
        Consolidation c = SampleRun.consolidation();
        try (XSSFWorkbook wb = write(c)) {
            for (String level : List.of("Cấp tỉnh", "Cấp huyện")) {
                Sheet s = wb.getSheet(level);
                PaneInformation pane = s.getPaneInformation();
                assertThat(pane.isFreezePane()).isTrue();
                assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 1);
                // columns left of the split stay in view: Đơn vị, Mã chỉ tiêu, Tên chỉ tiêu
                assertThat(pane.getVerticalSplitLeftColumn()).isEqualTo((short) 3);
                assertThat(s.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Mã chỉ tiêu");
                assertThat(s.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Tên chỉ tiêu");
            }
            Sheet province = wb.getSheet("Cấp tỉnh");
            String node = c.root().name();
            assertThat(PhasingSummaryTest.row(province, node, "T.3").getCell(2).getStringCellValue())
                    .isEqualTo("Nhà giáo và CBQL giáo dục có trình độ chuẩn được đào tạo trên chuẩn theo quy định của "
                            + "Luật Giáo dục 2019 — Tiểu học");
            assertThat(PhasingSummaryTest.row(province, node, "T.1.a").getCell(2).getStringCellValue())
                    .isEqualTo("Học sinh phổ thông giảm — Học sinh giảm");
            // no group: the name alone
            assertThat(PhasingSummaryTest.row(province, node, "T.7").getCell(2).getStringCellValue())
                    .isEqualTo("Đổi mới về quản lý giáo dục");
            assertThat(PhasingSummaryTest.row(province, node, "T.3").getCell(2).getCellStyle().getWrapText())
                    .isTrue();
        }
    }

    @Test
    void rankListsOfTheSampleRunAreCompleteOnTheListSheet() throws Exception {
        Consolidation c = SampleRun.consolidation();
        NodeSummary ranks = c.nodes().stream()
                .filter(n -> n.depth() == 0 && n.indicator().code().equals("T.6.b")).findFirst().orElseThrow();
        List<String> expected = List.of(ranks.current().listing().split("; "));
        // the provincial rank is the district team's: one per district, never the schools' copies
        assertThat(expected).containsExactly("Phòng Giáo dục và Đào tạo huyện Tân Hồng: 11/20",
                "Phòng Giáo dục và Đào tạo huyện Sông Trà: 8/20");
        try (XSSFWorkbook wb = write(c)) {
            Row row = PhasingSummaryTest.row(wb.getSheet("Cấp tỉnh"), c.root().name(), "T.6.b");
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo(expected.size() + " đơn vị, xem «Danh sách»");
            List<String> listed = new ArrayList<>();
            for (String line : PhasingSummaryTest.lines(wb.getSheet("Danh sách"), c.root().name(), "T.6.b")) {
                if (line.startsWith("Hiện trạng | ")) {
                    listed.add(line.substring("Hiện trạng | ".length()));
                }
            }
            assertThat(listed).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void redIsAPlanThatDoesNotReachTheQuotaGreenIsOnTheWay() throws Exception {
        Consolidation c = SampleRun.consolidation();
        try (XSSFWorkbook wb = write(c)) {
            Sheet province = wb.getSheet("Cấp tỉnh");
            List<String> red = new ArrayList<>();
            List<String> green = new ArrayList<>();
            for (int r = 1; r <= province.getLastRowNum(); r++) {
                Row row = province.getRow(r);
                String fill = PhasingSummaryTest.fill(row.getCell(0));
                if ("FFC7CE".equals(fill)) {
                    red.add(row.getCell(1).getStringCellValue());
                } else if ("E2EFDA".equals(fill)) {
                    green.add(row.getCell(1).getStringCellValue());
                }
            }
            // every sample school plans to reach the province's quotas (red was 11 of 22 rows when any current
            // value below the quota was red); TW.1.b: 9 of 10 units below 99,80 now, every plan at 100 in 2025
            assertThat(red).isEmpty();
            assertThat(green).containsExactly("TW.1.b", "TW.1.c", "TW.1.d", "TW.1.dd", "TW.2", "TW.7.b", "TW.7.c",
                    "T.1.a", "T.4", "T.5");
            Row tw1b = PhasingSummaryTest.row(wb.getSheet("Cấp huyện"),
                    "Phòng Giáo dục và Đào tạo huyện Tân Hồng", "TW.1.b");
            assertThat(tw1b.getCell(19).getStringCellValue())
                    .isEqualTo("Hiện trạng dưới chỉ tiêu: Trường Tiểu học Tân Thành B2");
            assertThat(PhasingSummaryTest.lines(wb.getSheet("Danh sách"),
                    "Phòng Giáo dục và Đào tạo huyện Tân Hồng", "TW.1.b"))
                    .containsExactly("Đơn vị chưa đạt: hiện trạng dưới chỉ tiêu giao | Trường Tiểu học Tân Thành B2");
            // "92, 70" counted in Tân Hồng's TW.1.c, the cell yellow, the unit named on the list sheet
            Row tw1c = PhasingSummaryTest.row(wb.getSheet("Cấp huyện"),
                    "Phòng Giáo dục và Đào tạo huyện Tân Hồng", "TW.1.c");
            assertThat(tw1c.getCell(7).getNumericCellValue()).isEqualTo(1.0);
            assertThat(tw1c.getCell(8).getNumericCellValue()).isEqualTo(92.7);
            assertThat(PhasingSummaryTest.fill(tw1c.getCell(8))).isEqualTo("FFEB9C");
            assertThat(PhasingSummaryTest.lines(wb.getSheet("Danh sách"),
                    "Phòng Giáo dục và Đào tạo huyện Tân Hồng", "TW.1.c")).contains(
                    "Hiện trạng: giá trị đọc có cảnh báo, vẫn được tính | Trường Tiểu học Tân Thành B2: «92, 70» đọc là 92,7");
        }
    }

    @Test
    void aLongListOfUnitsFallingShortIsNamedInFullOnTheListSheet() throws Exception {
        ReportFixture fx = new ReportFixture();
        List<Unit> many = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            many.add(new Unit("8771" + (5100 + i), "Trường Tiểu học Thử Nghiệm Số " + i, "truong", "PGD-ST", null, null));
        }
        List<NodeSummary> nodes = new ArrayList<>();
        for (NodeSummary n : fx.consolidation.nodes()) {
            boolean target = n.depth() == 0 && n.indicator().code().equals("TW.1.a");
            nodes.add(target ? new NodeSummary(n.node(), n.depth(), n.indicator(), n.expected(), n.reported(), n.valid(),
                    n.current(), n.target(), n.phases(), n.quota(), n.gap(), many) : n);
        }
        Consolidation c = new Consolidation(fx.consolidation.officeName(), fx.consolidation.root(),
                fx.consolidation.runAt(), fx.consolidation.years(), fx.consolidation.indicators(), nodes,
                fx.consolidation.reports(), fx.consolidation.missing());
        try (XSSFWorkbook wb = write(c)) {
            Sheet province = wb.getSheet("Cấp tỉnh");
            Row row = PhasingSummaryTest.row(province, c.root().name(), "TW.1.a");
            assertThat(row.getCell(19).getStringCellValue())
                    .isEqualTo("Chỉ tiêu đơn vị thấp hơn: 40 đơn vị, xem «Danh sách»");
            assertThat(province.getColumnWidth(19) / 256).isEqualTo(LevelSheet.SHORT_WIDTH);
            List<String> listed = PhasingSummaryTest.lines(wb.getSheet("Danh sách"), c.root().name(), "TW.1.a");
            assertThat(listed).containsExactlyElementsOf(
                    many.stream().map(u -> "Đơn vị chưa đạt: chỉ tiêu của đơn vị thấp hơn chỉ tiêu giao | " + u.name())
                            .toList());
            // a short list stays in its cell, wrapped
            Row district = PhasingSummaryTest.row(wb.getSheet("Cấp huyện"),
                    "Phòng Giáo dục và Đào tạo huyện Sông Trà", "TW.1.a");
            assertThat(district.getCell(19).getStringCellValue())
                    .isEqualTo("Chỉ tiêu đơn vị thấp hơn: Trường Tiểu học An Hòa");
            assertThat(district.getCell(19).getCellStyle().getWrapText()).isTrue();
        }
    }

    /**
     * Printed: the province sheet of the sample run on landscape A4, one page wide, every header on
     * the page, at a scale of at least 55 %: the header "Mã chỉ tiêu" printed as high as at least
     * 55 % of the same header style printed unscaled in a one-cell workbook.
     */
    @Test
    @Timeout(value = PdfPages.TIMEOUT_SECONDS + 60, unit = TimeUnit.SECONDS)
    void provinceSheetPrintsOnePageWideAtAReadableScale() throws Exception {
        Path soffice = PdfPages.sofficeOrSkip();
        Path summary = dir.resolve("summary.xlsx");
        new PhasingSummary().write(SampleRun.consolidation(), summary);
        Path province = PdfPages.onlySheet(summary, "Cấp tỉnh", dir.resolve("province.xlsx"));
        Path reference = dir.resolve("reference.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("Mẫu");
            sh.setColumnWidth(0, 12 * 256);
            Cells.text(sh.createRow(0), 0, "Mã chỉ tiêu", new ReportStyles(wb).get(Kind.HEADER));
            // unscaled (no fit to page: LibreOffice would enlarge a small sheet to the page width)
            sh.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            sh.getPrintSetup().setLandscape(true);
            sh.getPrintSetup().setScale((short) 100);
            try (var out = java.nio.file.Files.newOutputStream(reference)) {
                wb.write(out);
            }
        }
        List<Pdf> pdfs = PdfPages.convert(soffice, dir, List.of(province, reference));
        Pdf printed = pdfs.get(0);
        assertThat(printed.allA4()).isTrue();
        assertThat(printed.allLandscape()).isTrue();
        String page1 = PdfPages.text(printed, 1);
        for (String h : List.of("Đơn vị", "Tên chỉ tiêu", "Cách tổng", "trạng", "Trung", "Thấp", "Phân", "Khoảng",
                "chưa đạt", "TW.1.a", "Giáo dục tiểu học —")) {
            assertThat(page1).as("on the first page: " + h).contains(h);
        }
        double scale = wordHeight(printed, "Mã") / wordHeight(pdfs.get(1), "Mã");
        System.out.printf("province sheet: %d pages, printed at %.0f %%%n", printed.pages(), scale * 100);
        assertThat(scale).as("print scale of the province sheet").isGreaterThanOrEqualTo(0.55);
    }

    private XSSFWorkbook write(Consolidation c) throws Exception {
        Path file = dir.resolve("summary-" + System.nanoTime() + ".xlsx");
        new PhasingSummary().write(c, file);
        return new XSSFWorkbook(file.toFile());
    }

    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"[0-9.]+\" yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\">([^<]*)</word>");

    /** Height in points of the first word {@code word} on page 1, by {@code pdftotext -bbox}. */
    private static double wordHeight(Pdf pdf, String word) throws Exception {
        PdfPages.text(pdf, 1); // skips without pdftotext
        Process p = new ProcessBuilder("pdftotext", "-bbox", "-f", "1", "-l", "1", pdf.file().toString(), "-")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Matcher m = WORD.matcher(out);
        while (m.find()) {
            if (m.group(3).equals(word)) {
                return Double.parseDouble(m.group(2)) - Double.parseDouble(m.group(1));
            }
        }
        throw new AssertionError("no word " + word + " in " + pdf.file());
    }
}
