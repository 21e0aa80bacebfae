package vn.tonghop.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.tonghop.text.LegacyVietnamese.Encoding;
import vn.tonghop.text.LegacyVietnamese.FontHint;

/**
 * TCVN3 and VNI to Unicode: every letter with every tone, both ways; the published codes; the
 * issue's examples; fonts; and the statistics that decide where fonts say nothing.
 */
class LegacyVietnameseTest {

    static final FontHint VN_TIME = new FontHint(Encoding.TCVN3, false);
    static final FontHint VN_TIME_H = new FontHint(Encoding.TCVN3, true);
    static final FontHint VNI_TIMES = new FontHint(Encoding.VNI, false);

    /** a ă â e ê i o ô ơ u ư y with none, sắc, huyền, hỏi, ngã, nặng, composed independently of the class. */
    static List<String> lowercaseLetters() {
        String[] tones = {"", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"};
        List<String> out = new ArrayList<>();
        for (char base : "aăâeêioôơuưy".toCharArray()) {
            for (String tone : tones) {
                out.add(Normalizer.normalize(base + tone, Normalizer.Form.NFC));
            }
        }
        out.add("đ");
        return out;
    }

    @Test
    void everyLetterWithEveryToneGoesToTcvn3AndBack() {
        Map<String, String> codes = new HashMap<>();
        for (String lower : lowercaseLetters()) {
            String upper = lower.toUpperCase(Locale.ROOT);
            String code = LegacyVietnamese.fromUnicode(lower, Encoding.TCVN3);
            assertThat(code).as(lower).hasSize(1);
            assertThat(code.charAt(0)).as(lower).isLessThanOrEqualTo('\u00FF');
            assertThat(codes.put(code, lower)).as("one code per letter: " + code).isNull();
            assertThat(LegacyVietnamese.toUnicode(code, VN_TIME)).isEqualTo(lower);
            // capitals: in .VnTimeH the lowercase code draws the capital
            assertThat(LegacyVietnamese.toUnicode(code, VN_TIME_H)).isEqualTo(upper);
            String upperCode = LegacyVietnamese.fromUnicode(upper, Encoding.TCVN3);
            String readBack = LegacyVietnamese.toUnicode(upperCode,
                    LegacyVietnamese.tcvn3Capitals(upper) ? VN_TIME_H : VN_TIME);
            assertThat(readBack).as(upper).isEqualTo(upper);
        }
        assertThat(codes).hasSize(12 * 6 + 1);
    }

    @Test
    void tcvn3HasItsOwnCodesForTheCapitalsWithoutTone() {
        assertThat(LegacyVietnamese.fromUnicode("ĂÂÊÔƠƯĐ", Encoding.TCVN3)).isEqualTo("¡¢£¤¥¦§");
        assertThat(LegacyVietnamese.toUnicode("¡¢£¤¥¦§", VN_TIME)).isEqualTo("ĂÂÊÔƠƯĐ");
        assertThat(LegacyVietnamese.tcvn3Capitals("ĂÂÊÔƠƯĐ Tỷ lệ")).isFalse();
        assertThat(LegacyVietnamese.tcvn3Capitals("Ứng dụng")).isTrue();
    }

    @Test
    void everyLetterWithEveryToneGoesToVniAndBack() {
        Map<String, String> codes = new HashMap<>();
        for (String lower : lowercaseLetters()) {
            for (String letter : List.of(lower, lower.toUpperCase(Locale.ROOT))) {
                String code = LegacyVietnamese.fromUnicode(letter, Encoding.VNI);
                assertThat(code).as(letter).hasSizeBetween(1, 2);
                assertThat(code.chars()).as(letter).allMatch(c -> c <= 0xFF);
                assertThat(codes.put(code, letter)).as("one code per letter: " + code).isNull();
                assertThat(LegacyVietnamese.toUnicode(code, VNI_TIMES)).isEqualTo(letter);
                // inside a word too: the letter's code does not run into its neighbours
                assertThat(LegacyVietnamese.toUnicode("ng" + code + "n", VNI_TIMES)).isEqualTo("ng" + letter + "n");
            }
        }
        assertThat(codes).hasSize(2 * (12 * 6 + 1));
    }

    /** The published tables, transcribed here letter by letter (not derived from the class's tables). */
    @Test
    void tablesAreThePublishedOnes() {
        String unicode = "àáảãạ ằắẳẵặ ầấẩẫậ đ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự ỳýỷỹỵ ăâêôơư";
        String tcvn3 = "µ¸¶·¹ »¾¼½Æ ÇÊÈÉË ® ÌÐÎÏÑ ÒÕÓÔÖ ×ÝØÜÞ ßãáâä åèæçé êíëìî ïóñòô õøö÷ù úýûüþ ¨©ª«¬\u00AD";
        assertThat(LegacyVietnamese.toUnicode(tcvn3, VN_TIME)).isEqualTo(unicode);
        assertThat(LegacyVietnamese.fromUnicode(unicode, Encoding.TCVN3)).isEqualTo(tcvn3);

        String[] vni = {"aø", "aù", "aû", "aõ", "aï", "aè", "aé", "aú", "aü", "aë", "aà", "aá", "aå", "aã", "aä", "ñ",
                "eø", "eù", "eû", "eõ", "eï", "eà", "eá", "eå", "eã", "eä", "ì", "í", "æ", "ó", "ò",
                "oø", "où", "oû", "oõ", "oï", "oà", "oá", "oå", "oã", "oä", "ôø", "ôù", "ôû", "ôõ", "ôï",
                "uø", "uù", "uû", "uõ", "uï", "öø", "öù", "öû", "öõ", "öï", "yø", "yù", "yû", "yõ", "î",
                "aê", "aâ", "eâ", "oâ", "ô", "ö"};
        String letters = unicode.replace(" ", "");
        assertThat(vni).hasSize(letters.length());
        for (int i = 0; i < vni.length; i++) {
            String letter = String.valueOf(letters.charAt(i));
            assertThat(LegacyVietnamese.toUnicode(vni[i], VNI_TIMES)).as(vni[i]).isEqualTo(letter);
            assertThat(LegacyVietnamese.toUnicode(vni[i].toUpperCase(Locale.ROOT), VNI_TIMES))
                    .isEqualTo(letter.toUpperCase(Locale.ROOT));
        }
    }

    @Test
    void theIssuesExamplesReadAsUnicode() {
        assertThat(LegacyVietnamese.toUnicode("Tû lÖ ®i häc ®óng ®é tuæi", Encoding.TCVN3))
                .isEqualTo("Tỷ lệ đi học đúng độ tuổi");
        // VNI writes ỷ as y + û: "Tyû" (the issue's "Të" is a typo: ë is the mark of ặ)
        assertThat(LegacyVietnamese.toUnicode("Tyû leä ñi hoïc ñuùng ñoä tuoåi", Encoding.VNI))
                .isEqualTo("Tỷ lệ đi học đúng độ tuổi");
        assertThat(LegacyVietnamese.toUnicode("Tr\u00ADêng TiÓu häc T©n Thµnh B2", Encoding.TCVN3))
                .isEqualTo("Trường Tiểu học Tân Thành B2");
        assertThat(LegacyVietnamese.toUnicode("Tröôøng Tieåu hoïc Taân Thaønh B2", Encoding.VNI))
                .isEqualTo("Trường Tiểu học Tân Thành B2");
        assertThat(LegacyVietnamese.toUnicode("b¶ng ph©n kú thùc hiÖn chØ tiªu", VN_TIME_H))
                .isEqualTo("BẢNG PHÂN KỲ THỰC HIỆN CHỈ TIÊU");
        assertThat(LegacyVietnamese.toUnicode("BAÛNG PHAÂN KYØ THÖÏC HIEÄN CHÆ TIEÂU", VNI_TIMES))
                .isEqualTo("BẢNG PHÂN KỲ THỰC HIỆN CHỈ TIÊU");
    }

    @Test
    void asciiStaysAsItIs() {
        String ascii = "STT 99,00 < 0,20 >99,00 11/20 Phase 2022-2025 TW, Tinh";
        assertThat(LegacyVietnamese.toUnicode(ascii, Encoding.TCVN3)).isEqualTo(ascii);
        assertThat(LegacyVietnamese.toUnicode(ascii, Encoding.VNI)).isEqualTo(ascii);
    }

    @Test
    void fontsNameTheirEncoding() {
        assertThat(LegacyVietnamese.fontHint(".VnTime")).isEqualTo(VN_TIME);
        assertThat(LegacyVietnamese.fontHint(".VnArial")).isEqualTo(VN_TIME);
        assertThat(LegacyVietnamese.fontHint(".VnTimeH")).isEqualTo(VN_TIME_H);
        assertThat(LegacyVietnamese.fontHint(".VnArialH")).isEqualTo(VN_TIME_H);
        assertThat(LegacyVietnamese.fontHint("VNI-Times")).isEqualTo(VNI_TIMES);
        assertThat(LegacyVietnamese.fontHint("VNI-Helve")).isEqualTo(VNI_TIMES);
        assertThat(LegacyVietnamese.fontHint("Times New Roman")).isNull();
        assertThat(LegacyVietnamese.fontHint("Calibri")).isNull();
        assertThat(LegacyVietnamese.fontHint(null)).isNull();
    }

    @Test
    void unicodeOnlyLettersMarkTextAsUnicode() {
        assertThat(LegacyVietnamese.hasUnicodeVietnamese("Tỷ lệ")).isTrue();
        assertThat(LegacyVietnamese.hasUnicodeVietnamese("Đạt")).isTrue();
        assertThat(LegacyVietnamese.hasUnicodeVietnamese(Normalizer.normalize("Hà Nội", Normalizer.Form.NFD))).isTrue();
        assertThat(LegacyVietnamese.hasUnicodeVietnamese("Tû lÖ ®i häc")).isFalse();
        assertThat(LegacyVietnamese.hasUnicodeVietnamese("Có")).isFalse();
    }

    static LegacyVietnamese.Evidence evidence(String... texts) {
        LegacyVietnamese.Evidence e = new LegacyVietnamese.Evidence();
        for (String t : texts) {
            e.add(t);
        }
        return e;
    }

    static final String[] UNICODE_TEXT = {
            "Tỷ lệ đi học đúng độ tuổi", "Tỷ lệ trẻ 06 tuổi vào lớp 1", "Giáo viên có bằng ĐHSP",
            "Trường đạt chuẩn quốc gia", "Tỷ lệ hoàn thành cấp học", "Chưa đánh giá", "Có", "Không", "Đạt",
            "Học sinh diện chính sách được hỗ trợ chi phí học tập", "Xếp hạng toàn đoàn tại Hội khỏe Phù Đổng",
            "Ứng dụng công nghệ thông tin, chuyển đổi số", "quân số", "hoàn thành", "thuê khoán"};

    @Test
    void statisticsLeaveUnicodeEnglishAndAsciiAlone() {
        assertThat(evidence(UNICODE_TEXT).verdict()).isNull();
        String[] nfd = new String[UNICODE_TEXT.length];
        for (int i = 0; i < nfd.length; i++) {
            nfd[i] = Normalizer.normalize(UNICODE_TEXT[i], Normalizer.Form.NFD);
        }
        assertThat(evidence(nfd).verdict()).isNull();
        assertThat(evidence("Indicator", "Current value", "Target 2025", "School", "99,00", "< 0,20", "11/20",
                "TW, Tinh", "Hien trang 9/2023").verdict()).isNull();
        // Western text with the odd Latin-1 letter: not enough to call it VNI
        assertThat(evidence("Café où naïve", "Müller", "São Paulo").verdict()).isNull();
    }

    @Test
    void statisticsRecogniseTcvn3AndVni() {
        String[] tcvn3 = new String[UNICODE_TEXT.length];
        String[] vni = new String[UNICODE_TEXT.length];
        for (int i = 0; i < UNICODE_TEXT.length; i++) {
            tcvn3[i] = LegacyVietnamese.fromUnicode(UNICODE_TEXT[i], Encoding.TCVN3);
            vni[i] = LegacyVietnamese.fromUnicode(UNICODE_TEXT[i], Encoding.VNI);
        }
        assertThat(evidence(tcvn3).verdict()).isEqualTo(Encoding.TCVN3);
        assertThat(evidence(vni).verdict()).isEqualTo(Encoding.VNI);
        // one short cell is too little to tell
        assertThat(evidence("§¹t").verdict()).isNull();
        assertThat(evidence("Ñaït").verdict()).isNull();
    }
}
