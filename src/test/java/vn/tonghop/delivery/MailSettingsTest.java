package vn.tonghop.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The property names the office writes in its job.yml bind as documented. */
class MailSettingsTest {

    @Test
    void bindsFromJobYmlNamesWithDefaults() {
        MailSettings s = bind(Map.of("tonghop.mail.from", "tonghop@so.example.vn",
                "tonghop.mail.from-name", "Sở GD&ĐT Đồng Tháp – tonghop",
                "tonghop.mail.office-recipients[0]", "a@so.example.vn",
                "tonghop.mail.office-recipients[1]", " ",
                "tonghop.mail.retry-delay", "2m"));

        assertThat(s.officeRecipients()).isEqualTo(List.of("a@so.example.vn"));
        assertThat(s.fromName()).isEqualTo("Sở GD&ĐT Đồng Tháp – tonghop");
        assertThat(s.retryDelay()).isEqualTo(Duration.ofMinutes(2));
        assertThat(s.attempts()).isEqualTo(3);
        assertThat(s.sendToSchools()).isTrue();
    }

    @Test
    void nothingConfiguredMeansDefaults() {
        MailSettings s = bind(Map.of());

        assertThat(s.officeRecipients()).isEmpty();
        assertThat(s.attempts()).isEqualTo(3);
        assertThat(s.retryDelay()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.sendToSchools()).isTrue();
    }

    private static MailSettings bind(Map<String, String> props) {
        return new Binder(new MapConfigurationPropertySource(props)).bindOrCreate("tonghop.mail",
                Bindable.of(MailSettings.class));
    }
}
