package vn.tonghop.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

import vn.tonghop.output.CsvFields;
import vn.tonghop.output.CsvSafe;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.output.Utf8Writer;
import vn.tonghop.store.FactStore;
import vn.tonghop.store.FileLedger;

/**
 * Writes a run's facts and file outcomes as CSV, UTF-8 with a BOM so Excel shows Vietnamese right.
 * Streams from the database: a run of 10,000 workbooks never sits in memory.
 */
@Component
public class FactsCsvExporter {

    /** Whether to stop is asked every 1,024 facts. */
    private static final long STOP_CHECK_MASK = 1023;

    static final String[] FACT_COLUMNS = {"unit_code", "indicator_code", "indicator_name", "measure", "raw", "value",
        "comparator", "cell", "kind", "flags", "row_name", "file", "sha256",
        "document"};
    static final String[] FILE_COLUMNS = {"file", "outcome", "unit_code", "reason", "sheets", "period", "facts",
        "sha256", "size_bytes", "version", "used", "sender"};

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final FactStore facts;
    private final FileLedger ledger;
    private final RowNames names;
    private final OutputFiles files;

    public FactsCsvExporter(FactStore facts, FileLedger ledger, RowNames names, OutputFiles files) {
        this.facts = facts;
        this.ledger = ledger;
        this.names = names;
        this.files = files;
    }

    /**
     * {@code facts.csv}: the facts a run's outputs are made of (every unit's current version, and files
     * of this run that were read without a known unit), sorted by unit, file, then sheet order, and its
     * twin {@code facts.xlsx} from the same pass: each line goes to both as the store streams it, so the
     * facts are read and sorted once (each export's own query sorted every current fact: 2 million rows
     * at 10,000 schools, twice). The workbook is written on a thread of its own, its lines handed over as they
     * are read ({@link LineHandOff}). The workbook is moved into place first, then the CSV. Returns the line
     * count.
     */
    public long writeFacts(long runId, Path target, FactsWorkbookExporter twin, Path twinTarget) {
        return writeFacts(runId, target, twin, twinTarget, () -> false);
    }

    /**
     * As {@link #writeFacts(long, Path, FactsWorkbookExporter, Path)}, giving up (with a
     * {@link CancellationException}, neither file moved into place) soon after {@code stop} says so. Should the
     * workbook fail, so does the whole (with its failure), and neither file is moved into place either.
     */
    public long writeFacts(long runId, Path target, FactsWorkbookExporter twin, Path twinTarget,
                           BooleanSupplier stop) {
        LineHandOff handOff = new LineHandOff();
        FutureTask<Long> workbook = new FutureTask<>(() -> twin.write(handOff::drainTo, twinTarget));
        Thread workbookThread = new Thread(workbook, Thread.currentThread().getName() + "-xlsx");
        workbookThread.start();
        long[] count = {0};
        boolean done = false;
        try {
            files.write(target, out -> {
                try (Writer csv = new Utf8Writer(out)) {
                    csv.write('\uFEFF');
                    CsvFields.line(csv, FACT_COLUMNS);
                    eachFact(facts, names, runId, f -> {
                        if ((count[0] & STOP_CHECK_MASK) == 0 && stop.getAsBoolean()) {
                            throw new CancellationException("facts export asked to stop");
                        }
                        line(csv, f);
                        count[0]++;
                        handOff.accept(f);
                    });
                    handOff.finish();
                    outcome(workbook); // in place before the CSV
                }
            });
            done = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } catch (RuntimeException e) {
            // the workbook's own failure says more than the reading's giving up because of it
            handOff.giveUp();
            RuntimeException first = failureOf(workbook);
            throw first != null && e instanceof CancellationException && !(first instanceof CancellationException)
                    ? first : e;
        } finally {
            if (!done) {
                handOff.giveUp();
            }
            awaitEnd(workbookThread);
        }
        return count[0];
    }

