package vn.tonghop.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The nightly backup of the embedded database ({@code tonghop.backup} in the office's job.yml).
 *
 * @param enabled on by default; nothing to do for a PostgreSQL server, whose backups are its own
 * @param folder  where the backups go; {@code <data-dir>/backup} when not set
 * @param keep    how many backups are kept, the newest; older ones are deleted
 */
@ConfigurationProperties("tonghop.backup")
public record BackupSettings(@DefaultValue("true") boolean enabled, Path folder, @DefaultValue("7") int keep) {

    public BackupSettings {
        keep = Math.max(1, keep);
    }
}
