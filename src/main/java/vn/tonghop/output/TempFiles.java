package vn.tonghop.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Where a night's temporary files go: the big sheets' rows before they go into their workbook (POI's, through
 * {@link TempFile}) and the findings spooled for the discrepancies ({@code report.FindingSpool}). While an office
 * command holds the office's lock they go to {@code data-dir/tmp}, which that command empties first: a run killed
 * while it wrote its outputs left them there (at 100,000 schools the facts' workbook alone spools 1.4 GB), and no
 * other process of the office can be using them. Left in the system's temporary folder they stayed until a
 * reboot, and that folder is memory (tmpfs) on Debian 13, where a few of them would fill it and stop the nights.
 */
public final class TempFiles {

    /** The folder under {@code data-dir}. */
    public static final String FOLDER = "tmp";

    /** Where temporary files go; null for the JVM's temporary folder. */
    private static volatile Path folder;

    private TempFiles() {
    }

    /** Empties {@code dataDir/tmp} of what a killed run left there and sends every temporary file there. */
    public static void useUnder(Path dataDir) throws IOException {
        Path dir = Files.createDirectories(dataDir.resolve(FOLDER));
        try (Stream<Path> left = Files.list(dir)) {
            for (Path p : left.toList()) {
                FileTrees.delete(p);
            }
        }
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(dir.toFile()));
        folder = dir;
    }

    /** Back to the JVM's temporary folder, once the office's command has ended. */
    public static void useDefault() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        folder = null;
    }

    /** A new temporary file, in the office's folder while a command holds it. */
    public static Path create(String prefix, String suffix) throws IOException {
        Path dir = folder;
        return dir == null ? Files.createTempFile(prefix, suffix) : Files.createTempFile(dir, prefix, suffix);
    }
}
