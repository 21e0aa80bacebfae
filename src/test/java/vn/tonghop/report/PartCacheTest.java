package vn.tonghop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.output.OutputFiles;

/**
 * The feedback copies' cache of what they compute from a workbook's small parts ({@link PartCache}): a copy
 * made with results kept from earlier copies is the copy made from nothing, byte for byte, and two templates'
 * parts (their styles, their workbook part) never mix, whatever order the copies come in.
 */
class PartCacheTest {

    private static final String TABLE = "Phụ lục II";

    @TempDir
    Path dir;

    @AfterEach
    void forget() {
        PartCache.SHARED.clear();
    }

    @Test
    void aResultIsFoundAgainOnlyForTheSameBytesAndParameters() throws Exception {
        PartCache cache = new PartCache(1 << 20);
        AtomicInteger computed = new AtomicInteger();
        byte[] a = "<a/>".getBytes(StandardCharsets.UTF_8);
        byte[] sameAsA = "<a/>".getBytes(StandardCharsets.UTF_8);
        byte[] b = "<b/>".getBytes(StandardCharsets.UTF_8);
        assertThat(cache.bytes("k", a, List.of("x"), () -> computed(computed, "A"))).asString().isEqualTo("A");
        assertThat(cache.bytes("k", sameAsA, List.of("x"), () -> computed(computed, "again"))).asString().isEqualTo("A");
        assertThat(computed).hasValue(1);
        assertThat(cache.bytes("k", b, List.of("x"), () -> computed(computed, "B"))).asString().isEqualTo("B");
        assertThat(cache.bytes("k", a, List.of("y"), () -> computed(computed, "A, y"))).asString().isEqualTo("A, y");
        assertThat(cache.bytes("other", a, List.of("x"), () -> computed(computed, "other"))).asString().isEqualTo("other");
        assertThat(computed).hasValue(4);
        // a failure is not kept
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cache.bytes("fails", a, List.of(), () -> {
            throw new SheetXml.NotStreamable("no");
        })).isInstanceOf(SheetXml.NotStreamable.class);
        assertThat(cache.bytes("fails", a, List.of(), () -> computed(computed, "now"))).asString().isEqualTo("now");
    }

    @Test
    void itStaysWithinItsBound() throws Exception {
        PartCache cache = new PartCache(64 << 10);
        for (int i = 0; i < 100; i++) {
            byte[] part = ("<p n=\"" + i + "\">" + "x".repeat(4000) + "</p>").getBytes(StandardCharsets.UTF_8);
            cache.bytes("k", part, List.of(), () -> new byte[4000]);
        }
        assertThat(cache.weight()).isLessThanOrEqualTo(64 << 10);
        assertThat(cache.size()).isBetween(1, 10);
    }

    @Test
    void twoTemplatesCopiedInTurnGetTheirOwnPartsAsIfNothingWasKept() throws Exception {
        Path first = dir.resolve("mau-1.xlsx");
        StreamedFeedbackTest.makeSchoolWorkbook(first);
        Path second = dir.resolve("mau-2.xlsx");
        otherTemplate(first, second);
        assertThat(entries(first).get("xl/styles.xml")).isNotEqualTo(entries(second).get("xl/styles.xml"));
        List<Finding> few = List.of(finding("D11", Severity.ERROR), finding("E12", Severity.WARNING));
        List<Finding> more = List.of(finding("D11", Severity.ERROR), finding("E12", Severity.WARNING),
                finding("D13", Severity.INFO), finding("F40", Severity.ERROR), finding("15", Severity.WARNING));

        // from nothing kept: each copy alone
        Map<String, Map<String, byte[]>> alone = new LinkedHashMap<>();
        for (Path template : List.of(first, second)) {
            for (List<Finding> findings : List.of(few, more)) {
                PartCache.SHARED.clear();
                alone.put(template.getFileName() + "/" + findings.size(), copy(template, findings, "alone"));
            }
        }
        // the same copies in turn, twice, each finding what the others kept
        PartCache.SHARED.clear();
        long hitsBefore = PartCache.SHARED.hits();
        for (int round = 0; round < 2; round++) {
            for (List<Finding> findings : List.of(more, few)) {
                for (Path template : List.of(second, first)) {
                    String which = template.getFileName() + "/" + findings.size();
                    Map<String, byte[]> kept = copy(template, findings, "kept-" + round);
                    Map<String, byte[]> expected = alone.get(which);
                    assertThat(kept.keySet()).as(which).isEqualTo(expected.keySet());
                    for (String part : expected.keySet()) {
                        assertThat(kept.get(part)).as(which + " " + part).isEqualTo(expected.get(part));
                    }
                }
            }
        }
        assertThat(PartCache.SHARED.hits() - hitsBefore).isPositive();
        // the two templates' copies differ where their parts do, and with the number of findings
        assertThat(alone.get("mau-1.xlsx/2").get("xl/styles.xml")).isNotEqualTo(alone.get("mau-2.xlsx/2").get("xl/styles.xml"));
        assertThat(alone.get("mau-1.xlsx/2").get("xl/workbook.xml")).isNotEqualTo(alone.get("mau-1.xlsx/5").get("xl/workbook.xml"));
        assertThat(alone.get("mau-1.xlsx/2").get("xl/styles.xml")).isNotEqualTo(alone.get("mau-1.xlsx/5").get("xl/styles.xml"));
    }

    /** The first template with a style and a font of its own and its cells restyled: another styles part. */
    private static void otherTemplate(Path from, Path to) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(from))) {
            Font font = wb.createFont();
            font.setFontName("Times New Roman");
            font.setFontHeightInPoints((short) 13);
            CellStyle style = wb.createCellStyle();
            style.setFont(font);
            style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            wb.getSheet(TABLE).getRow(12).getCell(3).setCellStyle(style);
            try (OutputStream out = Files.newOutputStream(to)) {
                wb.write(out);
            }
        }
    }

    private Map<String, byte[]> copy(Path template, List<Finding> findings, String tag) throws Exception {
        Path target = dir.resolve(tag + "-" + findings.size() + "-" + template.getFileName());
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(DiscrepancyReportWriter.ORDER);
        StreamedFeedback.write(template, sorted, "truong.xlsx", target, OutputFiles.DEFAULT);
        return entries(target);
    }

    private static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    out.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return out;
    }

    private static Finding finding(String cell, Severity severity) {
        return new Finding("truong.xlsx", "87612405", TABLE, cell, "RULE_" + severity, severity, "Ô " + cell, "");
    }

    private static byte[] computed(AtomicInteger count, String value) {
        count.incrementAndGet();
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
