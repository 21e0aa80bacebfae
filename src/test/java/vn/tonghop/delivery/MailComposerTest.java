package vn.tonghop.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;

import vn.tonghop.domain.Unit;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.store.RunChanges;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;

class MailComposerTest {

    final MailComposer composer = new MailComposer();

    @Test
    void textFromASubmissionCannotForgeHeadersOrLines() {
        String hostile = "bang.xlsx\r\nBcc: all@example.vn\u202Eexe.xlsx";
        SchoolFeedback f = new SchoolFeedback(MailDeliveryTest.school("1", "Trường A", "a@example.vn"), hostile, 1,
                List.of(new Finding(hostile, "1", "Sheet1", "A1", "VALUE_UNPARSEABLE", Severity.ERROR,
                        "Giá trị \"=HYPERLINK(\"http://x\")\"\nkhông đọc được", "=1+1")), null, null);

        ComposedMail mail = composer.school(f, "Phòng GD&ĐT");

        assertThat(mail.subject()).doesNotContain("\r", "\n", "\u202E")
                .isEqualTo("[tonghop] Cần sửa tệp “bang.xlsx Bcc: all@example.vn exe.xlsx” (lần nộp thứ 1)");
        assertThat(mail.body()).doesNotContain("\r", "\u202E")
                .contains("1. [Lỗi] Sheet1!A1 – Giá trị \"=HYPERLINK(\"http://x\")\" không đọc được\n");
        // Every line the school sees starts with our words, never with text it sent.
        assertThat(mail.body().lines()).noneMatch(l -> l.startsWith("="));
    }

    @Test
    void longListsAreCutToOneScreen() {
        List<Unit> missing = IntStream.rangeClosed(1, 45).mapToObj(i -> MailDeliveryTest.school("U" + i, "Trường " + i, ""))
                .toList();
        RunDigest d = new RunDigest(1, "Sở", LocalDateTime.of(2026, 1, 2, 3, 4), 50, 5, 0, 0, 0, missing,
                Path.of("none-summary.xlsx"), Path.of("none-discrepancies.xlsx"));

        ComposedMail mail = composer.office(d);

        assertThat(mail.body()).contains("Đơn vị chưa nộp (45):", "30. U30 – Trường 30",
                "… và 15 đơn vị khác (xem trang «Chưa nộp» trong summary.xlsx).", "Lượt này không có tệp đính kèm.")
                .doesNotContain("U31 –");
        assertThat(mail.attachments()).isEmpty();

        List<Finding> many = IntStream.rangeClosed(1, 26).mapToObj(i -> MailDeliveryTest.finding("S", "A" + i,
                "R", Severity.WARNING, "m" + i)).toList();
        ComposedMail school = composer.school(new SchoolFeedback(MailDeliveryTest.school("1", "Trường A", "a@x.vn"),
                "a.xlsx", 0, many, null, null), "");
        assertThat(school.body()).contains("20. [Cảnh báo] S!A20 – m20", "… và 6 mục khác.",
                "Đơn vị tổng hợp đã nhận và đọc tệp “a.xlsx” của trường")
                .doesNotContain("các ô cần sửa được tô màu"); // no workbook to point to
        assertThat(school.subject()).isEqualTo("[tonghop] Cần sửa tệp “a.xlsx”");
    }

    @Test
    void theOfficeMailCountsWhatChangedSinceTheLastRun() {
        Finding fixed = MailDeliveryTest.finding("S", "J18", "PHASE_BACKWARDS", Severity.WARNING, "m");
        Finding added = MailDeliveryTest.finding("S", "J12", "VALUE_UNPARSEABLE", Severity.ERROR, "n");
        RunChanges changes = new RunChanges(false, List.of(
                new RunChanges.FileChange("1", "Trường A", "a_sua.xlsx", 2),
                new RunChanges.FileChange("2", "Trường B", "b.xlsx", 1),
                new RunChanges.FileChange("3", "Trường C", "c.xlsx", 1)),
                List.of(new RunChanges.FindingChange("Trường A", 1, fixed)),
                List.of(new RunChanges.FindingChange("Trường A", 2, added)));
        List<Unit> missing = List.of(MailDeliveryTest.school("4", "Trường D", ""));
        RunDigest d = new RunDigest(2, "Sở", LocalDateTime.of(2026, 1, 2, 3, 4), 4, 3, 1, 0, 3, missing,
                Path.of("none-summary.xlsx"), Path.of("none-discrepancies.xlsx"), List.of(), changes);

        assertThat(composer.office(d).body()).contains("Thay đổi so với lượt trước: 2 tệp của đơn vị nộp lần đầu, "
                + "1 tệp nộp lại; 1 lỗi, cảnh báo đã được sửa, 1 lỗi, cảnh báo mới phát hiện; 1 đơn vị vẫn chưa nộp "
                + "(chi tiết ở trang «Thay đổi» trong summary.xlsx).\n");

        RunDigest first = new RunDigest(1, "Sở", LocalDateTime.of(2026, 1, 2, 3, 4), 4, 3, 1, 0, 3, missing,
                Path.of("none-summary.xlsx"), Path.of("none-discrepancies.xlsx"), List.of(),
                new RunChanges(true, changes.files(), List.of(), List.of()));
        assertThat(composer.office(first).body())
                .contains("Thay đổi so với lượt trước: đây là lượt chạy đầu tiên, chưa có gì để so sánh.");
    }

