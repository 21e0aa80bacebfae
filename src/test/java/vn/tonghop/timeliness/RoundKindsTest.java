package vn.tonghop.timeliness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.tonghop.domain.Unit;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.store.TimelinessStore.Receipt;
import vn.tonghop.timeliness.Timeliness.KindLine;
import vn.tonghop.timeliness.Timeliness.Status;
import vn.tonghop.timeliness.Timeliness.UnitLine;
import vn.tonghop.timeliness.TimelinessSettings.Round;

/**
 * Which kinds a round collects and which round a document answers, on an office collecting the phasing
 * table, the self-assessment and the plan: a round naming no kinds collects the first; a document naming
 * no year answers only rounds that collect its kind; before the deadline a unit owing a kind is not due yet.
 */
class RoundKindsTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate D2023 = LocalDate.of(2023, 11, 30);
    static final LocalDate D2024 = LocalDate.of(2024, 10, 15);

    static final UnitRegistry REGISTRY = new UnitRegistry(List.of(
            new Unit("SO", "Sở Giáo dục và Đào tạo Thử", "tinh", null, null, null),
            new Unit("PGD", "Phòng Giáo dục và Đào tạo huyện A", "huyen", "SO", null, null),
            new Unit("T1", "Trường Tiểu học Một", "truong", "PGD", "t1@example.vn", null),
            new Unit("T2", "Trường Tiểu học Hai", "truong", "PGD", "t2@example.vn", null)));

    static final CollectedKinds OFFICE = new CollectedKinds(titles());

    static Map<String, String> titles() {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("phasing", "Bảng phân kỳ thực hiện chỉ tiêu");
        titles.put("self_assessment", "Tổng hợp kết quả tự đánh giá");
        titles.put("plan", "Kế hoạch cải tiến chất lượng");
        return titles;
    }

    static Receipt sent(String unit, String kind, Integer year, LocalDate day, String file) {
        return new Receipt(unit, kind, year, day.atTime(9, 0).atZone(ZONE).toInstant(), file, 1);
    }

    @Test
    void aRoundNamingNoKindsCollectsTheOfficesFirstKind() {
        TimelinessSettings rounds = new TimelinessSettings(List.of(Round.of(2023, D2023)), true);
        // T1: its self-assessment on time, no table; T2: its table 3 days late
        List<Receipt> receipts = List.of(sent("T1", "self_assessment", null, D2023.minusDays(5), "t1_tdg.xlsx"),
                sent("T2", "phasing", 2023, D2023.plusDays(3), "t2_bang.xlsx"));

        Timeliness t = Timeliness.of(rounds, REGISTRY, "SO", OFFICE, receipts, D2023.plusDays(10), ZONE);

        assertThat(t.severalKinds()).isFalse();
        assertThat(t.lines()).extracting(l -> l.unit().code(), UnitLine::status, UnitLine::daysLate, UnitLine::owed)
                .containsExactly(tuple("T1", Status.MISSING, 0L, List.of("Bảng phân kỳ thực hiện chỉ tiêu")),
                        tuple("T2", Status.LATE, 3L, List.of()));
        assertThat(t.mailLines()).containsExactly("Nộp đúng hạn, đợt năm 2023 (hạn nộp 30/11/2023):",
                "- Sở Giáo dục và Đào tạo Thử: 1/2 đã nộp (0 đúng hạn, 1 trễ hạn), 1 chưa nộp (đã quá hạn)",
                "- Phòng Giáo dục và Đào tạo huyện A: 1/2 đã nộp (0 đúng hạn, 1 trễ hạn), 1 chưa nộp (đã quá hạn)",
                "Trễ hạn: Trường Tiểu học Hai (3 ngày, gửi 03/12/2023).");
    }

    @Test
    void aDocumentNamingNoYearAnswersOnlyRoundsCollectingItsKind() {
        // the self-assessment is collected in 2024 only: one sent before the 2023 deadline is 2024's, on time
        TimelinessSettings rounds = new TimelinessSettings(List.of(Round.of(2023, D2023),
                new Round(2024, D2024, List.of("phasing", "self_assessment"))), true);
        List<Receipt> receipts = List.of(
                sent("T1", "self_assessment", null, D2023.minusDays(5), "t1_tdg.xlsx"),
                sent("T1", "phasing", 2023, D2023.minusDays(5), "t1_bang_2023.xlsx"),
                sent("T1", "phasing", 2024, D2024.plusDays(2), "t1_bang_2024.xlsx"),
                sent("T2", "phasing", 2024, D2024.minusDays(1), "t2_bang_2024.xlsx"),
                sent("T2", "plan", 2024, D2024.minusDays(1), "t2_ke_hoach.xlsx")); // no round collects plans

        Timeliness t = Timeliness.of(rounds, REGISTRY, "SO", OFFICE, receipts, D2024.plusDays(10), ZONE);

        assertThat(t.current().year()).isEqualTo(2024);
        assertThat(t.severalKinds()).isTrue();
        assertThat(t.kindLines()).extracting(l -> l.round().year(), l -> l.unit().code(), KindLine::kind,
                KindLine::status, KindLine::daysLate, KindLine::file).containsExactly(
                tuple(2023, "T1", "Bảng phân kỳ thực hiện chỉ tiêu", Status.ON_TIME, 0L, "t1_bang_2023.xlsx"),
                tuple(2023, "T2", "Bảng phân kỳ thực hiện chỉ tiêu", Status.MISSING, 0L, null),
                tuple(2024, "T1", "Bảng phân kỳ thực hiện chỉ tiêu", Status.LATE, 2L, "t1_bang_2024.xlsx"),
                tuple(2024, "T1", "Tổng hợp kết quả tự đánh giá", Status.ON_TIME, 0L, "t1_tdg.xlsx"),
                tuple(2024, "T2", "Bảng phân kỳ thực hiện chỉ tiêu", Status.ON_TIME, 0L, "t2_bang_2024.xlsx"),
                tuple(2024, "T2", "Tổng hợp kết quả tự đánh giá", Status.MISSING, 0L, null));
        assertThat(t.currentLines()).extracting(l -> l.unit().code(), UnitLine::status, UnitLine::daysLate,
                UnitLine::file, UnitLine::owed).containsExactly(
                tuple("T1", Status.LATE, 2L, "t1_bang_2024.xlsx; t1_tdg.xlsx", List.of()),
                tuple("T2", Status.MISSING, 0L, "t2_bang_2024.xlsx", List.of("Tổng hợp kết quả tự đánh giá")));
        assertThat(t.overdue()).extracting(l -> l.unit().code()).containsExactly("T2");
        assertThat(t.mailLines()).contains("Đã nộp nhưng chưa đủ (đã quá hạn): Trường Tiểu học Hai (còn thiếu Tổng "
                + "hợp kết quả tự đánh giá).");
    }

    @Test
    void beforeTheDeadlineAUnitOwingAKindIsNotDueYet() {
        TimelinessSettings rounds = new TimelinessSettings(List.of(new Round(2023, D2023, List.of("plan", "phasing"))),
                true);
        List<Receipt> receipts = List.of(sent("T1", "phasing", 2023, D2023.minusDays(5), "t1_bang.xlsx"));

        Timeliness t = Timeliness.of(rounds, REGISTRY, "SO", OFFICE, receipts, D2023, ZONE);

        assertThat(t.titles(t.current())).containsExactly("Bảng phân kỳ thực hiện chỉ tiêu",
                "Kế hoạch cải tiến chất lượng"); // the office's order, not the round's
        assertThat(t.lines()).extracting(l -> l.unit().code(), UnitLine::status, UnitLine::owed).containsExactly(
                tuple("T1", Status.NOT_DUE, List.of("Kế hoạch cải tiến chất lượng")),
                tuple("T2", Status.NOT_DUE, List.of("Bảng phân kỳ thực hiện chỉ tiêu", "Kế hoạch cải tiến chất lượng")));
        assertThat(t.overdue()).isEmpty();
        assertThat(t.mailLines()).noneMatch(l -> l.startsWith("Đã nộp nhưng chưa đủ"));
    }
}
