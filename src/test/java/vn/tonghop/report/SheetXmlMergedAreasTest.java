package vn.tonghop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

/**
 * A marked sheet is read once: its merged areas found in its bytes ({@link SheetXml#mergedAreas}) as the scan
 * finds them, and the scan's checks made by its rewrite; what the quick look does not handle is left to the scan.
 */
class SheetXmlMergedAreasTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String NS = "xmlns=\"" + SheetXml.MAIN + "\"";

    @Test
    void theMergedAreasAreTheScansWhereverTheMarkupCouldMislead() throws Exception {
        String[] sheets = {
            HEAD + "<worksheet " + NS + "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a &gt; b</t></is></c></row></sheetData>"
                    + "<mergeCells count=\"2\"><mergeCell ref=\"A1:B2\"/><mergeCell  ref = 'C3:D4' ></mergeCell></mergeCells></worksheet>",
            // a prefix, a comment, a CDATA section and an instruction that look like merged areas, a '>' in quotes
            HEAD + "<x:worksheet xmlns:x=\"" + SheetXml.MAIN + "\"><x:sheetData><x:row r=\"1\" x14ac:dyDescent=\"a>b\" "
                    + "xmlns:x14ac=\"urn:x\"><x:c r=\"A1\"><x:f><![CDATA[<mergeCell ref=\"Z1:Z9\"/>]]></x:f></x:c></x:row>"
                    + "</x:sheetData><!-- <mergeCell ref=\"Y1:Y2\"/> --><?pi <mergeCell ref=\"X1:X2\"/>?>"
                    + "<x:mergeCells><x:mergeCell ref=\"E5:F6\" other=\"ref\"/><x:mergeCellsNot ref=\"G1:G2\"/></x:mergeCells></x:worksheet>",
            HEAD + "<worksheet " + NS + "><sheetData/></worksheet>",
        };
        for (String sheet : sheets) {
            byte[] xml = sheet.getBytes(StandardCharsets.UTF_8);
            List<CellRangeAddress> quick = SheetXml.mergedAreas(xml);
            assertThat(quick).as(sheet).isNotNull();
            assertThat(strings(quick)).as(sheet).isEqualTo(strings(SheetXml.scan(xml, Set.of(), i -> "").merged));
        }
        assertThat(strings(SheetXml.mergedAreas(sheets[1].getBytes(StandardCharsets.UTF_8)))).containsExactly("E5:F6");
        assertThat(strings(SheetXml.mergedAreas(sheets[0].getBytes(StandardCharsets.UTF_8)))).containsExactly("A1:B2", "C3:D4");
    }

    @Test
    void whatTheQuickLookDoesNotHandleIsLeftToTheScan() throws Exception {
        for (String sheet : List.of(
                HEAD + "<worksheet " + NS + "><mergeCells><mergeCell ref=\"A1&#58;B2\"/></mergeCells></worksheet>",
                HEAD + "<!DOCTYPE worksheet><worksheet " + NS + "/>",
                HEAD + "<worksheet " + NS + "><mergeCells><mergeCell ref=\"A1:B2\"",
                HEAD + "<worksheet " + NS + "><!-- not closed")) {
            assertThat(SheetXml.mergedAreas(sheet.getBytes(StandardCharsets.UTF_8))).as(sheet).isNull();
        }
        byte[] utf16 = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet " + NS + "/>").getBytes(StandardCharsets.UTF_16);
        assertThat(SheetXml.mergedAreas(utf16)).isNull();
        byte[] latin = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet " + NS + "/>").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(SheetXml.mergedAreas(latin)).isNull();
        // a merged area that is none is refused as the scan refuses it
        byte[] bad = (HEAD + "<worksheet " + NS + "><mergeCells><mergeCell ref=\"A1:?\"/></mergeCells></worksheet>")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SheetXml.mergedAreas(bad)).isInstanceOf(SheetXml.NotStreamable.class);
        assertThatThrownBy(() -> SheetXml.scan(bad, Set.of(), i -> "")).isInstanceOf(SheetXml.NotStreamable.class);
    }

    @Test
    void aRewriteThatChecksRefusesWhatTheScanRefuses() throws Exception {
        String reaching = HEAD + "<worksheet " + NS + "><sheetData><row r=\"1\"><c r=\"A1\"><f>[1]Sheet1!A1</f><v>1</v></c></row>"
                + "<row r=\"2\"><c r=\"B2\"><v>2</v></c></row></sheetData></worksheet>";
        String badCell = HEAD + "<worksheet " + NS + "><sheetData><row r=\"1\"><c r=\"1A\"><v>1</v></c></row>"
                + "<row r=\"2\"><c r=\"B2\"><v>2</v></c></row></sheetData></worksheet>";
        String ownComments = HEAD + "<worksheet " + NS + " xmlns:r=\"" + SheetXml.RELATIONSHIPS + "\"><sheetData><row r=\"2\">"
                + "<c r=\"B2\"><v>2</v></c></row></sheetData><legacyDrawing r:id=\"rId1\"/></worksheet>";
        TreeMap<Integer, java.util.NavigableMap<Integer, Integer>> marks = new TreeMap<>();
        marks.put(1, new TreeMap<>(java.util.Map.of(1, 0)));
        SheetXml.Restyle restyle = (base, severity) -> 7;
        // what the scan says of them
        assertThat(SheetXml.scan(bytes(reaching), Set.of(), i -> "").reachingFormula).isEqualTo("[1]Sheet1!A1");
        assertThatThrownBy(() -> SheetXml.scan(bytes(badCell), Set.of(), i -> "")).isInstanceOf(SheetXml.NotStreamable.class);
        assertThat(SheetXml.scan(bytes(ownComments), Set.of(), i -> "").legacyDrawing).isTrue();
        // the rewrite checking refuses them; not checking (the sheet was scanned) it writes them
        for (String sheet : List.of(reaching, badCell)) {
            assertThatThrownBy(() -> SheetXml.rewrite(bytes(sheet), marks, restyle, null, true)).as(sheet)
                    .isInstanceOf(SheetXml.NotStreamable.class);
            assertThat(SheetXml.rewrite(bytes(sheet), marks, restyle, null, false)).isNotEmpty();
        }
        assertThatThrownBy(() -> SheetXml.rewrite(bytes(ownComments), marks, restyle, "rId2", true))
                .isInstanceOf(SheetXml.NotStreamable.class);
        // a sheet the scan passes is written the same checked or not
        String plain = reaching.replace("[1]Sheet1!A1", "SUM(B2:B3)");
        assertThat(SheetXml.rewrite(bytes(plain), marks, restyle, "rId2", true))
                .isEqualTo(SheetXml.rewrite(bytes(plain), marks, restyle, "rId2", false));
        assertThat(new String(SheetXml.rewrite(bytes(plain), marks, restyle, null, true), StandardCharsets.UTF_8))
                .contains("<c r=\"B2\" s=\"7\">");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> strings(List<CellRangeAddress> areas) {
        return areas.stream().map(a -> a.formatAsString()).toList();
    }
}
