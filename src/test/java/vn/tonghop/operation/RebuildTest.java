package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tonghop.operation.Office.out;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * The archive is the source of truth. Two nights of the sample office with e-mail on both sides; the
 * database is lost; a run is refused; {@code rebuild} makes the database again from the archive alone,
 * mailing nobody; the next night then has nothing new, as if nothing had happened.
 */
class RebuildTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    private static final String MAILBOX = "nop-bao-cao@so.example.vn";
    private static final String OFFICE = "so.gddt@example.vn";

    @TempDir
    Path tmp;

    @Test
    void aLostDatabaseIsRefusedThenRebuiltFromTheArchiveWithoutMailingAnyone() throws Exception {
        greenMail.setUser(MAILBOX, MAILBOX, "mat-khau");
        Office office = new Office(tmp);
        mailWorkbook("th.hoaan@example.vn", "TH_HoaAn_phan_ky_chi_tieu.xlsx");
        office.deliver("TH_PhuLoc_phan_ky_chi_tieu.xlsx");
        office.deliver("TH_TanPhuA_phan_ky_chi_tieu.xlsx");
        office.deliver("BinhMinh_ban_hong.xlsx");
        assertThat(office.run(mail())).isZero();
        // the second night: a second version of Tân Phú A, Phú Lộc's bytes again under another name
        resaved(Office.SAMPLES.resolve("TH_TanPhuA_phan_ky_chi_tieu.xlsx"), office.inbox.resolve("TH_TanPhuA_sua_lai.xlsx"));
        office.deliver(Office.SAMPLES.resolve("TH_PhuLoc_phan_ky_chi_tieu.xlsx"), "PhuLoc_gui_lai.xlsx");
        assertThat(office.run(mail())).isZero();

        Map<String, List<Map<String, Object>>> original = history(office.jdbc());
        assertThat(original.get("versions")).hasSize(4); // Phú Lộc, Tân Phú A twice, Hòa An
        assertThat(original.get("receipts")).hasSize(6);
        int mailed = mailsSent();
        assertThat(mailed).isPositive();
        List<Path> folders = office.runFolders();
        assertThat(folders).hasSize(2);

        Files.delete(office.data.resolve("tonghop.mv.db")); // lost

        String refused = out(() -> office.run(mail()), 2);
        assertThat(refused).contains("không có lịch sử tổng hợp", "rebuild", "khôi phục");
        assertThat(office.jdbc().queryForObject("SELECT COUNT(*) FROM received_file", Integer.class)).isZero();

        String rebuilt = out(() -> office.run(mail("rebuild")), 0);
        assertThat(rebuilt).contains("Đã dựng lại cơ sở dữ liệu", "không gửi thư nào");
        assertThat(history(office.jdbc())).isEqualTo(original);
        JdbcTemplate jdbc = office.jdbc();
        assertThat(jdbc.queryForList("SELECT DISTINCT status FROM delivery", String.class)).containsExactly("NOT_SENT");
        assertThat(mailsSent()).as("rebuild mails nobody").isEqualTo(mailed);

        String next = out(() -> office.run(mail()), 0);
        assertThat(next).contains("Lần tổng hợp số 3", "Tệp mới nhận: 0 (trùng nội dung với tệp đã nhận: 0)",
                "không có gì mới");
        assertThat(office.runFolders()).isEqualTo(folders);
        assertThat(mailsSent()).isEqualTo(mailed);
        assertThat(out(() -> office.run(mail("status")), 0)).contains("(dựng lại)");
    }

    @Test
    void aHeldFileAnOfficerAcceptedIsAcceptedAgainAtTheSamePoint() throws Exception {
        greenMail.setUser(MAILBOX, MAILBOX, "mat-khau");
        Office office = new Office(tmp);
        office.deliver("TH_TanPhuA_phan_ky_chi_tieu.xlsx");
        mailWorkbook("nguoi.la@example.net", "TH_PhuLoc_phan_ky_chi_tieu.xlsx"); // not Phú Lộc's address
        assertThat(office.run(mail("--tonghop.senders.unverified=hold"))).isZero();
        assertThat(office.jdbc().queryForObject("SELECT COUNT(*) FROM submission WHERE outcome = 'HELD'",
                Integer.class)).isOne();
        out(() -> office.run(mail("--tonghop.senders.unverified=hold", "accept", "TH_PhuLoc_phan_ky_chi_tieu.xlsx")), 0);
        assertThat(office.run(mail("--tonghop.senders.unverified=hold"))).isZero(); // reads it: Phú Lộc's version
        Map<String, List<Map<String, Object>>> original = history(office.jdbc());
        assertThat(original.get("versions")).extracting(v -> v.get("FILE_NAME"))
                .contains("TH_PhuLoc_phan_ky_chi_tieu.xlsx");
        int mailed = mailsSent();

        Files.delete(office.data.resolve("tonghop.mv.db"));
        out(() -> office.run(mail("--tonghop.senders.unverified=hold", "rebuild")), 0);

        assertThat(history(office.jdbc())).isEqualTo(original);
        assertThat(office.jdbc().queryForObject("SELECT COUNT(*) FROM sender_acceptance", Integer.class)).isOne();
        assertThat(mailsSent()).isEqualTo(mailed);
    }

    /** Everything a rebuild must give back as it was: receipts, versions, findings, outputs recorded. */
    private static Map<String, List<Map<String, Object>>> history(JdbcTemplate jdbc) {
        return Map.of(
                "receipts", jdbc.queryForList("SELECT id, run_id, sha256, file_name, source, sender, size_bytes, "
                        + "sent_at, received_at, archive_path, duplicate_of FROM received_file ORDER BY id"),
                "versions", jdbc.queryForList("SELECT unit_code, file_name, sha256, received_run_id, sent_at, sender, "
                        + "version, version_count FROM submission_version ORDER BY unit_code, version"),
                "submissions", jdbc.queryForList("SELECT run_id, file_name, sha256, outcome, reason, unit_code, version, "
                        + "is_current FROM submission ORDER BY received_file_id"),
                "facts", jdbc.queryForList("SELECT SUM(v.fact_count) AS n, COUNT(DISTINCT s.unit_code) AS units FROM "
                        + "submission_values v JOIN submission s ON s.id = v.submission_id WHERE v.fact_count > 0"),
                "findings", jdbc.queryForList("SELECT run_id, file_name, unit_code, sheet, cell, rule, severity, message, "
                        + "raw FROM finding ORDER BY run_id, file_name, unit_code, sheet, cell, rule, message"),
                "outputs", jdbc.queryForList("SELECT run_id, folder, fingerprint FROM run_output ORDER BY run_id"));
    }

    private static void resaved(Path sample, Path target) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(sample));
             OutputStream out = Files.newOutputStream(target)) {
            wb.getProperties().getCoreProperties().setDescription("Trường gửi lại sau khi sửa");
            wb.write(out);
        }
        Office.settled(target);
    }

    /** Messages sent by the office (the school's own message to the mailbox left out). */
    private static int mailsSent() throws Exception {
        int n = 0;
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            String to = ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress();
            n += to.equals(MAILBOX) ? 0 : 1;
        }
        return n;
    }

    private static String[] mail(String... extra) {
        List<String> args = new ArrayList<>(List.of("--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + greenMail.getSmtp().getPort(),
                "--tonghop.mail.from=tonghop@so.example.vn", "--tonghop.mail.office-recipients=" + OFFICE,
                "--tonghop.mail.attempts=1", "--tonghop.imap.host=127.0.0.1",
                "--tonghop.imap.port=" + greenMail.getImap().getPort(), "--tonghop.imap.protocol=imap",
                "--tonghop.imap.username=" + MAILBOX, "--tonghop.imap.password=mat-khau"));
        args.addAll(Arrays.asList(extra));
        return args.toArray(String[]::new);
    }

    private static void mailWorkbook(String from, String sample) throws Exception {
        SchoolMail.send(greenMail, from, sample);
    }
}
