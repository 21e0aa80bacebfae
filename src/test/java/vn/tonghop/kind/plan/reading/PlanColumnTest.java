package vn.tonghop.kind.plan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.tonghop.text.VietnameseText;

class PlanColumnTest {

    /**
     * The header search skips a row none of whose cells may name the criterion's column: every cell {@link
     * PlanColumn#of} gives that column for is one {@link PlanColumn#mayName} lets through.
     */
    @Test
    void aCellNamingTheCriterionIsNeverSkipped() {
        List<String> cells = new ArrayList<>(List.of("Tiêu chuẩn, tiêu chí", "Tiêu chí", "Nội dung", "Nội dung công việc",
                "Tiêu chí cần cải tiến", "TT", "Công việc/giải pháp", "Thời gian thực hiện", "Kết quả cần đạt",
                "tieu chuan", "  noi dung  ", "x".repeat(89) + " tieu chi", "x".repeat(95) + " tieu chi", "95", ""));
        int criteria = 0;
        for (String cell : cells) {
            String folded = VietnameseText.fold(cell);
            if (PlanColumn.of(folded) == PlanColumn.CRITERION) {
                criteria++;
                assertThat(PlanColumn.CRITERION.mayName(folded)).as(cell).isTrue();
            }
        }
        assertThat(criteria).isGreaterThanOrEqualTo(4);
        assertThat(PlanColumn.CRITERION.mayName(VietnameseText.fold("Tỷ lệ học sinh hoàn thành chương trình"))).isFalse();
        assertThat(PlanColumn.CRITERION.mayName("95")).isFalse();
    }
}
