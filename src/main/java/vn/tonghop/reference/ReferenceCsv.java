package vn.tonghop.reference;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Reads the office's reference files: CSV with a header row, UTF-8 with or without the BOM Excel
 * writes, so staff can keep them in Excel ("Save as CSV UTF-8").
 */
final class ReferenceCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();

    private ReferenceCsv() {
    }

    /** Every record as a column-name → value map (missing columns read as empty). */
    static List<Map<String, String>> read(Path file) {
        try (Reader reader = new InputStreamReader(BOMInputStream.builder().setPath(file).get(), StandardCharsets.UTF_8)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : FORMAT.parse(reader)) {
                rows.add(r.toMap());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được tệp danh mục " + file.toAbsolutePath()
                    + " (" + e.getMessage() + "). Kiểm tra đường dẫn trong job.yml và lưu tệp dạng CSV UTF-8.", e);
        }
    }
}
