package vn.tonghop.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.tonghop.config.TonghopProperties;
import vn.tonghop.store.DatabaseBackup;
import vn.tonghop.store.DatabaseTotals;

/**
 * The archive is the source of truth: a database with no run while the archive holds files was
 * emptied, lost or replaced (a 0-byte file opens as a new database). A run on it would take every file
 * in again as new and mail every school again, so it is refused until the office restores the backup or
 * runs {@code rebuild}. So is a run after a {@code rebuild} that did not finish.
 */
@Component
class LostDatabaseCheck {

    private final DatabaseTotals database;
    private final TonghopProperties props;
    private final DatabaseBackup backup;
    private final Environment env;

    LostDatabaseCheck(DatabaseTotals database, TonghopProperties props, DatabaseBackup backup, Environment env) {
        this.database = database;
        this.props = props;
        this.backup = backup;
        this.env = env;
    }

    /** Refuses a run on a database that does not match the archive. */
    void check() throws RunRefused, IOException {
        if (props.dataDir() != null && Files.exists(RebuildCommand.unfinishedMarker(props.dataDir()))) {
            throw new RunRefused("Lần dựng lại cơ sở dữ liệu (rebuild) trước chưa xong: chạy lại lệnh «rebuild» để "
                    + "dựng tiếp; chưa tổng hợp, để khỏi nhận lại tệp và gửi thư lại cho các trường.", 2);
        }
        // no run at all: a run killed while taking its first files in has one, and is restarted as usual
        if (database.runs() > 0) {
            return;
        }
        long files = vn.tonghop.intake.ArchiveReceipts.count(props.archive());
        if (files > 0) {
            throw new RunRefused(database() + " không có lịch sử tổng hợp nào (trống hoặc bị mất) trong khi kho lưu "
                    + props.archive().toAbsolutePath().normalize() + " đã có " + files + " tệp: không chạy, để khỏi "
                    + "nhận lại mọi tệp và gửi thư lại cho mọi trường. Hãy khôi phục bản sao lưu (" + backupHint()
                    + ", cách làm trong README) hoặc chạy lệnh «rebuild» để dựng lại cơ sở dữ liệu từ kho lưu.", 2);
        }
    }

    private String database() {
        String url = env.getProperty("spring.datasource.url", "");
        return url.startsWith("jdbc:h2:") && props.dataDir() != null
                ? "Cơ sở dữ liệu trong " + props.dataDir().toAbsolutePath().normalize()
                : "Cơ sở dữ liệu " + url.replaceFirst("^jdbc:", "").replaceFirst("\\?.*$", "");
    }

    private String backupHint() {
        Path folder = backup.folder();
        return folder == null ? "bản sao lưu của máy chủ cơ sở dữ liệu" : "thư mục " + folder.toAbsolutePath().normalize();
    }
}