    @Test
    void theOfficeIsToldWhenTheDiskRunsOutOfRoom() {
        RunDigest roomy = new RunDigest(2, "Sở", LocalDateTime.of(2026, 1, 2, 3, 4), 4, 3, 1, 0, 3, List.of(),
                Path.of("none-summary.xlsx"), Path.of("none-discrepancies.xlsx"), List.of(), null, List.of());
        RunDigest full = new RunDigest(2, "Sở", LocalDateTime.of(2026, 1, 2, 3, 4), 4, 3, 1, 0, 3, List.of(),
                Path.of("none-summary.xlsx"), Path.of("none-discrepancies.xlsx"), List.of(), null, List.of(),
                "Ổ đĩa chứa thư mục kết quả chỉ còn trống 3,2 GB.");

        assertThat(composer.office(roomy).body()).doesNotContain("Ổ đĩa");
        assertThat(composer.office(full).body()).contains("- Tệp mới nhận trong lượt này: 3\n\n"
                + "Lưu ý: Ổ đĩa chứa thư mục kết quả chỉ còn trống 3,2 GB.\n\n");
    }

    static final UnitRegistry REGISTRY = new UnitRegistry(List.of(
            new Unit("SO", "Sở GD&ĐT", "tinh", null, "so@example.vn", null),
            new Unit("PGD-ST", "Phòng GD&ĐT Sông Trà", "huyen", "SO", "pgd.songtra@example.vn; vanthu.songtra@example.vn", null),
            MailDeliveryTest.school("1", "Trường A", "a@x.vn")));

    @Test
    void aSchoolIsToldWhereAndByWhenToSendTheCorrectedFile() {
        SchoolFeedback toFix = new SchoolFeedback(MailDeliveryTest.school("1", "Trường A", "a@x.vn"), "a.xlsx", 1,
                List.of(MailDeliveryTest.finding("S", "A1", "R", Severity.ERROR, "m")), null, null);
        SchoolFeedback unreadable = new SchoolFeedback(MailDeliveryTest.school("1", "Trường A", "a@x.vn"), "a.xlsx", 1,
                List.of(), null, "Tệp được đặt mật khẩu.");
        LocalDate deadline = LocalDate.of(2026, 12, 15);

        MailComposer toParent = new MailComposer(REGISTRY, "", "nop-bao-cao@so.example.vn", deadline);
        assertThat(toParent.school(toFix, "Sở").body()).contains("Sau khi sửa, xin gửi lại tệp đã sửa về địa chỉ "
                + "pgd.songtra@example.vn hoặc vanthu.songtra@example.vn, chậm nhất ngày 15/12/2026.\n");
        assertThat(toParent.school(unreadable, "Sở").body()).contains("có tên trường trong tiêu đề bảng về địa chỉ "
                + "pgd.songtra@example.vn hoặc vanthu.songtra@example.vn, chậm nhất ngày 15/12/2026.\n");

        MailComposer toMailbox = new MailComposer(REGISTRY, "imap.example.vn", "nop-bao-cao@so.example.vn", null);
        assertThat(toMailbox.school(toFix, "Sở").body())
                .as("the mailbox tonghop reads, when it reads one, so the next run takes the file in")
                .contains("xin gửi lại tệp đã sửa về địa chỉ nop-bao-cao@so.example.vn.\n")
                .doesNotContain("pgd.songtra", "chậm nhất");

        assertThat(new MailComposer(REGISTRY, "imap.example.vn", "nopbaocao", deadline).school(toFix, "Sở").body())
                .as("a login that is not an address").contains("về địa chỉ pgd.songtra@example.vn hoặc");
        assertThat(new MailComposer(null, "", "", deadline).school(toFix, "Sở").body())
                .contains("xin gửi lại tệp đã sửa chậm nhất ngày 15/12/2026.\n");
        assertThat(composer.school(toFix, "Sở").body()).contains("Sau khi sửa, xin gửi lại tệp đã sửa.\n");
        assertThat(toParent.school(new SchoolFeedback(MailDeliveryTest.school("1", "Trường A", "a@x.vn"), "a.xlsx", 1,
                List.of(), null, null), "Sở").body()).as("nothing to send back").doesNotContain("gửi lại", "chậm nhất");
    }

    @Test
    void theDeadlineIsWrittenTheVietnameseWayOrAsAnIsoDate() {
        for (String written : List.of("15/12/2026", "2026-12-15")) {
            MailSettings bound = new Binder(List.of(new MapConfigurationPropertySource(Map.of("tonghop.mail.resubmit-by", written))),
                    null, ApplicationConversionService.getSharedInstance())
                    .bindOrCreate("tonghop.mail", MailSettings.class);
            assertThat(bound.resubmitBy()).as(written).isEqualTo(LocalDate.of(2026, 12, 15));
        }
    }

    @Test
    void findingsWithoutAPlaceAreListedWithoutOne() {
        assertThat(MailComposer.location(MailDeliveryTest.finding("", "", "R", Severity.ERROR, "m"))).isEmpty();
        assertThat(MailComposer.location(MailDeliveryTest.finding("Phụ lục II", "", "R", Severity.ERROR, "m")))
                .isEqualTo("'Phụ lục II'");
        assertThat(MailComposer.location(MailDeliveryTest.finding("It's", "B2", "R", Severity.ERROR, "m")))
                .isEqualTo("'It''s'!B2");
    }
}
