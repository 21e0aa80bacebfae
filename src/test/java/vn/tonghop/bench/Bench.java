package vn.tonghop.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

import org.springframework.boot.SpringApplication;
import org.springframework.util.FileSystemUtils;

import vn.tonghop.TonghopApplication;
import vn.tonghop.domain.Indicator;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.samples.OtherKindSamples;

/**
 * {@code bench N}: generates N synthetic school workbooks in a temporary folder, spread over a
 * province → 10 districts → schools registry, runs the full consolidate job on them in this JVM with
 * a fresh embedded database, and prints wall time, workbooks per second, peak heap, where the time
 * went ({@link PhaseTimes}) and how far the run is from the floor of merely unzipping the files and
 * scanning their XML ({@link Floor}). Arguments after N go to the application
 * ({@code --tonghop.threads=1}).
 * <p>
 * {@code bench --micro}: the value parser per cell and the row matcher per row alone ({@link HotPaths}).
 * {@code bench --store [files]}: the store alone, batches per file against batches per chunk ({@link StoreBench}).
 * {@code bench --corpus N DIR}: only generates N schools' files, registry and quotas in DIR; {@code bench --night
 * DIR N} then runs a night on it (a night takes its inbox in, so run it on a copy to run it twice); {@code bench
 * --nights N K DIR PRISTINE} runs that night K times in this one JVM, each on a fresh copy of PRISTINE at DIR: from
 * the second on, on code the first compiled, as the long-running {@code schedule} runs its nights.
 */
public final class Bench {

    private static final int DISTRICTS = 10;
    /**
     * {@code -Dtonghop.bench.new-in=K}: the steady night's new schools belong to the first K districts only (a
     * district forwarding its schools' files), not spread over all ten; 0, the default: spread.
     */
    private static final int NEW_IN = Integer.getInteger("tonghop.bench.new-in", 0);
    /** The first new school of the steady night (none outside it). */
    private static int firstNew = Integer.MAX_VALUE;

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        TonghopApplication.quietPoiLogging();
        TonghopApplication.jdkXmlFactories();
        Path catalogueFile = Path.of("jobs/so-dong-thap/catalogue.csv");
        if (args.length > 0 && args[0].equals("--micro")) {
            HotPaths.run(catalogueFile);
            return;
        }
        if (args.length > 0 && args[0].equals("--store")) {
            StoreBench.run(catalogueFile, args.length > 1 ? Integer.parseInt(args[1]) : 1000);
            return;
        }
        if (args.length > 2 && args[0].equals("--corpus")) {
            // a large corpus made once (N = 100,000 takes ~25 min), then nights on copies of it
            int n = Integer.parseInt(args[1]);
            corpus(Files.createDirectories(Path.of(args[2])), n, 1, n, catalogueFile);
            return;
        }
        if (args.length > 1 && args[0].equals("--night")) {
            // one night on a bench folder made before (the steady night's second run, in a JVM of its own)
            Path work = Path.of(args[1]);
            System.exit(night(work, inboxOf(work), args.length > 2 ? Integer.parseInt(args[2]) : 0,
                    catalogueFile, List.of(args).subList(Math.min(3, args.length), args.length)));
        }
        if (args.length > 4 && args[0].equals("--nights")) {
            // the same night K times in this one JVM, each on a fresh copy of a bench folder made before, at the
            // same place (receipts know files by their place): from the second on, a night in a JVM whose code
            // is already compiled, as the long-running `schedule` runs its nights (`run` starts cold each night)
            int newSchools = Integer.parseInt(args[1]);
            int times = Integer.parseInt(args[2]);
            Path work = Path.of(args[3]);
            Path pristine = Path.of(args[4]);
            int exit = 0;
            for (int i = 1; i <= times && exit == 0; i++) {
                System.out.printf(Locale.ROOT, "%n=== Night %d of %d in this JVM, on a copy of %s ===%n", i, times,
                        pristine);
                FileSystemUtils.deleteRecursively(work);
                copyKeepingTimes(pristine, work);
                exit = night(work, inboxOf(work), newSchools, catalogueFile, List.of());
            }
            System.exit(exit);
        }
        if (args.length > 2 && args[0].equals("--steady")) {
            System.exit(steady(Integer.parseInt(args[1]), Integer.parseInt(args[2]), catalogueFile,
                    List.of(args).subList(3, args.length)));
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path work = Files.createTempDirectory("tonghop-bench-");
        corpus(work, n, 1, n, catalogueFile);
        System.exit(night(work, inboxOf(work), n, catalogueFile, List.of(args).subList(Math.min(1, args.length),
                args.length)));
    }

