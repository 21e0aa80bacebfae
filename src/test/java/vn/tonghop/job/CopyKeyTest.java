package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;

/**
 * A district copy is carried over from an earlier run only when its key is the same: the key says whether the
 * findings the copy lists are the same, in whatever order the store gives them, and nothing else.
 */
class CopyKeyTest {

    private static List<Finding> findings(int n) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Finding("tệp " + i % 7 + ".xlsx", "U" + i % 13, "Phụ lục II", "D" + (9 + i % 40),
                    "COPIED_FIGURE_DIFFERS", Severity.WARNING, "«Trường đạt chuẩn quốc gia» ghi " + i, "" + i));
        }
        return out;
    }

    @Test
    void theSameFindingsInAnotherOrderKeepTheKey() {
        List<Finding> shuffled = findings(500);
        Collections.shuffle(shuffled, new java.util.Random(7));
        assertThat(RunOutputs.copyKey("part", shuffled)).isEqualTo(RunOutputs.copyKey("part", findings(500)))
                .hasSize(64);
    }

    @Test
    void aFindingChangedAddedRepeatedOrGoneChangesTheKey() {
        String key = RunOutputs.copyKey("part", findings(500));
        List<Finding> changed = findings(500);
        Finding f = changed.get(123);
        changed.set(123, new Finding(f.file(), f.unitCode(), f.sheet(), f.cell(), f.rule(), Severity.ERROR,
                f.message(), f.raw()));
        List<Finding> repeated = findings(500);
        repeated.add(repeated.get(0));
        assertThat(List.of(RunOutputs.copyKey("part", changed), RunOutputs.copyKey("part", findings(501)),
                RunOutputs.copyKey("part", repeated), RunOutputs.copyKey("part", findings(499)),
                RunOutputs.copyKey("other part", findings(500)), RunOutputs.copyKey("part", List.of())))
                .doesNotContain(key).doesNotHaveDuplicates();
    }
}
