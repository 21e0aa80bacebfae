package vn.tonghop.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import vn.tonghop.text.FileNames;

/**
 * Keeps every file taken in, byte for byte, under {@code <archive>/<first two hex digits>/<sha256>/<name>}:
 * addressed by content (the same bytes are stored once, whatever they were called) yet still carrying
 * the name the school gave it, which the reader uses to tell the unit. Archived files are made
 * read-only; nothing ever writes to them again.
 */
public final class ContentArchive {

    /** A stored file: its hash, size and where it lies. */
    public record Archived(String sha256, long sizeBytes, Path path) {
    }

    /** The hash and size of bytes read once, not kept. */
    public record Hashed(String sha256, long sizeBytes) {
    }

    /** A copy in progress, in the archive's own folder until it is complete. */
    private static final String PART_PREFIX = "incoming-";
    private static final String PART_SUFFIX = ".part";

    private final Path root;

    public ContentArchive(Path root) {
        this.root = root;
    }

    /** The archive's folder. */
    public Path root() {
        return root;
    }

    /**
     * Removes the copies a killed run left half-written in the archive's folder: nothing refers to one
     * (bytes are known only once moved into their hash's folder), and only the run holding the office's
     * lock writes the archive. Returns how many.
     */
    public int clearUnfinished() throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(root, PART_PREFIX + "*" + PART_SUFFIX)) {
            for (Path part : parts) {
                if (Files.isRegularFile(part, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(part)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    /** Copies the stream into the archive while hashing it; a second copy of the same bytes is dropped. */
    public Archived store(InputStream content, String fileName) throws IOException {
        Files.createDirectories(root);
        Path temp = Files.createTempFile(root, PART_PREFIX, PART_SUFFIX);
        try {
            MessageDigest sha = sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                size = content.transferTo(out);
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            Path folder = root.resolve(hash.substring(0, 2)).resolve(hash);
            try (var existing = Files.exists(folder) ? Files.list(folder) : null) {
                if (existing != null) {
                    // the bytes' file, not the receipts noted beside it (ArchiveReceipts.FILE)
                    Path first = existing.filter(p -> !p.getFileName().toString().startsWith("."))
                            .filter(Files::isRegularFile).findFirst().orElse(null);
                    if (first != null) {
                        return new Archived(hash, size, first);
                    }
                }
            }
            Files.createDirectories(folder);
            Path target = folder.resolve(safeName(fileName));
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            } catch (FileAlreadyExistsException e) {
                return new Archived(hash, size, target); // stored meanwhile by an earlier, interrupted run
            }
            target.toFile().setReadOnly();
            return new Archived(hash, size, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A name safe to create anywhere: no folders, no control characters, no leading dots, at most
     * 255 bytes in UTF-8 (keeping the extension, {@link FileNames#cap}), never empty.
     */
    static String safeName(String name) {
        String base = name == null ? "" : name;
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        base = FileNames.creatable(base.substring(slash + 1));
        while (base.startsWith(".")) {
            base = base.substring(1);
        }
        return base.isEmpty() ? "tep-khong-ten" : FileNames.cap(base);
    }

    /** Hashes the stream to its end without keeping it (a file refused before any copy). */
    public static Hashed hash(InputStream content) throws IOException {
        MessageDigest sha = sha256();
        long size;
        try (OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            size = content.transferTo(sink);
        }
        return new Hashed(HexFormat.of().formatHex(sha.digest()), size);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