    /** A copy of a folder's tree whose files keep their modification times: the receipts know files by them. */
    private static void copyKeepingTimes(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Files.copy(p, to.resolve(from.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /**
     * The steady night: {@code received} schools' files taken in a first night, then {@code added} new
     * schools' files arrive and the second night, in a fresh JVM as a scheduled night starts, takes in,
     * reads and checks only those and writes every output again.
     */
    private static int steady(int received, int added, Path catalogueFile, List<String> appArgs) throws Exception {
        Path work = Files.createTempDirectory("tonghop-bench-");
        firstNew = received + 1;
        corpus(work, received + added, 1, received, catalogueFile);
        System.out.printf(Locale.ROOT, "%n=== First night: %d schools' files ===%n", received);
        int first = night(work, inboxOf(work), received, catalogueFile, appArgs);
        if (first != 0) {
            return first;
        }
        generate(inboxOf(work), received + 1, received + added, catalogueFile);
        System.out.printf(Locale.ROOT, "%n=== Steady night: %d new schools' files beside %d received (a JVM of its "
                + "own) ===%n", added, received);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String jvmArg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (jvmArg.startsWith("-Xm") || jvmArg.startsWith("-XX:TieredStopAtLevel") || jvmArg.startsWith("-D")
                    || jvmArg.matches("-XX:[+-]Use\\w*GC")) {
                command.add(jvmArg); // the heap limit and the collector asked for, as the first night had them
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Bench.class.getName(), "--night",
                work.toString(), String.valueOf(added)));
        command.addAll(appArgs);
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    /**
     * The registry of {@code schools} schools under 10 districts, and the files of schools {@code from} to
     * {@code to} in the inbox.
     */
    private static void corpus(Path work, int schools, int from, int to, Path catalogueFile) throws IOException {
        Path inbox = Files.createDirectories(inboxOf(work));
        try (Writer registry = Files.newBufferedWriter(work.resolve("registry.csv"), StandardCharsets.UTF_8)) {
            registry.write("code,name,level,parent_code,email,former_parent_code\n");
            registry.write("BENCH,Sở Giáo dục và Đào tạo Thử nghiệm,tinh,,,\n");
            for (int d = 1; d <= DISTRICTS; d++) {
                registry.write(String.format(Locale.ROOT, "PGD%02d,Phòng Giáo dục và Đào tạo huyện Thử %d,huyen,BENCH,,%n", d, d));
            }
            for (int i = 1; i <= schools; i++) {
                int district = NEW_IN > 0 && i >= firstNew ? 1 + i % NEW_IN : 1 + i % DISTRICTS;
                registry.write(String.format(Locale.ROOT, "%s,%s,truong,PGD%02d,,%n", code(i), name(i), district));
            }
        }
        Files.writeString(work.resolve("quotas.csv"), "indicator_code,set_by,quota\n", StandardCharsets.UTF_8);
        generate(inbox, from, to, catalogueFile);
    }

    /**
     * Schools {@code from} to {@code to}'s files: each its phasing table; one school in ten (a THCS) also
     * its self-assessment summary and another one in ten its improvement plan, as the sample office
     * collects them (both with their planted mistakes), so that every kind's outputs are written.
     */
    private static void generate(Path inbox, int from, int to, Path catalogueFile) throws IOException {
        List<Indicator> indicators = IndicatorCatalogue.load(catalogueFile).indicators();
        long genStart = System.nanoTime();
        // on every core, each school's values from a seed of its own: the same files whatever the order
        IntStream.rangeClosed(from, to).parallel().forEach(i -> {
            try {
                SyntheticWorkbook.write(inbox.resolve(code(i) + "_phan_ky.xlsx"), name(i), indicators,
                        new Random(42L * 1_000_003L + i));
                if (i % 10 == 0) {
                    Files.write(inbox.resolve(code(i) + "_tu_danh_gia.xlsx"), OtherKindSamples.selfAssessment(name(i)));
                } else if (i % 10 == 5) {
                    Files.write(inbox.resolve(code(i) + "_ke_hoach_cai_tien.xlsx"), OtherKindSamples.plan(name(i)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        System.out.printf(Locale.ROOT, "Generated the files of %d schools in %.1f s under %s%n", to - from + 1,
                (System.nanoTime() - genStart) / 1e9, inbox.getParent());
    }

    private static Path inboxOf(Path work) {
        return work.resolve("inbox");
    }

    /**
     * Runs the consolidate job once on the bench folder {@code work} and prints its figures; {@code newSchools}:
     * the schools whose files are new tonight (the floor is measured on theirs). Returns the job's exit code.
     */
    private static int night(Path work, Path inbox, int newSchools, Path catalogueFile, List<String> extraArgs)
            throws Exception {
        System.gc();
        resetPeaks();
        HeapWatch heap = HeapWatch.start();
        PhaseTimes phases = new PhaseTimes();
        phases.start();
        long cpuStart = processCpuNanos();
        ThreadGroupCpu groups = ThreadGroupCpu.start();
        long start = System.nanoTime();
        List<String> appArgs = new ArrayList<>(List.of(
                "--tonghop.office-name=Sở thử nghiệm", "--tonghop.root-unit=BENCH",
                "--tonghop.inbox=" + inbox, "--tonghop.archive=" + work.resolve("archive"),
                "--tonghop.settle-seconds=0", "--tonghop.output-dir=" + work.resolve("output"),
                "--tonghop.data-dir=" + work.resolve("data").toAbsolutePath(),
                "--tonghop.registry=" + work.resolve("registry.csv"), "--tonghop.catalogue=" + catalogueFile,
                "--tonghop.quotas=" + work.resolve("quotas.csv"),
                "--tonghop.kinds=phasing,self_assessment,plan",
                "--tonghop.self-assessment.folder=jobs/so-dong-thap/tu-danh-gia"));
        appArgs.addAll(extraArgs); // e.g. --tonghop.threads=1
        int exit = SpringApplication.exit(SpringApplication.run(TonghopApplication.class, appArgs.toArray(String[]::new)));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        String jitAndGc = groups.describe();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long peakMb = heap.stop() / (1024 * 1024);
        long poolPeaksMb = peakHeapBytes() / (1024 * 1024);
        phases.stop(work);

        int threads = threads(appArgs);
        List<Path> workbooks = newFiles(inbox, newSchools);
        Floor.Result floor = Floor.measure(workbooks, threads);
        phases.print(System.out, work.resolve("output"), threads);
        System.out.printf(Locale.ROOT, "%nFloor: %d workbooks unzipped (%d parts) and their XML scanned (%d events) "
                + "on %d threads in %.1f s%n", workbooks.size(), floor.parts(), floor.xmlEvents(), threads,
                floor.seconds());
        double readCheckStore = phases.readStepSeconds();
        System.out.printf(Locale.ROOT, "  read+check+store (step readWorkbooks) %.1f s = %.1f× the floor (target ≤ 3×); "
                + "whole run %.1f s = %.1f× the floor%n", readCheckStore, readCheckStore / floor.seconds(), seconds,
                seconds / floor.seconds());
        System.out.printf(Locale.ROOT, "%nbench: %d files read (%d new files in the inbox), wall %.1f s, %.1f files/s, "
                + "peak heap %d MB in use (max %d MB; the heap pools' peaks summed %d MB), exit %d%n",
                phases.phaseCount("read"), workbooks.size(), seconds, workbooks.size() / seconds, peakMb,
                Runtime.getRuntime().maxMemory() / (1024 * 1024), poolPeaksMb, exit);
        // a busy machine stretches the wall time; the process's CPU time much less
        System.out.printf(Locale.ROOT, "  CPU time of the run %.1f s on %d cores%s; load average at the end %.1f%n",
                cpuSeconds, Runtime.getRuntime().availableProcessors(), jitAndGc, load);
        return exit;
    }

    /** The inbox's files of the last {@code schools} schools generated (all of them when 0): tonight's new files. */
    private static List<Path> newFiles(Path inbox, int schools) throws IOException {
        try (var files = Files.list(inbox)) {
            List<Path> all = files.sorted().toList(); // codes are zero-padded: sorted by school
            if (schools <= 0) {
                return all;
            }
            int last = all.stream().mapToInt(f -> Integer.parseInt(f.getFileName().toString().substring(0, 8)))
                    .max().orElse(0);
            return all.stream().filter(f -> Integer.parseInt(f.getFileName().toString().substring(0, 8))
                    > last - schools).toList();
        }
    }

    private static String code(int i) {
        return String.format(Locale.ROOT, "9%07d", i);
    }

    /** One school in ten a THCS (it sends its self-assessment), the others primary schools. */
    private static String name(int i) {
        return (i % 10 == 0 ? "Trường THCS" : "Trường Tiểu học") + " Thử Nghiệm Số " + i;
    }

    /** The reader threads the run used: {@code --tonghop.threads}, else one per core (as the application). */
    private static int threads(List<String> appArgs) {
        int threads = 0;
        for (String a : appArgs) {
            if (a.startsWith("--tonghop.threads=")) {
                threads = Integer.parseInt(a.substring("--tonghop.threads=".length()));
            }
        }
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /**
     * The most heap in use at one moment, sampled every 20 ms (garbage not yet collected included): the
     * pools' own peaks come at different moments, and their sum exceeded the heap's maximum.
     */
    private static final class HeapWatch {
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long peak;

        private HeapWatch() {
            thread = new Thread(() -> {
                while (running) {
                    peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-heap-watch");
            thread.setDaemon(true);
        }

        static HeapWatch start() {
            HeapWatch w = new HeapWatch();
            w.thread.start();
            return w;
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one moment. */
    private static long peakHeapBytes() {
        List<Long> peaks = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peaks.add(pool.getPeakUsage().getUsed());
            }
        }
        return peaks.stream().mapToLong(Long::longValue).sum();
    }
}
