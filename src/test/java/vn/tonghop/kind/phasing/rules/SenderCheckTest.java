package vn.tonghop.kind.phasing.rules;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.validation.SenderCheck;
import vn.tonghop.validation.SenderSettings;
import vn.tonghop.validation.SubmissionValidator;
import vn.tonghop.validation.ValidationSettings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.tonghop.domain.Unit;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.validation.SenderSettings.Unverified;

/** SENDER_NOT_REGISTERED: who sent a mailed file, against the registry and the office's allowed addresses. */
class SenderCheckTest {

    static final UnitRegistry REGISTRY = new UnitRegistry(List.of(
            new Unit("SO", "Sở Thử", "tinh", null, "so@example.vn", null),
            new Unit("T1", "Trường Tiểu học Một", "truong", "SO", "th.mot@example.vn; HieuTruong.Mot@example.vn", null),
            new Unit("T2", "Trường Tiểu học Hai", "truong", "SO", null, null)));

    final Submission t1 = new Submission("mot.xlsx", "archive/mot.xlsx", "0123456789abcdef0123", 1000,
            FileOutcome.READ, null, "T1", "Phụ lục II", "2022-2025", 2023,
            Fixtures.submission().row(9, "PCT", "current=100").build().facts(), List.of());

    @Test
    void theUnitsOwnAddressesPassWhateverTheirCaseAndDisplayName() {
        SenderCheck check = new SenderCheck(REGISTRY, settings(Unverified.HOLD), null);
        for (String from : List.of("th.mot@example.vn", "TH.MOT@Example.VN", "\"Trường Một\" <hieutruong.mot@example.vn>",
                " mailto:th.mot@example.vn ")) {
            SenderCheck.Verdict v = check.check(t1, from, () -> false);
            assertThat(v.findings()).as(from).isEmpty();
            assertThat(v.submission()).isSameAs(t1);
        }
    }

    @Test
    void aStrangerIsAWarningNamingBothAddressesAndTheFileIsUsed() {
        SenderCheck.Verdict v = new SenderCheck(REGISTRY, SenderSettings.defaults(), null)
                .check(t1, "Ke Gian <Ke.Gian@evil.example>", () -> false);

        assertThat(v.submission()).isSameAs(t1);
        assertThat(v.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(SenderCheck.SENDER_NOT_REGISTERED);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.unitCode()).isEqualTo("T1");
            assertThat(f.file()).isEqualTo("mot.xlsx");
            assertThat(f.raw()).isEqualTo("ke.gian@evil.example");
            assertThat(f.message()).contains("«ke.gian@evil.example»", "Trường Tiểu học Một (T1)",
                    "«th.mot@example.vn» hoặc «hieutruong.mot@example.vn»", "vẫn được dùng");
        });
    }

    @Test
    void withHoldTheFileIsHeldWithoutItsValuesAndTheReasonSaysHowToAcceptIt() {
        SenderCheck.Verdict v = new SenderCheck(REGISTRY, settings(Unverified.HOLD), null)
                .check(t1, "ke.gian@evil.example", () -> false);

        assertThat(v.submission().outcome()).isEqualTo(FileOutcome.HELD);
        assertThat(v.submission().facts()).isEmpty();
        assertThat(v.submission().unitCode()).isEqualTo("T1");
        assertThat(v.submission().reason()).contains("ke.gian@evil.example", "th.mot@example.vn", "giữ lại",
                "accept 0123456789ab");
        assertThat(v.findings()).singleElement().extracting(Finding::message).isEqualTo(v.submission().reason());
        // nothing else is said of a held file: its values are not checked until it is accepted
        assertThat(Fixtures.validator(Fixtures.context()).validate(v.submission())).isEmpty();
    }

    @Test
    void anAcceptedFileAnAllowedAddressAFileWithoutSenderOrNotReadAreNotFlagged() {
        SenderSettings allowed = new SenderSettings(Unverified.HOLD, List.of("pgd@example.vn"),
                Map.of("t1", List.of("Co.Giao@gmail.com")));
        SenderCheck check = new SenderCheck(REGISTRY, allowed, null);

        assertThat(check.check(t1, "PGD@example.vn", () -> false).findings()).isEmpty();
        assertThat(check.check(t1, "co.giao@gmail.com", () -> false).findings()).isEmpty();
        assertThat(check.check(t1, null, () -> false).findings()).isEmpty(); // the inbox folder
        assertThat(check.check(t1, "ke.gian@evil.example", () -> true).findings()).isEmpty(); // accepted
        Submission broken = Fixtures.failed("mot.xlsx", FileOutcome.UNREADABLE, "hỏng");
        assertThat(check.check(broken, "ke.gian@evil.example", () -> false).findings()).isEmpty();
        // an address allowed for one unit is not allowed for another
        Submission t2 = new Submission("hai.xlsx", "a/hai.xlsx", "ab", 1, FileOutcome.READ, null, "T2", null, null,
                null, List.of(), List.of());
        assertThat(check.check(t2, "co.giao@gmail.com", () -> false).findings()).singleElement()
                .extracting(Finding::message).asString().contains("danh mục đơn vị chưa ghi địa chỉ thư");
    }

    @Test
    void theOfficeMayChangeTheSeverity() {
        ValidationSettings errors = new ValidationSettings(Map.of("sender-not-registered", Severity.ERROR), null, null);
        assertThat(new SenderCheck(REGISTRY, SenderSettings.defaults(), errors).check(t1, "x@y.vn", () -> false)
                .findings()).singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
    }

    private static SenderSettings settings(Unverified unverified) {
        return new SenderSettings(unverified, null, null);
    }
}
