package vn.tonghop.report;

import vn.tonghop.kind.phasing.PhasingKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import vn.tonghop.kind.phasing.consolidation.Consolidation;
import vn.tonghop.kind.phasing.consolidation.ConsolidationEngine;
import vn.tonghop.kind.phasing.consolidation.UnitReport;
import vn.tonghop.domain.Fact;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.QuotaBook;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.value.ParsedValue;

/**
 * The sample office's consolidation as a run makes it, without the database: every workbook of
 * {@code sample-workbooks/} read, the first readable file per school kept, consolidated over the
 * sample registry, catalogue and quotas (all 22 indicators, real names and groups, real rank lists).
 */
public final class SampleRun {

    private SampleRun() {
    }

    public static Consolidation consolidation() throws IOException {
        return consolidation("SGD-DT");
    }

    /** The same files consolidated under {@code rootCode}, as that office's own job would. */
    public static Consolidation consolidation(String rootCode) throws IOException {
        Path job = ReportFixture.JOB;
        UnitRegistry registry = UnitRegistry.load(job.resolve("registry.csv"));
        IndicatorCatalogue catalogue = IndicatorCatalogue.load(job.resolve("catalogue.csv"));
        QuotaBook quotas = QuotaBook.load(job.resolve("quotas.csv"), catalogue, registry);
        SubmissionReader reader = new SubmissionReader(registry, List.of(new PhasingKind(catalogue)), 20L << 20);
        Map<String, UnitReport> reports = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("sample-workbooks"))) {
            files = s.filter(p -> p.toString().endsWith(".xlsx") || p.toString().endsWith(".xls")).sorted().toList();
        }
        for (Path file : files) {
            Submission sub = reader.read(file);
            if (sub.outcome() != FileOutcome.READ || sub.unitCode() == null || registry.find(sub.unitCode()) == null
                    || reports.containsKey(sub.unitCode())) {
                continue;
            }
            Map<String, Map<String, ParsedValue>> values = new HashMap<>();
            for (Fact f : sub.facts()) {
                if (f.indicatorCode() != null) {
                    values.computeIfAbsent(f.indicatorCode(), k -> new HashMap<>())
                            .putIfAbsent(f.measure().code(), f.value());
                }
            }
            reports.put(sub.unitCode(), new UnitReport(registry.find(sub.unitCode()), sub.fileName(), sub.sha256(),
                    values));
        }
        return new ConsolidationEngine(registry, catalogue, quotas).consolidate(ReportFixture.OFFICE,
                registry.find(rootCode), ReportFixture.RUN_AT, ReportFixture.YEARS, new ArrayList<>(reports.values()));
    }
}
