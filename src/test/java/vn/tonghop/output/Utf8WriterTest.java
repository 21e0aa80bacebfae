package vn.tonghop.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link Utf8Writer} writes the bytes {@code OutputStreamWriter} writes for the same writes: Vietnamese,
 * ASCII, characters of three and four bytes, lone surrogates, a pair split between two writes, a high
 * surrogate left at the end; and closing it twice stays quiet, as a writer must.
 */
class Utf8WriterTest {

    private static final String[] PIECES = {"Trường Tiểu học Hòa An", "TW.1.a", ",", "\"", "\r\n", "𝔘𝔫𝔦",
        "\uD835", "\uDD18", "x\uD835y", "\uDD18z", "€ ₫", "\uFEFF", "\uFFFE\uFFFF", "\u0000\u0007", "a".repeat(70_000),
        "ạ".repeat(30_000), "", "<c r=\"", "0".repeat(32), "1".repeat(33), "ab€cd", "7", "a\uD835"};

    @Test
    void writesWhatOutputStreamWriterWritesForTheSameWrites() throws IOException {
        Random random = new Random(14);
        for (int round = 0; round < 200; round++) {
            ByteArrayOutputStream theirs = new ByteArrayOutputStream();
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            try (Writer a = new OutputStreamWriter(theirs, StandardCharsets.UTF_8);
                 Writer b = new Utf8Writer(ours, 64 + random.nextInt(200))) {
                int writes = 1 + random.nextInt(30);
                for (int w = 0; w < writes; w++) {
                    String s = PIECES[random.nextInt(PIECES.length)];
                    switch (random.nextInt(5)) {
                        case 0 -> {
                            a.write(s);
                            b.write(s);
                        }
                        case 1 -> {
                            int from = s.isEmpty() ? 0 : random.nextInt(s.length());
                            a.write(s, from, s.length() - from);
                            b.write(s, from, s.length() - from);
                        }
                        case 4 -> {
                            // a middle part: it may end between the two halves of a pair
                            int from = s.isEmpty() ? 0 : random.nextInt(s.length());
                            int to = from + random.nextInt(s.length() - from + 1);
                            a.write(s, from, to - from);
                            b.write(s, from, to - from);
                        }
                        case 2 -> {
                            a.write(s.toCharArray());
                            b.write(s.toCharArray());
                        }
                        default -> {
                            for (char c : s.substring(0, Math.min(s.length(), 50)).toCharArray()) {
                                a.write(c);
                                b.write(c);
                            }
                        }
                    }
                }
            }
            assertThat(ours.toByteArray()).as("round %d", round).isEqualTo(theirs.toByteArray());
        }
    }

    @Test
    void closedTwiceStaysQuiet() throws IOException {
        int[] closes = {0};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer w = new Utf8Writer(new FilterOutputStream(bytes) {
            @Override
            public void close() throws IOException {
                closes[0]++;
                super.close();
            }
        });
        w.write("<row r=\"1\"/>");
        w.close();
        // SXSSF closes a sheet's writer when the workbook is written and again when it is disposed
        w.close();

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("<row r=\"1\"/>");
        assertThat(closes[0]).isEqualTo(1);
    }
}
