package vn.tonghop.kind.phasing.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.MeasureKind;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.PhasingKind;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.reference.UnitRegistry;

/** The plan a table goes with, read back from its caption: the seed's way of writing it and the samples'. */
class PlanReferenceTest {

    private static final Path JOB = Path.of("jobs/so-dong-thap");

    @Test
    void theSeedsCaptionGivesTheNumberWithoutItsSpacesAndTheDateInWords() {
        PlanReference p = PlanReference.parse("(Kèm theo Kế hoạch số:   240 /KH- THTTB2  ngày   13  tháng  11   năm 2023 "
                .replaceAll("\\s+", " ") + "của Trường Tiểu học Tân Thành B2)", 2, 0);
        assertThat(p.number()).isEqualTo("240/KH-THTTB2");
        assertThat(p.date()).isEqualTo(LocalDate.of(2023, 11, 13));
    }

    @Test
    void aDateWithSlashesOrATemplatesCellsRowReadTheSame() {
        PlanReference p = PlanReference.parse("(Kèm theo Kế hoạch số 27/KH-THAH ngày 09/11/2023 của Trường Tiểu học An Hòa)", 2, 0);
        assertThat(p.number()).isEqualTo("27/KH-THAH");
        assertThat(p.date()).isEqualTo(LocalDate.of(2023, 11, 9));
        PlanReference template = PlanReference.parse("Kế hoạch số 125/KH-THPL ngày 15/09/2023", 4, 1);
        assertThat(template.number()).isEqualTo("125/KH-THPL");
        assertThat(template.date()).isEqualTo(LocalDate.of(2023, 9, 15));
    }

    @Test
    void blanksLeftToFillAreNoPlanAndAnImpossibleDateIsNoDate() {
        assertThat(PlanReference.parse("(Kèm theo Kế hoạch số …/KH-… ngày … tháng … năm … của Trường …)", 2, 0)).isNull();
        assertThat(PlanReference.parse("Kế hoạch số ngày", 4, 1)).isNull();
        assertThat(PlanReference.parse("(Kèm theo Báo cáo số /BC-T..., ngày tháng ... năm của trường)", 2, 0)).isNull();
        PlanReference noDate = PlanReference.parse("(Kèm theo Kế hoạch số 12/KH-TH ngày 31/02/2023)", 2, 0);
        assertThat(noDate.number()).isEqualTo("12/KH-TH");
        assertThat(noDate.date()).isNull();
    }

    @Test
    void theSamplesTablesCarryTheirPlanAsFactsOfTheTableNotOfARow() {
        SubmissionReader reader = new SubmissionReader(UnitRegistry.load(JOB.resolve("registry.csv")),
                List.of(new PhasingKind(IndicatorCatalogue.load(JOB.resolve("catalogue.csv")))), 20L << 20);
        Map<String, String> seed = plan(reader.read(Path.of("sample-workbooks/TanThanhB2_PhuLucII_phan_ky_chi_tieu.xlsx")));
        assertThat(seed).containsExactly(Map.entry("plan_number", "240/KH-THTTB2"), Map.entry("plan_date", "2023-11-13"));
        Map<String, String> anHoa = plan(reader.read(Path.of("sample-workbooks/TH_AnHoa_phan_ky_chi_tieu.xlsx")));
        assertThat(anHoa).containsExactly(Map.entry("plan_number", "27/KH-THAH"), Map.entry("plan_date", "2023-11-09"));
    }

    private static Map<String, String> plan(Submission s) {
        assertThat(s.outcome()).isEqualTo(FileOutcome.READ);
        List<Fact> facts = s.facts().stream().filter(f -> f.measure().kind() == MeasureKind.PLAN_NUMBER
                || f.measure().kind() == MeasureKind.PLAN_DATE).toList();
        facts.forEach(f -> {
            assertThat(f.indicatorCode()).isNull();
            assertThat(f.cell()).startsWith("'Phụ lục II'!A");
        });
        return facts.stream().collect(Collectors.toMap(f -> f.measure().code(), f -> f.value().normalized(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
