package vn.tonghop.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.UnitHint;
import vn.tonghop.value.ValueParser;

class CompactValuesTest {

    private final ValueParser parser = new ValueParser();

    @Test
    void aUnitsFrozenValuesAnswerAsTheMapsTheyWereMadeFromAndCannotChange() {
        CompactValues compact = new CompactValues();
        Map<String, Map<String, ParsedValue>> unit = new HashMap<>();
        unit.put("TW.1.c", row("96,67", "99,8", "100"));
        unit.put("TH.2", Map.of("current", parser.parse("12", UnitHint.NONE)));
        unit.put("", Map.of("plan_number", parser.parse("12/KH-THCS", UnitHint.NONE)));

        Map<String, Map<String, ParsedValue>> frozen = compact.freezeUnit(unit);

        assertThat(frozen).isEqualTo(unit).hasSize(3).hasSameHashCodeAs(unit);
        assertThat(frozen.keySet()).containsExactly("", "TH.2", "TW.1.c");
        assertThat(frozen.get("TW.1.c")).isEqualTo(unit.get("TW.1.c")).hasSize(3);
        assertThat(frozen.get("TW.1.c").keySet()).containsExactly("current", "phase_2025", "target_unit");
        assertThat(frozen.get("TW.1.c").get("target_unit")).isEqualTo(unit.get("TW.1.c").get("target_unit"));
        assertThat(frozen.get("TH.2").get("current")).isEqualTo(parser.parse("12", UnitHint.NONE));
        assertThat(frozen.get("TH.2").get("target_unit")).isNull();
        assertThat(frozen.get("").get("plan_number")).isEqualTo(unit.get("").get("plan_number"));
        assertThat(frozen.get("TW.9")).isNull();
        assertThat(frozen.get(null)).isNull();
        assertThat(frozen.get("TW.1.c").get(null)).isNull();
        assertThat(frozen.containsKey("TH.2")).isTrue();
        assertThat(frozen.get("TW.1.c").containsKey("phase_2025")).isTrue();
        assertThatThrownBy(() -> frozen.put("TH.2", Map.of())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.get("TH.2").put("current", null))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(compact.freezeUnit(Map.of())).isEmpty();
    }

    @Test
    void unitsWithTheSameCellsFilledShareOneLayoutAndEachKeepsItsOwnValues() {
        CompactValues compact = new CompactValues();
        Map<String, Map<String, ParsedValue>> a = Map.of("TW.1", row("90", "95", "92"), "TW.2", row("1", "2", "3"));
        Map<String, Map<String, ParsedValue>> b = Map.of("TW.1", row("80", "85", "82"), "TW.2", row("4", "5", "6"));
        // the same indicators, their measures filled otherwise: the offsets of its rows differ
        Map<String, Map<String, ParsedValue>> c = Map.of("TW.1", Map.of("current", parser.parse("70", UnitHint.NONE)),
                "TW.2", row("7", "8", "9"));

        Map<String, Map<String, ParsedValue>> fa = compact.freezeUnit(a);
        Map<String, Map<String, ParsedValue>> fb = compact.freezeUnit(b);
        Map<String, Map<String, ParsedValue>> fc = compact.freezeUnit(c);

        assertThat(fa).isEqualTo(a);
        assertThat(fb).isEqualTo(b);
        assertThat(fc).isEqualTo(c);
        // every map over the same keys answers with one key set: none kept per map once asked
        assertThat(fb.keySet()).isSameAs(fa.keySet());
        assertThat(fb.get("TW.2").keySet()).isSameAs(fa.get("TW.2").keySet()).isSameAs(fa.get("TW.1").keySet());
        assertThat(fc.get("TW.1").keySet()).containsExactly("current");
        assertThat(fc.get("TW.2").get("current")).isEqualTo(c.get("TW.2").get("current")).isNotEqualTo(fa.get("TW.2").get("current"));
        assertThat(fa.get("TW.2").get("target_unit")).isEqualTo(a.get("TW.2").get("target_unit"));
    }

    @Test
    void aUnitMetAfterTheTableOfValuesIsFullKeepsItsValuesAsTheyAre() {
        CompactValues compact = new CompactValues();
        Map<String, ParsedValue> many = new HashMap<>();
        for (int i = 1; i <= CompactValues.MAX_CODED_VALUES; i++) { // every place; 0 is null's
            many.put("m" + i, parser.parse(Integer.toString(i), UnitHint.COUNT));
        }
        Map<String, Map<String, ParsedValue>> full = Map.of("TW.1", many);
        Map<String, Map<String, ParsedValue>> past = Map.of("TW.1", Map.of("m1", parser.parse("1", UnitHint.COUNT),
                "m2", parser.parse("-7", UnitHint.COUNT)));
        Map<String, Map<String, ParsedValue>> known = Map.of("TW.1", Map.of("m1", parser.parse("65535", UnitHint.COUNT)));

        assertThat(compact.freezeUnit(full)).isEqualTo(full);
        assertThat(compact.freezeUnit(past)).isEqualTo(past);
        assertThat(compact.freezeUnit(past).get("TW.1").get("m2")).isEqualTo(parser.parse("-7", UnitHint.COUNT));
        assertThat(compact.freezeUnit(known)).isEqualTo(known);
    }

    private Map<String, ParsedValue> row(String current, String targetUnit, String phase2025) {
        return Map.of("current", parser.parse(current, UnitHint.PERCENT),
                "target_unit", parser.parse(targetUnit, UnitHint.PERCENT),
                "phase_2025", parser.parse(phase2025, UnitHint.PERCENT));
    }

    @Test
    void equalValuesAndTextsAreKeptOnce() {
        CompactValues compact = new CompactValues();
        ParsedValue a = compact.share(parser.parse("92,7", UnitHint.PERCENT));
        ParsedValue b = compact.share(parser.parse("92,7", UnitHint.PERCENT));
        String code = compact.share(new String("TW.1.c"));

        assertThat(b).isSameAs(a);
        assertThat(compact.share(new String("TW.1.c"))).isSameAs(code);
        assertThat(compact.share(parser.parse("92,70", UnitHint.PERCENT))).isNotSameAs(a);
    }
}
