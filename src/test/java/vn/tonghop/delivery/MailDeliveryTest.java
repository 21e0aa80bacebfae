package vn.tonghop.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import vn.tonghop.domain.Unit;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.store.DeliveryStore;
import vn.tonghop.store.DeliveryStatus;

/** Delivery against GreenMail as a real SMTP server, with the delivery table in H2 migrated by Flyway. */
class MailDeliveryTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static final String OFFICE = "Sở Giáo dục và Đào tạo Đồng Tháp";
    static final String FEEDBACK_NAME = "87612405_gop-y_Bảng phân kỳ TH Tân Thành B2.xlsx";
    static final long RUN = 7;

    @TempDir
    Path dir;

    DeliveryStore store;
    JdbcTemplate jdbc;
    DataSourceTransactionManager tm;
    MailSettings settings = new MailSettings("tonghop@so.example.vn", "Sở GD&ĐT Đồng Tháp – tonghop",
            List.of("vanphong@so.example.vn", "truongphong@so.example.vn"), 3, Duration.ofMillis(20), true, null);

    RunDigest digest;
    List<SchoolFeedback> schools;

    @BeforeEach
    void setUp() throws IOException {
        DriverManagerDataSource ds = new DriverManagerDataSource(
                "jdbc:h2:mem:delivery-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load().migrate();
        jdbc = new JdbcTemplate(ds);
        tm = new DataSourceTransactionManager(ds);
        store = new DeliveryStore(jdbc, tm);

        digest = new RunDigest(RUN, OFFICE, LocalDateTime.of(2026, 11, 23, 9, 38), 11, 9, 25, 7, 3,
                List.of(school("87612499", "Trường THCS Sông Trà A", ""),
                        school("87612500", "Trường Tiểu học Sông Trà B", "")),
                workbook("summary.xlsx", "Cấp tỉnh"), workbook("discrepancies.xlsx", "Sai sót"));
        Path feedback = workbook(FEEDBACK_NAME, "Góp ý");
        schools = List.of(
                new SchoolFeedback(school("87612405", "Trường Tiểu học Tân Thành B2", "th.tanthanhb2@example.vn"),
                        "Bảng phân kỳ TH Tân Thành B2.xlsx", 2, List.of(
                                finding("Phụ lục II", "H12", "PHASE_BACKWARDS", Severity.WARNING,
                                        "Phân kỳ năm 2024 (97,5) thấp hơn năm 2023 (98)."),
                                finding("Phụ lục II", "D11", "PERCENT_OUT_OF_RANGE", Severity.ERROR,
                                        "Tỷ lệ 105 nằm ngoài 0–100; xin nhập lại.")),
                        feedback, null),
                new SchoolFeedback(school("87612410", "Trường THCS Tân Hồng", "thcs.tanhong@example.vn"),
                        "tanhong.xlsx", 1, List.of(), null, null),
                new SchoolFeedback(school("87612411", "Trường Tiểu học Sông Trà C", "th.songtrac@example.vn"),
                        "songtrac.xlsx", 1, List.of(), feedback, "Tệp được đặt mật khẩu nên không mở được."),
                new SchoolFeedback(school("87612412", "Trường Mầm non Sông Trà", " "),
                        "mamnon.xlsx", 1, List.of(), null, null));
    }

    @Test
    void officeAndSchoolsGetTheirMailWithAttachmentsThatOpenAsWorkbooks() throws Exception {
        DeliveryOutcome outcome = delivery(senderAt(greenMail.getSmtp().getPort())).deliver(digest, letters(schools));

        assertThat(outcome).isEqualTo(new DeliveryOutcome(5, 0, 1));
        assertThat(greenMail.getReceivedMessages()).hasSize(5);
        assertThat(receivedBy("mamnon")).isEmpty();

        // The office: subject, sender's display name, counts, who sent nothing, both workbooks.
        for (String to : List.of("vanphong@so.example.vn", "truongphong@so.example.vn")) {
            MimeMessage office = only(receivedBy(to));
            assertThat(office.getSubject())
                    .isEqualTo("[tonghop] Kết quả tổng hợp – Sở Giáo dục và Đào tạo Đồng Tháp – 23/11/2026");
            assertThat(((InternetAddress) office.getFrom()[0]).getPersonal()).isEqualTo("Sở GD&ĐT Đồng Tháp – tonghop");
            assertThat(office.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
            String body = body(office);
            assertThat(body).contains("Đơn vị đã báo cáo: 9/11", "Lỗi: 25; cảnh báo: 7",
                    "Tệp mới nhận trong lượt này: 3", "Đơn vị chưa nộp (2):",
                    "1. 87612499 – Trường THCS Sông Trà A", "2. 87612500 – Trường Tiểu học Sông Trà B",
                    "- summary.xlsx: bảng tổng hợp", "- discrepancies.xlsx: mọi lỗi và cảnh báo");
            List<Part> files = attachments(office);
            assertThat(files).extracting(MailDeliveryTest::name).containsExactly("summary.xlsx", "discrepancies.xlsx");
            assertThat(files).allSatisfy(p -> assertThat(p.getContentType()).startsWith(MailDelivery.XLSX));
            assertThat(firstCell(files.get(0))).isEqualTo("Cấp tỉnh");
            assertThat(firstCell(files.get(1))).isEqualTo("Sai sót");
        }

        // A school with findings: errors first, where to look, the marked-up workbook attached.
        MimeMessage fix = only(receivedBy("th.tanthanhb2@example.vn"));
        assertThat(fix.getSubject()).isEqualTo("[tonghop] Cần sửa tệp “Bảng phân kỳ TH Tân Thành B2.xlsx” (lần nộp thứ 2)");
        String body = body(fix);
        assertThat(body).startsWith("Kính gửi Trường Tiểu học Tân Thành B2,")
                .contains("Có 2 mục cần xem lại (1 lỗi, 1 cảnh báo)",
                        "1. [Lỗi] 'Phụ lục II'!D11 – Tỷ lệ 105 nằm ngoài 0–100; xin nhập lại.",
                        "2. [Cảnh báo] 'Phụ lục II'!H12 – Phân kỳ năm 2024",
                        "xem tệp đính kèm: các ô cần sửa được tô màu và có ghi chú", "gửi lại tệp đã sửa");
        Part feedback = only(attachments(fix));
        assertThat(name(feedback)).isEqualTo(FEEDBACK_NAME);
        assertThat(feedback.getHeader("Content-Disposition")[0]).contains("=UTF-8''"); // RFC 2231
        assertThat(firstCell(feedback)).isEqualTo("Góp ý");

        // Nothing to fix: a confirmation, nothing attached.
        MimeMessage ok = only(receivedBy("thcs.tanhong@example.vn"));
        assertThat(ok.getSubject()).isEqualTo("[tonghop] Đã nhận tệp “tanhong.xlsx” (lần nộp thứ 1)");
        assertThat(body(ok)).contains("Kính gửi Trường THCS Tân Hồng,", "không có mục nào cần sửa");
        assertThat(attachments(ok)).isEmpty();

        // Not read: the reason and what to do, and no attachment even though a workbook was given.
        MimeMessage unread = only(receivedBy("th.songtrac@example.vn"));
        assertThat(unread.getSubject()).isEqualTo("[tonghop] Không đọc được tệp “songtrac.xlsx” (lần nộp thứ 1)");
        assertThat(body(unread)).contains("nhưng không đọc được:\nTệp được đặt mật khẩu nên không mở được.",
                "không đặt mật khẩu");
        assertThat(attachments(unread)).isEmpty();

        DeliveryStatus status = store.status(RUN);
        assertThat(status.sent()).isEqualTo(5);
        assertThat(status.failed()).isZero();
        assertThat(jdbc.queryForObject("SELECT attachments FROM delivery WHERE unit_code IS NULL AND recipient = ?",
                String.class, "vanphong@so.example.vn")).isEqualTo("summary.xlsx, discrepancies.xlsx");
        assertThat(jdbc.queryForObject("SELECT attachments FROM delivery WHERE unit_code = '87612405'",
                String.class)).isEqualTo(FEEDBACK_NAME);
    }

    @Test
    void aRestartedRunSendsNothingTwice() {
        MailDelivery delivery = delivery(senderAt(greenMail.getSmtp().getPort()));
        delivery.deliver(digest, letters(schools));

        // The restart's date differs: the office is still not mailed again.
        RunDigest restarted = new RunDigest(RUN, OFFICE, digest.runAt().plusDays(1), 11, 9, 25, 7, 3,
                digest.missing(), digest.summary(), digest.discrepancies());
        DeliveryOutcome again = delivery.deliver(restarted, letters(schools));

        assertThat(again).isEqualTo(new DeliveryOutcome(0, 0, 6));
        assertThat(greenMail.getReceivedMessages()).hasSize(5);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery", Integer.class)).isEqualTo(5);
    }

    @Test
    void whatWentOutStaysRecordedWhenTheCallersTransactionIsLost() {
        // a run's deliver step sends inside a transaction that a killed run never commits
        MailDelivery delivery = delivery(senderAt(greenMail.getSmtp().getPort()));
        new TransactionTemplate(tm).executeWithoutResult(step -> {
            delivery.deliver(digest, letters(schools));
            step.setRollbackOnly();
        });

        DeliveryOutcome restarted = delivery.deliver(digest, letters(schools));

        assertThat(restarted).isEqualTo(new DeliveryOutcome(0, 0, 6));
        assertThat(greenMail.getReceivedMessages()).hasSize(5);
    }

    @Test
    void aDeadServerFailsEveryMessageAfterAllAttemptsWithoutThrowing() throws IOException {
        MailDelivery delivery = delivery(senderAt(freePort()));

        DeliveryOutcome outcome = delivery.deliver(digest, letters(schools));

        assertThat(outcome).isEqualTo(new DeliveryOutcome(0, 5, 1));
        DeliveryStatus status = store.status(RUN);
        assertThat(status.sent()).isZero();
        assertThat(status.failed()).isEqualTo(5);
        assertThat(status.failures()).allSatisfy(f -> {
            assertThat(f.attempts()).isEqualTo(settings.attempts());
            assertThat(f.lastError()).containsIgnoringCase("connect");
        });
        assertThat(status.failures()).extracting(DeliveryStatus.Failure::unitCode)
                .containsExactly(null, null, "87612405", "87612410", "87612411");

        // The server is back when the run is restarted: everything goes out, the tries add up.
        DeliveryOutcome retried = delivery(senderAt(greenMail.getSmtp().getPort())).deliver(digest, letters(schools));
        assertThat(retried).isEqualTo(new DeliveryOutcome(5, 0, 1));
        assertThat(store.status(RUN).failed()).isZero();
        assertThat(jdbc.queryForList("SELECT attempts FROM delivery", Integer.class)).containsOnly(4);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery WHERE last_error IS NOT NULL", Integer.class))
                .isZero();
    }

    @Test
    void aMalformedAddressFailsAtOnceAndTheOthersStillGo() {
        List<SchoolFeedback> withBadAddress = new ArrayList<>(schools);
        withBadAddress.add(new SchoolFeedback(school("87612413", "Trường THCS Sông Trà", "thcs songtra@@example"),
                "thcs.xlsx", 1, List.of(), null, null));

        DeliveryOutcome outcome = delivery(senderAt(greenMail.getSmtp().getPort())).deliver(digest, letters(withBadAddress));

        assertThat(outcome).isEqualTo(new DeliveryOutcome(5, 1, 1));
        DeliveryStatus.Failure bad = only(store.status(RUN).failures());
        assertThat(bad.unitCode()).isEqualTo("87612413");
        assertThat(bad.attempts()).isZero();
        assertThat(bad.lastError()).startsWith("Invalid e-mail address");
    }

    @Test
    void severalAddressesInOneRegistryCellAllGetTheMail() throws Exception {
        SchoolFeedback two = new SchoolFeedback(
                school("87612410", "Trường THCS Tân Hồng", "hieutruong@example.vn; vanthu@example.vn"),
                "tanhong.xlsx", 1, List.of(), null, null);

        delivery(senderAt(greenMail.getSmtp().getPort())).deliver(digest, letters(List.of(two)));

        // One message to both (GreenMail keeps a copy per mailbox), none to the office's list of units.
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(2 + settings.officeRecipients().size());
        assertThat(receivedBy("hieutruong@example.vn")).hasSize(2).allSatisfy(m -> assertThat(
                Arrays.stream(m.getRecipients(MimeMessage.RecipientType.TO)).map(Address::toString))
                .containsExactly("hieutruong@example.vn", "vanthu@example.vn"));
    }

    @Test
    void withoutAnSmtpServerNothingIsSentOrRecorded() {
        ObjectProvider<JavaMailSender> none = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);

        List<String> read = new ArrayList<>();

        DeliveryOutcome outcome = new MailDelivery(none, settings, store, new MailComposer())
                .deliver(digest, counted(schools, read));

        assertThat(outcome).isEqualTo(new DeliveryOutcome(0, 0, 6));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery", Integer.class)).isZero();
        assertThat(read).as("no school's findings read for mail that is not sent").isEmpty();
    }

    @Test
    void eachSchoolsFeedbackIsReadJustBeforeItsLetterGoesOut() {
        List<String> read = new ArrayList<>();

        delivery(senderAt(greenMail.getSmtp().getPort())).deliver(digest, counted(schools, read));

        // messages received when each school's feedback was read: the office's two, then one more each
        // time, so no school's findings wait in memory for another's letter (the school without an
        // address is not read at all)
        assertThat(read).containsExactly("87612405 after 2", "87612410 after 3", "87612411 after 4");
    }

    @Test
    void aLetterThatFailsIsComposedAgainForEachTry() throws IOException {
        List<String> read = new ArrayList<>();

        delivery(senderAt(freePort())).deliver(digest, counted(schools.subList(0, 1), read));

        // one reading to try it in each of the 3 rounds, one to record it as failed
        assertThat(read).hasSize(settings.attempts() + 1);
        assertThat(store.status(RUN).failures()).extracting(DeliveryStatus.Failure::unitCode)
                .containsExactly(null, null, "87612405");
    }

    @Test
    void aSchoolsMailSaysWhereAndByWhenToSendTheCorrectedFile() throws Exception {
        MailComposer composer = new MailComposer(MailComposerTest.REGISTRY, "", "",
                java.time.LocalDate.of(2026, 12, 15));
        new MailDelivery(provider(senderAt(greenMail.getSmtp().getPort())), settings, store, composer)
                .deliver(digest, letters(schools));

        assertThat(body(only(receivedBy("th.tanthanhb2@example.vn")))).contains("Sau khi sửa, xin gửi lại tệp đã sửa "
                + "về địa chỉ pgd.songtra@example.vn hoặc vanthu.songtra@example.vn, chậm nhất ngày 15/12/2026.");
        assertThat(body(only(receivedBy("th.songtrac@example.vn")))).contains("về địa chỉ pgd.songtra@example.vn "
                + "hoặc vanthu.songtra@example.vn, chậm nhất ngày 15/12/2026.");
        assertThat(body(only(receivedBy("thcs.tanhong@example.vn")))).as("nothing to correct")
                .doesNotContain("chậm nhất", "pgd.songtra");
    }

    @Test
    void schoolsAreSkippedWhenTheOfficeTurnedThatOff() {
        MailSettings officeOnly = new MailSettings(settings.from(), settings.fromName(), settings.officeRecipients(),
                3, Duration.ofMillis(20), false, null);
        MailDelivery delivery = new MailDelivery(provider(senderAt(greenMail.getSmtp().getPort())), officeOnly, store,
                new MailComposer());

        assertThat(delivery.deliver(digest, letters(schools))).isEqualTo(new DeliveryOutcome(2, 0, 4));
    }

    @Test
    void aDatabaseFailureDoesNotEscape() {
        jdbc.execute("DROP TABLE delivery");

        DeliveryOutcome outcome = delivery(senderAt(greenMail.getSmtp().getPort())).deliver(digest, letters(schools));

        assertThat(outcome.sent()).isZero();
    }

    // --- helpers -------------------------------------------------------------------------------------

    private static List<SchoolLetter> letters(List<SchoolFeedback> schools) {
        return schools.stream().map(SchoolLetter::of).toList();
    }

    /** Letters that note in {@code read} each time a school's feedback is read, and how much mail was in by then. */
    private static List<SchoolLetter> counted(List<SchoolFeedback> schools, List<String> read) {
        return schools.stream().map(f -> new SchoolLetter(f.unit(), () -> {
            read.add(f.unit().code() + " after " + greenMail.getReceivedMessages().length);
            return f;
        })).toList();
    }

    private MailDelivery delivery(JavaMailSender sender) {
        return new MailDelivery(provider(sender), settings, store, new MailComposer());
    }

    private static ObjectProvider<JavaMailSender> provider(JavaMailSender sender) {
        return new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class);
    }

    private static JavaMailSenderImpl senderAt(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    /** A port nothing listens on: the connection is refused at once. */
    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private Path workbook(String name, String firstCell) throws IOException {
        Path file = dir.resolve(name);
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Trang 1").createRow(0).createCell(0).setCellValue(firstCell);
            wb.write(out);
        }
        return file;
    }

    static Unit school(String code, String name, String email) {
        return new Unit(code, name, "truong", "PGD-ST", email, null);
    }

    static Finding finding(String sheet, String cell, String rule, Severity severity, String message) {
        return new Finding("f.xlsx", "87612405", sheet, cell, rule, severity, message, "105");
    }

    private static List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                Address[] to = m.getRecipients(MimeMessage.RecipientType.TO);
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static <T> T only(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static String body(MimeMessage m) throws Exception {
        Part text = parts(m).stream().filter(p -> {
            try {
                return p.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        assertThat(text.getContentType()).containsIgnoringCase("charset=UTF-8");
        return ((String) text.getContent()).replace("\r\n", "\n"); // SMTP carries lines as CRLF
    }

    private static List<Part> attachments(MimeMessage m) throws Exception {
        return parts(m).stream().filter(p -> {
            try {
                return Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static List<Part> parts(Part p) throws Exception {
        List<Part> out = new ArrayList<>();
        if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                out.addAll(parts(mp.getBodyPart(i)));
            }
        } else {
            out.add(p);
        }
        return out;
    }

    private static String name(Part p) {
        try {
            return MimeUtility.decodeText(p.getFileName());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstCell(Part p) throws Exception {
        try (InputStream in = p.getInputStream(); Workbook wb = WorkbookFactory.create(in)) {
            return wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue();
        }
    }
}
