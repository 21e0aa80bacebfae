package vn.tonghop.kind.phasing.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A unit's values carried up keep their order and read as the map they were made from. */
class FewValuesTest {

    @Test
    void theSameEntriesInTheSameOrderReadOnly() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("phase_2030", "95");
        given.put("current", "99.5");
        given.put("target_unit", null);
        BasisText.UnitValues u = new BasisText.UnitValues("87715001", "Trường Tiểu học Phú Lộc", given);

        assertThat(u.values()).isEqualTo(given).hasSameHashCodeAs(given);
        assertThat(u.values().keySet()).containsExactly("phase_2030", "current", "target_unit");
        assertThat(u.values().get("current")).isEqualTo("99.5");
        assertThat(u.values().containsKey("target_unit")).isTrue();
        assertThat(u.values().get("phase_2026")).isNull();
        assertThat(u).isEqualTo(new BasisText.UnitValues("87715001", "Trường Tiểu học Phú Lộc", given));
        assertThatThrownBy(() -> u.values().put("current", "1")).isInstanceOf(UnsupportedOperationException.class);
    }
}
