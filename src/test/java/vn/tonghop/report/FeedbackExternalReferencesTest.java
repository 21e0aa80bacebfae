package vn.tonghop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;

/**
 * A school's workbook carrying a HYPERLINK formula to a login page, a formula reading another workbook,
 * a defined name and a formula using it, cell hyperlinks to a web page, a file share and an e-mail
 * address, and a picture linked to a web page: the feedback copy keeps what the cells showed (their cached values) and nothing that leads
 * outside it; nor the sender's macros. Checked in the file's own parts and bytes, not only through POI.
 */
class FeedbackExternalReferencesTest {

    static final Path SAMPLES = Path.of("sample-workbooks");
    static final String SHEET = "Phụ lục II";
    static final String EVIL = "evil.example";
    static final List<Finding> FINDINGS = List.of(new Finding("truong.xlsx", "87715001", SHEET, "D11",
            "VALUE_UNPARSEABLE", Severity.ERROR, "Giá trị không đọc được.", "abc"));

    @TempDir
    Path dir;

    @Test
    void anXlsxCopyHasOnlyCachedValuesAndNoExternalPart() throws Exception {
        Path hostile = dir.resolve("truong.xlsx");
        try (InputStream in = Files.newInputStream(SAMPLES.resolve("TH_PhuLoc_phan_ky_chi_tieu.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in); XSSFWorkbook other = new XSSFWorkbook()) {
            other.createSheet("Sheet1");
            wb.linkExternalWorkbook("http://" + EVIL + "/khac.xlsx", other);
            plant(wb, "[http://" + EVIL + "/khac.xlsx]Sheet1!A1", "file://" + EVIL + "/share/khac.xls");
            linkedPicture(wb, "http://" + EVIL + "/anh");
            save(wb, hostile);
        }
        // as Excel stores it: the link's number, not its address
        rewrite(hostile, "[http://" + EVIL + "/khac.xlsx]", "[1]");
        Map<String, String> before = parts(hostile);
        // the file is as hostile as intended
        assertThat(before.keySet()).anyMatch(p -> p.startsWith("xl/externalLinks/"));
        assertThat(before.get("xl/worksheets/sheet1.xml")).contains("HYPERLINK(", "[1]Sheet1!A1");
        assertThat(String.join("", before.values())).contains("hlinkClick");
        assertThat(String.join("", before.values())).contains("TargetMode=\"External\"");

        Path copy = dir.resolve("gop-y.xlsx");
        new FeedbackWorkbookWriter().write(hostile, FINDINGS, copy);

        Map<String, String> after = parts(copy);
        assertThat(after.keySet()).noneMatch(p -> p.toLowerCase().contains("externallink"));
        after.forEach((name, text) -> {
            assertThat(text).as(name).doesNotContain(EVIL, "TargetMode=\"External\"", "externalReference",
                    "externalLink", "\\\\share");
        });
        String sheet = after.entrySet().stream() // the school's sheet, whichever part POI gave it
                .filter(e -> e.getKey().startsWith("xl/worksheets/") && e.getValue().contains("r=\"N5\""))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        assertThat(sheet).doesNotContain("HYPERLINK", "[1]").contains("SUM(");
        assertThat(after.get("xl/workbook.xml")).doesNotContain("TuTruongKhac");
        assertThat(after.keySet()).anyMatch(p -> p.startsWith("xl/media/")); // the picture stays, without its link
        assertThat(String.join("", after.values())).doesNotContain("hlinkClick");
        assertCachedValuesKept(copy);
    }

    @Test
    void anXlsCopyHasOnlyCachedValuesAndItsLinksPointNowhere() throws Exception {
        Path hostile = dir.resolve("truong.xls");
        try (InputStream in = Files.newInputStream(SAMPLES.resolve("TH_LongKhanh_phan_ky_chi_tieu.xls"));
             HSSFWorkbook wb = new HSSFWorkbook(in); HSSFWorkbook other = new HSSFWorkbook()) {
            other.createSheet("Sheet1");
            wb.linkExternalWorkbook(EVIL + ".xls", other);
            plant(wb, "[" + EVIL + ".xls]Sheet1!A1", "\\\\" + EVIL + "\\share\\khac.xls");
            save(wb, hostile);
        }
        assertThat(contains(workbookStream(hostile), EVIL)).isTrue(); // as hostile as intended

        Path copy = dir.resolve("gop-y.xls");
        new FeedbackWorkbookWriter().write(hostile, FINDINGS, copy);

        byte[] stream = workbookStream(copy);
        assertThat(contains(stream, EVIL)).as("the address, in any encoding, anywhere in the workbook").isFalse();
        assertThat(contains(stream, "share\\khac")).isFalse();
        assertThat(contains(stream, "mailto:")).isFalse();
        assertThat(contains(stream, ExternalReferences.NOWHERE)).isTrue();
        assertCachedValuesKept(copy);
    }

    @Test
    void theSendersMacrosAreNotCopiedFromAnXlsmOrAnXls() throws Exception {
        byte[] code = "Sub Auto_Open()\r\n  Shell \"cmd /c calc\"\r\nEnd Sub".getBytes(StandardCharsets.US_ASCII);

        Path xlsm = dir.resolve("truong.xlsm");
        Files.copy(SAMPLES.resolve("TH_PhuLoc_phan_ky_chi_tieu.xlsx"), xlsm);
        rewrite(xlsm, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
        rewrite(xlsm, "</Types>", "<Default Extension=\"bin\" "
                + "ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>");
        rewrite(xlsm, "xl/_rels/workbook.xml.rels", "</Relationships>", "<Relationship Id=\"rIdVba\" Target=\"vbaProject.bin\" "
                + "Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\"/></Relationships>");
        add(xlsm, "xl/vbaProject.bin", code);
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsm.toFile())) { // as hostile as intended
            assertThat(wb.getPackage().getPartsByContentType("application/vnd.ms-office.vbaProject")).hasSize(1);
        }
        Path xlsmCopy = dir.resolve("gop-y.xlsm");
        new FeedbackWorkbookWriter().write(xlsm, FINDINGS, xlsmCopy);
        Map<String, String> parts = parts(xlsmCopy);
        assertThat(parts.keySet()).noneMatch(p -> p.endsWith(".bin"));
        parts.forEach((name, text) -> assertThat(text).as(name).doesNotContain("Auto_Open", "relationships/vbaProject"));
        assertThat(parts.get("[Content_Types].xml")).contains("macroEnabled.main+xml"); // still an .xlsm

        Path xls = dir.resolve("truong.xls");
        try (InputStream in = Files.newInputStream(SAMPLES.resolve("TH_LongKhanh_phan_ky_chi_tieu.xls"));
             POIFSFileSystem fs = new POIFSFileSystem(in); OutputStream out = Files.newOutputStream(xls)) {
            var vba = fs.getRoot().createDirectory("_VBA_PROJECT_CUR");
            vba.createDocument("PROJECT", new java.io.ByteArrayInputStream("ID=\"{0}\"".getBytes(StandardCharsets.US_ASCII)));
            vba.createDirectory("VBA").createDocument("Module1", new java.io.ByteArrayInputStream(code));
            fs.writeFilesystem(out);
        }
        assertThat(indexOf(Files.readAllBytes(xls), "Auto_Open".getBytes(StandardCharsets.US_ASCII))).isNotNegative();
        Path xlsCopy = dir.resolve("gop-y.xls");
        new FeedbackWorkbookWriter().write(xls, FINDINGS, xlsCopy);
        assertThat(indexOf(Files.readAllBytes(xlsCopy), "Auto_Open".getBytes(StandardCharsets.US_ASCII))).isNegative();
        try (POIFSFileSystem fs = new POIFSFileSystem(xlsCopy.toFile(), true)) {
            assertThat(fs.getRoot().getEntryNames()).doesNotContain("_VBA_PROJECT_CUR").contains("Workbook");
        }
        try (Workbook wb = WorkbookFactory.create(xlsCopy.toFile(), null, true)) {
            assertThat(wb.getSheet(SHEET)).isNotNull();
        }
    }

    @Test
    void whatReachesOutIsToldFromWhatDoesNot() {
        assertThat(ExternalReferences.reachesOut("HYPERLINK(\"http://x\",\"y\")")).isTrue();
        assertThat(ExternalReferences.reachesOut("_xlfn.WEBSERVICE(\"http://x\")")).isTrue();
        assertThat(ExternalReferences.reachesOut("[1]Sheet1!A1*2")).isTrue();
        assertThat(ExternalReferences.reachesOut("'[1]Phụ lục II'!$D$11")).isTrue();
        assertThat(ExternalReferences.reachesOut("SUM('C:\\dir\\[Book.xlsx]O''Brien'!A1:A3)")).isTrue();
        assertThat(ExternalReferences.reachesOut("[1]!Ten")).isTrue();
        assertThat(ExternalReferences.reachesOut("cmd|' /c calc'!A0")).isTrue();
        assertThat(ExternalReferences.reachesOut("_xll.HAM(1)")).isTrue();
        assertThat(ExternalReferences.reachesOut(null)).isTrue();

        assertThat(ExternalReferences.reachesOut("SUM(D5:D9)")).isFalse();
        assertThat(ExternalReferences.reachesOut("'Phụ lục II'!D11+'O''Brien'!A1")).isFalse();
        assertThat(ExternalReferences.reachesOut("Bang1[[#This Row],[Cột 2]]*2")).isFalse();
        assertThat(ExternalReferences.reachesOut("IF(A1=\"[1]x!|HYPERLINK(\",1,2)")).isFalse(); // text only
        assertThat(ExternalReferences.reachesOut("MYHYPERLINK(1)+HYPERLINKS")).isFalse();
    }

    // ---- the hostile cells ---------------------------------------------------------------------

    /**
     * Beside the table (column N): a HYPERLINK to a login page, a formula reading another workbook, a
     * name for it and a formula using the name, an ordinary SUM, and hyperlinks to a web page, a file
     * share, an e-mail address and (kept) a cell of the workbook.
     */
    private static void plant(Workbook wb, String externalRef, String fileLink) {
        Sheet sh = wb.getSheet(SHEET);
        Cell link = cell(sh, 1, "HYPERLINK(\"http://" + EVIL + "/login\",\"Bấm vào đây\")");
        link.setCellValue("Bấm vào đây");
        cell(sh, 2, externalRef).setCellValue(92.5);
        Name name = wb.createName();
        name.setNameName("TuTruongKhac");
        name.setRefersToFormula(externalRef);
        cell(sh, 3, "TuTruongKhac*2").setCellValue(185);
        cell(sh, 4, "SUM(N2:N3)").setCellValue(277.5);
        hyperlink(wb, sh, 5, HyperlinkType.URL, "http://" + EVIL + "/phish");
        hyperlink(wb, sh, 6, HyperlinkType.FILE, fileLink);
        hyperlink(wb, sh, 7, HyperlinkType.EMAIL, "mailto:ke.gian@" + EVIL);
        hyperlink(wb, sh, 8, HyperlinkType.DOCUMENT, "'" + SHEET + "'!A1");
    }

    /** A picture beside the table that opens an address when clicked. */
    private static void linkedPicture(XSSFWorkbook wb, String address) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", png);
        XSSFDrawing drawing = wb.getSheet(SHEET).createDrawingPatriarch();
        XSSFPicture picture = drawing.createPicture(drawing.createAnchor(0, 0, 0, 0, 14, 10, 16, 14),
                wb.addPicture(png.toByteArray(), Workbook.PICTURE_TYPE_PNG));
        String id = drawing.getPackagePart().addExternalRelationship(address,
                XSSFRelation.SHEET_HYPERLINKS.getRelation()).getId();
        picture.getCTPicture().getNvPicPr().getCNvPr().addNewHlinkClick().setId(id);
    }

