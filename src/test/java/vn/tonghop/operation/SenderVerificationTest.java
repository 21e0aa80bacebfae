package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * Who sent it: a workbook titled as a school and mailed from an address that is not the school's is
 * flagged, and with {@code tonghop.senders.unverified: hold} kept out of the consolidation (its school
 * not mailed) until an officer runs {@code accept}; then the next run uses it as the school's newest
 * version. Against GreenMail as the office's IMAP and SMTP server (on free ports: other tests may run).
 */
class SenderVerificationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    private static final String MAILBOX = "nop-bao-cao@so.example.vn";
    private static final String STRANGER = "Phong Dao Tao <Ke.Gia.Mao@evil.example>";
    private static final String PHU_LOC = "TH_PhuLoc_phan_ky_chi_tieu.xlsx";
    private static final String PHU_LOC_ADDRESS = "th.phuloc@example.vn";

    @TempDir
    Path tmp;

    @Test
    void aStrangersWorkbookIsHeldUntilAnOfficerAcceptsItThenItIsTheSchoolsNewestVersion() throws Exception {
        greenMail.setUser(MAILBOX, MAILBOX, "mat-khau");
        byte[] forged = Files.readAllBytes(Office.SAMPLES.resolve(PHU_LOC));
        String hash = sha(forged).substring(0, 12);
        mail(STRANGER, "PhuLoc_ban_moi.xlsx", forged);
        Office office = new Office(tmp);
        office.deliver("TH_TanPhuA_phan_ky_chi_tieu.xlsx"); // the inbox folder: no sender, not checked

        String night1 = Office.printed(() -> assertThat(office.run(args("hold"))).isZero());

        Path folder = office.lastRunFolder();
        Map<String, CSVRecord> files = byFile(Office.csv(folder.resolve("files.csv")));
        assertThat(files.get("PhuLoc_ban_moi.xlsx").get("outcome")).isEqualTo("HELD");
        assertThat(files.get("PhuLoc_ban_moi.xlsx").get("reason"))
                .contains("ke.gia.mao@evil.example", PHU_LOC_ADDRESS, "giữ lại", "accept " + hash);
        assertThat(files.get("PhuLoc_ban_moi.xlsx").get("used")).isEmpty();
        assertThat(files.get("TH_TanPhuA_phan_ky_chi_tieu.xlsx").get("outcome")).isEqualTo("READ");
        List<CSVRecord> findings = Office.csv(folder.resolve("discrepancies.csv"));
        assertThat(findings).filteredOn(r -> r.get("rule").equals("SENDER_NOT_REGISTERED"))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("unit_code")).isEqualTo("87715001");
                    assertThat(r.get("severity")).isEqualToIgnoringCase("warning");
                    assertThat(r.get("message")).contains("ke.gia.mao@evil.example", PHU_LOC_ADDRESS);
                });
        assertThat(currentFile(office, "87715001")).isNull(); // not consolidated
        assertThat(recipients()).contains("so.gddt@example.vn", "th.tanphua@example.vn")
                .doesNotContain(PHU_LOC_ADDRESS); // the school hears nothing of a file it may not have sent
        assertThat(night1).contains("Tệp đang giữ lại", "PhuLoc_ban_moi.xlsx", hash);
        assertThat(officeMail()).contains("Tệp đang giữ lại", "PhuLoc_ban_moi.xlsx", "Ke.Gia.Mao@evil.example", hash);

        String status = Office.printed(() -> assertThat(office.run(args("hold", "status"))).isZero());
        assertThat(status).contains("Tệp đang giữ lại", "PhuLoc_ban_moi.xlsx", hash);

        // the school itself sends a file the next night: that one is used, the stranger's stays held
        byte[] own = resaved(forged);
        mail("TH.PhuLoc@Example.VN", "PhuLoc_cua_truong.xlsx", own);
        assertThat(office.run(args("hold"))).isZero();
        assertThat(currentFile(office, "87715001")).isEqualTo("PhuLoc_cua_truong.xlsx");
        assertThat(Office.csv(office.lastRunFolder().resolve("discrepancies.csv")))
                .noneMatch(r -> r.get("rule").equals("SENDER_NOT_REGISTERED") && r.get("file").contains("cua_truong"));
        assertThat(office.jdbc().queryForObject("SELECT COUNT(*) FROM submission WHERE outcome = 'HELD'",
                Integer.class)).isOne(); // the stranger's file is still held, and nothing uses it

        int folders = office.runFolders().size();
        // an officer checks with the school and accepts the file by the start of its hash
        String wrong = Office.printed(() -> assertThat(office.run(args("hold", "accept", "ffffffffffff"))).isEqualTo(1));
        assertThat(wrong).contains("Không có tệp nào đang giữ lại khớp", "PhuLoc_ban_moi.xlsx");
        String accepted = Office.printed(() -> assertThat(office.run(args("hold", "accept",
                hash))).isZero());
        assertThat(accepted).contains("Đã chấp nhận", "PhuLoc_ban_moi.xlsx");
        greenMail.reset();
        greenMail.setUser(MAILBOX, MAILBOX, "mat-khau");

        assertThat(office.run(args("hold"))).isZero();
        assertThat(office.runFolders()).hasSize(folders + 1);
        assertThat(currentFile(office, "87715001")).isEqualTo("PhuLoc_ban_moi.xlsx");
        assertThat(office.jdbc().queryForObject("SELECT version FROM submission WHERE is_current "
                + "AND unit_code = '87715001'", Integer.class)).isEqualTo(2);
        Map<String, CSVRecord> after = byFile(Office.csv(office.lastRunFolder().resolve("files.csv")));
        assertThat(after.get("PhuLoc_ban_moi.xlsx").get("outcome")).isEqualTo("READ");
        assertThat(after.get("PhuLoc_ban_moi.xlsx").get("used")).isEqualTo("yes");
        assertThat(Office.csv(office.lastRunFolder().resolve("discrepancies.csv")))
                .noneMatch(r -> r.get("rule").equals("SENDER_NOT_REGISTERED"));
        assertThat(recipients()).contains(PHU_LOC_ADDRESS); // now the school is told what the office uses
        assertThat(office.jdbc().queryForObject("SELECT COUNT(*) FROM submission WHERE outcome = 'HELD'",
                Integer.class)).isZero();
    }

    @Test
    void aHeldFileSentAgainFromTheSchoolsOwnAddressIsUsedThatNight() throws Exception {
        greenMail.setUser(MAILBOX, MAILBOX, "mat-khau");
        byte[] table = Files.readAllBytes(Office.SAMPLES.resolve(PHU_LOC));
        mail("co.giao.phuloc@gmail.com", "PhuLoc_tu_nha.xlsx", table); // a teacher, from home
        Office office = new Office(tmp);
        assertThat(office.run(args("hold"))).isZero();
        assertThat(currentFile(office, "87715001")).isNull();

        mail(PHU_LOC_ADDRESS, "PhuLoc_tu_truong.xlsx", table); // the same bytes, from the school
        assertThat(office.run(args("hold"))).isZero();

        assertThat(currentFile(office, "87715001")).isEqualTo("PhuLoc_tu_nha.xlsx");
        Map<String, CSVRecord> files = byFile(Office.csv(office.lastRunFolder().resolve("files.csv")));
        assertThat(files.get("PhuLoc_tu_nha.xlsx").get("outcome")).isEqualTo("READ");
        assertThat(files.get("PhuLoc_tu_truong.xlsx").get("outcome")).isEqualTo("DUPLICATE");
        assertThat(office.jdbc().queryForObject("SELECT COUNT(*) FROM submission WHERE outcome = 'HELD'",
                Integer.class)).isZero();
    }

    @Test
    void theSchoolsOwnOrAnAllowedAddressIsNoFindingAndByDefaultAStrangersFileIsUsedWithAWarning() throws Exception {
        greenMail.setUser(MAILBOX, MAILBOX, "mat-khau");
        mail("\"Trường Phú Lộc\" <TH.PhuLoc@example.vn>", PHU_LOC,
                Files.readAllBytes(Office.SAMPLES.resolve(PHU_LOC)));
        mail("hieutruong.hoaan@gmail.com", "TH_HoaAn_phan_ky_chi_tieu.xlsx",
                Files.readAllBytes(Office.SAMPLES.resolve("TH_HoaAn_phan_ky_chi_tieu.xlsx")));
        mail(STRANGER, "TH_TanPhuA_phan_ky_chi_tieu.xlsx",
                Files.readAllBytes(Office.SAMPLES.resolve("TH_TanPhuA_phan_ky_chi_tieu.xlsx")));
        Office office = new Office(tmp);

        // no tonghop.senders.unverified: the default, accept
        assertThat(office.run(args(null, "--tonghop.senders.allowed-for.87715006=hieutruong.hoaan@gmail.com")))
                .isZero();

        Path folder = office.lastRunFolder();
        Map<String, CSVRecord> files = byFile(Office.csv(folder.resolve("files.csv")));
        assertThat(files.values()).extracting(r -> r.get("outcome")).containsOnly("READ");
        assertThat(files.values()).extracting(r -> r.get("used")).containsOnly("yes");
        List<CSVRecord> flagged = Office.csv(folder.resolve("discrepancies.csv")).stream()
                .filter(r -> r.get("rule").equals("SENDER_NOT_REGISTERED")).toList();
        assertThat(flagged).singleElement().satisfies(r -> {
            assertThat(r.get("file")).isEqualTo("TH_TanPhuA_phan_ky_chi_tieu.xlsx");
            assertThat(r.get("message")).contains("ke.gia.mao@evil.example", "th.tanphua@example.vn",
                    "vẫn được dùng");
        });
        assertThat(currentFile(office, "87715004")).isEqualTo("TH_TanPhuA_phan_ky_chi_tieu.xlsx");
        // the school whose name was used is told, in its feedback
        assertThat(recipients()).contains("th.tanphua@example.vn");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static String[] args(String unverified, String... extra) {
        List<String> args = new ArrayList<>(List.of("--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + greenMail.getSmtp().getPort(), "--tonghop.mail.from=tonghop@so.example.vn",
                "--tonghop.mail.office-recipients=so.gddt@example.vn", "--tonghop.mail.attempts=1",
                "--tonghop.imap.host=127.0.0.1", "--tonghop.imap.port=" + greenMail.getImap().getPort(),
                "--tonghop.imap.protocol=imap", "--tonghop.imap.username=" + MAILBOX,
                "--tonghop.imap.password=mat-khau"));
        if (unverified != null) {
            args.add("--tonghop.senders.unverified=" + unverified);
        }
        args.addAll(Arrays.asList(extra));
        return args.toArray(String[]::new);
    }

    /** The file each unit's consolidation uses now, or null. */
    private static String currentFile(Office office, String unit) {
        List<String> names = office.jdbc().queryForList("SELECT file_name FROM submission WHERE is_current "
                + "AND unit_code = ?", String.class, unit);
        return names.isEmpty() ? null : names.get(0);
    }

    private static List<String> recipients() throws Exception {
        List<String> out = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            String to = ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress();
            if (!to.equals(MAILBOX)) {
                out.add(to);
            }
        }
        return out;
    }

    /** The text of the last mail to the office. */
    private static String officeMail() throws Exception {
        String text = "";
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            String to = ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress();
            if (to.equals("so.gddt@example.vn")) {
                text = body(m);
            }
        }
        return text;
    }

    /** The first plain-text part that is not an attachment, decoded. */
    private static String body(Part part) throws Exception {
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                String text = body(mp.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    private static Map<String, CSVRecord> byFile(List<CSVRecord> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.get("file"), Function.identity()));
    }

    private static void mail(String from, String name, byte[] workbook) throws Exception {
        SchoolMail.send(greenMail, from, name, workbook);
    }

    /** The same table saved again with another description: other bytes, the same school. */
    private static byte[] resaved(byte[] workbook) throws Exception {
        try (InputStream in = new java.io.ByteArrayInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getProperties().getCoreProperties().setDescription("bản của trường");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static String sha(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }


}
