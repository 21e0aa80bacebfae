package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
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
 * A night with e-mail on both sides, against GreenMail as the office's real SMTP and IMAP server:
 * a school's workbook comes in by mail (sender recorded), the office gets its workbooks, each school
 * its feedback; and a dead SMTP server costs the mails, never the run or its outputs.
 */
class NightlyMailTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    private static final String MAILBOX = "nop-bao-cao@so.example.vn";
    private static final String OFFICE = "so.gddt@example.vn";

    @TempDir
    Path tmp;

    @Test
    void resultsReachTheOfficeAndEachSchoolAndMailedWorkbooksAreTakenIn() throws Exception {
        greenMail.setUser(MAILBOX, MAILBOX, "mat-khau");
        mailWorkbook("th.hoaan@example.vn", "TH_HoaAn_phan_ky_chi_tieu.xlsx");
        mailWorkbook("TH.BinhMinh@example.vn", "BinhMinh_ban_hong.xlsx"); // broken, from the school's address
        Office office = new Office(tmp);
        office.deliver("TH_PhuLoc_phan_ky_chi_tieu.xlsx"); // nothing to fix
        office.deliver("TH_TanPhuA_phan_ky_chi_tieu.xlsx"); // one finding
        office.deliver(Office.SAMPLES.resolve("LongKhanh_co_mat_khau.xlsx"), "khong_ro.xlsx"); // whose? nobody's

        assertThat(office.run(mail(greenMail.getSmtp().getPort(), "--tonghop.mail.resubmit-by=15/12/2026"))).isZero();

        assertThat(office.jdbc().queryForObject("SELECT sender FROM received_file WHERE file_name = ?", String.class,
                "TH_HoaAn_phan_ky_chi_tieu.xlsx")).isEqualTo("th.hoaan@example.vn");
        Map<String, MimeMessage> byRecipient = new java.util.HashMap<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            String to = ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress();
            if (!to.equals(MAILBOX)) {
                byRecipient.put(to, m);
            }
        }
        assertThat(byRecipient.keySet()).containsExactlyInAnyOrder(OFFICE, "th.phuloc@example.vn",
                "th.tanphua@example.vn", "th.hoaan@example.vn", "th.binhminh@example.vn");

        MimeMessage office1 = byRecipient.get(OFFICE);
        assertThat(office1.getSubject()).contains("Sở Giáo dục và Đào tạo Đồng Tháp");
        // the registry's 15 schools less the 3 read (Bình Minh's broken file is not a table): Bến Đình among them
        assertThat(body(office1)).contains("Đơn vị chưa nộp (12):", "87715009");
        assertThat(attachmentNames(office1)).containsExactlyInAnyOrder("summary.xlsx", "discrepancies.xlsx");
        try (Workbook summary = workbook(office1, "summary.xlsx")) {
            assertThat(summary.getSheet("Cấp huyện")).isNotNull();
        }

        MimeMessage tanPhuA = byRecipient.get("th.tanphua@example.vn");
        assertThat(body(tanPhuA)).contains("L13")
                .as("where to send the corrected file (the mailbox the next run reads) and by when")
                .contains("xin gửi lại tệp đã sửa về địa chỉ " + MAILBOX + ", chậm nhất ngày 15/12/2026.");
        try (Workbook feedback = workbook(tanPhuA, attachmentNames(tanPhuA).get(0))) {
            assertThat(feedback.getSheetAt(0).getSheetName()).isEqualTo("Góp ý");
        }
        assertThat(attachmentNames(byRecipient.get("th.phuloc@example.vn"))).isEmpty(); // a confirmation
        assertThat(body(byRecipient.get("th.phuloc@example.vn"))).containsIgnoringCase("không");

        MimeMessage binhMinh = byRecipient.get("th.binhminh@example.vn");
        assertThat(attachmentNames(binhMinh)).isEmpty();
        assertThat(body(binhMinh)).contains("BinhMinh_ban_hong.xlsx", "hỏng", "về địa chỉ " + MAILBOX
                + ", chậm nhất ngày 15/12/2026.");
        assertThat(office.jdbc().queryForList("SELECT DISTINCT status FROM delivery", String.class))
                .containsExactly("SENT");
    }

    @Test
    void withoutAMailboxASchoolIsToldToSendItsCorrectedFileToItsDistrictByTheDeadline() throws Exception {
        Office office = new Office(tmp);
        office.deliver("TH_TanPhuA_phan_ky_chi_tieu.xlsx"); // one finding
        office.deliver("BinhMinh_ban_hong.xlsx"); // broken, named for Bình Minh

        assertThat(office.run("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + greenMail.getSmtp().getPort(),
                "--tonghop.mail.from=tonghop@so.example.vn", "--tonghop.mail.office-recipients=" + OFFICE,
                "--tonghop.mail.resubmit-by=2026-12-15")).isZero();

        Map<String, String> bodies = new java.util.HashMap<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            bodies.put(((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress(), body(m));
        }
        // Sông Trà's office, the schools' parent in the registry, and the office's deadline
        assertThat(bodies.get("th.tanphua@example.vn"))
                .contains("Sau khi sửa, xin gửi lại tệp đã sửa về địa chỉ pgd.songtra@example.vn, chậm nhất ngày 15/12/2026.");
        assertThat(bodies.get("th.binhminh@example.vn")).contains("không đọc được",
                "về địa chỉ pgd.songtra@example.vn, chậm nhất ngày 15/12/2026.");
    }

    @Test
    void aDeadMailServerDoesNotFailTheRunAndStatusShowsIt() throws Exception {
        Office office = new Office(tmp);
        office.deliver("TH_PhuLoc_phan_ky_chi_tieu.xlsx");
        int deadPort = freePort();

        assertThat(office.run(mail(deadPort))).isZero();

        Path folder = office.lastRunFolder();
        assertThat(folder.resolve("summary.xlsx")).isNotEmptyFile();
        assertThat(folder.resolve("discrepancies.xlsx")).isNotEmptyFile();
        assertThat(office.jdbc().queryForList("SELECT status, attempts FROM delivery")).isNotEmpty()
                .allSatisfy(row -> {
                    assertThat(row.get("STATUS")).isEqualTo("FAILED");
                    assertThat(((Number) row.get("ATTEMPTS")).intValue()).isEqualTo(2);
                });

        String status = Office.printed(() -> office.run(mail(deadPort, "status")));
        assertThat(status).contains("Thư gửi không được", OFFICE);
    }

    /** A port nothing listens on: a mail server that is down. */
    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String[] mail(int smtpPort, String... extra) {
        List<String> args = new ArrayList<>(List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--tonghop.mail.from=tonghop@so.example.vn", "--tonghop.mail.office-recipients=" + OFFICE,
                "--tonghop.mail.attempts=2", "--tonghop.mail.retry-delay=10ms",
                "--tonghop.imap.host=127.0.0.1", "--tonghop.imap.port=" + greenMail.getImap().getPort(),
                "--tonghop.imap.protocol=imap", "--tonghop.imap.username=" + MAILBOX,
                "--tonghop.imap.password=mat-khau"));
        args.addAll(Arrays.asList(extra));
        return args.toArray(String[]::new);
    }

    private static void mailWorkbook(String from, String sample) throws Exception {
        SchoolMail.send(greenMail, from, sample);
    }

    /** The first plain-text part that is not an attachment, decoded. */
    private static String body(Part part) throws Exception {
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return (String) part.getContent();
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

    private static List<String> attachmentNames(MimeMessage m) throws Exception {
        return attachments(m).stream().map(p -> {
            try {
                return jakarta.mail.internet.MimeUtility.decodeText(p.getFileName());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toList());
    }

    private static List<BodyPart> attachments(MimeMessage m) throws Exception {
        List<BodyPart> out = new ArrayList<>();
        if (m.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                if (Part.ATTACHMENT.equalsIgnoreCase(mp.getBodyPart(i).getDisposition())) {
                    out.add(mp.getBodyPart(i));
                }
            }
        }
        return out;
    }

    private static Workbook workbook(MimeMessage m, String name) throws Exception {
        for (BodyPart p : attachments(m)) {
            if (jakarta.mail.internet.MimeUtility.decodeText(p.getFileName()).equals(name)) {
                try (InputStream in = p.getInputStream()) {
                    return WorkbookFactory.create(in);
                }
            }
        }
        throw new AssertionError("no attachment " + name);
    }

}
