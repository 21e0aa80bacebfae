package vn.tonghop.kind.phasing.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
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
    void aLineTooLongDropsInTurnTheValuesTheUnitsAndTheListing() {
        // a district's 150 values for its median overflow the line; its 60 units' values still fit
        Basis.Builder district = new Basis.Builder();
        List<BasisText.UnitValues> few = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            district.value(new BigDecimal("12345678901234567890.123456789").add(BigDecimal.valueOf(i)), null, null,
                    null);
        }
        for (int i = 0; i < 60; i++) {
            few.add(new BasisText.UnitValues(i == 0 ? "T;01" : "T" + i, null, Map.of("current", "9" + i)));
        }
        BasisText.Parsed valuesDropped = BasisText.decode(BasisText.encode(150, 150, Map.of("current", district.build()),
                few, List.of(new BasisText.DoubtfulValue("current", "T7", "9,7%"))));
        assertThat(valuesDropped.parts().get("current").values()).isNull();
        assertThat(valuesDropped.units()).hasSize(60);
        assertThat(valuesDropped.units().get(0).code()).isEqualTo("T;01"); // escaped in the line, read back
        assertThat(valuesDropped.units().get(59).values()).containsEntry("current", "959");
        assertThat(valuesDropped.doubts()).containsExactly(new BasisText.DoubtfulValue("current", "T7", "9,7%"));

        // the longest line that fits is kept whole: the last unit added before the units were dropped
        Basis two = new Basis.Builder().value(BigDecimal.ONE, null, null, null).value(BigDecimal.TEN, null, null, null)
                .build();
        List<BasisText.UnitValues> upTo = new ArrayList<>();
        String whole = null;
        for (int i = 0; ; i++) {
            upTo.add(new BasisText.UnitValues("T" + i, null, Map.of("current", "7" + i)));
            String next = BasisText.encode(i + 1, i + 1, Map.of("current", two), upTo, null);
            if (next.contains(";u=*")) {
                break;
            }
            whole = next;
        }
        assertThat(whole.length()).isBetween(BasisText.MAX - 20, BasisText.MAX);
        BasisText.Parsed fits = BasisText.decode(whole);
        assertThat(fits.parts().get("current").values()).hasSize(2);
        assertThat(fits.units()).hasSize(upTo.size() - 1);

        // a province of 10,000 schools: the units overflow, the listing still fits
        Basis listed = new Basis.Builder().value(BigDecimal.ONE, null, null, new Basis.Listed("Huyện 1", "Đạt"))
                .build();
        List<BasisText.UnitValues> many = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(new BasisText.UnitValues("T" + i, null, Map.of("current", String.valueOf(i))));
        }
        String line = BasisText.encode(10_000, 9_990, Map.of("current", listed), many, List.of());
        assertThat(line).hasSizeLessThanOrEqualTo(BasisText.MAX).contains(";u=*");
        BasisText.Parsed unitsDropped = BasisText.decode(line);
        assertThat(unitsDropped.units()).isNull();
        assertThat(unitsDropped.reported()).isEqualTo(9_990);
        assertThat(unitsDropped.parts().get("current").listing()).containsExactly(new Basis.Listed("Huyện 1", "Đạt"));

        // and a listing that overflows too is dropped last, the counts and sums kept
        Basis.Builder longListing = new Basis.Builder();
        for (int i = 0; i < 400; i++) {
            longListing.value(BigDecimal.TEN, null, null, new Basis.Listed("Trường số " + i, "Chưa đạt"));
        }
        BasisText.Parsed listingDropped = BasisText.decode(BasisText.encode(400, 400,
                Map.of("current", longListing.build()), many, null));
        assertThat(listingDropped.parts().get("current").listing()).isEmpty();
        assertThat(listingDropped.parts().get("current").sum()).isEqualByComparingTo("4000");
        assertThat(listingDropped.parts().get("current").units()).isEqualTo(400);
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
