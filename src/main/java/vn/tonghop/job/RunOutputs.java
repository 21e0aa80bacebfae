package vn.tonghop.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.tonghop.config.TonghopProperties;
import vn.tonghop.consolidation.Consolidation;
import vn.tonghop.consolidation.ConsolidationEngine;
import vn.tonghop.domain.Unit;
import vn.tonghop.export.FactsCsvExporter;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.report.DiscrepancyReportWriter;
import vn.tonghop.report.PhasingTableWriter;
import vn.tonghop.report.SummaryWorkbookWriter;
import vn.tonghop.store.FindingStore;
import vn.tonghop.store.UnitReportSource;
import vn.tonghop.validation.RunChecks;
import vn.tonghop.validation.ValidationSettings;

/**
 * The run-level work after every file is read: checks across files (duplicates, missing units),
 * the consolidation, and the run's folder of outputs.
 */
@Component
class RunOutputs {

    private static final Logger log = LoggerFactory.getLogger(RunOutputs.class);

    private final TonghopProperties props;
    private final JdbcTemplate jdbc;
    private final UnitRegistry registry;
    private final FindingStore findings;
    private final UnitReportSource reports;
    private final ConsolidationEngine engine;
    private final FactsCsvExporter csv;
    private final RunChecks runChecks;

    RunOutputs(TonghopProperties props, JdbcTemplate jdbc, UnitRegistry registry, FindingStore findings,
               UnitReportSource reports, ConsolidationEngine engine, FactsCsvExporter csv, ValidationSettings settings) {
        this.props = props;
        this.jdbc = jdbc;
        this.registry = registry;
        this.findings = findings;
        this.reports = reports;
        this.engine = engine;
        this.csv = csv;
        this.runChecks = new RunChecks(settings);
    }

    void checkAcrossFiles(long runId) {
        List<RunChecks.SubmittedFile> files = jdbc.query(
                "SELECT file_name, unit_code, outcome FROM submission WHERE job_execution_id = ? ORDER BY file_name",
                (rs, i) -> new RunChecks.SubmittedFile(rs.getString(1), rs.getString(2),
                        FileOutcome.valueOf(rs.getString(3))), runId);
        findings.save(runId, runChecks.check(files, registry, root().code()));
    }

    void write(long runId, LocalDateTime startedAt, Path folder) throws IOException {
        Files.createDirectories(folder);
        Unit root = root();
        Consolidation consolidation = engine.consolidate(props.officeName(), root, startedAt, years(runId),
                reports.reports(runId, registry));
        new SummaryWorkbookWriter().write(consolidation, folder.resolve("summary.xlsx"));
        new DiscrepancyReportWriter().write(findings.findings(runId), folder.resolve("discrepancies.xlsx"),
                folder.resolve("discrepancies.csv"));
        long files = csv.writeFiles(runId, folder.resolve("files.csv"));
        long facts = csv.writeFacts(runId, folder.resolve("facts.csv"));
        PhasingTableWriter tables = new PhasingTableWriter();
        Path tableFolder = Files.createDirectories(folder.resolve("bang-tong-hop"));
        for (Unit node : consolidation.nodes().stream().map(n -> n.node()).distinct().toList()) {
            tables.write(consolidation, node, tableFolder.resolve(node.code() + "_bang_phan_ky_tong_hop.xlsx"));
        }
        log.info("Wrote {} facts from {} files, {} units reported of {} expected, to {}", facts, files,
                consolidation.reports().size(), consolidation.reports().size() + consolidation.missing().size(),
                folder.toAbsolutePath());
    }

    private Unit root() {
        Unit root = registry.find(props.rootUnit());
        if (root == null) {
            throw new IllegalStateException("tonghop.root-unit '" + props.rootUnit() + "' is not in the registry "
                    + props.registry());
        }
        return root;
    }

    /** The phasing years the run's submissions declared (their header years). */
    private List<Integer> years(long runId) {
        TreeSet<Integer> years = new TreeSet<>();
        jdbc.queryForList("SELECT DISTINCT measure FROM fact f JOIN submission s ON s.id = f.submission_id "
                + "WHERE s.job_execution_id = ? AND f.measure LIKE 'phase_%'", String.class, runId)
                .forEach(m -> years.add(Integer.valueOf(m.substring(6))));
        return List.copyOf(years);
    }
}
