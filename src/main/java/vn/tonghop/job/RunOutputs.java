package vn.tonghop.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.tonghop.config.TonghopProperties;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Unit;
import vn.tonghop.export.FactsCsvExporter;
import vn.tonghop.export.FactsWorkbookExporter;
import vn.tonghop.kind.DocumentKind;
import vn.tonghop.kind.DocumentKinds;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.report.Coverage;
import vn.tonghop.report.DiscrepancyReportWriter;
import vn.tonghop.report.DistrictCopy;
import vn.tonghop.report.DistrictOverview;
import vn.tonghop.report.OutputScope;
import vn.tonghop.report.SummaryWorkbookWriter;
import vn.tonghop.store.FindingStore;
import vn.tonghop.store.HeldFileStore;
import vn.tonghop.store.PartKeyStore;
import vn.tonghop.store.ReceiptStore;
import vn.tonghop.store.RunChangesSource;
import vn.tonghop.store.RunOutputStore;
import vn.tonghop.store.SubmissionStore;
import vn.tonghop.store.Version;
import vn.tonghop.store.VersionStore;
import vn.tonghop.text.FileNames;
import vn.tonghop.timeliness.RoundTimeliness;
import vn.tonghop.timeliness.Timeliness;
import vn.tonghop.validation.RunChecks;
import vn.tonghop.validation.ValidationSettings;

