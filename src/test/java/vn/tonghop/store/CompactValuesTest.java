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
    void aFrozenMapAnswersAsTheMapItWasMadeFromAndCannotChange() {
        CompactValues compact = new CompactValues();
        Map<String, ParsedValue> row = new HashMap<>();
        row.put("current", parser.parse("96,67", UnitHint.PERCENT));
        row.put("target_unit", parser.parse("99,8", UnitHint.PERCENT));
        row.put("phase_2025", parser.parse("100", UnitHint.PERCENT));

        Map<String, ParsedValue> frozen = compact.freeze(row);

        assertThat(frozen).isEqualTo(row).hasSize(3);
        assertThat(frozen.get("target_unit")).isEqualTo(row.get("target_unit"));
        assertThat(frozen.get("phase_2024")).isNull();
        assertThat(frozen.get(null)).isNull();
        assertThat(frozen.containsKey("phase_2025")).isTrue();
        assertThat(frozen.keySet()).containsExactly("current", "phase_2025", "target_unit");
        assertThatThrownBy(() -> frozen.put("current", null)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(compact.freeze(Map.of())).isEmpty();
        // every map over the same keys answers with one key set: none kept per map once asked
        Map<String, ParsedValue> other = compact.freeze(Map.of("current", row.get("current"), "target_unit",
                row.get("current"), "phase_2025", row.get("current")));
        assertThat(other.keySet()).isSameAs(frozen.keySet()).contains("target_unit").doesNotContain("phase_2024");
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