    private static Cell cell(Sheet sh, int row, String formula) {
        Row r = sh.getRow(row) == null ? sh.createRow(row) : sh.getRow(row);
        Cell c = r.createCell(13);
        c.setCellFormula(formula);
        return c;
    }

    private static void hyperlink(Workbook wb, Sheet sh, int row, HyperlinkType type, String address) {
        Row r = sh.getRow(row) == null ? sh.createRow(row) : sh.getRow(row);
        Cell c = r.createCell(13);
        c.setCellValue("liên kết " + type);
        Hyperlink h = wb.getCreationHelper().createHyperlink(type);
        h.setAddress(address);
        c.setHyperlink(h);
    }

    /** Through POI: the planted cells hold what they showed, no formula leads out, internal links stay. */
    private static void assertCachedValuesKept(Path copy) throws IOException {
        try (Workbook wb = WorkbookFactory.create(copy.toFile(), null, true)) {
            Sheet sh = wb.getSheet(SHEET);
            assertThat(value(sh, 1)).isEqualTo("Bấm vào đây");
            assertThat(value(sh, 2)).isEqualTo(92.5);
            assertThat(value(sh, 3)).isEqualTo(185.0);
            assertThat(sh.getRow(4).getCell(13).getCellType()).isEqualTo(CellType.FORMULA); // stays a formula
            assertThat(wb.getName("TuTruongKhac")).isNull();
            for (Sheet s : wb) {
                for (Hyperlink h : s.getHyperlinkList()) {
                    assertThat(h.getType()).as(h.getAddress()).isEqualTo(HyperlinkType.DOCUMENT);
                }
            }
            assertThat(sh.getHyperlink(8, 13)).isNotNull();
            assertThat(wb.getSheet("Góp ý").getHyperlinkList()).isNotEmpty(); // tonghop's own links
        }
    }