/**
 * The run-level work after every file is read: checks across files (duplicates, missing units) and
 * each kind's across its documents, and the run's folder of outputs: the summary (each kind's sheets),
 * the feedback workbooks, the discrepancies, the facts, each kind's own files, and a copy per district
 * of what concerns it. Outputs are written only when something they are made of changed since the last
 * outputs: a rerun with nothing new changes nothing. It names no kind: it asks the office's kinds.
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
    private final VersionStore versions;
    private final ReceiptStore receipts;
    private final DocumentKinds kinds;
    private final FactsCsvExporter csv;
    private final FactsWorkbookExporter factsWorkbook;
    private final ValidationSettings settings;
    private final RunChecks runChecks;
    private final FeedbackWorkbooks feedback;
    private final OutputFiles outputFiles;
    private final RunChangesSource changes;
    private final RoundTimeliness timeliness;
    private final PartKeyStore partKeys;

    RunOutputs(TonghopProperties props, SubmissionStore submissions, RunOutputStore runOutputs, HeldFileStore held,
               UnitRegistry registry, FindingStore findings, VersionStore versions, ReceiptStore receipts,
               DocumentKinds kinds, FactsCsvExporter csv, FactsWorkbookExporter factsWorkbook,
               ValidationSettings settings, FeedbackWorkbooks feedback, OutputFiles outputFiles,
               RunChangesSource changes, RoundTimeliness timeliness, PartKeyStore partKeys) {
        this.props = props;
        this.submissions = submissions;
        this.runOutputs = runOutputs;
        this.held = held;
        this.registry = registry;
        this.findings = findings;
        this.versions = versions;
        this.receipts = receipts;
        this.kinds = kinds;
        this.csv = csv;
        this.factsWorkbook = factsWorkbook;
        this.settings = settings;
        this.runChecks = new RunChecks(settings);
        this.feedback = feedback;
        this.outputFiles = outputFiles;
        this.changes = changes;
        this.timeliness = timeliness;
        this.partKeys = partKeys;
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

    void checkAcrossFiles(long runId) throws IOException {
        versions.refresh();
        int made = submissions.addMissingValuesBlobs();
        if (made > 0) {
            log.info("Values blobs made for {} current submissions stored before them (once)", made);
        }
        List<RunChecks.SubmittedFile> files = submissions.ofRun(runId).stream()
                .map(s -> new RunChecks.SubmittedFile(s.fileName(), s.unitCode(), s.outcome(), s.kind())).toList();
        Set<String> reported = new HashSet<>();
        versions.current().forEach(v -> reported.add(v.unitCode()));
        Unit root = root();
        // what only a kind sees across its documents (a district figure copied differently, a plan not followed),
        // made again only for the parts of the tree whose inputs changed since the run that last made them
        OfficeParts parts = OfficeParts.of(registry, root);
        Map<String, String> documents = partKeys.documentsByUnit();
        Map<String, String> keys = parts.keys(common(root, documents), documents);
        Map<String, PartKeyStore.Kept> before = partKeys.latestBefore(runId, PartKeyStore.CHECKS);
        Set<String> carried = new HashSet<>();
        keys.forEach((part, key) -> {
            if (before.containsKey(part) && before.get(part).key().equals(key)) {
                carried.add(part);
            }
        });
        Predicate<String> wanted = unit -> !carried.contains(parts.partOf(unit));
        int[] carriedFindings = {0};
        // stored as they are made: a national night's findings across documents do not fit in the heap as one list
        int stored = findings.replaceRunWide(runId, each -> {
            runChecks.check(files, reported, registry, root.code()).forEach(each);
            for (DocumentKind kind : kinds.enabled()) {
                kind.acrossDocuments(root, wanted, settings, each);
            }
            for (long from : carried.stream().map(p -> before.get(p).runId()).distinct().sorted().toList()) {
                findings.forEachRunWide(from, f -> {
                    String part = parts.partOf(f.unitCode());
                    if (!RunChecks.RULES.contains(f.rule()) && carried.contains(part)
                            && before.get(part).runId() == from) {
                        each.accept(f);
                        carriedFindings[0]++;
                    }
                });
            }
        });
        Map<String, PartKeyStore.Kept> now = new LinkedHashMap<>();
        keys.forEach((part, key) -> now.put(part, new PartKeyStore.Kept(runId, key,
                carried.contains(part) ? before.get(part).computedRun() : runId, LocalDateTime.now())));
        partKeys.replace(runId, PartKeyStore.CHECKS, now);
        log.info("Checks across documents made for {} of {} parts of the tree; {} findings of the {} unchanged carried "
                + "over; {} findings across files in all", keys.size() - carried.size(), keys.size(), carriedFindings[0],
                carried.size(), stored);
    }

    /**
     * What every part's checks and copy depend on beyond its own units' documents: the reference files, the
     * settings, the office, the kinds and what each depends on beyond a part, the root's own documents.
     */
    private String common(Unit root, Map<String, String> documents) throws IOException {
        StringBuilder key = new StringBuilder(referenceFingerprint()).append("|kinds");
        for (DocumentKind kind : kinds.enabled()) {
            key.append('|').append(kind.code()).append('=').append(kind.dependsOn(root));
        }
        key.append("|root=").append(documents.getOrDefault(root.code(), ""));
        return key.toString();
    }

    /**
     * Writes the run's outputs into {@code folder}, unless they would say the same as the last ones.
     * Returns whether it wrote.
     */
    boolean write(long runId, LocalDateTime startedAt, Path folder) throws IOException, InterruptedException {
        String fingerprint = fingerprint(officeDay(startedAt));
        if (fingerprint.equals(runOutputs.lastFingerprintBefore(runId))) {
            log.info("Nothing new since the last outputs (same files, same reference data): nothing written");
            return false;
        }
        log.info("Writing outputs to {}", folder.toAbsolutePath());
        outputFiles.createDirectories(folder);
        // facts.csv and facts.xlsx need neither the consolidation nor the findings: written on a thread of their
        // own beside the others, which come one after the other; asked to stop, never interrupted, if they fail
        try (Beside<Long> facts = Beside.start("facts-export", stop -> PhaseEvent.timed(FACTS_PHASE,
                () -> csv.writeFacts(runId, folder.resolve("facts.csv"), factsWorkbook, folder.resolve("facts.xlsx"),
                        stop)))) {
            return writeTheOthers(runId, startedAt, folder, fingerprint, facts);
        }
    }

    /** The phase a run's facts export is timed as, in a Flight Recorder recording ({@link PhaseEvent}). */
    static final String FACTS_PHASE = "facts";

    private boolean writeTheOthers(long runId, LocalDateTime startedAt, Path folder, String fingerprint,
                                   Beside<Long> facts) throws IOException, InterruptedException {
        Unit root = root();
        Timeliness round = timeliness.on(officeDay(startedAt));
        SummaryWorkbookWriter summary = new SummaryWorkbookWriter(outputFiles);
        List<SummaryWorkbookWriter.KindPart> parts = summary(runId, root, startedAt, round, summary, folder);
        // the office's scope without the findings the summary counted: no kind's files list them
        OutputScope office = new OutputScope(props.officeName(), root, startedAt, List.of(), true);
        // before the discrepancies: a feedback workbook that cannot be made is a finding they list
        int feedbackWorkbooks = feedback.write(runId, folder.resolve("gop-y"), props.effectiveThreads());
        DiscrepancyReportWriter discrepancies = new DiscrepancyReportWriter(outputFiles);
        Coverage main = parts.get(0).coverage();
        // each finding set aside for its district's copy as the discrepancies read them
        try (DistrictFindings byDistrict = new DistrictFindings(DistrictOverview.districtOfUnits(main))) {
            discrepancies(runId, discrepancies, folder, byDistrict);
            long files = csv.writeFiles(runId, folder.resolve("files.csv"));
            for (SummaryWorkbookWriter.KindPart part : parts) {
                part.kind().files(office, folder, outputFiles);
            }
            // per district (or commune), what concerns it, for the office to forward: its own discrepancies and
            // its own summary, made as its own office would make it
            Path districtFolder = outputFiles.createDirectories(folder.resolve(DISTRICTS_FOLDER));
            // a district nothing of which changed gets the copy an earlier run made, stating this run's time
            Map<String, String> documents = partKeys.documentsByUnit();
            Map<String, String> partKey = OfficeParts.of(registry, root).keys(common(root, documents), documents);
            Map<String, PartKeyStore.Kept> before = partKeys.latestBefore(runId, PartKeyStore.COPY);
            Map<String, PartKeyStore.Kept> copies = new LinkedHashMap<>();
            int made = 0;
            // each district's findings read back for it alone, let go once its copy is made: never the night's
            // list at once
            for (Unit district : main.children()) {
                List<Finding> own = byDistrict.take(district);
                Path folderOf = outputFiles.createDirectories(districtFolder.resolve(districtFolderName(district)));
                String inputs = partKey.get(district.code());
                String key = copyKey(inputs == null ? "unknown " + runId : inputs, own);
                PartKeyStore.Kept earlier = before.get(district.code());
                Path earlierFolder = inputs == null || earlier == null || !earlier.key().equals(key) ? null
                        : runOutputs.folder(earlier.runId());
                if (earlierFolder != null && DistrictCopy.restamp(earlierFolder.resolve(DISTRICTS_FOLDER)
                        .resolve(districtFolderName(district)), folderOf, earlier.madeAt(), startedAt, outputFiles)) {
                    copies.put(district.code(), new PartKeyStore.Kept(runId, key, earlier.computedRun(), startedAt));
                    continue;
                }
                discrepancies.writeXlsx(own, registry::find, folderOf.resolve("discrepancies.xlsx"));
                OutputScope scope = new OutputScope(props.officeName(), district, startedAt, own, false);
                summary.write(scope, parts(scope), null, Timeliness.off(), folderOf.resolve("summary.xlsx"));
                copies.put(district.code(), new PartKeyStore.Kept(runId, key, runId, startedAt));
                made++;
            }
            log.info("District copies made for {} of {} districts; the others' copied from the run that made them",
                    made, copies.size());
            partKeys.replace(runId, PartKeyStore.COPY, copies);
            long factsWritten = facts.join();
            runOutputs.record(runId, folder, fingerprint);
            log.info("Wrote {} facts, {} files of this run, {} feedback workbooks, {} units reported of {} expected, "
                    + "to {}", factsWritten, files, feedbackWorkbooks, main.reported(), main.expected(),
                    folder.toAbsolutePath());
            return true;
        }
    }

    /**
     * The office's summary, its findings counted as the store reads them (none held) before the feedback
     * workbooks are made.
     */
    private List<SummaryWorkbookWriter.KindPart> summary(long runId, Unit root, LocalDateTime startedAt,
                                                         Timeliness round, SummaryWorkbookWriter summary, Path folder)
            throws IOException {
        OutputScope office = new OutputScope(props.officeName(), root, startedAt,
                each -> findings.forEachReported(runId, each::accept), true);
        // the kinds consolidate as they say who sent them (a kind's coverage): the bench's consolidate phase
        List<SummaryWorkbookWriter.KindPart> parts = PhaseEvent.timed("consolidate", () -> parts(office));
        summary.write(office, parts, changes.of(runId, registry), round, folder.resolve("summary.xlsx"));
        return parts;
    }

    /**
     * The run's discrepancies, read from the store once, unit by unit in their order (one unit's findings sorted
     * at a time), each finding set aside for its district's copy on the way. Should the database order two
     * units' codes otherwise than Java, the night's list is read and sorted as a whole instead.
     */
    private void discrepancies(long runId, DiscrepancyReportWriter writer, Path folder, DistrictFindings byDistrict)
            throws IOException {
        Path xlsx = folder.resolve("discrepancies.xlsx");
        Path csv = folder.resolve("discrepancies.csv");
        try {
            writer.writeInOrder(each -> findings.forEachUnit(runId, unit -> {
                List<Finding> sorted = new ArrayList<>(unit);
                sorted.sort(DiscrepancyReportWriter.ORDER);
                sorted.forEach(f -> {
                    byDistrict.add(f);
                    each.accept(f);
                });
            }), registry::find, xlsx, csv);
        } catch (FindingStore.UnitOrderDiffers e) {
            log.warn("Discrepancies sorted in memory: {}", e.getMessage());
            byDistrict.clear();
            List<Finding> all = findings.findings(runId);
            all.forEach(byDistrict::add);
            writer.write(all, registry::find, xlsx, csv);
        }
    }

    /** Each kind the office collects, in its order, with who sent it under the scope's root. */
    private List<SummaryWorkbookWriter.KindPart> parts(OutputScope scope) {
        List<SummaryWorkbookWriter.KindPart> parts = new ArrayList<>();
        for (DocumentKind kind : kinds.enabled()) {
            Coverage coverage = kind.coverage(scope);
            if (coverage == null) {
                Map<String, String> fileOfUnit = new LinkedHashMap<>();
                for (Version v : versions.current(kind.code())) {
                    fileOfUnit.put(v.unitCode(), v.fileName());
                }
                coverage = Coverage.of(registry, scope.root(), fileOfUnit);
            }
            parts.add(new SummaryWorkbookWriter.KindPart(kind, coverage));
        }
        return parts;
    }

    /**
     * A run replayed from the archive ({@code rebuild}) writes nothing: it records the outputs it wrote
     * the first time ({@code folder}, null when they are gone) when they say something new, so that the
     * next run, with nothing new, writes nothing either.
     */
    void recordReplayed(long runId, LocalDateTime startedAt, Path folder) throws IOException {
        String fingerprint = fingerprint(officeDay(startedAt));
        if (folder == null || fingerprint.equals(runOutputs.lastFingerprintBefore(runId))) {
            return;
        }
        runOutputs.record(runId, folder, fingerprint);
    }

    /** The office's date of a run started at {@code startedAt}: the day its deadlines are judged on. */
    private LocalDate officeDay(LocalDateTime startedAt) {
        return startedAt.atZone(ZoneId.systemDefault()).withZoneSameInstant(timeliness.zone()).toLocalDate();
    }

    /**
     * What the outputs are made of: every content ever received, the held files accepted, the reference
     * files and the checks' settings, and which deadlines had passed on the run's day (a unit that has not
     * sent turns from "not due" to "missing" with no new file). Equal fingerprints mean equal outputs.
     */
    private String fingerprint(LocalDate today) throws IOException {
        MessageDigest sha = sha256();
        for (String content : receipts.allContent()) {
            sha.update(content.getBytes(StandardCharsets.US_ASCII));
        }
        // a held file an officer accepted is read by the next run: a new version though no new bytes
        for (Long accepted : held.acceptedReceipts()) {
            sha.update(("accepted " + accepted + "|").getBytes(StandardCharsets.US_ASCII));
        }
        sha.update(referenceFingerprint().getBytes(StandardCharsets.US_ASCII));
        sha.update(("deadlines passed " + timeliness.settings().passedOn(today)).getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The reference files, the checks' settings and the office: what every output is read against. */
    private String referenceFingerprint() throws IOException {
        MessageDigest sha = sha256();
        for (Path reference : List.of(props.registry(), props.catalogue(), props.quotas())) {
            sha.update(Files.readAllBytes(reference));
        }
        sha.update(String.valueOf(settings).getBytes(StandardCharsets.UTF_8));
        // what else the outputs are made of: each kind's own settings and reference files, the collection rounds
        for (DocumentKind kind : kinds.enabled()) {
            sha.update((kind.code() + "=" + kind.settingsKey() + "|").getBytes(StandardCharsets.UTF_8));
        }
        sha.update(String.valueOf(timeliness.settings()).getBytes(StandardCharsets.UTF_8));
        sha.update((props.officeName() + "|" + props.rootUnit()).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * A district copy's key: its part's, the findings it lists in any order (a run's own, such as a duplicate, come
     * and go without a new document) and the program that writes it (a new release may write it differently).
     * Each finding is hashed alone and the hashes sorted: a district of a national night lists 100,000 findings,
     * whose texts sorted and joined into one string ran a 1 GB heap out.
     */
    static String copyKey(String partKey, List<Finding> findings) {
        byte[][] each = new byte[findings.size()][];
        MessageDigest one = sha256();
        for (int i = 0; i < each.length; i++) {
            each[i] = one.digest(findings.get(i).toString().getBytes(StandardCharsets.UTF_8));
        }
        Arrays.sort(each, Arrays::compare);
        MessageDigest sha = sha256();
        sha.update((partKey + "|" + PROGRAM + "|").getBytes(StandardCharsets.UTF_8));
        for (byte[] h : each) {
            sha.update(h);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The program's release, and the size and time of its jar when it runs from one. */
    private static final String PROGRAM = program();

    private static String program() {
        String version = RunOutputs.class.getPackage().getImplementationVersion();
        try {
            Path jar = Path.of(RunOutputs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return version + (Files.isRegularFile(jar) ? "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar) : "");
        } catch (Exception e) { // no code source to read: the release alone
            return String.valueOf(version);
        }
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
