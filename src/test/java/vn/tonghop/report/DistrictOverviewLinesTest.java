package vn.tonghop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.tonghop.kind.phasing.consolidation.Consolidation;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;

/**
 * The lines of «Theo huyện» on the sample workbooks' consolidation: the province's two districts, and
 * a district office's own job, whose schools are right under its root.
 */
class DistrictOverviewLinesTest {

    private static final List<Finding> FINDINGS = List.of(
            new Finding("TH_PhuLoc_phan_ky_chi_tieu.xlsx", "87715001", "Phụ lục II", "D9", "R", Severity.ERROR, "m", ""),
            new Finding("TH_PhuLoc_phan_ky_chi_tieu.xlsx", "87715001", "Phụ lục II", "D10", "R", Severity.WARNING, "m", ""),
            new Finding("TH_PhuLoc_phan_ky_chi_tieu.xlsx", "87715001", "Phụ lục II", "D11", "R", Severity.INFO, "m", ""),
            // two findings on one unusable file: one file
            new Finding("BinhMinh_ban_hong.xlsx", "87715002", "", "", "FILE_UNREADABLE", Severity.ERROR, "m", ""),
            new Finding("BinhMinh_ban_hong.xlsx", "87715002", "", "", "OTHER", Severity.WARNING, "m", ""),
            new Finding("TanThanhB2_PhuLucII_phan_ky_chi_tieu.xlsx", "87612405", "Phụ lục II", "D11", "R",
                    Severity.WARNING, "m", ""),
            // its feedback workbook could not be made: counted apart, not as an unusable file
            new Finding("TanThanhB2_PhuLucII_phan_ky_chi_tieu.xlsx", "87612405", "", "", "FEEDBACK_NOT_WRITTEN",
                    Severity.INFO, "m", ""),
            new Finding("", "87715009", "", "", "MISSING_SUBMISSION", Severity.WARNING, "m", ""),
            new Finding("TH_HongNgu9_phan_ky.xlsx", "", "", "", "UNKNOWN_UNIT", Severity.ERROR, "m", ""));

    @Test
    void theProvinceHasALinePerDistrictAndOneForFilesOfNoUnit() throws IOException {
        List<DistrictOverview> lines = DistrictOverview.of(SampleRun.consolidation().coverage(), FINDINGS);

        assertThat(lines).extracting(l -> l.district() == null ? null : l.district().code())
                .containsExactly("PGD-TH", "PGD-ST", null);
        assertThat(lines.get(0)).extracting(DistrictOverview::expected, DistrictOverview::reported,
                DistrictOverview::missing, DistrictOverview::unusableFiles, DistrictOverview::errors,
                DistrictOverview::warnings, DistrictOverview::feedbackNotWritten)
                .containsExactly(2, 1, 1, 0, 0, 1, 1); // Tân Hộ Cơ: its implementation report, no phasing table
        assertThat(lines.get(1)).extracting(DistrictOverview::expected, DistrictOverview::reported,
                DistrictOverview::missing, DistrictOverview::unusableFiles, DistrictOverview::errors,
                DistrictOverview::warnings).containsExactly(13, 9, 4, 1, 1, 1); // Phú Mỹ, Tân Long, Hoa Mai: no phasing table
        assertThat(lines.get(2)).extracting(DistrictOverview::expected, DistrictOverview::unusableFiles,
                DistrictOverview::errors).containsExactly(0, 1, 0);
        assertThat(DistrictOverview.findingsByDistrict(SampleRun.consolidation().coverage(), FINDINGS).values())
                .extracting(List::size).containsExactly(2, 6);
    }

    @Test
    void aDistrictOfficesSchoolsAreOneLineForTheOfficeItself() throws IOException {
        Consolidation c = SampleRun.consolidation("PGD-ST");

        List<DistrictOverview> lines = DistrictOverview.of(c.coverage(), FINDINGS);

        assertThat(lines).extracting(l -> l.district() == null ? null : l.district().code())
                .containsExactly("PGD-ST", null);
        assertThat(lines.get(0)).extracting(DistrictOverview::expected, DistrictOverview::reported,
                DistrictOverview::missing, DistrictOverview::unusableFiles, DistrictOverview::errors,
                DistrictOverview::warnings).containsExactly(13, 9, 4, 1, 1, 1); // Phú Mỹ, Tân Long, Hoa Mai: no phasing table
    }
}
