package vn.tonghop.kind.phasing.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.tonghop.domain.Unit;
import vn.tonghop.value.ValueParser;

/**
 * The line a district's table carries per indicator says how its figure was made from its schools'
 * answers and which units its counts are; a line written before it said so (or a table filled by hand)
 * still reads, as one figure of the district's.
 */
class BasisTextTest {

    private static final Unit SONG_TRA = new Unit("PGD-ST", "Phòng Giáo dục và Đào tạo huyện Sông Trà", "huyen",
            "SGD-DT", null, null);

    @Test
    void howAFigureWasMadeAndWhatTheCountsCountGoUpWithTheLine() {
        Basis share = new Basis.Builder().value(new BigDecimal("66.6666666667"), null, BigDecimal.TEN, null)
                .made(new Basis.Made("Sông Trà; «Phòng» 1", 6, 9, true)).build();
        String line = BasisText.encode(1, 1, "huyen", Map.of("current", share), null, null);
        assertThat(line).isEqualTo("tonghop-basis-1;e=1;r=1;c=huyen;current=1,66.6666666667,1,10,666.6666666670,0,"
                + "66.6666666667,66.6666666667,66.6666666667||Sông Trà%3B «Phòng» 1*6*9*u");
        BasisText.Parsed p = BasisText.decode(line);
        assertThat(p.countsOf()).isEqualTo("huyen");
        assertThat(p.parts().get("current").made()).containsExactly(new Basis.Made("Sông Trà; «Phòng» 1", 6, 9, true));
        assertThat(p.parts().get("current").made().get(0).vietnamese()).isEqualTo("6/9 trường trả lời Có/Đạt");
        assertThat(new Basis.Made("x", 0, 7, false).vietnamese()).isEqualTo("không tính 7 trường trả lời Có/Chưa");

        UnitReport table = new UnitReport(SONG_TRA, "PGD-ST.xlsx", "00", Map.of("TW.1.d",
                Map.of(BasisText.MEASURE, new ValueParser().parse(line))));
        assertThat(table.figureCounts("TW.1.d")).containsExactly(1, 1);
    }

    @Test
    void aLineThatDoesNotSayIsOneFigureOfTheDistrict() {
        // written before: its counts were the district's schools (10 expected, 9 reported), no «made», no «c»
        String old = "tonghop-basis-1;e=10;r=9;current=1,65,1,10,650,0,65,65,65|";
        BasisText.Parsed p = BasisText.decode(old);
        assertThat(p.countsOf()).isNull();
        assertThat(p.parts().get("current").made()).isEmpty();
        assertThat(p.parts().get("current").sum()).isEqualByComparingTo("65");
        ValueParser parser = new ValueParser();
        UnitReport before = new UnitReport(SONG_TRA, "PGD-ST.xlsx", "00", Map.of("TW.1.d",
                Map.of(BasisText.MEASURE, parser.parse(old)), "TW.1.a", Map.of(BasisText.MEASURE, parser.parse(old
                .replace("e=10", "e=13")))));
        assertThat(before.figureCounts("TW.1.d")).containsExactly(1, 1);
        // filled by hand: the row's value is the district's own
        UnitReport byHand = new UnitReport(SONG_TRA, "PGD-ST.xlsx", "00", Map.of("TW.1.d",
                Map.of("current", parser.parse("65"))));
        assertThat(byHand.figureCounts("TW.1.d")).containsExactly(1, 1);
        assertThat(byHand.figureCounts("TW.2")).containsExactly(1, 0);
        // the units under the district are its schools, as a line counting them says, not a district's count
        String districtLine = "tonghop-basis-1;e=1;r=1;c=huyen;current=1,65,1,10,650,0,65,65,65|";
        Map<String, Map<String, vn.tonghop.value.ParsedValue>> lines = new java.util.LinkedHashMap<>();
        lines.put("TW.1.d", Map.of(BasisText.MEASURE, parser.parse(districtLine))); // read first
        lines.put("TW.1.a", Map.of(BasisText.MEASURE, parser.parse(old.replace("e=10", "e=13"))));
        UnitReport now = new UnitReport(SONG_TRA, "PGD-ST.xlsx", "00", lines);
        assertThat(now.expectedUnder(0)).isEqualTo(13);
        assertThat(List.of(now.figureCounts("TW.1.d")[0], now.figureCounts("TW.1.d")[1])).containsExactly(1, 1);
    }
}