    private static Object value(Sheet sh, int row) {
        Cell c = sh.getRow(row).getCell(13);
        assertThat(c.getCellType()).as("N" + (row + 1)).isNotEqualTo(CellType.FORMULA);
        return c.getCellType() == CellType.STRING ? c.getStringCellValue() : c.getNumericCellValue();
    }

    // ---- the file's own parts ------------------------------------------------------------------

    private static Map<String, String> parts(Path xlsx) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                out.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** Replaces text in every XML part of an .xlsx. */
    private static void rewrite(Path xlsx, String from, String to) throws IOException {
        rewrite(xlsx, null, from, to);
    }

    /** Replaces text in one part of an .xlsx, or in every XML part when {@code part} is null. */
    static void rewriteEntry(Path xlsx, String part, String from, String to) throws IOException {
        rewrite(xlsx, part, from, to);
    }

    private static void rewrite(Path xlsx, String part, String from, String to) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                byte[] bytes = zip.readAllBytes();
                if (part == null ? e.getName().endsWith(".xml") : e.getName().equals(part)) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                entries.put(e.getName(), bytes);
            }
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(xlsx))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
    }

    /** Adds an entry to an .xlsx. */
    private static void add(Path xlsx, String name, byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        entries.put(name, bytes);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(xlsx))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
    }

    private static byte[] workbookStream(Path xls) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(xls.toFile(), true);
             InputStream in = fs.createDocumentInputStream("Workbook")) {
            return in.readAllBytes();
        }
    }

    /** In BIFF8 a string is stored in one byte a character or in UTF-16LE: looks for both. */
    private static boolean contains(byte[] haystack, String text) {
        return indexOf(haystack, text.getBytes(StandardCharsets.ISO_8859_1)) >= 0
                || indexOf(haystack, text.getBytes(StandardCharsets.UTF_16LE)) >= 0;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void save(Workbook wb, Path target) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        wb.write(bytes);
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(bytes.toByteArray());
        }
    }
}
