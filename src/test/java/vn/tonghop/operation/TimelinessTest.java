package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * Timeliness of a collection round on the sample office, against GreenMail: the deadline 10 days ago,
 * files from the inbox folder and by mail sent before or after it; the office's e-mail gives the
 * figures per node, the one unit that sent nothing gets one reminder, and only one however many nights
 * follow.
 */
class TimelinessTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String OFFICE = "so.gddt@example.vn";

    @TempDir
    Path tmp;

    @Test
    void onTimeLateAndMissingPerNodeAndOneReminder() throws Exception {
        greenMail.setUser(SchoolMail.MAILBOX, SchoolMail.MAILBOX, SchoolMail.PASSWORD);
        Instant now = Instant.now();
        LocalDate deadline = now.atZone(OFFICE_ZONE).toLocalDate().minusDays(10);
        Office office = new Office(tmp);
        try (Stream<Path> samples = Files.list(Office.SAMPLES)) {
            for (Path sample : samples.filter(f -> !f.getFileName().toString().endsWith(".md")).toList()) {
                String name = sample.getFileName().toString();
                if (name.startsWith("TH_HoaAn") || name.startsWith("TH_MyXuan")) {
                    continue; // by mail, below
                }
                sentAt(office.deliver(name), now.minus(20, ChronoUnit.DAYS));
            }
        }
        sentAt(office.inbox.resolve("TH_VinhXuan_phan_ky_chi_tieu.xlsx"), now.minus(3, ChronoUnit.DAYS)); // 7 days late
        mail("th.hoaan@example.vn", "TH_HoaAn_phan_ky_chi_tieu.xlsx", now.minus(12, ChronoUnit.DAYS)); // on time
        mail("th.myxuan@example.vn", "TH_MyXuan_phan_ky_chi_tieu.xlsx", now.minus(5, ChronoUnit.DAYS)); // 5 days late

        assertThat(office.run(args(deadline))).isZero();

        String officeMail = body(only(OFFICE));
        String round = "Nộp đúng hạn, đợt năm 2023 (hạn nộp " + deadline.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                + "):\n";
        assertThat(officeMail).contains(round
                // the round answers with the phasing table (the office's first kind): the THCS and the preschool
                // that sent another kind only have not sent it
                + "- Sở Giáo dục và Đào tạo Đồng Tháp: 10/15 đã nộp (8 đúng hạn, 2 trễ hạn), 5 chưa nộp (đã quá hạn)\n"
                + "- Phòng Giáo dục và Đào tạo huyện Tân Hồng: 1/2 đã nộp (1 đúng hạn, 0 trễ hạn), 1 chưa nộp (đã "
                + "quá hạn)\n"
                + "- Phòng Giáo dục và Đào tạo huyện Sông Trà: 9/13 đã nộp (7 đúng hạn, 2 trễ hạn), 4 chưa nộp (đã "
                + "quá hạn)\n");
        assertThat(officeMail).contains("Trễ hạn: Trường Tiểu học Mỹ Xuân (5 ngày, gửi ", "Trường Tiểu học Vĩnh Xuân "
                + "(7 ngày, gửi ");

        try (Workbook summary = WorkbookFactory.create(office.lastRunFolder().resolve("summary.xlsx").toFile(), null,
                true)) {
            assertThat(rows(summary.getSheet("Thông tin"))).contains(
                    "Đợt nộp | năm 2023 (hạn nộp " + date(deadline) + ")", "Số đơn vị nộp đúng hạn | 8",
                    "Số đơn vị nộp trễ hạn | 2", "Số đơn vị chưa nộp khi đã quá hạn | 5");
            List<String> districts = rows(summary.getSheet("Theo huyện"));
            assertThat(districts.get(0)).endsWith("Số cảnh báo | Số tệp không tạo được góp ý | Nộp đúng hạn | Nộp trễ hạn | Chưa nộp khi đã quá hạn");
            assertThat(districts.get(1)).startsWith("PGD-TH | ").endsWith(" | 1 | 0 | 1");
            assertThat(districts.get(2)).startsWith("PGD-ST | ").endsWith(" | 7 | 2 | 4");
            List<String> units = rows(summary.getSheet("Đúng hạn"));
            assertThat(units).hasSize(16).contains(
                    "2023 | " + date(deadline) + " | 87715007 | Trường Tiểu học Mỹ Xuân | Phòng Giáo dục và Đào tạo "
                            + "huyện Sông Trà | Trễ hạn | " + date(deadline.plusDays(5)) + " | 5 | "
                            + "TH_MyXuan_phan_ky_chi_tieu.xlsx",
                    "2023 | " + date(deadline) + " | 87715010 | Trường Tiểu học Vĩnh Xuân | Phòng Giáo dục và Đào tạo "
                            + "huyện Sông Trà | Trễ hạn | " + date(deadline.plusDays(7)) + " | 7 | "
                            + "TH_VinhXuan_phan_ky_chi_tieu.xlsx",
                    "2023 | " + date(deadline) + " | 87715009 | Trường Tiểu học Bến Đình | Phòng Giáo dục và Đào tạo "
                            + "huyện Sông Trà | Chưa nộp (đã quá hạn) |  |  | ",
                    "2023 | " + date(deadline) + " | 87715006 | Trường Tiểu học Hòa An | Phòng Giáo dục và Đào tạo "
                            + "huyện Sông Trà | Đúng hạn | " + date(deadline.minusDays(2)) + " |  | "
                            + "TH_HoaAn_phan_ky_chi_tieu.xlsx");
        }

        MimeMessage reminder = only("th.bendinh@example.vn");
        assertThat(reminder.getSubject()).isEqualTo("[tonghop] Nhắc nộp bảng phân kỳ thực hiện chỉ tiêu năm 2023 – đã quá hạn "
                + deadline.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(body(reminder)).contains("Kính gửi Trường Tiểu học Bến Đình",
                "chưa nhận được bảng phân kỳ thực hiện chỉ tiêu (đợt năm 2023) nào đọc được của đơn vị",
                "về địa chỉ " + SchoolMail.MAILBOX, "Đây là thư nhắc duy nhất cho đợt này.");
        assertThat(office.jdbc().queryForList("SELECT unit_code || ' ' || round_year || ' ' || recipient FROM reminder",
                String.class)).containsExactlyInAnyOrder("87715009 2023 th.bendinh@example.vn",
                "87715011 2023 thcs.phumy@example.vn", "87715012 2023 thcs.tanlong@example.vn",
                "87715013 2023 mn.hoamai@example.vn", "87612406 2023 thcs.tanhoco@example.vn");

        // the next nights: nothing new, the deadline still passed; no second reminder
        assertThat(office.run(args(deadline))).isZero();
        sentAt(office.deliver(Office.SAMPLES.resolve("TH_PhuLoc_phan_ky_chi_tieu.xlsx"), "PhuLoc_lan2.xlsx"), now);
        Files.write(office.inbox.resolve("PhuLoc_lan2.xlsx"), new byte[] {1}, java.nio.file.StandardOpenOption.APPEND);
        sentAt(office.inbox.resolve("PhuLoc_lan2.xlsx"), now.minus(1, ChronoUnit.HOURS));
        assertThat(office.run(args(deadline))).isZero();
        assertThat(to("th.bendinh@example.vn")).hasSize(1);
        assertThat(office.jdbc().queryForObject("SELECT COUNT(*) FROM reminder", Integer.class)).isEqualTo(5);
    }

    private String[] args(LocalDate deadline, String... extra) {
        List<String> args = new ArrayList<>(List.of("--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + greenMail.getSmtp().getPort(), "--tonghop.mail.from=tonghop@so.example.vn",
                "--tonghop.mail.office-recipients=" + OFFICE, "--tonghop.mail.attempts=1",
                "--tonghop.timeliness.rounds[0].year=2023",
                "--tonghop.timeliness.rounds[0].deadline=" + deadline.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
        args.addAll(Arrays.asList(SchoolMail.imapArgs(greenMail)));
        args.addAll(Arrays.asList(extra));
        return args.toArray(String[]::new);
    }

    static String date(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** Each row's cells as shown, joined by " | ". */
    static List<String> rows(Sheet sheet) {
        DataFormatter shown = new DataFormatter();
        List<String> out = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(row.getCell(c) == null ? "" : shown.formatCellValue(row.getCell(c)));
            }
            out.add(String.join(" | ", cells));
        }
        return out;
    }

    private static void sentAt(Path file, Instant when) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(when));
    }

    private static void mail(String from, String sample, Instant sent) throws Exception {
        SchoolMail.send(greenMail, from, sample, Files.readAllBytes(Office.SAMPLES.resolve(sample)), sent);
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

    static String body(Part part) throws Exception {
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return ((String) part.getContent()).replace("\r\n", "\n");
        }
        if (part.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                String text = body(mp.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }
}
