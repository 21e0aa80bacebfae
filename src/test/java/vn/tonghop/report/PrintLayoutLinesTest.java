package vn.tonghop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link PrintLayout#lines} splits paragraphs and words by hand: it counts exactly the lines it counted
 * with {@code String.split("\r?\n", -1)} and {@code split("\\s+")}, on texts made of everything a split can
 * trip on (CR, LF, CRLF, tabs, runs of spaces, Unicode spaces, leading and trailing breaks, long words).
 */
class PrintLayoutLinesTest {

    @Test
    void countsWhatTheRegularExpressionsCounted() {
        String[] pieces = {"a", "Tỷ lệ", "học sinh", "\n", "\r\n", "\r", "\t", "  ", " ", "\u00a0", "\u2003",
            "\u000b", "\f", "ĐạtĐạtĐạtĐạtĐạtĐạtĐạtĐạtĐạtĐạtĐạtĐạt", "«92,7»", "-", "/", "x", ""};
        Random random = new Random(14);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                s.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = s.toString();
            for (double width : new double[] {3, 10, 30.5}) {
                for (boolean bold : new boolean[] {false, true}) {
                    assertThat(PrintLayout.lines(text, width, bold)).as("«%s» in %s", text, width)
                            .isEqualTo(withRegularExpressions(text, width, bold));
                }
            }
        }
    }

    /** The count as it was made before. */
    private static int withRegularExpressions(String text, double widthChars, boolean bold) {
        double perLine = Math.max(1, widthChars - 0.4) * 100;
        double space = PrintLayout.width(" ", bold);
        int lines = 0;
        for (String paragraph : text.split("\r?\n", -1)) {
            double used = 0;
            lines++;
            for (String word : paragraph.strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                double len = PrintLayout.width(word, bold);
                double need = used == 0 ? len : used + space + len;
                if (need <= perLine) {
                    used = need;
                    continue;
                }
                if (used > 0) {
                    lines++;
                }
                while (len > perLine) {
                    lines++;
                    len -= perLine;
                }
                used = len;
            }
        }
        return Math.max(1, lines);
    }
}
