package vn.tonghop.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** {@link CsvFields} writes the lines commons-csv's default format writes, field for field, byte for byte. */
class CsvFieldsTest {

    private static final String[] VALUES = {null, "", " ", "a", "#", "!x", "$x", "'=1+1", "=1", "Trường Tiểu học",
        "a,b", "say \"hi\"", "\"", "\"\"", "line\nbreak", "cr\r", "tail ", "tail\t", "tab\tinside", "92.7", "<0.2",
        "'Phụ lục II'!D11", "11/20", "a\u0000", "\u00A0nbsp", "Đạt", "x".repeat(300), "𝔘𝔫𝔦", "-3", "@x", "+84"};

    @Test
    void writesWhatCommonsCsvWrites() throws IOException {
        Random random = new Random(14);
        for (int round = 0; round < 2_000; round++) {
            String[] line = new String[1 + random.nextInt(14)];
            for (int i = 0; i < line.length; i++) {
                line[i] = VALUES[random.nextInt(VALUES.length)];
            }
            StringWriter theirs = new StringWriter();
            try (CSVPrinter csv = new CSVPrinter(theirs, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
                csv.printRecord((Object[]) line);
            }
            StringWriter ours = new StringWriter();
            CsvFields.line(ours, line);
            assertThat(ours.toString()).as("%s", List.of(printable(line))).isEqualTo(theirs.toString());
        }
    }

    private static List<String> printable(String[] line) {
        List<String> out = new ArrayList<>();
        for (String s : line) {
            out.add(String.valueOf(s));
        }
        return out;
    }
}
