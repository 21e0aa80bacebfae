package vn.tonghop.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How every output file is written (a run's folder, feedback workbooks, consolidated tables, the
 * templates): to a temporary name in the target's folder, then moved into place in one step
 * ({@code ATOMIC_MOVE}, a plain replace where the file system cannot). A full disk, an error or a
 * killed process therefore never leaves a truncated file under the real name: the office sees the
 * previous complete file or the new complete one. Files get the office's permissions
 * ({@code tonghop.output-permissions}, default {@code rw-r--r--}), folders the same with {@code x}
 * wherever {@code r} is.
 * <p>
 * The temporary name is fixed per target ({@code .tonghop-<hash of the name>.tmp}): short whatever the
 * target's name, hidden, and overwritten by the next write of the same file, so a run killed while
 * writing leaves nothing behind once it is restarted. No {@code fsync}: a night writes thousands of
 * feedback workbooks, and a killed process loses nothing the kernel already has; after a power cut
 * the restarted run writes its outputs again.
 */
public final class OutputFiles {

    private static final Logger log = LoggerFactory.getLogger(OutputFiles.class);

    public static final String DEFAULT_PERMISSIONS = "rw-r--r--";

    /** The default permissions, for callers outside an office's configuration (tests, tools). */
    public static final OutputFiles DEFAULT = new OutputFiles(DEFAULT_PERMISSIONS);

    /** Writes a file's content; the stream may be closed by it or not. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Set<PosixFilePermission> filePermissions;
    private final Set<PosixFilePermission> folderPermissions;
    private final AtomicBoolean permissionWarned = new AtomicBoolean();

    /**
     * @param permissions as {@code ls -l} shows them, e.g. {@code rw-r--r--} or {@code rw-rw----}
     * @throws IllegalArgumentException not nine such characters (message in Vietnamese, for the office)
     */
    public OutputFiles(String permissions) {
        Set<PosixFilePermission> parsed;
        try {
            parsed = PosixFilePermissions.fromString(permissions == null ? "" : permissions.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Quyền của tệp kết quả tonghop.output-permissions «" + permissions
                    + "» không hợp lệ: cần 9 ký tự như ls -l hiển thị, ví dụ rw-r--r-- (mọi người đọc được) hoặc "
                    + "rw-rw---- (chỉ người dùng và nhóm). Sửa dòng output-permissions trong job.yml.");
        }
        if (!parsed.contains(PosixFilePermission.OWNER_READ) || !parsed.contains(PosixFilePermission.OWNER_WRITE)) {
            throw new IllegalArgumentException("Quyền của tệp kết quả tonghop.output-permissions «" + permissions
                    + "» phải cho chính chương trình đọc và ghi (bắt đầu bằng rw-), để lần sau còn ghi đè được. "
                    + "Sửa dòng output-permissions trong job.yml, ví dụ rw-r--r--.");
        }
        this.filePermissions = Set.copyOf(parsed);
        this.folderPermissions = Set.copyOf(withSearch(parsed));
    }

    public Set<PosixFilePermission> filePermissions() {
        return filePermissions;
    }

    public Set<PosixFilePermission> folderPermissions() {
        return folderPermissions;
    }

    /**
     * Writes {@code target} through a temporary file beside it; on any failure the temporary file is
     * removed and the target is as it was.
     */
    public void write(Path target, Content content) throws IOException {
        Path dir = createDirectories(target.toAbsolutePath().getParent());
        Path temp = dir.resolve(tempName(target));
        try {
            try (OutputStream out = new BufferedOutputStream(Channels.newOutputStream(Files.newByteChannel(temp,
                    Set.of(StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE,
                            LinkOption.NOFOLLOW_LINKS),
                    created(filePermissions))), 1 << 16)) {
                content.writeTo(out);
            }
            permit(temp, filePermissions);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException | RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** Creates the folder and any missing parents, each new one with the folder permissions. */
    public Path createDirectories(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        Deque<Path> missing = new ArrayDeque<>();
        for (Path d = absolute; d != null && !Files.isDirectory(d); d = d.getParent()) {
            missing.push(d);
        }
        for (Path d : missing) {
            try {
                Files.createDirectory(d, created(folderPermissions));
                permit(d, folderPermissions); // the process umask may have taken bits away
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(d)) {
                    throw e;
                }
            }
        }
        return absolute;
    }

    /** The fixed temporary name of a target: hidden, short, the same for every write of it. */
    static String tempName(Path target) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(target.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            return ".tonghop-" + HexFormat.of().formatHex(hash, 0, 8) + ".tmp";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileAttribute<?>[] created(Set<PosixFilePermission> permissions) {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    /**
     * Sets the permissions exactly (creation applies the umask). A file system that refuses (a
     * Windows share) gets a warning, once: permissions never cost the office its outputs.
     */
    private void permit(Path path, Set<PosixFilePermission> permissions) {
        if (!posix()) {
            return;
        }
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (IOException | UnsupportedOperationException e) {
            if (permissionWarned.compareAndSet(false, true)) {
                log.warn("Cannot set permissions {} on {} (the file system refuses): {}",
                        PosixFilePermissions.toString(permissions), path, e.toString());
            }
        }
    }

    private static boolean posix() {
        return java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** A folder can be entered by whoever may read it: {@code x} wherever {@code r} is. */
    private static Set<PosixFilePermission> withSearch(Set<PosixFilePermission> file) {
        Set<PosixFilePermission> folder = EnumSet.noneOf(PosixFilePermission.class);
        folder.addAll(file);
        if (file.contains(PosixFilePermission.OWNER_READ)) {
            folder.add(PosixFilePermission.OWNER_EXECUTE);
        }
        if (file.contains(PosixFilePermission.GROUP_READ)) {
            folder.add(PosixFilePermission.GROUP_EXECUTE);
        }
        if (file.contains(PosixFilePermission.OTHERS_READ)) {
            folder.add(PosixFilePermission.OTHERS_EXECUTE);
        }
        return folder;
    }
}
