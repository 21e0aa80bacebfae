package vn.tonghop.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run folders under {@code output-dir} beyond the newest {@code keep} ({@code tonghop.output-keep}),
 * deleted after a completed run, so that nights do not fill the disk (at 10,000 schools a night's folder
 * is about 700 MB). Only folders this office's runs wrote (as its database recorded them), named as a run
 * names its own ({@code 2026-11-29_020000_lan-12}), directly under {@code output-dir}, are touched: never
 * another office's sharing the folder, nor those of an office set up again with a new database, nor
 * anything else there. The newest by the start their name gives, then by run number, are kept, and always
 * the folder of the run that just completed. A symbolic link is deleted as a link, never followed. What
 * cannot be deleted is logged and left: a night is never failed by its clean-up. The database keeps every
 * run's figures and the archive every file; a later run whose district copy came from a deleted folder makes
 * the copy again ({@code report.DistrictCopy}).
 */
public final class OldRunFolders {

    private static final Logger log = LoggerFactory.getLogger(OldRunFolders.class);
    /** A run's folder: its start, {@code _lan-}, its number (see {@code job.ConsolidateJobConfig}). */
    private static final Pattern RUN_FOLDER = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}_\\d{6})_lan-(\\d{1,18})");

    private OldRunFolders() {
    }

    /** A run's folder, when the run started as its name says ({@code 2026-11-29_020000}), and its number. */
    record RunFolder(Path path, String started, long run) {
    }

    /**
     * Deletes the run folders under {@code outputDir} among {@code written} (where this office's runs wrote)
     * but the newest {@code keep} (none when {@code keep} is 0 or less) and {@code current} (the run's own, or
     * null); returns those deleted.
     */
    public static List<Path> prune(Path outputDir, int keep, Path current, Collection<Path> written) {
        if (keep <= 0 || outputDir == null || !Files.isDirectory(outputDir)) {
            return List.of();
        }
        Set<Path> ours = written.stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
        List<RunFolder> folders;
        try (Stream<Path> children = Files.list(outputDir)) {
            folders = children.filter(p -> ours.contains(p.toAbsolutePath().normalize()))
                    .map(OldRunFolders::runFolder).filter(f -> f != null)
                    .sorted(Comparator.comparing(RunFolder::started).thenComparingLong(RunFolder::run).reversed())
                    .toList();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not list the run folders of {}: {}", outputDir.toAbsolutePath(), e.toString());
            return List.of();
        }
        List<Path> deleted = new ArrayList<>();
        for (RunFolder old : folders.subList(Math.min(keep, folders.size()), folders.size())) {
            if (current != null && old.path().getFileName().equals(current.getFileName())) {
                continue;
            }
            try {
                FileTrees.delete(old.path());
                deleted.add(old.path());
            } catch (IOException | RuntimeException e) {
                log.warn("Could not delete the old run folder {}: {}", old.path().toAbsolutePath(), e.toString());
            }
        }
        if (!deleted.isEmpty()) {
            log.info("Deleted {} old run folder(s) of {}, keeping the newest {} (tonghop.output-keep)", deleted.size(),
                    outputDir.toAbsolutePath(), keep);
        }
        return deleted;
    }

    /** The run folder {@code p} is, or null when it is not one (another name, a file, a link). */
    private static RunFolder runFolder(Path p) {
        Matcher m = RUN_FOLDER.matcher(p.getFileName().toString());
        if (!m.matches() || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        return new RunFolder(p, m.group(1), Long.parseLong(m.group(2)));
    }
}
