package vn.tonghop.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.Callable;

/** The office's lock file beside its database: one command that writes at a time. */
final class OfficeLock {

    private OfficeLock() {
    }

    /** Runs {@code work} holding the lock; empty when another process (or this one) holds it. */
    static <T> Optional<T> tryWith(Path dataDir, Callable<T> work) throws Exception {
        Files.createDirectories(dataDir);
        Path lockFile = dataDir.resolve("tonghop.lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock == null ? Optional.empty() : Optional.ofNullable(work.call());
        } catch (OverlappingFileLockException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw e;
        }
    }
}
