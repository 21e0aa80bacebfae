package vn.tonghop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The process's CPU time by the JVM's own thread groups: the JIT compilers, the garbage collector, and the rest
 * (the run's threads, the VM's). The JVM's MXBeans give compilation and pause times, not these threads' CPU,
 * and a night in a fresh JVM spends over a third of its CPU compiling (a Flight Recorder profile of the N =
 * 10,000 first night: 102 s of compilations): this makes that visible in every bench run. Read from Linux's
 * {@code /proc/self/task/<tid>/stat} (utime and stime, in clock ticks of 1/100 s: Linux's {@code USER_HZ} on
 * x86 and ARM); elsewhere nothing is known and {@link #measured()} is false.
 */
final class ThreadGroupCpu {

    private static final Path TASKS = Path.of("/proc/self/task");
    private static final double TICK_SECONDS = 0.01;

    /** A moment's CPU ticks by thread id, with each thread's name (the kernel keeps its first 15 characters). */
    private record Tick(String name, long ticks) {
    }

    private final Map<String, Tick> before;

    private ThreadGroupCpu(Map<String, Tick> before) {
        this.before = before;
    }

    static ThreadGroupCpu start() {
        return new ThreadGroupCpu(snapshot());
    }

    /** The CPU seconds since {@link #start()}, by group; threads that ended in between are not counted. */
    Map<Group, Double> sinceStart() {
        Map<Group, Double> out = new HashMap<>();
        snapshot().forEach((tid, now) -> {
            Tick then = before.get(tid);
            long ticks = now.ticks() - (then == null || !then.name().equals(now.name()) ? 0 : then.ticks());
            out.merge(Group.of(now.name()), ticks * TICK_SECONDS, Double::sum);
        });
        return out;
    }

    boolean measured() {
        return !before.isEmpty();
    }

    enum Group {
        JIT, GC, OTHER;

        static Group of(String threadName) {
            if (threadName.startsWith("C1 CompilerThre") || threadName.startsWith("C2 CompilerThre")) {
                return JIT;
            }
            // G1's and the parallel collector's workers, G1's concurrent marking and refinement; the serial
            // collector's pauses run on the VM thread, counted with the others
            if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ")) {
                return GC;
            }
            return OTHER;
        }
    }

    private static Map<String, Tick> snapshot() {
        Map<String, Tick> out = new HashMap<>();
        if (!Files.isDirectory(TASKS)) {
            return out;
        }
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.forEach(task -> {
                Tick t = read(task.resolve("stat"));
                if (t != null) {
                    out.put(task.getFileName().toString(), t);
                }
            });
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return out;
    }

    /** {@code pid (name) state ppid … utime stime …}: the name may hold spaces and parentheses, so the last ')'. */
    private static Tick read(Path stat) {
        try {
            String line = Files.readString(stat);
            int open = line.indexOf('(');
            int close = line.lastIndexOf(')');
            String[] rest = line.substring(close + 2).trim().split(" ");
            // after the name: state(3) ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime(14) stime
            long utime = Long.parseLong(rest[11]);
            long stime = Long.parseLong(rest[12]);
            return new Tick(line.substring(open + 1, close), utime + stime);
        } catch (IOException | RuntimeException e) {
            return null; // the thread ended while the folder was listed
        }
    }

    /** "JIT compilers 41.2 s, garbage collector 5.1 s" as the CPU line's tail, or "" when not measured. */
    String describe() {
        if (!measured()) {
            return "";
        }
        Map<Group, Double> by = sinceStart();
        return String.format(Locale.ROOT, "; of which the JIT compilers %.1f s, the garbage collector %.1f s",
                by.getOrDefault(Group.JIT, 0.0), by.getOrDefault(Group.GC, 0.0));
    }
}
