package vn.tonghop.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The fast paths give exactly what the regular expressions they replace gave. */
class VietnameseTextTest {

    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^<>]{0,40}>");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");

    private static String cleanAsBefore(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFC);
        if (t.indexOf('<') >= 0) {
            t = HTML_TAG.matcher(t).replaceAll(" ");
        }
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    private static String foldAsBefore(String s) {
        String t = cleanAsBefore(s).toLowerCase(Locale.ROOT);
        t = Normalizer.normalize(t, Normalizer.Form.NFD);
        t = COMBINING.matcher(t).replaceAll("");
        return t.replace('đ', 'd').replace('Đ', 'd');
    }

    private static String foldWordsAsBefore(String s) {
        return SPACES.matcher(foldAsBefore(s).replaceAll("[^a-z0-9%/]+", " ")).replaceAll(" ").strip();
    }

    @Test
    void whatClerksTypeFoldsAsBefore() {
        String[] typed = {"Trường  Tiểu\nhọc", " Tỷ lệ huy động trẻ 5 tuổi ra lớp\u00A0(%) ", "Đạt", "chưa  đạt.",
                "Hoa\u0300n tha\u0300nh", "<b>Số</b> lớp", "a\u2007b\u202Fc\u200Bd\uFEFF", "\u3000Có\u3000", "x",
                "  ", "", "92, 70", "TW.1.c", "Trường đạt chuẩn quốc gia, %", "\t\r\n", "a \u2028 b"};
        for (String s : typed) {
            assertThat(VietnameseText.clean(s)).as(s).isEqualTo(cleanAsBefore(s));
            assertThat(VietnameseText.fold(s)).as(s).isEqualTo(foldAsBefore(s));
            assertThat(VietnameseText.foldWords(s)).as(s).isEqualTo(foldWordsAsBefore(s));
        }
    }

    @Test
    void anyTextOfTheTrickyCharactersFoldsAsBefore() {
        char[] alphabet = {'a', 'Đ', 'đ', 'ư', 'ơ', '\u0300', '\u0323', ' ', ' ', '\t', '\n', '\u00A0', '\u2007',
                '\u202F', '\u200B', '\uFEFF', '\u3000', '\u2028', '<', '>', 'b', '/', '%', '9', ',', '.', 'Ệ'};
        Random random = new Random(15);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = b.toString();
            assertThat(VietnameseText.clean(s)).as("clean %s", s.chars().boxed().toList()).isEqualTo(cleanAsBefore(s));
            assertThat(VietnameseText.fold(s)).as("fold %s", s.chars().boxed().toList()).isEqualTo(foldAsBefore(s));
            assertThat(VietnameseText.foldWords(s)).as("foldWords %s", s.chars().boxed().toList())
                    .isEqualTo(foldWordsAsBefore(s));
        }
    }

    @Test
    void aLongTextIsFoldedEachTimeAndStillRight() {
        String paragraph = "Nâng cao chất lượng đội ngũ giáo viên, ".repeat(20);
        assertThat(VietnameseText.foldWords(paragraph)).isEqualTo(foldWordsAsBefore(paragraph));
        assertThat(VietnameseText.foldWords(paragraph)).isEqualTo(foldWordsAsBefore(paragraph));
    }

    /** The texts taken as their own keys, without the memo, are the ones folding would give back unchanged. */
    @Test
    void aTextTakenAsItsOwnKeyIsWhatFoldingGives() {
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of("95", "95%", "1,234.5", "0.5",
                "12/20", "a b", "a  b", " a", "a ", "abc", "ABC", "a<b>c", "<b>", "x", "-", "…", "a\tb", "a\nb",
                "a\u00A0b", "a\u0085", "\u2028a", "Đạt", "đ", "e\u0301", "mức 2", "co", "khong dat", "a/b%", "~!@#$",
                "M<a<b>>ỨC", "m<b>ức", "<<i>b>Mức 1", "mu\u0301c", "Mức<br>1", "Mứ<a >c"));
        for (char c = 0; c < 0x250; c++) { // every character alone, inside and at the ends
            texts.add(String.valueOf(c));
            texts.add("a" + c + "b");
            texts.add("1" + c);
            texts.add(c + "1");
            texts.add("x " + c + " y");
        }
        for (String t : texts) {
            String clean = t.isEmpty() ? "" : VietnameseText.cleanOnce(t);
            if (VietnameseText.isOwnClean(t)) {
                assertThat(clean).as("clean of %s", t).isEqualTo(t);
            }
            assertThat(VietnameseText.clean(t)).as("clean of %s", t).isEqualTo(clean);
            String fold = VietnameseText.foldOnce(t);
            String words = VietnameseText.foldWordsOnce(t);
            if (VietnameseText.isOwnFold(t)) {
                assertThat(fold).as("fold of %s", t).isEqualTo(t);
            }
            if (VietnameseText.isOwnWordFold(t)) {
                assertThat(words).as("foldWords of %s", t).isEqualTo(t);
            }
            assertThat(VietnameseText.fold(t)).as("fold of %s", t).isEqualTo(fold);
            // the self-assessment's header search skips a row whose folded texts have no "muc": its words have none
            if (VietnameseText.foldWords(VietnameseText.clean(t + "muc")).contains("muc")) {
                assertThat(VietnameseText.fold(t + "muc")).as("fold of %smuc", t).contains("muc");
            }
            if (VietnameseText.foldWords(VietnameseText.clean("m" + t + "uc")).contains("muc")) {
                assertThat(VietnameseText.fold("m" + t + "uc")).as("fold of m%suc", t).contains("muc");
            }
            assertThat(VietnameseText.foldWords(t)).as("foldWords of %s", t).isEqualTo(words);
        }
        assertThat(VietnameseText.isOwnFold("95%")).isTrue();
        assertThat(VietnameseText.isOwnClean("TT 1.2")).isTrue();
        assertThat(VietnameseText.isOwnWordFold("95%")).isTrue();
    }
}
