package vn.tonghop.template;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.tonghop.delivery.ComposedMail;
import vn.tonghop.delivery.DeliveryOutcome;
import vn.tonghop.delivery.MailDelivery;

/**
 * Sends each unit with an e-mail in the registry its templates, one short Vietnamese letter per template
 * (every kind alike). The deliveries are recorded under the key {@code 0} (no run) with the letter's
 * subject, which names the kind and the version: a unit is sent a template version once; a new version
 * goes out again.
 */
@Component
public class TemplateMailer {

    /** The delivery record's run id for templates handed out. */
    static final long TEMPLATES = 0;

    private final MailDelivery mail;
    private final TemplateSettings settings;
    private final String officeName;

    /** {@code officeName}: the office's {@code tonghop.office-name}, which signs the letter. */
    public TemplateMailer(MailDelivery mail, TemplateSettings settings,
                          @Value("${tonghop.office-name:#{null}}") String officeName) {
        this.mail = mail;
        this.settings = settings;
        this.officeName = officeName;
    }

    public DeliveryOutcome send(List<GeneratedTemplate> templates) {
        List<MailDelivery.Letter> letters = new ArrayList<>();
        for (GeneratedTemplate t : templates) {
            String email = t.unit().email();
            if (email != null && !email.isBlank()) {
                letters.add(new MailDelivery.Letter(email.strip(), t.unit().code(), letter(t)));
            }
        }
        return mail.send(TEMPLATES, letters);
    }

    ComposedMail letter(GeneratedTemplate t) {
        String subject = "[tonghop] " + t.title() + " – " + t.unit().name();
        String body = "Kính gửi " + t.unit().name() + ",\n\n"
                + officeName + " gửi đơn vị " + lowerFirst(t.title()) + " (tệp đính kèm «" + t.file().getFileName()
                + "»).\n\n"
                + (t.howToFill().isBlank() ? "" : t.howToFill().strip() + "\n\n")
                + "Xin giữ nguyên tên các trang và không chép bảng sang tệp khác; điền xong, đơn vị gửi lại "
                + "chính tệp này.\n"
                + (settings.contact().isEmpty() ? "" : "\nLiên hệ: " + settings.contact() + "\n")
                + "\nThư này được gửi tự động bởi tonghop.\n";
        return new ComposedMail(subject, body, List.of(t.file()));
    }

    /** «Mẫu bảng…» in the middle of a sentence. */
    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
