package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import vn.tonghop.intake.ArchiveReceipts;

/**
 * Linux allows 255 bytes per file name and {@code ệ} is 3 of them. A school's file named with 83 of
 * them fits the inbox, but its feedback workbook {@code <unit>_gop-y_<name>} would not; a mailed
 * attachment named with 200 of them fits nowhere. Both are taken in, read and answered, and the nights
 * after them run as usual.
 */
class LongNamesTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    private static final String MAILBOX = "nop-bao-cao@so.example.vn";
    private static final String E = "ệ";

    @TempDir
    Path tmp;

    @Test
    void longVietnameseNamesFromTheInboxAndTheMailboxAreTakenInReadAndAnswered() throws Exception {
        greenMail.setUser(MAILBOX, MAILBOX, "mat-khau");
        String inboxName = E.repeat(83) + ".xlsx"; // 254 bytes: the most a name may have, nearly
        String mailedName = E.repeat(200) + ".xlsx"; // 605 bytes: no file may have this name
        assertThat(bytes(inboxName)).isLessThanOrEqualTo(255);
        Office office = new Office(tmp);
        office.deliver(Office.SAMPLES.resolve("TH_TanPhuA_phan_ky_chi_tieu.xlsx"), inboxName); // one finding
        mail("th.hoaan@example.vn", "TH_HoaAn_phan_ky_chi_tieu.xlsx", mailedName); // two findings

        assertThat(office.run(imap())).isZero();

        Path folder = office.lastRunFolder();
        List<CSVRecord> files = Office.csv(folder.resolve("files.csv"));
        assertThat(files).hasSize(2).allSatisfy(f -> assertThat(f.get("outcome")).isEqualTo("READ"));
        // the inbox file keeps its name; the mailed one a name cut in bytes, recorded as archived
        String mailedKept = office.jdbc().queryForObject("SELECT file_name FROM received_file WHERE sender = ?",
                String.class, "th.hoaan@example.vn");
        assertThat(bytes(mailedKept)).isBetween(240, 255);
        assertThat(mailedKept).startsWith(E.repeat(70)).endsWith(".xlsx");
        try (Stream<Path> archived = Files.walk(office.archive)) {
            assertThat(archived.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(ArchiveReceipts.FILE))) // the receipts noted beside the bytes
                    .containsExactlyInAnyOrder(inboxName, mailedKept);
        }
        assertThat(seen()).as("the message is marked read once its file is safe").isTrue();

        // each school's feedback workbook, named within 255 bytes, opens on its list of findings
        List<Path> feedback;
        try (Stream<Path> s = Files.list(folder.resolve("gop-y"))) {
            feedback = s.sorted().toList();
        }
        assertThat(feedback).hasSize(2);
        assertThat(feedback).extracting(p -> p.getFileName().toString())
                .allSatisfy(n -> assertThat(bytes(n)).isLessThanOrEqualTo(255))
                .anySatisfy(n -> assertThat(n).startsWith("87715004_gop-y_" + E.repeat(40)).endsWith(".xlsx"))
                .anySatisfy(n -> assertThat(n).startsWith("87715006_gop-y_" + E.repeat(40)).endsWith(".xlsx"));
        for (Path p : feedback) {
            try (Workbook wb = WorkbookFactory.create(p.toFile(), null, true)) {
                assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Góp ý");
            }
        }
        assertThat(Office.csv(folder.resolve("discrepancies.csv"))).extracting(r -> r.get("rule"))
                .doesNotContain("FEEDBACK_NOT_WRITTEN");

        // the next night: a new file, the long names already taken in, nothing fails
        office.deliver("TH_MyXuan_phan_ky_chi_tieu.xlsx");
        assertThat(office.run(imap())).isZero();
        assertThat(office.runFolders()).hasSize(2);
        assertThat(Office.csv(office.lastRunFolder().resolve("files.csv"))).extracting(r -> r.get("file"))
                .containsExactly("TH_MyXuan_phan_ky_chi_tieu.xlsx");
    }

    private static String[] imap() {
        return SchoolMail.imapArgs(greenMail);
    }

    private static void mail(String from, String sample, String asName) throws Exception {
        SchoolMail.send(greenMail, from, asName, Files.readAllBytes(Office.SAMPLES.resolve(sample)));
    }

    private static boolean seen() throws Exception {
        Store store = Session.getInstance(new java.util.Properties()).getStore("imap");
        store.connect("127.0.0.1", greenMail.getImap().getPort(), MAILBOX, "mat-khau");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                Message[] messages = inbox.getMessages();
                assertThat(messages).hasSize(1);
                return messages[0].isSet(Flags.Flag.SEEN);
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
