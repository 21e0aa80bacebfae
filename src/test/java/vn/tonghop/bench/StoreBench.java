package vn.tonghop.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Measure;
import vn.tonghop.domain.Severity;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;
import vn.tonghop.store.FactStore;
import vn.tonghop.store.FindingStore;
import vn.tonghop.store.OfSubmission;
import vn.tonghop.store.SubmissionStore;
import vn.tonghop.value.CellContent;
import vn.tonghop.value.UnitHint;
import vn.tonghop.value.ValueParser;

/**
 * {@code bench --store}: the store alone, on the run's own H2 (file mode, a commit on disk when it
 * returns), chunks of 20 files in a transaction each as the run commits them: each file's facts and
 * findings in batches of their own (as before chunk batching), then the chunk's in one batch each.
 * Alternated several times, wall and this thread's CPU time, so a busy machine's drift shows.
 */
final class StoreBench {

    private static final int CHUNK = 20;
    private static final String[] MEASURES = {"current", "target_central", "target_district", "target_unit",
        "phase_2022", "phase_2023", "phase_2024", "phase_2025"};

    private StoreBench() {
    }

    static void run(Path catalogueFile, int files) throws Exception {
        List<Indicator> indicators = IndicatorCatalogue.load(catalogueFile).indicators();
        ValueParser parser = new ValueParser();
        Random random = new Random(42);
        List<Submission> read = new ArrayList<>();
        List<List<Finding>> found = new ArrayList<>();
        for (int i = 1; i <= files; i++) {
            String unit = String.format(Locale.ROOT, "9%07d", i);
            List<Fact> facts = new ArrayList<>();
            List<Finding> findings = new ArrayList<>();
            int row = 10;
            for (Indicator ind : indicators) {
                String[] values = SyntheticWorkbook.values(ind, random);
                for (int m = 0; m < values.length; m++) {
                    String cell = "'Phụ lục II'!" + (char) ('D' + m) + row;
                    facts.add(new Fact(unit, ind.code(), ind.name(), Measure.fromCode(MEASURES[m]),
                            parser.parse(CellContent.text(values[m]), UnitHint.fromUnitLabel(ind.unit())), cell));
                }
                if (row % 3 == 0) {
                    findings.add(new Finding(unit + "_phan_ky.xlsx", unit, "Phụ lục II", "D" + row, "PHASE_BACKWARDS",
                            Severity.WARNING, "Phân kỳ năm 2024 thấp hơn năm 2023: đề nghị kiểm tra lại.", values[0]));
                }
                row++;
            }
            read.add(new Submission(unit + "_phan_ky.xlsx", "/archive/" + unit, "%064d".formatted(i), 20_000,
                    FileOutcome.READ, null, unit, "Phụ lục II", "2023", 2022, facts, List.of()));
            found.add(findings);
        }
        System.out.printf(Locale.ROOT, "%nStore alone: %d files (%d facts, %d findings) in chunks of %d, H2 file mode%n",
                files, read.stream().mapToInt(s -> s.facts().size()).sum(), found.stream().mapToInt(List::size).sum(),
                CHUNK);
        for (int round = 1; round <= 3; round++) {
            for (boolean chunked : new boolean[] {false, true}) {
                double[] t = once(read, found, chunked);
                System.out.printf(Locale.ROOT, "  round %d %-28s wall %6.2f s, CPU of the storing thread %6.2f s; "
                        + "%,.0f MB written, file %,.0f MB of which %.0f %% in use%n",
                        round, chunked ? "batches per chunk (now)" : "batches per file (before)", t[0], t[1], t[2],
                        t[3], t[4]);
            }
        }
    }

    private static double[] once(List<Submission> read, List<List<Finding>> found, boolean chunked) throws Exception {
        Path dir = Files.createTempDirectory("tonghop-store-bench-");
        try (HikariDataSource ds = new HikariDataSource()) {
            // -Dtonghop.bench.h2=";COMPRESS=TRUE" tries H2 settings on the run's URL
            ds.setJdbcUrl("jdbc:h2:file:" + dir.resolve("tonghop") + ";WRITE_DELAY=0"
                    + System.getProperty("tonghop.bench.h2", ""));
            ds.setUsername("sa");
            Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                    .load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            for (int i = 0; i < read.size(); i++) {
                jdbc.update("INSERT INTO received_file (run_id, sha256, file_name, source, size_bytes, sent_at, "
                        + "received_at, archive_path) VALUES (1, ?, ?, 'inbox', 1, CURRENT_TIMESTAMP, "
                        + "CURRENT_TIMESTAMP, 'x')", read.get(i).sha256(), read.get(i).fileName());
            }
            SubmissionStore submissions = new SubmissionStore(jdbc);
            FindingStore findings = new FindingStore(jdbc);
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (int from = 0; from < read.size(); from += CHUNK) {
                int first = from;
                int to = Math.min(read.size(), from + CHUNK);
                tx.executeWithoutResult(status -> {
                    if (chunked) {
                        List<SubmissionStore.Reading> readings = new ArrayList<>();
                        for (int i = first; i < to; i++) {
                            readings.add(new SubmissionStore.Reading(i + 1, read.get(i)));
                        }
                        List<Long> ids = submissions.saveAll(1, readings);
                        List<OfSubmission<Finding>> all = new ArrayList<>();
                        for (int i = first; i < to; i++) {
                            for (Finding f : found.get(i)) {
                                all.add(new OfSubmission<>(ids.get(i - first), f));
                            }
                        }
                        findings.saveAll(1, all);
                    } else {
                        for (int i = first; i < to; i++) {
                            long id = submissions.save(1, i + 1, read.get(i));
                            findings.save(1, id, found.get(i));
                        }
                    }
                });
            }
            double wall = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            // what H2 wrote to its file since it was opened, the file's size and the share of it in use
            java.util.Map<String, String> info = new java.util.HashMap<>();
            jdbc.query("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN "
                    + "('info.FILE_WRITE_BYTES', 'info.FILE_SIZE', 'info.FILL_RATE')",
                    rs -> { info.put(rs.getString(1), rs.getString(2)); });
            return new double[] {wall, cpuSeconds, Long.parseLong(info.get("info.FILE_WRITE_BYTES")) / 1e6,
                Long.parseLong(info.get("info.FILE_SIZE")) / 1e6, Double.parseDouble(info.get("info.FILL_RATE"))};
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
