package vn.tonghop.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.tonghop.kind.selfassessment.SelfAssessmentKind;

/**
 * The lean way of opening an .xlsx ({@link LeanPackage}) against POI's {@code OPCPackage}: an ordinary
 * workbook is opened lean and reads cell for cell as through POI; each package out of the ordinary is left
 * to POI (the lean way says why), and reads, or is refused, exactly as before.
 */
class LeanPackageTest {

    private static final Path SAMPLE = Path.of("sample-workbooks", "87715008_phan_ky.xlsx");

    private static SubmissionReader reader() {
        return new SubmissionReader(SampleOffice.registry(), List.of(new vn.tonghop.kind.phasing.PhasingKind(
                SampleOffice.catalogue()), new SelfAssessmentKind(null, SampleOffice.registry())), 20L * 1024 * 1024);
    }

    // ---------------------------------------------------------------- ordinary workbooks

    @Test
    void aSchoolsWorkbookIsOpenedLean() throws Exception {
        try (StreamedXlsx lean = StreamedXlsx.open(SAMPLE.toFile())) {
            assertThat(lean.openedLean()).isTrue();
        }
        try (StreamedXlsx poi = StreamedXlsx.openWithPoi(SAMPLE.toFile())) {
            assertThat(poi.openedLean()).isFalse();
        }
    }

    /**
     * Every workbook of the repository: what POI's package opens streamed, the lean way opens too (they are
     * all ordinary) and reads cell for cell the same; what it refuses, the lean way does not open either.
     */
    @ParameterizedTest
    @MethodSource("vn.tonghop.reading.StreamedXlsxTest#repositoryWorkbooks")
    void everyRepositoryWorkbookOpensLeanAsThroughPoi(Path file) throws Exception {
        assertSameAsPoi(file, file.startsWith("sample-workbooks"));
    }

