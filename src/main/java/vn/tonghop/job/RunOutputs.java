package vn.tonghop.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.tonghop.config.TonghopProperties;
import vn.tonghop.kind.phasing.PhasingKind;
import vn.tonghop.kind.phasing.consolidation.Consolidation;
import vn.tonghop.kind.phasing.consolidation.ConsolidationEngine;
import vn.tonghop.kind.phasing.consolidation.UnitReport;
import vn.tonghop.kind.phasing.consolidation.UnitReports;
import vn.tonghop.domain.Measure;
import vn.tonghop.domain.Unit;
import vn.tonghop.export.FactsCsvExporter;
import vn.tonghop.export.FactsWorkbookExporter;
import vn.tonghop.store.ReceiptStore;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.report.DiscrepancyReportWriter;
import vn.tonghop.report.DistrictOverview;
import vn.tonghop.kind.phasing.report.PhasingTableWriter;
import vn.tonghop.kind.phasing.rules.CopiedFigureCheck;
import vn.tonghop.kind.phasing.report.SummaryWorkbookWriter;
import vn.tonghop.store.CurrentValues;
import vn.tonghop.store.FindingStore;
import vn.tonghop.store.HeldFileStore;
import vn.tonghop.store.RunOutputStore;
import vn.tonghop.store.RunChangesSource;
import vn.tonghop.store.SubmissionStore;
import vn.tonghop.store.VersionStore;
import vn.tonghop.timeliness.RoundTimeliness;
import vn.tonghop.kind.phasing.followup.PlanFollowUps;
import vn.tonghop.text.FileNames;
import vn.tonghop.domain.Finding;
import vn.tonghop.validation.RunChecks;
import vn.tonghop.validation.ValidationSettings;

/**
 * The run-level work after every file is read: checks across files (duplicates, missing units),
 * the consolidation of every unit's current version, and the run's folder of outputs. Outputs are
 * written only when something they are made of changed since the last outputs: a rerun with nothing
 * new changes nothing.
 */
@Component
class RunOutputs {

    private static final Logger log = LoggerFactory.getLogger(RunOutputs.class);

    private final TonghopProperties props;
    private final SubmissionStore submissions;
    private final RunOutputStore runOutputs;
    private final HeldFileStore held;
    private final UnitRegistry registry;
    private final FindingStore findings;
    private final CurrentValues currentValues;
    private final VersionStore versions;
    private final ReceiptStore receipts;
    private final ConsolidationEngine engine;
    private final FactsCsvExporter csv;
    private final FactsWorkbookExporter factsWorkbook;
    private final ValidationSettings settings;
    private final RunChecks runChecks;
    private final FeedbackWorkbooks feedback;
    private final OutputFiles outputFiles;
    private final RunChangesSource changes;
    private final RoundTimeliness timeliness;
    private final PlanFollowUps followUps;

    RunOutputs(TonghopProperties props, SubmissionStore submissions, RunOutputStore runOutputs, HeldFileStore held,
               UnitRegistry registry, FindingStore findings,
               CurrentValues currentValues, VersionStore versions, ReceiptStore receipts, ConsolidationEngine engine,
               FactsCsvExporter csv, FactsWorkbookExporter factsWorkbook, ValidationSettings settings,
               FeedbackWorkbooks feedback, OutputFiles outputFiles, RunChangesSource changes,
               RoundTimeliness timeliness, PlanFollowUps followUps) {
        this.timeliness = timeliness;
        this.followUps = followUps;
        this.props = props;
        this.submissions = submissions;
        this.runOutputs = runOutputs;
        this.held = held;
        this.registry = registry;
        this.findings = findings;
        this.currentValues = currentValues;
        this.versions = versions;
        this.receipts = receipts;
        this.engine = engine;
        this.csv = csv;
        this.factsWorkbook = factsWorkbook;
        this.settings = settings;
        this.runChecks = new RunChecks(settings);
        this.feedback = feedback;
        this.outputFiles = outputFiles;
        this.changes = changes;
    }

    /** The run folder's folder of one folder per child of the root. */
    static final String DISTRICTS_FOLDER = "theo-huyen";

    /**
     * {@code <code>_<name>}, characters no file system takes replaced by {@code _}, capped: unique per
     * district (codes are), readable by the office.
     */
    static String districtFolderName(Unit district) {
        String name = FileNames.creatable(district.code() + "_" + district.name());
        return FileNames.cap(name.startsWith(".") ? "_" + name : name, FileNames.MAX_OUTPUT_BYTES);
    }

    void checkAcrossFiles(long runId) {
        versions.refresh();
        List<RunChecks.SubmittedFile> files = submissions.ofRun(runId).stream()
                .map(s -> new RunChecks.SubmittedFile(s.fileName(), s.unitCode(), s.outcome())).toList();
        Set<String> reported = new HashSet<>();
        versions.current().forEach(v -> reported.add(v.unitCode()));
        List<Finding> wide = new java.util.ArrayList<>(runChecks.check(files, reported, registry, root().code()));
        // each unit's table for a later year against the plan of its earlier one: behind plan is a finding
        wide.addAll(followUps.now().findings(settings));
        // a district's figure its schools copy: a school whose copy is not the one taken is told
        wide.addAll(CopiedFigureCheck.findings(engine.copyDifferences(root(), years(),
                unitReports()), settings));
        findings.replaceRunWide(runId, wide);
    }

