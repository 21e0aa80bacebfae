package vn.tonghop.reference;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.tonghop.text.Similarity;

/**
 * Reads the office's reference files: CSV with a header row, UTF-8 with or without the BOM Excel
 * writes, so staff can keep them in Excel ("Save as CSV UTF-8"). Every way such a file goes wrong in
 * an office (saved in the old code page, saved with {@code ;} by a Vietnamese-locale Excel, a column
 * renamed or missing, a name with an unquoted comma) becomes a problem naming the file and the line;
 * the loaders and the start-up check both read through here, so they agree on what is wrong.
 */
public final class ReferenceCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(true).setTrim(true).get();

    /** What a file is, the job.yml key that names it, and its columns (names as normalised by {@link #column}). */
    public record Layout(String label, String key, List<String> required, List<String> optional) {

        public List<String> all() {
            List<String> all = new ArrayList<>(required);
            all.addAll(optional);
            return all;
        }
    }

    /** A data row: its line in the file and its cells by column name (a missing cell reads as empty). */
    public record Row(int line, Map<String, String> cells) {

        public String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v.strip();
        }
    }

    private ReferenceCsv() {
    }

    /** The file's data rows, or null when it cannot be read at all; every problem goes to {@code problems}. */
    public static List<Row> read(Path file, Layout layout, ReferenceProblems problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(file, "không tìm thấy tệp " + layout.label() + " (tìm ở " + file.toAbsolutePath().normalize()
                    + "). Sửa " + layout.key() + " trong job.yml cho đúng đường dẫn tới tệp.");
            return null;
        }
        String text;
        try {
            text = decode(file, Files.readAllBytes(file), problems);
        } catch (IOException e) {
            problems.add(file, "không mở được tệp " + layout.label() + " (" + e.getMessage() + "). Kiểm tra quyền "
                    + "đọc tệp và " + layout.key() + " trong job.yml.");
            return null;
        }
        if (text == null) {
            return null;
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        LineIndex lines = new LineIndex(text);
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            for (CSVRecord r : parser) {
                records.add(r);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            int line = records.isEmpty() ? 1 : lines.lineOf(records.get(records.size() - 1).getCharacterPosition()) + 1;
            problems.add(file, line, "có dấu ngoặc kép (\") mở mà không đóng. Sửa dòng này, hoặc mở tệp trong Excel "
                    + "và lưu lại dạng «CSV UTF-8 (Comma delimited)».");
            return null;
        }
        if (records.isEmpty()) {
            problems.add(file, "tệp " + layout.label() + " trống. Dòng đầu cần tên các cột: "
                    + String.join(", ", layout.all()) + ".");
            return null;
        }
        CSVRecord header = records.get(0);
        List<String> columns = header.stream().map(ReferenceCsv::column).toList();
        if (!headerUsable(file, layout, columns, text.lines().findFirst().orElse(""), problems)) {
            return null;
        }
        List<Row> rows = new ArrayList<>();
        for (CSVRecord r : records.subList(1, records.size())) {
            int line = lines.lineOf(r.getCharacterPosition());
            Map<String, String> cells = new HashMap<>();
            boolean blank = true;
            for (int i = 0; i < r.size() && i < columns.size(); i++) {
                String v = r.get(i);
                blank &= v.isBlank();
                cells.putIfAbsent(columns.get(i), v);
            }
            if (r.size() > columns.size()) {
                problems.add(file, line, "có " + r.size() + " ô nhưng dòng tiêu đề chỉ có " + columns.size()
                        + " cột; có lẽ một giá trị chứa dấu phẩy mà không đặt trong ngoặc kép. Đặt giá trị đó "
                        + "trong ngoặc kép (\"…\"), hoặc sửa trong Excel rồi lưu lại dạng «CSV UTF-8».");
            }
            if (!blank) { // Excel writes ",,,," for rows that only look empty
                rows.add(new Row(line, cells));
            }
        }
        return rows;
    }

    /** {@code Parent code}, {@code parent-code} and {@code parent_code} name one column. */
    public static String column(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    private static boolean headerUsable(Path file, Layout layout, List<String> columns, String headerLine,
                                        ReferenceProblems problems) {
        Set<String> seen = new LinkedHashSet<>();
        boolean usable = true;
        for (String c : columns) {
            if (!c.isEmpty() && !seen.add(c)) {
                problems.add(file, 1, "cột «" + c + "» có hai lần ở dòng tiêu đề. Xóa hoặc đổi tên một cột.");
                usable = false;
            }
        }
        List<String> missing = layout.required().stream().filter(c -> !seen.contains(c)).toList();
        if (!missing.isEmpty()) {
            String separator = headerLine.indexOf(',') < 0 && headerLine.indexOf(';') >= 0 ? "dấu chấm phẩy (;)"
                    : headerLine.indexOf(',') < 0 && headerLine.indexOf('\t') >= 0 ? "dấu Tab" : null;
            if (separator != null) {
                problems.add(file, 1, "các cột được ngăn cách bằng " + separator + ", tonghop cần dấu phẩy (,). "
                        + "Mở tệp trong Excel và lưu lại dạng «CSV UTF-8 (Comma delimited)» (Excel đặt vùng Việt Nam "
                        + "ghi dấu chấm phẩy), hoặc thay dấu ngăn cách bằng dấu phẩy.");
                return false;
            }
        }
        Set<String> unknown = new LinkedHashSet<>(seen);
        layout.all().forEach(unknown::remove);
        for (String c : missing) {
            String similar = similar(c, unknown);
            problems.add(file, 1, "thiếu cột «" + c + "»" + (similar == null ? "" : " (có cột «" + similar
                    + "», có phải là nó?)") + ". Dòng tiêu đề của tệp " + layout.label() + " cần các cột: "
                    + String.join(", ", layout.all()) + ".");
            usable = false;
        }
        for (String c : layout.optional()) {
            String similar = seen.contains(c) ? null : similar(c, unknown);
            if (similar != null) {
                problems.add(file, 1, "cột «" + similar + "» không phải tên cột tonghop biết; có phải «" + c
                        + "»? Đổi tên cột thành «" + c + "».");
            }
        }
        return usable;
    }

    /** The unknown column that looks like {@code wanted} ({@code parent}, {@code parentcode}, {@code e_mail}), or null. */
    private static String similar(String wanted, Set<String> candidates) {
        String w = wanted.replace("_", "");
        String best = null;
        double bestRatio = 0.6;
        for (String c : candidates) {
            String k = c.replace("_", "");
            double r = k.isEmpty() ? 0 : w.startsWith(k) || k.startsWith(w) ? 0.9 : Similarity.ratio(w, k);
            if (r >= bestRatio) {
                best = c;
                bestRatio = r;
            }
        }
        return best;
    }

    /** The text, or null (and a problem naming the first bad line) when the bytes are not UTF-8. */
    private static String decode(Path file, byte[] bytes, ReferenceProblems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            problems.add(file, line, "tệp không được lưu bằng mã UTF-8 (có lẽ Excel đã lưu dạng «CSV» thường, mã "
                    + "Windows), nên chữ có dấu sẽ đọc sai. Mở tệp trong Excel và lưu lại dạng «CSV UTF-8 (Comma "
                    + "delimited)».");
            return null;
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** Line numbers of character positions. */
    private static final class LineIndex {
        private final List<Integer> starts = new ArrayList<>();

        LineIndex(String text) {
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
        }

        int lineOf(long position) {
            int lo = 0;
            int hi = starts.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (starts.get(mid) <= position) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo + 1;
        }
    }
}
