package vn.tonghop.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The room left on the disk a run wrote its outputs to, against what the run wrote. A full disk stops the nights,
 * so the office is told while a few more runs' folders still fit: two weeks of nights to free some, or to keep
 * fewer folders ({@code tonghop.output-keep}). The archive, the database and its backups, often on the same disk,
 * grow too, so the comparison is with this run's folder alone and says no more than it knows.
 *
 * @param freeBytes what the disk has free for this process
 * @param runBytes  what the run's folder holds
 */
public record DiskRoom(long freeBytes, long runBytes) {

    /** Fewer runs' folders than this still fitting is worth a warning. */
    static final int FEW_RUNS = 14;

    /** A full disk or quota in an I/O error's message: Linux's, macOS's and Windows' wording. */
    private static final Pattern FULL = Pattern.compile(
            "No space left on device|Disk quota exceeded|not enough space on the disk");

    /** Whether {@code failure}, or one of its causes (the first 64: a chain may loop), says the disk is full. */
    public static boolean full(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 64; depth++, t = t.getCause()) {
            if (t.getMessage() != null && FULL.matcher(t.getMessage()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} (an error's stack trace as Spring Batch keeps it) says the disk is full. */
    public static boolean full(String text) {
        return text != null && FULL.matcher(text).find();
    }

    /** The room left beside {@code runFolder}, and what the folder holds (links not followed). */
    public static DiskRoom of(Path runFolder) throws IOException {
        long[] bytes = {0};
        Files.walkFileTree(runFolder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                bytes[0] += attrs.size();
                return FileVisitResult.CONTINUE;
            }
        });
        return new DiskRoom(Files.getFileStore(runFolder).getUsableSpace(), bytes[0]);
    }

    /** The office's warning for the disk of {@code runFolder}; null when there is room, or when it cannot be told. */
    public static String warningFor(Path runFolder) {
        try {
            DiskRoom room = of(runFolder);
            return room.low() ? room.warning() : null;
        } catch (IOException | RuntimeException e) { // a folder gone, a file system that will not say: no warning
            return null;
        }
    }

    /** Whether fewer than {@value #FEW_RUNS} folders like this run's still fit. */
    public boolean low() {
        return runBytes > 0 && freeBytes / runBytes < FEW_RUNS;
    }

    /** What the office is told, in Vietnamese: what is free, how many such folders that is, what to do. */
    public String warning() {
        return "Ổ đĩa chứa thư mục kết quả chỉ còn trống " + size(freeBytes) + ", bằng khoảng "
                + (runBytes == 0 ? 0 : freeBytes / runBytes) + " lần thư mục kết quả của lượt này (" + size(runBytes)
                + "). Khi đĩa đầy, các lượt tổng hợp sẽ dừng: xin giải phóng chỗ trống, hoặc giữ ít thư mục kết quả "
                + "hơn (tonghop.output-keep trong job.yml).";
    }

    /** Bytes as people read them, in MB and GB of 1024² and 1024³ bytes (as max-file-mb), a decimal comma. */
    static String size(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        if (mb >= 1024) {
            return String.format(Locale.ROOT, "%.1f GB", mb / 1024).replace('.', ',');
        }
        return mb >= 10 ? Math.round(mb) + " MB" : String.format(Locale.ROOT, "%.1f MB", mb).replace('.', ',');
    }
}
