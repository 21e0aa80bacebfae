package vn.tonghop.delivery;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Who the run's e-mails come from and go to ({@code tonghop.mail} in the office's job.yml). The SMTP
 * server itself is Spring's {@code spring.mail.*}; without {@code spring.mail.host} nothing is sent.
 *
 * @param from             sender address (blank: the mail session's default)
 * @param fromName         display name shown with it, e.g. "Sở GD&ĐT Đồng Tháp – tonghop"
 * @param officeRecipients who gets the summary and the discrepancies of every run
 * @param attempts         tries per message before it is recorded as failed (at least 1)
 * @param retryDelay       pause between two rounds of tries
 * @param sendToSchools    false sends the office mail only (schools are then skipped)
 * @param resubmitBy       the last day a school may send its corrected file, told in its e-mail ({@code 15/12/2026}
 *                         or {@code 2026-12-15}); null: none
 */
@ConfigurationProperties("tonghop.mail")
public record MailSettings(String from, String fromName, List<String> officeRecipients,
                           @DefaultValue("3") int attempts, @DefaultValue("10s") Duration retryDelay,
                           @DefaultValue("true") boolean sendToSchools,
                           @DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = "yyyy-MM-dd") LocalDate resubmitBy) {

    public MailSettings {
        from = from == null ? "" : from.strip();
        fromName = fromName == null ? "" : fromName.strip();
        officeRecipients = officeRecipients == null ? List.of()
                : officeRecipients.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).distinct()
                        .toList();
        attempts = Math.max(1, attempts);
        retryDelay = retryDelay == null || retryDelay.isNegative() ? Duration.ofSeconds(10) : retryDelay;
    }
}
