package vn.tonghop.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

import vn.tonghop.job.PhaseEvent;

/**
 * Where a bench run's time goes, from what the run records anyway: Spring Batch's Flight Recorder
 * events (the job, each step), tonghop's {@link PhaseEvent}s (read, check, store, consolidate), and
 * the times the output files were completed (every output is written under a temporary name and moved
 * into place, so a file's modification time is when that output was done; outputs are written one
 * after the other, so each output's time is the gap since the previous one, except the facts, written
 * beside them on a thread of their own and timed by their own event).
 */
final class PhaseTimes {

    private static final String BATCH_EVENTS = "org.springframework.batch.core.observability.jfr.events.";
    private static final String JOB = BATCH_EVENTS + "job.JobExecutionEvent";
    private static final String STEP = BATCH_EVENTS + "step.StepExecutionEvent";

    private final Recording recording = new Recording();
    private Instant appStart;
    private Instant appEnd;
    private Instant jobStart;
    private Instant jobEnd;
    private final Map<String, Step> steps = new LinkedHashMap<>();
    private final Map<String, Duration> phases = new TreeMap<>();
    private final Map<String, Long> phaseCounts = new TreeMap<>();

    record Step(Instant start, Duration duration) {
        Instant end() {
            return start.plus(duration);
        }
    }

    /** Starts recording; call just before the application starts. */
    void start() {
        for (String event : List.of(JOB, STEP, PhaseEvent.NAME)) {
            recording.enable(event).withoutThreshold().withoutStackTrace();
        }
        recording.start();
        appStart = Instant.now();
    }

    /** Stops recording and reads what it holds; call when the application has ended. */
    void stop(Path scratch) throws IOException {
        appEnd = Instant.now();
        recording.stop();
        Path file = scratch.resolve("phases.jfr");
        recording.dump(file);
        recording.close();
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            String type = e.getEventType().getName();
            if (type.equals(JOB)) {
                jobStart = e.getStartTime();
                jobEnd = e.getEndTime();
            } else if (type.equals(STEP)) {
                steps.put(e.getString("stepName"), new Step(e.getStartTime(), e.getDuration()));
            } else if (type.equals(PhaseEvent.NAME)) {
                phases.merge(e.getString("phase"), e.getDuration(), Duration::plus);
                phaseCounts.merge(e.getString("phase"), 1L, Long::sum);
            }
        }
        Files.deleteIfExists(file);
    }

    double wallSeconds() {
        return seconds(Duration.between(appStart, appEnd));
    }

    /** The step that reads, checks and stores every file, wall time (0 when it did not run). */
    double readStepSeconds() {
        Step read = steps.get("readWorkbooks");
        return read == null ? 0 : seconds(read.duration());
    }

    void print(PrintStream out, Path outputRoot, int threads) throws IOException {
        out.printf(Locale.ROOT, "%nWhere the time goes (wall %.1f s):%n", wallSeconds());
        if (jobStart == null) {
            out.println("  (no job ran: nothing recorded)");
            return;
        }
        line(out, "startup (to the job's start)", Duration.between(appStart, jobStart), "");
        for (Map.Entry<String, Step> s : steps.entrySet()) {
            line(out, "step " + s.getKey(), s.getValue().duration(), stepNote(s.getKey(), threads));
            if (s.getKey().equals("writeOutputs")) {
                outputs(out, outputRoot, s.getValue());
            }
        }
        line(out, "after the job (backup, summary, close)", Duration.between(jobEnd, appEnd), "");
    }

    private String stepNote(String step, int threads) {
        return switch (step) {
            case "takeIn" -> "intake: hash, archive copy, receipt";
            case "readWorkbooks" -> String.format(Locale.ROOT,
                    "on %d threads, summed over them: read %.1f s, check %.1f s, store %.1f s", threads,
                    phaseSeconds("read"), phaseSeconds("check"), phaseSeconds("store"));
            case "checkAcrossFiles" -> "duplicates, missing units, copied figures, plan follow-up";
            default -> "";
        };
    }

    /** How many times a phase ran (read: once per file read). */
    long phaseCount(String phase) {
        return phaseCounts.getOrDefault(phase, 0L);
    }

    double phaseSeconds(String phase) {
        Duration d = phases.get(phase);
        return d == null ? 0 : seconds(d);
    }

    /** Each output: from the previous output's completion (or the step's start) to its own completion. */
    private void outputs(PrintStream out, Path outputRoot, Step step) throws IOException {
        Path folder = runFolder(outputRoot);
        if (folder == null) {
            return;
        }
        Map<String, Instant> done = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path rel = folder.relativize(f);
                if (BESIDE.contains(rel.toString())) {
                    continue;
                }
                String group = rel.getNameCount() > 1 ? rel.getName(0) + "/" : rel.toString();
                Instant at = Files.getLastModifiedTime(f).toInstant();
                done.merge(group, at, (a, b) -> a.isAfter(b) ? a : b);
                count.merge(group, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Instant>> order = new ArrayList<>(done.entrySet());
        order.sort(Map.Entry.comparingByValue());
        Duration consolidate = phases.getOrDefault("consolidate", Duration.ZERO);
        line(out, "  consolidate", consolidate, "every unit's current values, the tree walk");
        Instant previous = step.start().plus(consolidate);
        for (Map.Entry<String, Instant> o : order) {
            int n = count.get(o.getKey());
            line(out, "  " + o.getKey(), Duration.between(previous, o.getValue()), n > 1 ? n + " files" : "");
            previous = o.getValue();
        }
        line(out, "  (after the last output)", Duration.between(previous, step.end()), "");
        line(out, "  " + String.join(" + ", BESIDE), phases.getOrDefault("facts", Duration.ZERO),
                "on a thread of their own, beside the outputs above");
    }

    /** The outputs written on a thread of their own while the others are written one after the other. */
    private static final List<String> BESIDE = List.of("facts.csv", "facts.xlsx");

    private static Path runFolder(Path outputRoot) throws IOException {
        if (!Files.isDirectory(outputRoot)) {
            return null;
        }
        try (Stream<Path> folders = Files.list(outputRoot)) {
            // the newest: a steady night's folder beside the first night's
            return folders.filter(Files::isDirectory).max(java.util.Comparator.comparing(PhaseTimes::modified))
                    .orElse(null);
        }
    }

    private static Instant modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            return Instant.MIN;
        }
    }

    private static void line(PrintStream out, String label, Duration d, String note) {
        out.printf(Locale.ROOT, "  %-40s %7.1f s  %s%n", label, seconds(d), note);
    }

    static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
