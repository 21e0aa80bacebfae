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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

import org.springframework.boot.SpringApplication;

import vn.tonghop.TonghopApplication;
import vn.tonghop.domain.Indicator;
import vn.tonghop.kind.phasing.IndicatorCatalogue;

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
 */
public final class Bench {

    private static final int DISTRICTS = 10;

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        TonghopApplication.quietPoiLogging();
        Path catalogueFile = Path.of("jobs/so-dong-thap/catalogue.csv");
        if (args.length > 0 && args[0].equals("--micro")) {
            HotPaths.run(catalogueFile);
            return;
        }
        if (args.length > 0 && args[0].equals("--store")) {
            StoreBench.run(catalogueFile, args.length > 1 ? Integer.parseInt(args[1]) : 1000);
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path work = Files.createTempDirectory("tonghop-bench-");
        List<Indicator> indicators = IndicatorCatalogue.load(catalogueFile).indicators();

        long genStart = System.nanoTime();
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        try (Writer registry = Files.newBufferedWriter(work.resolve("registry.csv"), StandardCharsets.UTF_8)) {
            registry.write("code,name,level,parent_code,email,former_parent_code\n");
            registry.write("BENCH,Sở Giáo dục và Đào tạo Thử nghiệm,tinh,,,\n");
            for (int d = 1; d <= DISTRICTS; d++) {
                registry.write(String.format(Locale.ROOT, "PGD%02d,Phòng Giáo dục và Đào tạo huyện Thử %d,huyen,BENCH,,%n", d, d));
            }
            for (int i = 1; i <= n; i++) {
                registry.write(String.format(Locale.ROOT, "%s,%s,truong,PGD%02d,,%n", code(i), name(i), 1 + i % DISTRICTS));
            }
        }
        // on every core, each school's values from a seed of its own: the same files whatever the order
        IntStream.rangeClosed(1, n).parallel().forEach(i -> {
            try {
                SyntheticWorkbook.write(inbox.resolve(code(i) + "_phan_ky.xlsx"), name(i), indicators,
                        new Random(42L * 1_000_003L + i));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Files.writeString(work.resolve("quotas.csv"), "indicator_code,set_by,quota\n", StandardCharsets.UTF_8);
        double genSeconds = (System.nanoTime() - genStart) / 1e9;
        System.out.printf(Locale.ROOT, "Generated %d workbooks in %.1f s under %s%n", n, genSeconds, work);

        System.gc();
        resetPeaks();
        PhaseTimes phases = new PhaseTimes();
        phases.start();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        List<String> appArgs = new ArrayList<>(List.of(
                "--tonghop.office-name=Sở thử nghiệm", "--tonghop.root-unit=BENCH",
                "--tonghop.inbox=" + inbox, "--tonghop.archive=" + work.resolve("archive"),
                "--tonghop.settle-seconds=0", "--tonghop.output-dir=" + work.resolve("output"),
                "--tonghop.data-dir=" + work.resolve("data").toAbsolutePath(),
                "--tonghop.registry=" + work.resolve("registry.csv"), "--tonghop.catalogue=" + catalogueFile,
                "--tonghop.quotas=" + work.resolve("quotas.csv")));
        appArgs.addAll(List.of(args).subList(Math.min(1, args.length), args.length)); // e.g. --tonghop.threads=1
        int exit = SpringApplication.exit(SpringApplication.run(TonghopApplication.class, appArgs.toArray(String[]::new)));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long peakMb = peakHeapBytes() / (1024 * 1024);
        phases.stop(work);

        int threads = threads(appArgs);
        List<Path> workbooks;
        try (var files = Files.list(inbox)) {
            workbooks = files.sorted().toList();
        }
        Floor.Result floor = Floor.measure(workbooks, threads);
        phases.print(System.out, work.resolve("output"), threads);
        System.out.printf(Locale.ROOT, "%nFloor: %d workbooks unzipped (%d parts) and their XML scanned (%d events) "
                + "on %d threads in %.1f s%n", workbooks.size(), floor.parts(), floor.xmlEvents(), threads,
                floor.seconds());
        System.out.printf(Locale.ROOT, "  read phase (step readWorkbooks: read, check, store) %.1f s = %.1f× the floor; "
                + "whole run %.1f s = %.1f× the floor%n", phases.readStepSeconds(),
                phases.readStepSeconds() / floor.seconds(), seconds, seconds / floor.seconds());
        System.out.printf(Locale.ROOT, "%nbench: %d workbooks, wall %.1f s, %.1f workbooks/s, peak heap %d MB "
                + "(max %d MB), exit %d%n", n, seconds, n / seconds, peakMb,
                Runtime.getRuntime().maxMemory() / (1024 * 1024), exit);
        // a busy machine stretches the wall time; the process's CPU time much less
        System.out.printf(Locale.ROOT, "  CPU time of the run %.1f s on %d cores; load average at the end %.1f%n",
                cpuSeconds, Runtime.getRuntime().availableProcessors(), load);
        System.exit(exit);
    }

    private static String code(int i) {
        return String.format(Locale.ROOT, "9%07d", i);
    }

    private static String name(int i) {
        return "Trường Tiểu học Thử Nghiệm Số " + i;
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