    /** The workbook's line count once written, or what it threw. */
    private static long outcome(FutureTask<Long> workbook) {
        try {
            return workbook.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while the facts' workbook was written");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** What the workbook threw, once it has ended; null when it did not fail (or was an Error, rethrown as is). */
    private static RuntimeException failureOf(FutureTask<Long> workbook) {
        try {
            outcome(workbook);
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** Waits for the workbook's thread (it stops soon after either side gave up), without interrupting it. */
    private static void awaitEnd(Thread workbookThread) {
        boolean interrupted = false;
        while (workbookThread.isAlive()) {
            try {
                workbookThread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** One line of {@code facts.csv}; text that a spreadsheet would run as a formula guarded. */
    static void line(Writer csv, FactRow f) {
        try {
            CsvFields.field(csv, f.unitCode(), true);
            CsvFields.field(csv, f.indicatorCode(), false);
            CsvFields.field(csv, CsvSafe.text(f.indicatorName()), false);
            CsvFields.field(csv, f.measure(), false);
            CsvFields.field(csv, CsvSafe.text(f.raw()), false);
            CsvFields.field(csv, CsvSafe.text(f.value()), false);
            CsvFields.field(csv, f.comparator(), false);
            CsvFields.field(csv, CsvSafe.text(f.cell()), false);
            CsvFields.field(csv, f.kind(), false);
            CsvFields.field(csv, f.flags(), false);
            CsvFields.field(csv, CsvSafe.text(f.rowName()), false);
            CsvFields.field(csv, CsvSafe.text(f.file()), false);
            CsvFields.field(csv, f.sha256(), false);
            CsvFields.field(csv, f.document(), false);
            csv.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The facts a run's outputs are made of, streamed from the database in the order of
     * {@code facts.csv} (unit, file, sheet order).
     */
    static void eachFact(FactStore facts, RowNames names, long runId, Consumer<FactRow> sink) {
        facts.forEachInRunScope(runId, f -> {
            String name = f.indicatorCode().isEmpty() ? ""
                    : names.name(f.documentKind(), f.unitCode(), f.indicatorCode());
            sink.accept(new FactRow(f.unitCode(), f.indicatorCode(), name.isEmpty() ? f.rowName() : name,
                    f.measure(), f.raw(), f.value(), f.comparator(), f.cell(), f.kind(), f.flags(), f.rowName(),
                    f.fileName(), f.sha256(), f.documentKind()));
        });
    }

    /**
     * {@code files.csv}: every file this run took in, with its outcome and reason; a read file with its
     * version and whether the consolidation uses it, a repeat of bytes already received as
     * {@code DUPLICATE}.
     */
    public long writeFiles(long runId, Path target) {
        List<Object[]> rows = new ArrayList<>();
        for (FileLedger.Reading r : ledger.readings(runId)) {
            rows.add(new Object[] {r.fileName(), r.outcome().name(), nullToEmpty(r.unitCode()),
                nullToEmpty(r.reason()), nullToEmpty(r.sheets()), nullToEmpty(r.period()), r.facts(),
                nullToEmpty(r.sha256()), r.sizeBytes(), r.version() == null ? "" : r.version(),
                r.version() == null ? "" : r.current() ? "yes" : "no", nullToEmpty(r.sender())});
        }
        for (FileLedger.Repeat d : ledger.repeats(runId)) {
            rows.add(new Object[] {d.fileName(), "DUPLICATE", "", "Trùng nội dung với tệp «" + d.firstName()
                    + "» đã nhận ngày " + DAY.format(LocalDateTime.ofInstant(d.firstReceivedAt(), ZoneId.systemDefault()))
                    + "; không đọc lại, không tính hai lần.", "", "", 0L, d.sha256(), d.sizeBytes(), "", "",
                nullToEmpty(d.sender())});
        }
        rows.sort(Comparator.comparing((Object[] r) -> (String) r[0]).thenComparing(r -> (String) r[7])
                .thenComparing(r -> (String) r[1]));
        try {
            files.write(target, out -> {
                try (CSVPrinter csv = printer(out, FILE_COLUMNS)) {
                    for (Object[] r : rows) {
                        r[0] = CsvSafe.text((String) r[0]);
                        r[4] = CsvSafe.text((String) r[4]);
                        r[11] = CsvSafe.text((String) r[11]);
                        csv.printRecord(r);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        return rows.size();
    }

    private static CSVPrinter printer(OutputStream out, String[] header) throws IOException {
        // buffered before the encoder: CSVPrinter writes field by field, and each small write through
        // OutputStreamWriter runs its encoder
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write('\uFEFF');
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\r\n").get());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
