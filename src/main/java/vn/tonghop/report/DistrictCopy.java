package vn.tonghop.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Enumeration;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ss.usermodel.DateUtil;

import vn.tonghop.output.OutputFiles;

/**
 * A district's copy ({@code summary.xlsx} and {@code discrepancies.xlsx} of its folder under {@code theo-huyen/})
 * taken from an earlier run's folder when nothing it is made of changed since, stating this run's time: the
 * time on «Thông tin» («Thời điểm tổng hợp») and the files' creation time become this run's, every other part
 * is the earlier file's, byte for byte. So the copy says what this run would have written (its figures are this
 * run's figures: nothing of the district changed) and each run's folder is complete on its own. Nothing is
 * copied when the earlier files are gone or the time is not found once where this class expects it (a workbook
 * laid out otherwise): the caller then makes the copy again.
 */
public final class DistrictCopy {

    /** «Thông tin», the summary's first sheet, as POI names its part. */
    static final String INFO_SHEET = "xl/worksheets/sheet1.xml";
    private static final String CORE = "docProps/core.xml";
    private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");

    private DistrictCopy() {
    }

    /**
     * Copies {@code from}'s copy into {@code to}, the summary's time {@code madeAt} (the earlier run's) stated
     * as {@code now}. Returns false, writing nothing that stays, when it cannot.
     */
    public static boolean restamp(Path from, Path to, LocalDateTime madeAt, LocalDateTime now, OutputFiles files)
            throws IOException {
        Path summary = from.resolve("summary.xlsx");
        Path discrepancies = from.resolve("discrepancies.xlsx");
        if (!Files.isRegularFile(summary) || !Files.isRegularFile(discrepancies)) {
            return false;
        }
        String was = "<v>" + DateUtil.getExcelDate(madeAt) + "</v>";
        String is = "<v>" + DateUtil.getExcelDate(now) + "</v>";
        String created = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        UnaryOperator<String> core = xml -> {
            Matcher m = CREATED.matcher(xml);
            return m.find() ? m.replaceFirst(Matcher.quoteReplacement(m.group(1) + created + m.group(2))) : xml;
        };
        try {
            files.write(to.resolve("summary.xlsx"), out -> copy(summary, out, Map.of(CORE, core, INFO_SHEET, xml -> {
                int at = xml.indexOf(was);
                if (at < 0 || xml.indexOf(was, at + 1) >= 0) {
                    throw new IllegalStateException("the run's time is not once on «Thông tin»");
                }
                return xml.substring(0, at) + is + xml.substring(at + was.length());
            })));
            files.write(to.resolve("discrepancies.xlsx"), out -> copy(discrepancies, out, Map.of(CORE, core)));
            return true;
        } catch (IllegalStateException e) {
            Files.deleteIfExists(to.resolve("summary.xlsx"));
            return false;
        }
    }

    /** The package's parts in their order: those in {@code patches} rewritten, the others' bytes as stored. */
    private static void copy(Path workbook, OutputStream target, Map<String, UnaryOperator<String>> patches)
            throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(workbook).get();
             ZipArchiveOutputStream out = new ZipArchiveOutputStream(target)) {
            for (Enumeration<ZipArchiveEntry> entries = zip.getEntriesInPhysicalOrder(); entries.hasMoreElements();) {
                ZipArchiveEntry entry = entries.nextElement();
                UnaryOperator<String> patch = patches.get(entry.getName());
                if (patch == null) {
                    try (InputStream raw = zip.getRawInputStream(entry)) {
                        out.addRawArchiveEntry(entry, raw);
                    }
                    continue;
                }
                String xml;
                try (InputStream in = zip.getInputStream(entry)) {
                    xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                ZipArchiveEntry rewritten = new ZipArchiveEntry(entry.getName());
                rewritten.setTime(entry.getTime());
                rewritten.setMethod(ZipArchiveEntry.DEFLATED);
                out.putArchiveEntry(rewritten);
                out.write(patch.apply(xml).getBytes(StandardCharsets.UTF_8));
                out.closeArchiveEntry();
            }
            out.finish();
        }
    }
}