    /**
     * Writes the run's outputs into {@code folder}, unless they would say the same as the last ones.
     * Returns whether it wrote.
     */
    boolean write(long runId, LocalDateTime startedAt, Path folder) throws IOException, InterruptedException {
        String fingerprint = fingerprint();
        if (fingerprint.equals(runOutputs.lastFingerprintBefore(runId))) {
            log.info("Nothing new since the last outputs (same files, same reference data): nothing written");
            return false;
        }
        log.info("Writing outputs to {}", folder.toAbsolutePath());
        outputFiles.createDirectories(folder);
        Unit root = root();
        Consolidation consolidation = PhaseEvent.timed("consolidate", () -> engine.consolidate(props.officeName(),
                root, startedAt, years(), unitReports()));
        new SummaryWorkbookWriter(outputFiles).write(consolidation, findings.findings(runId),
                changes.of(runId, registry), timeliness.on(startedAt.atZone(java.time.ZoneId.systemDefault())
                        .withZoneSameInstant(timeliness.zone()).toLocalDate()), followUps.now(),
                folder.resolve("summary.xlsx"));
        // before the discrepancies: a feedback workbook that cannot be made is a finding they list
        int feedbackWorkbooks = feedback.write(runId, folder.resolve("gop-y"), props.effectiveThreads());
        List<Finding> reported = findings.findings(runId);
        DiscrepancyReportWriter discrepancies = new DiscrepancyReportWriter(outputFiles);
        discrepancies.write(reported, registry::find, folder.resolve("discrepancies.xlsx"),
                folder.resolve("discrepancies.csv"));
        // per district (or commune), its own schools' lines, for the office to forward
        Path districtFolder = outputFiles.createDirectories(folder.resolve(DISTRICTS_FOLDER));
        for (Map.Entry<Unit, List<Finding>> d : DistrictOverview.findingsByDistrict(consolidation, reported).entrySet()) {
            Path own = outputFiles.createDirectories(districtFolder.resolve(districtFolderName(d.getKey())));
            discrepancies.writeXlsx(d.getValue(), registry::find, own.resolve("discrepancies.xlsx"));
        }
        long files = csv.writeFiles(runId, folder.resolve("files.csv"));
        long facts = csv.writeFacts(runId, folder.resolve("facts.csv"));
        factsWorkbook.write(runId, folder.resolve("facts.xlsx"));
        PhasingTableWriter tables = new PhasingTableWriter(outputFiles, engine.quotas());
        Path tableFolder = outputFiles.createDirectories(folder.resolve("bang-tong-hop"));
        for (Unit node : consolidation.nodes().stream().map(n -> n.node()).distinct().toList()) {
            tables.write(consolidation, node, tableFolder.resolve(
                    FileNames.cap(node.code() + "_bang_phan_ky_tong_hop.xlsx", FileNames.MAX_OUTPUT_BYTES)));
        }
        runOutputs.record(runId, folder, fingerprint);
        log.info("Wrote {} facts, {} files of this run, {} feedback workbooks, {} units reported of {} expected, to {}",
                facts, files, feedbackWorkbooks, consolidation.reports().size(),
                consolidation.reports().size() + consolidation.missing().size(), folder.toAbsolutePath());
        return true;
    }

    /**
     * A run replayed from the archive ({@code rebuild}) writes nothing: it records the outputs it wrote
     * the first time ({@code folder}, null when they are gone) when they say something new, so that the
     * next run, with nothing new, writes nothing either.
     */
    void recordReplayed(long runId, Path folder) throws IOException {
        String fingerprint = fingerprint();
        if (folder == null || fingerprint.equals(runOutputs.lastFingerprintBefore(runId))) {
            return;
        }
        runOutputs.record(runId, folder, fingerprint);
    }

    /**
     * What the outputs are made of: every content ever received, the held files accepted, the reference
     * files and the checks' settings. Equal fingerprints mean equal outputs.
     */
    private String fingerprint() throws IOException {
        MessageDigest sha = sha256();
        for (String content : receipts.allContent()) {
            sha.update(content.getBytes(StandardCharsets.US_ASCII));
        }
        // a held file an officer accepted is read by the next run: a new version though no new bytes
        for (Long accepted : held.acceptedReceipts()) {
            sha.update(("accepted " + accepted + "|").getBytes(StandardCharsets.US_ASCII));
        }
        for (Path reference : List.of(props.registry(), props.catalogue(), props.quotas())) {
            sha.update(Files.readAllBytes(reference));
        }
        sha.update(String.valueOf(settings).getBytes(StandardCharsets.UTF_8));
        sha.update((props.officeName() + "|" + props.rootUnit()).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    Unit root() {
        Unit root = registry.find(props.rootUnit());
        if (root == null) {
            throw new IllegalStateException("Mã đơn vị gốc tonghop.root-unit «" + props.rootUnit()
                    + "» không có trong danh mục đơn vị " + props.registry() + ". Sửa root-unit trong job.yml "
                    + "thành mã của chính đơn vị tổng hợp (cột code).");
        }
        return root;
    }

    /** Every known unit's current phasing table, with the values a consolidation uses. */
    private List<UnitReport> unitReports() {
        return UnitReports.of(currentValues.of(PhasingKind.CODE, UnitReports.CONSOLIDATED), registry);
    }

    /** The phasing years the consolidated submissions declared (their header years). */
    private List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>();
        versions.currentMeasures().stream().filter(code -> code.startsWith("phase_")).map(Measure::fromCode)
                .forEach(m -> years.add(m.year()));
        return List.copyOf(years);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
