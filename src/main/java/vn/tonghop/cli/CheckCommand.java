package vn.tonghop.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.tonghop.config.TonghopProperties;
import vn.tonghop.domain.CellLocation;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.domain.Unit;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.reading.UnitIdentifier;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.report.DiscrepancyReportWriter;
import vn.tonghop.validation.SubmissionValidator;

/**
 * {@code check FILE|FOLDER… [-o FOLDER]}: reads and checks workbooks exactly as a run would (the same
 * reader, the same rules, the office's severities) and says what it found, without taking anything in:
 * no receipt, no archive copy, no version, no mail. What a clerk runs before sending, and what an office
 * runs on a new layout before trusting it. The findings go to the console and to one discrepancy
 * workbook, {@code kiem-tra_<date>_<time>.xlsx}, in the folder given with {@code -o}, else beside the
 * first file checked (beside the run outputs when that is the inbox). Checks across files (duplicates, units missing) and the sender are a run's: they
 * need what the office received.
 */
@Component
class CheckCommand implements Command {

    /** The name every workbook {@code check} writes starts with (a folder checked again leaves them out). */
    static final String PREFIX = "kiem-tra_";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss");

    private final SubmissionReader reader;
    private final SubmissionValidator validator;
    private final UnitRegistry registry;
    private final UnitIdentifier units;
    private final OutputFiles files;
    private final PrintStream out;
    private final TonghopProperties office;

    @Autowired
    CheckCommand(SubmissionReader reader, SubmissionValidator validator, UnitRegistry registry, OutputFiles files,
                 TonghopProperties office) {
        this(reader, validator, registry, files, office, System.out);
    }

    CheckCommand(SubmissionReader reader, SubmissionValidator validator, UnitRegistry registry, OutputFiles files,
                 TonghopProperties office, PrintStream out) {
        this.office = office;
        this.reader = reader;
        this.validator = validator;
        this.registry = registry;
        this.units = new UnitIdentifier(registry);
        this.files = files;
        this.out = out;
    }

    @Override
    public String name() {
        return "check";
    }

    @Override
    public int run(List<String> args) throws IOException {
        Path folder = null;
        List<Path> given = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-o")) {
                if (i + 1 >= args.size()) {
                    out.println("Sau «-o» cần ghi thư mục để lưu kết quả kiểm tra.");
                    return 2;
                }
                folder = Path.of(args.get(++i));
            } else {
                given.add(Path.of(a));
            }
        }
        if (given.isEmpty()) {
            out.println("Cần ghi tệp hoặc thư mục cần kiểm tra: «check <tệp hoặc thư mục>…».");
            return 2;
        }
        List<Path> workbooks = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                workbooks.addAll(spreadsheetsIn(p));
            } else if (Files.isRegularFile(p)) {
                workbooks.add(p);
            } else {
                out.println("Không có tệp hoặc thư mục «" + p + "».");
                return 2;
            }
        }
        if (workbooks.isEmpty()) {
            out.println("Không có bảng tính nào trong " + given + ".");
            return 2;
        }

        List<Finding> all = new ArrayList<>();
        int errors = 0;
        int warnings = 0;
        int usable = 0;
        out.println("Kiểm tra " + workbooks.size() + " tệp (không nhận vào, không lưu, không gửi thư):");
        for (Path file : workbooks) {
            boolean read = false;
            for (Submission s : read(file)) { // each document of the file: kinds, units
                List<Finding> found = validator.validate(s);
                all.addAll(found);
                long e = found.stream().filter(f -> f.severity() == Severity.ERROR).count();
                long w = found.stream().filter(f -> f.severity() == Severity.WARNING).count();
                errors += (int) e;
                warnings += (int) w;
                read |= s.outcome() == FileOutcome.READ;
                print(s, found, e, w);
            }
            if (read) {
                usable++;
            }
        }
        Path target = (folder != null ? folder : beside(workbooks.get(0)))
                .resolve(PREFIX + LocalDateTime.now().format(STAMP) + ".xlsx");
        files.createDirectories(target.getParent());
        new DiscrepancyReportWriter(files).writeXlsx(all, registry::find, target);
        out.println("Tổng cộng: " + usable + "/" + workbooks.size() + " tệp đọc được; " + errors + " lỗi, "
                + warnings + " cảnh báo.");
        out.println("Danh sách sai sót: " + target.toAbsolutePath().normalize());
        return 0;
    }

    /**
     * The folder of the file, unless it is the office's inbox (the next run would take the list in as
     * a submission): then {@code kiem-tra} beside the run outputs.
     */
    private Path beside(Path file) {
        Path dir = file.toAbsolutePath().normalize().getParent();
        if (office.inbox() != null && dir.startsWith(office.inbox().toAbsolutePath().normalize())) {
            Path runs = office.outputDir() == null ? Path.of("target", "output") : office.outputDir();
            return runs.toAbsolutePath().normalize().resolve("kiem-tra");
        }
        return dir;
    }

    /** Read as a run reads it; a file not read is its school's when its name names one. */
    private List<Submission> read(Path file) {
        List<Submission> documents;
        try {
            long size = Files.size(file);
            documents = reader.oversized(size) ? List.of(reader.refuseOversized(file, null, size))
                    : reader.readDocuments(file);
        } catch (IOException e) {
            documents = reader.readDocuments(file); // says why it cannot be read
        }
        List<Submission> attributed = new ArrayList<>();
        for (Submission s : documents) {
            if (s.outcome() != FileOutcome.READ && s.unitCode() == null) {
                Unit named = units.namedInFileName(s.fileName());
                if (named != null) {
                    s = s.attributedTo(named.code());
                }
            }
            attributed.add(s);
        }
        return attributed;
    }

    private void print(Submission s, List<Finding> found, long errors, long warnings) {
        Unit unit = s.unitCode() == null ? null : registry.find(s.unitCode());
        String who = unit == null ? "" : " (" + unit.code() + " " + unit.name() + ")";
        if (s.outcome() != FileOutcome.READ) {
            out.println("  ✗ " + s.fileName() + who + " — không dùng được: " + s.reason());
            return;
        }
        out.println((errors > 0 ? "  ✗ " : "  ✓ ") + s.fileName() + who + " — " + s.facts().size() + " số liệu; "
                + (found.isEmpty() ? "không có sai sót" : errors + " lỗi, " + warnings + " cảnh báo, "
                + (found.size() - errors - warnings) + " thông tin"));
        for (Finding f : found) {
            String where = f.cell().isEmpty() ? "" : (f.cell().contains("!") || f.sheet().isEmpty() ? f.cell()
                    : CellLocation.quote(f.sheet()) + "!" + f.cell()) + " ";
            out.println("      " + (f.severity() == null ? "" : f.severity().vietnamese()) + " " + where + "[" + f.rule() + "] " + f.message());
        }
    }

    /** The spreadsheets directly in a folder, by name; temporary and lock files and check's own lists left out. */
    static List<Path> spreadsheetsIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                return !name.startsWith("~$") && !name.startsWith(".") && !lower.startsWith(PREFIX)
                        && (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm")
                        || lower.endsWith(".xlsb") || lower.endsWith(".ods"));
            }).sorted().toList();
        }
    }
}
