package vn.tonghop.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import vn.tonghop.cli.TemplateCommand;
import vn.tonghop.delivery.DeliveryOutcome;
import vn.tonghop.reference.UnitRegistry;

/** Templates handed out by e-mail, against GreenMail as the office's SMTP server. */
@SpringBootTest(properties = {"tonghop.cli.enabled=false", "spring.mail.host=127.0.0.1",
    "tonghop.mail.from=tonghop@so.example.vn", "tonghop.mail.retry-delay=10ms"})
class TemplateMailingTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @TempDir
    static Path work;

    @DynamicPropertySource
    static void office(DynamicPropertyRegistry registry) {
        registry.add("tonghop.data-dir", () -> work.resolve("data").toAbsolutePath().toString());
        registry.add("tonghop.template.output-dir", () -> work.resolve("templates").toString());
        registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
    }

    @Autowired
    TemplateCommand command;
    @Autowired
    TemplateMailer mailer;
    @Autowired
    UnitRegistry registry;

    @Test
    void eachUnitGetsItsOwnTemplateOnceAndItOpens() throws Exception {
        List<GeneratedTemplate> made = command.generate("PGD-ST");

        DeliveryOutcome first = mailer.send(made);

        long withEmail = made.stream().filter(t -> t.unit().email() != null && !t.unit().email().isBlank()).count();
        // every unit its phasing table; each school its self-assessment summary too
        assertThat(made).filteredOn(t -> t.kind().equals("phasing")).hasSize(14);
        assertThat(made).filteredOn(t -> t.kind().equals("self_assessment")).hasSize(13);
        assertThat(withEmail).isGreaterThanOrEqualTo(10);
        assertThat(first.sent()).isEqualTo((int) withEmail);
        MimeMessage phuLoc = null;
        List<String> phuLocSubjects = new java.util.ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress()
                    .equals(registry.find("87715001").email())) {
                phuLocSubjects.add(m.getSubject());
                if (m.getSubject().contains("bảng phân kỳ")) {
                    phuLoc = m;
                }
            }
        }
        assertThat(phuLoc).isNotNull();
        assertThat(phuLocSubjects).anySatisfy(s -> assertThat(s).contains("tự đánh giá", "17/2018"));
        assertThat(phuLoc.getSubject()).contains("Mẫu bảng phân kỳ", "2023.1", "Trường Tiểu học Phú Lộc");
        Part attachment = ((Multipart) phuLoc.getContent()).getBodyPart(1);
        assertThat(MimeUtility.decodeText(attachment.getFileName())).startsWith("87715001_");
        try (InputStream in = attachment.getInputStream(); Workbook wb = WorkbookFactory.create(in)) {
            assertThat(wb.getSheet("Hướng dẫn")).isNotNull();
        }

        DeliveryOutcome again = mailer.send(made); // the same version is not sent twice
        assertThat(again.sent()).isZero();
        assertThat(again.skipped()).isEqualTo((int) withEmail);
        assertThat(greenMail.getReceivedMessages()).hasSize((int) withEmail);
    }
}
