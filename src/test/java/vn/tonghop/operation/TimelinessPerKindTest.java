package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tonghop.operation.TimelinessTest.body;
import static vn.tonghop.operation.TimelinessTest.date;
import static vn.tonghop.operation.TimelinessTest.rows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * Collection rounds that name the kinds they collect ({@code kinds:} in job.yml), on the sample office
 * (which collects the phasing table, the self-assessment, the plan and the implementation report) and
 * against GreenMail: a unit has sent a round once it sent a readable document of every kind the round
 * collects, on time when all were, late by the most days, else missing what it owes; the «Đúng hạn» sheet
 * has a line per unit and kind, the office's e-mail names the late documents and the units still owing
 * some, and each unit owing something gets one reminder naming it, never a second. A plan answers the
 * round of its school year's first year, an implementation report the round of the last year of the
 * school year it reports on, whenever they were sent.
 */
class TimelinessPerKindTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    static final String OFFICE = "so.gddt@example.vn";
    static final String PHASING = "Bảng phân kỳ thực hiện chỉ tiêu";
    static final String SELF_ASSESSMENT = "Tổng hợp kết quả tự đánh giá";
    static final String PLAN = "Kế hoạch cải tiến chất lượng";
    static final String REPORT = "Báo cáo kết quả thực hiện kế hoạch cải tiến chất lượng";
    static final String SONG_TRA = " | Phòng Giáo dục và Đào tạo huyện Sông Trà | ";
    static final String TAN_HONG = " | Phòng Giáo dục và Đào tạo huyện Tân Hồng | ";

    @TempDir
    Path tmp;

    /**
     * One round of the phasing table and the self-assessment, the deadline 10 days ago; every sample sent
     * 20 days ago but Tân Phú A's self-assessment (6 days ago: 4 days late), Mỹ Xuân's (by mail 5 days ago:
     * 5 days late) and Vĩnh Xuân's table (3 days ago: 7 days late) and self-assessment (8 days ago: 2 days
     * late). Only An Hòa sent both on time; a school that sent one of the two owes the other.
     */
    @Test
    void aUnitSentTheRoundOnceItSentEveryKindTheRoundCollects() throws Exception {
        greenMail.setUser(SchoolMail.MAILBOX, SchoolMail.MAILBOX, SchoolMail.PASSWORD);
        Instant now = Instant.now();
        LocalDate deadline = now.atZone(TimelinessTest.OFFICE_ZONE).toLocalDate().minusDays(10);
        Office office = new Office(tmp);
        try (Stream<Path> samples = Files.list(Office.SAMPLES)) {
            for (Path sample : samples.filter(f -> !f.getFileName().toString().endsWith(".md")).toList()) {
                String name = sample.getFileName().toString();
                if (!name.equals("TH_MyXuan_tu_danh_gia.xlsx")) {
                    sentAt(office.deliver(name), now.minus(20, ChronoUnit.DAYS));
                }
            }
        }
        sentAt(office.inbox.resolve("TH_TanPhuA_tu_danh_gia.xlsx"), now.minus(6, ChronoUnit.DAYS));
        sentAt(office.inbox.resolve("TH_VinhXuan_phan_ky_chi_tieu.xlsx"), now.minus(3, ChronoUnit.DAYS));
        sentAt(office.inbox.resolve("TH_VinhXuan_tu_danh_gia.xlsx"), now.minus(8, ChronoUnit.DAYS));
        SchoolMail.send(greenMail, "th.myxuan@example.vn", "TH_MyXuan_tu_danh_gia.xlsx",
                Files.readAllBytes(Office.SAMPLES.resolve("TH_MyXuan_tu_danh_gia.xlsx")), now.minus(5, ChronoUnit.DAYS));
        String[] args = args("--tonghop.timeliness.rounds[0].year=2023",
                "--tonghop.timeliness.rounds[0].deadline=" + date(deadline),
                "--tonghop.timeliness.rounds[0].kinds=phasing,self_assessment");

        assertThat(office.run(args)).isZero();

        try (Workbook summary = WorkbookFactory.create(office.lastRunFolder().resolve("summary.xlsx").toFile(), null,
                true)) {
            assertThat(rows(summary.getSheet("Thông tin"))).contains(
                    "Đợt nộp | năm 2023 (hạn nộp " + date(deadline) + ")",
                    "Đơn vị đã nộp là | đơn vị đã nộp đủ " + PHASING + "; " + SELF_ASSESSMENT
                            + " (thiếu một loại là chưa nộp; từng loại ở trang «Đúng hạn»)",
                    "Số đơn vị nộp đúng hạn | 1", "Số đơn vị nộp trễ hạn | 3", "Số đơn vị chưa nộp khi đã quá hạn | 11",
                    "Đúng hạn | Từng đơn vị trong mỗi đợt nộp đã mở, từng loại tài liệu đợt thu: nộp đúng hạn, trễ hạn "
                            + "(bao nhiêu ngày) hay chưa nộp, ngày gửi và tệp.");
            List<String> districts = rows(summary.getSheet("Theo huyện"));
            assertThat(districts.get(1)).startsWith("PGD-TH | ").endsWith(" | 0 | 0 | 2");
            assertThat(districts.get(2)).startsWith("PGD-ST | ").endsWith(" | 1 | 3 | 9");
            List<String> lines = rows(summary.getSheet("Đúng hạn"));
            String round = "2023 | " + date(deadline) + " | ";
            assertThat(lines.get(0)).isEqualTo("Đợt năm | Hạn nộp | Mã | Đơn vị | Đơn vị cấp trên | Loại tài liệu | "
                    + "Tình trạng | Ngày gửi | Số ngày trễ | Tệp");
            assertThat(lines).hasSize(1 + 15 * 2).contains(
                    round + "87715003 | Trường Tiểu học An Hòa" + SONG_TRA + PHASING + " | Đúng hạn | "
                            + date(deadline.minusDays(10)) + " |  | TH_AnHoa_phan_ky_chi_tieu.xlsx",
                    round + "87715003 | Trường Tiểu học An Hòa" + SONG_TRA + SELF_ASSESSMENT + " | Đúng hạn | "
                            + date(deadline.minusDays(10)) + " |  | TH_AnHoa_tu_danh_gia.xlsx",
                    round + "87715004 | Trường Tiểu học Tân Phú A" + SONG_TRA + SELF_ASSESSMENT + " | Trễ hạn | "
                            + date(deadline.plusDays(4)) + " | 4 | TH_TanPhuA_tu_danh_gia.xlsx",
                    round + "87715007 | Trường Tiểu học Mỹ Xuân" + SONG_TRA + SELF_ASSESSMENT + " | Trễ hạn | "
                            + date(deadline.plusDays(5)) + " | 5 | TH_MyXuan_tu_danh_gia.xlsx",
                    round + "87715010 | Trường Tiểu học Vĩnh Xuân" + SONG_TRA + PHASING + " | Trễ hạn | "
                            + date(deadline.plusDays(7)) + " | 7 | TH_VinhXuan_phan_ky_chi_tieu.xlsx",
                    round + "87715010 | Trường Tiểu học Vĩnh Xuân" + SONG_TRA + SELF_ASSESSMENT + " | Trễ hạn | "
                            + date(deadline.plusDays(2)) + " | 2 | TH_VinhXuan_tu_danh_gia.xlsx",
                    // Phú Lộc sent its table (and its plan and report, which this round does not collect)
                    round + "87715001 | Trường Tiểu học Phú Lộc" + SONG_TRA + PHASING + " | Đúng hạn | "
                            + date(deadline.minusDays(10)) + " |  | TH_PhuLoc_phan_ky_chi_tieu.xlsx",
                    round + "87715001 | Trường Tiểu học Phú Lộc" + SONG_TRA + SELF_ASSESSMENT
                            + " | Chưa nộp (đã quá hạn) |  |  | ",
                    round + "87715011 | Trường THCS Phú Mỹ" + SONG_TRA + PHASING + " | Chưa nộp (đã quá hạn) |  |  | ",
                    round + "87612406 | Trường THCS Tân Hộ Cơ" + TAN_HONG + PHASING + " | Chưa nộp (đã quá hạn) |  |  | ",
                    round + "87612406 | Trường THCS Tân Hộ Cơ" + TAN_HONG + SELF_ASSESSMENT
                            + " | Chưa nộp (đã quá hạn) |  |  | ");
            assertThat(lines.stream().filter(l -> l.contains(" | Đúng hạn | "))).hasSize(13);
            assertThat(lines.stream().filter(l -> l.contains(" | Trễ hạn | "))).hasSize(4);
            assertThat(lines.stream().filter(l -> l.contains(" | Chưa nộp (đã quá hạn) | "))).hasSize(13);
        }

        String officeMail = body(only(OFFICE));
        assertThat(officeMail).contains("Nộp đúng hạn, đợt năm 2023 (hạn nộp " + date(deadline) + "), đơn vị đã nộp là "
                + "đơn vị đã nộp đủ " + PHASING + "; " + SELF_ASSESSMENT + ":\n"
                + "- Sở Giáo dục và Đào tạo Đồng Tháp: 4/15 đã nộp (1 đúng hạn, 3 trễ hạn), 11 chưa nộp (đã quá hạn)\n"
                + "- Phòng Giáo dục và Đào tạo huyện Tân Hồng: 0/2 đã nộp (0 đúng hạn, 0 trễ hạn), 2 chưa nộp (đã quá "
                + "hạn)\n"
                + "- Phòng Giáo dục và Đào tạo huyện Sông Trà: 4/13 đã nộp (1 đúng hạn, 3 trễ hạn), 9 chưa nộp (đã quá "
                + "hạn)\n"
                + "Trễ hạn: Trường Tiểu học Tân Phú A – " + SELF_ASSESSMENT + " (4 ngày, gửi " + date(deadline.plusDays(4))
                + "); Trường Tiểu học Mỹ Xuân – " + SELF_ASSESSMENT + " (5 ngày, gửi " + date(deadline.plusDays(5))
                + "); Trường Tiểu học Vĩnh Xuân – " + PHASING + " (7 ngày, gửi " + date(deadline.plusDays(7))
                + "); Trường Tiểu học Vĩnh Xuân – " + SELF_ASSESSMENT + " (2 ngày, gửi " + date(deadline.plusDays(2))
                + ").\n"
                + "Đã nộp nhưng chưa đủ (đã quá hạn): Trường Tiểu học Tân Thành B2 (còn thiếu " + SELF_ASSESSMENT
                + "); Trường Tiểu học Phú Lộc (còn thiếu " + SELF_ASSESSMENT + "); Trường Tiểu học Bình Minh (còn "
                + "thiếu " + SELF_ASSESSMENT + "); Trường Tiểu học Long Khánh (còn thiếu " + SELF_ASSESSMENT
                + "); Trường Tiểu học Hòa An (còn thiếu " + SELF_ASSESSMENT + "); Trường Tiểu học Thạnh Lợi (còn thiếu "
                + SELF_ASSESSMENT + "); Trường THCS Phú Mỹ (còn thiếu " + PHASING + "); Trường THCS Tân Long (còn "
                + "thiếu " + PHASING + "); Trường Mầm non Hoa Mai (còn thiếu " + PHASING + ").\n");

        // one reminder per unit still owing something (Vĩnh Xuân, late, has no address anyway), naming what
        MimeMessage benDinh = reminder("th.bendinh@example.vn");
        assertThat(benDinh.getSubject()).isEqualTo("[tonghop] Nhắc nộp 2 tài liệu năm 2023 – đã quá hạn "
                + date(deadline));
        assertThat(body(benDinh)).contains("Kính gửi Trường Tiểu học Bến Đình", "chưa nhận được tệp đọc được nào của "
                + "đơn vị cho các tài liệu sau (đợt năm 2023):\n- " + PHASING + "\n- " + SELF_ASSESSMENT + "\n",
                "Đề nghị đơn vị gửi các tài liệu này", "Đây là thư nhắc duy nhất cho đợt này.");
        MimeMessage phuLoc = reminder("th.phuloc@example.vn");
        assertThat(phuLoc.getSubject()).isEqualTo("[tonghop] Nhắc nộp tổng hợp kết quả tự đánh giá năm 2023 – đã quá "
                + "hạn " + date(deadline));
        assertThat(body(phuLoc)).contains("chưa nhận được tổng hợp kết quả tự đánh giá (đợt năm 2023) nào đọc được "
                + "của đơn vị.").doesNotContain(PHASING.toLowerCase());
        assertThat(reminder("thcs.phumy@example.vn").getSubject()).startsWith("[tonghop] Nhắc nộp bảng phân kỳ thực "
                + "hiện chỉ tiêu năm 2023");
        List<String> reminded = List.of("87612405", "87612406", "87715001", "87715002", "87715005", "87715006",
                "87715008", "87715009", "87715011", "87715012", "87715013");
        assertThat(office.jdbc().queryForList("SELECT unit_code FROM reminder WHERE round_year = 2023", String.class))
                .containsExactlyInAnyOrderElementsOf(reminded);

        // the next night, nothing new: no second reminder to anyone
        assertThat(office.run(args)).isZero();
        assertThat(office.jdbc().queryForObject("SELECT COUNT(*) FROM reminder", Integer.class)).isEqualTo(11);
        assertThat(reminders()).hasSize(11);
    }

    /**
     * Two rounds of the plan and the implementation report: 2023 (deadline 30 days ago) and 2024 (5 days
     * ago). Phú Lộc's plan for 2023 – 2024, sent 20 days ago, answers the 2023 round (late 10 days), not the
     * 2024 round it was sent before the deadline of; its report on 2023-2024, sent 40 days ago, answers the
     * 2024 round; Tân Hộ Cơ's report on 2022-2023 the 2023 round. The phasing tables sent answer neither.
     */
    @Test
    void aPlanAndAReportAnswerTheRoundOfTheirSchoolYear() throws Exception {
        Instant now = Instant.now();
        LocalDate today = now.atZone(TimelinessTest.OFFICE_ZONE).toLocalDate();
        Office office = new Office(tmp);
        sentAt(office.deliver("PhuLoc_ke_hoach_cai_tien.xlsx"), now.minus(20, ChronoUnit.DAYS));
        sentAt(office.deliver("PhuLoc_bao_cao_thuc_hien_KHCTCL_2023-2024.xlsx"), now.minus(40, ChronoUnit.DAYS));
        sentAt(office.deliver("87612406_bao_cao_thuc_hien_KHCTCL_2022-2023.xlsx"), now.minus(40, ChronoUnit.DAYS));
        sentAt(office.deliver("TH_PhuLoc_phan_ky_chi_tieu.xlsx"), now.minus(40, ChronoUnit.DAYS));

        assertThat(office.run(args("--tonghop.timeliness.rounds[0].year=2023",
                "--tonghop.timeliness.rounds[0].deadline=" + date(today.minusDays(30)),
                "--tonghop.timeliness.rounds[0].kinds=plan,implementation_report",
                "--tonghop.timeliness.rounds[1].year=2024",
                "--tonghop.timeliness.rounds[1].deadline=" + date(today.minusDays(5)),
                "--tonghop.timeliness.rounds[1].kinds=implementation_report,plan"))).isZero();

        assertThat(office.jdbc().queryForList("SELECT kind || ' ' || unit_code || ' ' || current_year FROM submission "
                + "WHERE outcome = 'READ' ORDER BY kind, unit_code", String.class)).containsExactly(
                "implementation_report 87612406 2023", "implementation_report 87715001 2024", "phasing 87715001 2023",
                "plan 87715001 2023");
        try (Workbook summary = WorkbookFactory.create(office.lastRunFolder().resolve("summary.xlsx").toFile(), null,
                true)) {
            List<String> lines = rows(summary.getSheet("Đúng hạn"));
            String r2023 = "2023 | " + date(today.minusDays(30)) + " | ";
            String r2024 = "2024 | " + date(today.minusDays(5)) + " | ";
            String missing = " | Chưa nộp (đã quá hạn) |  |  | ";
            assertThat(lines).hasSize(1 + 15 * 2 * 2).contains(
                    r2024 + "87715001 | Trường Tiểu học Phú Lộc" + SONG_TRA + PLAN + missing,
                    r2024 + "87715001 | Trường Tiểu học Phú Lộc" + SONG_TRA + REPORT + " | Đúng hạn | "
                            + date(today.minusDays(40)) + " |  | PhuLoc_bao_cao_thuc_hien_KHCTCL_2023-2024.xlsx",
                    r2024 + "87612406 | Trường THCS Tân Hộ Cơ" + TAN_HONG + REPORT + missing,
                    r2023 + "87715001 | Trường Tiểu học Phú Lộc" + SONG_TRA + PLAN + " | Trễ hạn | "
                            + date(today.minusDays(20)) + " | 10 | PhuLoc_ke_hoach_cai_tien.xlsx",
                    r2023 + "87715001 | Trường Tiểu học Phú Lộc" + SONG_TRA + REPORT + missing,
                    r2023 + "87612406 | Trường THCS Tân Hộ Cơ" + TAN_HONG + PLAN + missing,
                    r2023 + "87612406 | Trường THCS Tân Hộ Cơ" + TAN_HONG + REPORT + " | Đúng hạn | "
                            + date(today.minusDays(40)) + " |  | 87612406_bao_cao_thuc_hien_KHCTCL_2022-2023.xlsx");
            assertThat(lines.get(1)).startsWith(r2024); // the newest round first
            assertThat(lines.stream().filter(l -> l.contains(" | Đúng hạn | ") || l.contains(" | Trễ hạn | ")))
                    .hasSize(3);
            assertThat(rows(summary.getSheet("Thông tin"))).contains(
                    "Đợt nộp | năm 2024 (hạn nộp " + date(today.minusDays(5)) + ")",
                    "Đơn vị đã nộp là | đơn vị đã nộp đủ " + PLAN + "; " + REPORT
                            + " (thiếu một loại là chưa nộp; từng loại ở trang «Đúng hạn»)",
                    "Số đơn vị nộp đúng hạn | 0", "Số đơn vị nộp trễ hạn | 0", "Số đơn vị chưa nộp khi đã quá hạn | 15");
        }
    }

    private String[] args(String... rounds) {
        List<String> args = new ArrayList<>(List.of("--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + greenMail.getSmtp().getPort(), "--tonghop.mail.from=tonghop@so.example.vn",
                "--tonghop.mail.office-recipients=" + OFFICE, "--tonghop.mail.attempts=1"));
        args.addAll(Arrays.asList(SchoolMail.imapArgs(greenMail)));
        args.addAll(Arrays.asList(rounds));
        return args.toArray(String[]::new);
    }

    private static void sentAt(Path file, Instant when) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(when));
    }

    private static List<MimeMessage> to(String address) throws Exception {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress().equals(address)) {
                out.add(m);
            }
        }
        return out;
    }

    private static MimeMessage only(String address) throws Exception {
        List<MimeMessage> all = to(address);
        assertThat(all).as(address).hasSize(1);
        return all.get(0);
    }

    /** Every reminder GreenMail received. */
    private static List<MimeMessage> reminders() throws Exception {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (m.getSubject().startsWith("[tonghop] Nhắc nộp")) {
                out.add(m);
            }
        }
        return out;
    }

    /** The one reminder {@code address} received (besides the feedback on its files). */
    private static MimeMessage reminder(String address) throws Exception {
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage m : to(address)) {
            if (m.getSubject().startsWith("[tonghop] Nhắc nộp")) {
                mine.add(m);
            }
        }
        assertThat(mine).as(address).hasSize(1);
        return mine.get(0);
    }
}
