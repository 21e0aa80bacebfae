package vn.tonghop.kind.phasing.rules;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.validation.RuleContext;
import vn.tonghop.validation.SubmissionRule;
import vn.tonghop.validation.SubmissionValidator;
import vn.tonghop.validation.ValidationSettings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;

import vn.tonghop.reading.ReadingNote;
import vn.tonghop.reading.Submission;

/** The validator runs every rule once; offices change severities and tolerances in job.yml. */
class SubmissionValidatorTest {

    private static Submission mixed() {
        return Fixtures.submission()
                .row(11, "PCT", "current=92, 70", "target_central=100", "target_district=99", "target_unit=98",
                        "phase_2022=72.7", "phase_2023=70.8", "phase_2024=104", "phase_2025=79.16")
                .row(12, "PCT", "current=90", "target_unit=")
                .row(41, "RANK", "current=21/20", "target_unit=5/20", "phase_2025=5/20")
                .row(39, null, "current=45", "target_unit=70")
                .note(39, ReadingNote.Code.UNMATCHED_ROW, "x")
                .build();
    }

    @Test
    void everyRuleHasItsOwnCode() {
        List<String> codes = Fixtures.validator(Fixtures.context()).rules().stream().map(SubmissionRule::code).toList();
        assertThat(codes).doesNotHaveDuplicates().containsExactlyInAnyOrder(
                "UNKNOWN_UNIT", "FILE_UNREADABLE", "FILE_ENCRYPTED", "FILE_UNSUPPORTED", "FILE_OVERSIZED",
                "FILE_NO_TABLE", "VALUE_UNPARSEABLE", "VALUE_DOUBTFUL", "PERCENT_OUT_OF_RANGE", "RANK_ABOVE_TOTAL",
                "RANK_TOTAL_DIFFERS",
                "REQUIRED_VALUE_MISSING", "INDICATOR_MISSING", "INDICATOR_DUPLICATED", "INDICATOR_UNKNOWN",
                "INDICATOR_NAME_APPROXIMATE", "PHASE_END_NE_TARGET", "TARGET_WEAKER_THAN_DISTRICT",
                "DISTRICT_WEAKER_THAN_PROVINCE", "QUOTA_MISMATCH", "PHASE_BACKWARDS", "PHASE_CURRENT_YEAR_FAR",
                "PLAN_BELOW_CURRENT", "TEMPLATE_OUTDATED", "LOCKED_CELL_CHANGED", "LEGACY_ENCODING");
    }

    @Test
    void validatorFindsWhatEachRuleFindsAlone() {
        RuleContext ctx = Fixtures.context();
        Submission s = mixed();
        List<Finding> oneByOne = new ArrayList<>();
        for (SubmissionRule rule : Fixtures.validator(ctx).rules()) {
            oneByOne.addAll(rule.check(s, ctx));
        }

        List<Finding> found = Fixtures.validator(ctx).validate(s);

        assertThat(found).containsExactlyElementsOf(oneByOne);
        assertThat(found).extracting(f -> f.rule() + " " + f.cell()).contains(
                "VALUE_DOUBTFUL D11", "PERCENT_OUT_OF_RANGE J11", "RANK_ABOVE_TOTAL D41", "INDICATOR_UNKNOWN B39",
                "REQUIRED_VALUE_MISSING G12", "PHASE_END_NE_TARGET K11", "TARGET_WEAKER_THAN_DISTRICT G11",
                "DISTRICT_WEAKER_THAN_PROVINCE F11", "PHASE_BACKWARDS I11", "PHASE_BACKWARDS K11",
                "INDICATOR_MISSING ");
    }

    @Test
    void officeChangesASeverity() {
        RuleContext ctx = Fixtures.context(new ValidationSettings(
                Map.of("PHASE_BACKWARDS", Severity.INFO, "value-doubtful", Severity.ERROR), null, null));

        List<Finding> found = Fixtures.validator(ctx).validate(mixed());

        assertThat(found).filteredOn(f -> f.rule().equals("PHASE_BACKWARDS"))
                .hasSize(2).extracting(Finding::severity).containsOnly(Severity.INFO);
        assertThat(found).filteredOn(f -> f.rule().equals("VALUE_DOUBTFUL"))
                .extracting(Finding::severity).containsExactly(Severity.ERROR);
        assertThat(found).filteredOn(f -> f.rule().equals("PERCENT_OUT_OF_RANGE"))
                .extracting(Finding::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void settingsFromJobYml(@TempDir Path dir) throws IOException {
        Path yml = dir.resolve("job.yml");
        Files.writeString(yml, """
                tonghop:
                  office-name: "Phòng Giáo dục và Đào tạo huyện Thử"
                  validation:
                    severity:
                      PHASE_BACKWARDS: info
                      QUOTA_MISMATCH: warning
                    current-value-year: same-year
                    tolerance:
                      percent: {absolute: 3}
                      count: {absolute: 1, relative: 0.2}
                """);
        var sources = new YamlPropertySourceLoader().load("job", new FileSystemResource(yml));

        ValidationSettings settings = new Binder(ConfigurationPropertySources.from(sources))
                .bind("tonghop.validation", ValidationSettings.class).orElseGet(ValidationSettings::defaults);

        assertThat(settings.severityOf("PHASE_BACKWARDS", Severity.WARNING)).isEqualTo(Severity.INFO);
        assertThat(settings.severityOf("QUOTA_MISMATCH", Severity.ERROR)).isEqualTo(Severity.WARNING);
        assertThat(settings.severityOf("PLAN_BELOW_CURRENT", Severity.WARNING)).isEqualTo(Severity.WARNING);
        assertThat(settings.currentValueYear()).isEqualTo(ValidationSettings.CurrentYear.SAME_YEAR);
        assertThat(settings.tolerance().percent().absolute()).isEqualByComparingTo("3");
        assertThat(settings.tolerance().percent().relative()).isNull(); // the office's choice, whole
        assertThat(settings.tolerance().count().allowed(BigDecimal.TEN)).isEqualByComparingTo("1");
        assertThat(settings.tolerance().count().allowed(BigDecimal.ONE)).isEqualByComparingTo("0.2");
        assertThat(settings.tolerance().number().relative()).isEqualByComparingTo("0.10"); // not written: default
    }

    @Test
    void defaults() {
        ValidationSettings d = ValidationSettings.defaults();
        assertThat(d.currentValueYear()).isEqualTo(ValidationSettings.CurrentYear.AUTO);
        assertThat(d.tolerance().percent().absolute()).isEqualByComparingTo(BigDecimal.valueOf(5));
        assertThat(d.tolerance().percent().relative()).isEqualByComparingTo("0.5");
        assertThat(d.tolerance().rank().relative()).isEqualByComparingTo("0.1");
        assertThat(d.severityOf("PHASE_BACKWARDS", Severity.WARNING)).isEqualTo(Severity.WARNING);
    }
}
