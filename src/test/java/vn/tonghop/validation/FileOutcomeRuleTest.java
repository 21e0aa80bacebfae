package vn.tonghop.validation;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.kind.phasing.rules.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;

/** UNKNOWN_UNIT and FILE_*: a file that was not read gets one finding with the reader's reason. */
class FileOutcomeRuleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            UNKNOWN_UNIT,       UNKNOWN_UNIT
            UNREADABLE,         FILE_UNREADABLE
            ENCRYPTED,          FILE_ENCRYPTED
            UNSUPPORTED_FORMAT, FILE_UNSUPPORTED
            OVERSIZED,          FILE_OVERSIZED
            NO_TABLE,           FILE_NO_TABLE
            """)
    void oneErrorWithTheReason(FileOutcome outcome, String code) {
        Submission s = Fixtures.failed("hong.xlsx", outcome, "Lý do bằng tiếng Việt.");

        var found = Fixtures.validator(Fixtures.context()).validate(s);

        assertThat(found).extracting(Finding::file, Finding::rule, Finding::severity, Finding::cell, Finding::message)
                .containsExactly(tuple("hong.xlsx", code, Severity.ERROR, "", "Lý do bằng tiếng Việt."));
        assertThat(FileOutcomeRule.forOutcome(outcome).code()).isEqualTo(code);
    }

    @Test
    void aReadFileHasNoOutcomeFinding() {
        Submission s = Fixtures.submission().row(9, "PCT", "current=100").build();
        for (FileOutcomeRule rule : FileOutcomeRule.ALL) {
            assertThat(rule.check(s, Fixtures.context())).isEmpty();
        }
    }

    @Test
    void aMissingReasonStillExplains() {
        Submission s = Fixtures.failed("mat_khau.xlsx", FileOutcome.ENCRYPTED, null);
        var found = FileOutcomeRule.forOutcome(FileOutcome.ENCRYPTED).check(s, Fixtures.context());
        assertThat(found).singleElement().extracting(Finding::message).asString().contains("mật khẩu");
    }
}
