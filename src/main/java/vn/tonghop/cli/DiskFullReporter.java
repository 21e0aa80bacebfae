package vn.tonghop.cli;

import org.springframework.boot.SpringBootExceptionReporter;

import vn.tonghop.output.DiskRoom;

/**
 * A start or a run stopped by a full disk, said in one Vietnamese line with what to do, in place of Spring
 * Boot's "Application run failed" and its stack trace (a full data disk while H2 migrated the schema printed
 * 900 lines). Registered in {@code META-INF/spring.factories}. A run the job had begun is finished by the next
 * start, as after any failure; the database is not harmed (tried on a full tmpfs: the next start with room ran).
 */
public final class DiskFullReporter implements SpringBootExceptionReporter {

    static final String LINE = "Ổ đĩa đầy: tonghop dừng giữa chừng. Xin giải phóng chỗ trống trên ổ chứa cơ sở dữ "
            + "liệu (data-dir), kho lưu (archive) và thư mục kết quả (output-dir) rồi chạy lại; lần chạy sau sẽ tiếp "
            + "tục từ chỗ đã dừng.";

    @Override
    public boolean reportException(Throwable failure) {
        if (!DiskRoom.full(failure)) {
            return false;
        }
        System.err.println(LINE);
        System.err.flush();
        return true;
    }
}