    /**
     * POI's own collection of odd spreadsheets (the shared corpus, when present): whatever the lean way
     * opens, POI's package opens too, with the same cells; whatever POI refuses, the lean way does not open.
     */
    @Test
    void theSharedCorpusNeverOpensLeanWhatPoiRefuses() throws Exception {
        List<Path> files = SharedCorpus.poiSpreadsheets().stream()
                .filter(p -> p.getFileName().toString().matches("(?i).*\\.x[lm][st][xm]?")).toList();
        WorkbookOpener opener = new WorkbookOpener(20L * 1024 * 1024);
        int lean = 0;
        int checked = 0;
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                if (!opener.check(file.toFile()).isXlsx()) {
                    continue;
                }
            } catch (UnreadableFileException e) {
                continue; // refused before any package is opened, as in a night
            }
            checked++;
            try {
                if (assertSameAsPoi(file, false, false)) {
                    lean++;
                }
            } catch (AssertionError | Exception e) {
                problems.add(file.getFileName() + ": " + e);
            }
        }
        System.out.printf("LeanPackageTest: %d packages, %d opened lean%n", checked, lean);
        assertThat(problems).isEmpty();
        assertThat(lean).isGreaterThan(checked / 3);
    }

    /**
     * Whether the lean way opened the file; it gives what POI's package gives: the grids cell for cell
     * ({@code grids}) or, for the corpus, every cell the streaming reader keeps (its bounds), value, kind
     * and font: the parts are the same, and the grids are {@link StreamedXlsxTest}'s business.
     */
    private static boolean assertSameAsPoi(Path file, boolean mustBeLean) throws Exception {
        return assertSameAsPoi(file, mustBeLean, true);
    }

    private static boolean assertSameAsPoi(Path file, boolean mustBeLean, boolean grids) throws Exception {
        StreamedXlsx poi;
        try {
            poi = StreamedXlsx.openWithPoi(file.toFile());
        } catch (Exception | StackOverflowError e) {
            assertThatThrownBy(() -> StreamedXlsx.openLean(file.toFile()).close())
                    .as(file + " is refused through POI (" + e + "), and not opened lean").isNotNull();
            return false;
        }
        try (poi; StreamedXlsx lean = StreamedXlsx.open(file.toFile())) {
            if (mustBeLean) {
                assertThat(lean.openedLean()).as(file.toString()).isTrue();
            }
            assertSameFromUnpacked(file, lean);
            if (!grids) {
                assertEquals(cells(poi), cells(lean), file.toString());
                return lean.openedLean();
            }
            try {
                StreamedXlsxTest.assertSameCells(poi, lean);
            } catch (StreamedXlsx.Unusual e) {
                // a cell the streaming reader leaves to the user model: so it does either way
                assertThatThrownBy(() -> StreamedXlsxTest.assertSameCells(poi, poi)).hasMessage(e.getMessage());
                assertThatThrownBy(() -> StreamedXlsxTest.assertSameCells(lean, lean)).hasMessage(e.getMessage());
            }
            return lean.openedLean();
        }
    }

    /**
     * The file as a night reads it (unpacked once for its size check, {@link WorkbookOpener#checkForReading}, the
     * parts read from what was kept) reads as opened from the file: the same way (lean or not), the same cells.
     */
    private static void assertSameFromUnpacked(Path file, StreamedXlsx fromFile) throws Exception {
        UnpackedZip unpacked;
        try {
            unpacked = new WorkbookOpener(20L * 1024 * 1024).checkForReading(file.toFile()).takeUnpacked();
        } catch (UnreadableFileException e) {
            return; // refused before it is read, either way (UnpackedZipTest)
        }
        try (StreamedXlsx fromBytes = StreamedXlsx.open(file.toFile(), unpacked)) {
            assertThat(fromBytes.openedLean()).as(file + " opened lean").isEqualTo(fromFile.openedLean());
            assertEquals(cells(fromFile), cells(fromBytes), file.toString());
        }
    }

    private static List<String> cells(StreamedXlsx x) {
        List<String> out = new ArrayList<>();
        out.add("fonts " + x.fontCount());
        for (StreamedXlsx.XSheet sheet : x.sheets()) {
            out.add(sheet.name() + " " + sheet.mergedRegionCount());
            for (CellSource.Row row : sheet.rows()) {
                for (CellSource.Cell cell : row.cells()) {
                    String value;
                    try {
                        value = cell.canonical() + "|" + cell.isPlainString() + "|" + cell.fontIndex();
                    } catch (RuntimeException e) {
                        value = "!" + e;
                    }
                    out.add(cell.row() + "," + cell.col() + "=" + value);
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- packages out of the ordinary

    /** The sample workbook's zip with some entries changed ({@code null}: removed) or added. */
    private static Path repack(Path dir, String name, UnaryOperator<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(SAMPLE.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
        Map<String, byte[]> changed = change.apply(entries);
        Path target = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Map.Entry<String, byte[]> e : changed.entrySet()) {
                if (e.getValue() != null) {
                    out.putNextEntry(new ZipEntry(e.getKey()));
                    out.write(e.getValue());
                    out.closeEntry();
                }
            }
        }
        return target;
    }

    private static UnaryOperator<Map<String, byte[]>> edit(String entry, String from, String to) {
        return m -> {
            String xml = new String(m.get(entry), StandardCharsets.UTF_8);
            assertThat(xml).contains(from);
            m.put(entry, xml.replace(from, to).getBytes(StandardCharsets.UTF_8));
            return m;
        };
    }

    private static UnaryOperator<Map<String, byte[]>> add(String entry, String content) {
        return m -> {
            m.put(entry, content.getBytes(StandardCharsets.UTF_8));
            return m;
        };
    }

    /**
     * The lean way leaves the file to POI, saying why, and the reading gives what POI gives: the same
     * refusal, or the same documents; {@code poiOpens}: whether POI's package opens it at all.
     */
    private static void assertLeftToPoi(Path file, String why, boolean poiOpens) throws Exception {
        assertThatThrownBy(() -> StreamedXlsx.openLean(file.toFile()).close())
                .isInstanceOf(StreamedXlsx.Unusual.class).hasMessageContaining(why);
        boolean opened;
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            opened = true;
            pkg.revert();
        } catch (Exception e) {
            opened = false;
        }
        assertEquals(poiOpens, opened, "whether POI opens " + file.getFileName());
        try (StreamedXlsx streamed = StreamedXlsx.open(file.toFile())) {
            assertThat(streamed.openedLean()).isFalse();
        } catch (Exception e) {
            // POI's package or the streaming reader refuses it: the user model decides
        }
        assertEquals(reader().userModelOnly().readDocuments(file), reader().readDocuments(file));
    }

    @Test
    void theRepackedSampleIsStillOrdinary(@TempDir Path dir) throws Exception {
        Path file = repack(dir, "same.xlsx", m -> m);
        try (StreamedXlsx lean = StreamedXlsx.open(file.toFile())) {
            assertThat(lean.openedLean()).isTrue();
        }
        assertEquals(reader().userModelOnly().readDocuments(file), reader().readDocuments(file));
    }

    @Test
    void entryNamesThatDifferOnlyInCase(@TempDir Path dir) throws Exception {
        // POI's zip reader refuses two entries whose names differ only in case (OPC M1.12)
        Path file = repack(dir, "case.xlsx", add("xl/Styles.xml", "<x/>"));
        assertThatThrownBy(() -> StreamedXlsx.openLean(file.toFile()).close()).isNotNull();
        assertLeftToPoiOrRefusedByZip(file);
    }

    private static void assertLeftToPoiOrRefusedByZip(Path file) throws Exception {
        assertThatThrownBy(() -> OPCPackage.open(file.toFile(), PackageAccess.READ)).isNotNull();
        try (StreamedXlsx streamed = StreamedXlsx.open(file.toFile())) {
            assertThat(streamed.openedLean()).isFalse();
        } catch (Exception e) {
            // refused by POI's package: the user model decides
        }
        assertEquals(reader().userModelOnly().readDocuments(file), reader().readDocuments(file));
    }

    @Test
    void aPartNameWithAnEmptySegment(@TempDir Path dir) throws Exception {
        assertLeftToPoi(repack(dir, "empty-segment.xlsx", add("xl//extra.xml", "<x/>")), "entry name", true);
    }

    @Test
    void aPartNameEndingInADot(@TempDir Path dir) throws Exception {
        assertLeftToPoi(repack(dir, "dot.xlsx", add("xl/extra.", "<x/>")), "entry name", true);
    }

    @Test
    void aPartNameWithASpace(@TempDir Path dir) throws Exception {
        assertLeftToPoi(repack(dir, "space.xlsx", add("xl/media/image 1.xml", "<x/>")), "entry name", true);
    }

    @Test
    void aPartNameDerivedFromAnother(@TempDir Path dir) throws Exception {
        // "/xl/styles.xml" and "/xl/styles.xml/x": POI refuses (OPC M1.11)
        assertLeftToPoi(repack(dir, "derived.xlsx", add("xl/styles.xml/x.xml", "<x/>")), "derived", false);
    }

    @Test
    void partNamesPoiTakesAsEqual(@TempDir Path dir) throws Exception {
        // POI's natural order takes "x.01" and "x.1a" as the same name (OPC M1.12 as POI applies it)
        assertLeftToPoi(repack(dir, "natural.xlsx", m -> {
            m.put("xl/x.01", "<x/>".getBytes(StandardCharsets.UTF_8));
            m.put("xl/x.1a", "<x/>".getBytes(StandardCharsets.UTF_8));
            return edit("[Content_Types].xml", "</Types>", "<Default Extension=\"01\" ContentType=\"application/xml\"/>"
                    + "<Default Extension=\"1a\" ContentType=\"application/xml\"/></Types>").apply(m);
        }), "equivalent part names", false);
    }

    @Test
    void noContentTypes(@TempDir Path dir) throws Exception {
        assertLeftToPoi(repack(dir, "no-types.xlsx", m -> {
            m.put("[Content_Types].xml", null);
            return m;
        }), "no content types", false);
    }

    @Test
    void contentTypesInAnotherCase(@TempDir Path dir) throws Exception {
        // POI finds "[content_types].xml" case-insensitively; the lean way leaves it to POI
        assertLeftToPoi(repack(dir, "types-case.xlsx", m -> {
            Map<String, byte[]> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k.equals("[Content_Types].xml") ? "[content_types].xml" : k, v));
            return out;
        }), "entry name", true);
    }

    @Test
    void malformedContentTypes(@TempDir Path dir) throws Exception {
        Path file = repack(dir, "bad-types.xlsx", edit("[Content_Types].xml", "</Types>", "</Typ>"));
        assertThatThrownBy(() -> StreamedXlsx.openLean(file.toFile()).close()).isNotNull();
        assertLeftToPoiOrRefusedByZip(file);
    }

    @Test
    void aPartWithoutContentType(@TempDir Path dir) throws Exception {
        // OPC M1.14: POI refuses a part of an extension without Default and without Override
        assertLeftToPoi(repack(dir, "no-type.xlsx", add("xl/extra.weird", "x")), "without a content type", false);
    }

    @Test
    void aContentTypeByOverrideOnly(@TempDir Path dir) throws Exception {
        // an Override for the one part of an unknown extension: ordinary, and read lean
        Path file = repack(dir, "override.xlsx", m -> {
            add("xl/extra.weird", "x").apply(m);
            return edit("[Content_Types].xml", "</Types>",
                    "<Override PartName=\"/xl/extra.weird\" ContentType=\"application/x-weird\"/></Types>").apply(m);
        });
        try (StreamedXlsx lean = StreamedXlsx.open(file.toFile())) {
            assertThat(lean.openedLean()).isTrue();
        }
        assertEquals(reader().userModelOnly().readDocuments(file), reader().readDocuments(file));
    }

    @Test
    void theWorkbookOverriddenToAnotherContentType(@TempDir Path dir) throws Exception {
        assertLeftToPoi(repack(dir, "wrong-type.xlsx", edit("[Content_Types].xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")),
                "not an XSSF workbook part", true);
    }

    @Test
    void contentTypeWithParameters(@TempDir Path dir) throws Exception {
        assertLeftToPoi(repack(dir, "param.xlsx", edit("[Content_Types].xml", "ContentType=\"application/xml\"",
                "ContentType=\"application/xml; charset=utf-8\"")), "content type", true);
    }

    @Test
    void strictOoxml(@TempDir Path dir) throws Exception {
        assertLeftToPoi(repack(dir, "strict.xlsx", edit("_rels/.rels",
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument")), "strict", true);
    }

    @Test
    void aRelationshipToAMissingPart(@TempDir Path dir) throws Exception {
        assertLeftToPoi(repack(dir, "missing.xlsx", edit("xl/_rels/workbook.xml.rels", "Target=\"styles.xml\"",
                "Target=\"nowhere.xml\"")), "no part for", true);
    }

    @Test
    void anExternalTarget(@TempDir Path dir) throws Exception {
        assertLeftToPoi(repack(dir, "external.xlsx", edit("xl/_rels/workbook.xml.rels", "Target=\"styles.xml\"",
                "Target=\"http://example.org/styles.xml\" TargetMode=\"External\"")), "external target", true);
    }

    @Test
    void aTargetWithDotDot(@TempDir Path dir) throws Exception {
        // "../xl/styles.xml" from /xl/workbook.xml is /xl/styles.xml to POI: read as before, through POI
        assertLeftToPoi(repack(dir, "dotdot.xlsx", edit("xl/_rels/workbook.xml.rels", "Target=\"styles.xml\"",
                "Target=\"../xl/styles.xml\"")), "target", true);
    }

    @Test
    void anAbsoluteTargetIsOrdinary(@TempDir Path dir) throws Exception {
        Path file = repack(dir, "absolute.xlsx", edit("xl/_rels/workbook.xml.rels", "Target=\"styles.xml\"",
                "Target=\"/xl/styles.xml\""));
        try (StreamedXlsx lean = StreamedXlsx.open(file.toFile());
             StreamedXlsx poi = StreamedXlsx.openWithPoi(file.toFile())) {
            assertThat(lean.openedLean()).isTrue();
            StreamedXlsxTest.assertSameCells(poi, lean);
        }
    }

    @Test
    void twoCorePropertiesRelationships(@TempDir Path dir) throws Exception {
        // OPC M4.1: POI refuses a relationships part with two core-properties relationships when it reads
        // it (the package's own, when asked for the workbook)
        assertLeftToPoi(repack(dir, "two-core.xlsx", edit("_rels/.rels", "</Relationships>",
                "<Relationship Id=\"rIdX\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/"
                        + "metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>")),
                "two core properties", true);
    }

    @Test
    void aRepeatedRelationshipId(@TempDir Path dir) throws Exception {
        assertLeftToPoi(repack(dir, "same-id.xlsx", edit("xl/_rels/workbook.xml.rels", "</Relationships>",
                "<Relationship Id=\"rId1\" Type=\"urn:x\" Target=\"x.xml\"/></Relationships>")), "relationship rId1",
                true);
    }

    @Test
    void corePropertiesWithMarkupCompatibility(@TempDir Path dir) throws Exception {
        // OPC M4.2, which POI checks on the root's first attribute only (here the declaration of cp)
        assertLeftToPoi(repack(dir, "mc.xlsx", edit("docProps/core.xml", "<cp:coreProperties ",
                "<cp:coreProperties xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" ")),
                "markup compatibility", true);
    }

    @Test
    void corePropertiesWithXmlLang(@TempDir Path dir) throws Exception {
        // OPC M4.4
        assertLeftToPoi(repack(dir, "lang.xlsx", edit("docProps/core.xml", "<dc:creator>",
                "<dc:creator xml:lang=\"vi\">")), "xml:lang", false);
    }

    @Test
    void corePropertiesRefiningDublinCore(@TempDir Path dir) throws Exception {
        // OPC M4.3: dcterms elements other than created and modified
        assertLeftToPoi(repack(dir, "refine.xlsx", edit("docProps/core.xml", "<dc:creator>",
                "<dcterms:title>x</dcterms:title><dc:creator>")), "dcterms:title", false);
    }

    @Test
    void corePropertiesWithADatePoiDoesNotRead(@TempDir Path dir) throws Exception {
        Path file = repack(dir, "date.xlsx", m -> {
            String xml = new String(m.get("docProps/core.xml"), StandardCharsets.UTF_8);
            m.put("docProps/core.xml", xml.replaceAll("(<dcterms:created[^>]*>)[^<]*<", "$1yesterday<")
                    .getBytes(StandardCharsets.UTF_8));
            return m;
        });
        assertLeftToPoi(file, "date yesterday", false);
    }

    @Test
    void corePropertiesDatedAsLibreOfficeDatesThemAreOrdinary(@TempDir Path dir) throws Exception {
        for (String date : List.of("2013-11-22T22:41:51.00Z", "2015-11-29T19:26:01.8686997Z", "2015-11-29T19:26:01.1Z")) {
            Path file = repack(dir, "lo.xlsx", m -> {
                String xml = new String(m.get("docProps/core.xml"), StandardCharsets.UTF_8);
                m.put("docProps/core.xml", xml.replaceAll("(<dcterms:(created|modified)[^>]*>)[^<]*<", "$1" + date + "<")
                        .getBytes(StandardCharsets.UTF_8));
                return m;
            });
            OPCPackage.open(file.toFile(), PackageAccess.READ).revert(); // POI parses the date
            try (StreamedXlsx lean = StreamedXlsx.open(file.toFile())) {
                assertThat(lean.openedLean()).as(date).isTrue();
            }
        }
    }

    @Test
    void corePropertiesWithADateThatIsNoDateAreLeftToPoi(@TempDir Path dir) throws Exception {
        for (String date : List.of("2023-02-29T00:00:00Z", "2023-13-01T00:00:00Z", "2023-01-01T24:00:00Z")) {
            Path file = repack(dir, "no-date.xlsx", m -> {
                String xml = new String(m.get("docProps/core.xml"), StandardCharsets.UTF_8);
                m.put("docProps/core.xml", xml.replaceAll("(<dcterms:created[^>]*>)[^<]*<", "$1" + date + "<")
                        .getBytes(StandardCharsets.UTF_8));
                return m;
            });
            assertThatThrownBy(() -> StreamedXlsx.openLean(file.toFile()).close()).as(date)
                    .isInstanceOf(StreamedXlsx.Unusual.class).hasMessageContaining("date " + date);
            assertEquals(reader().userModelOnly().readDocuments(file), reader().readDocuments(file));
        }
    }

    @Test
    void corePropertiesWithATimeZoneAreLeftToPoi(@TempDir Path dir) throws Exception {
        Path file = repack(dir, "tz.xlsx", m -> {
            String xml = new String(m.get("docProps/core.xml"), StandardCharsets.UTF_8);
            m.put("docProps/core.xml", xml.replaceAll("(<dcterms:created[^>]*>)[^<]*<", "$12023-11-13T07:00:00+07:00<")
                    .getBytes(StandardCharsets.UTF_8));
            return m;
        });
        assertLeftToPoi(file, "date 2023-11-13T07:00:00+07:00", true);
    }

    @Test
    void anEncryptedWorkbookIsNeverAPackage(@TempDir Path dir) throws Exception {
        // an .xlsx with a password is an OLE2 file: never opened as a package, lean or not
        Path file = Path.of("sample-workbooks", "LongKhanh_co_mat_khau.xlsx");
        assertThatThrownBy(() -> StreamedXlsx.openLean(file.toFile()).close())
                .isInstanceOf(StreamedXlsx.Unusual.class).hasMessageContaining("not a zip");
        assertEquals(reader().userModelOnly().readDocuments(file), reader().readDocuments(file));
    }
}
