package vn.tonghop.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import vn.tonghop.config.TonghopProperties;
import vn.tonghop.domain.Unit;
import vn.tonghop.intake.ArchiveReceipts;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.store.HeldFileStore;
import vn.tonghop.store.HeldFileStore.HeldFile;
import vn.tonghop.validation.SenderCheck;

/**
 * {@code accept FILE}: an officer vouches for a file held because it was mailed from an address not
 * known for its unit ({@code tonghop.senders.unverified: hold}). FILE is the start of the file's
 * SHA-256 (as the run summary shows it) or its name. The next run reads the file again and uses it as
 * its unit's newest version. Without FILE: the files held now. Holds the office's lock, like a run.
 */
@Component
class AcceptCommand implements Command {

    private static final Logger log = LoggerFactory.getLogger(AcceptCommand.class);
    private static final int MIN_PREFIX = 6;

    private final HeldFileStore store;
    private final UnitRegistry registry;
    private final TonghopProperties props;
    private final JobRepository repository;

    AcceptCommand(HeldFileStore store, UnitRegistry registry, TonghopProperties props, JobRepository repository) {
        this.store = store;
        this.registry = registry;
        this.props = props;
        this.repository = repository;
    }

    @Override
    public String name() {
        return "accept";
    }


    @Override
    public int run(List<String> args) throws Exception {
        PrintStream out = System.out;
        if (args.isEmpty()) {
            List<HeldFile> held = store.held();
            if (held.isEmpty()) {
                out.println("Không có tệp nào đang giữ lại.");
            } else {
                list(held, registry, out);
            }
            return 0;
        }
        String wanted = String.join(" ", args).strip(); // a name with spaces typed without quotes
        Optional<Integer> code = OfficeLock.tryWith(props.dataDir(), () -> accept(wanted, out));
        if (code.isEmpty()) {
            out.println("Đang có một lần tổng hợp chạy cho đơn vị này; chạy lại lệnh accept khi lần đó xong.");
            return 3;
        }
        return code.get();
    }

    private int accept(String wanted, PrintStream out) {
        List<HeldFile> held = store.held();
        List<HeldFile> matching = held.stream().filter(h -> matches(h, wanted)).toList();
        if (matching.isEmpty()) {
            out.println("Không có tệp nào đang giữ lại khớp «" + wanted + "».");
            if (!held.isEmpty()) {
                list(held, registry, out);
            }
            return 1;
        }
        if (matching.size() > 1) {
            out.println("«" + wanted + "» khớp " + matching.size() + " tệp đang giữ lại; ghi mã tệp (cột cuối):");
            list(matching, registry, out);
            return 2;
        }
        HeldFile file = matching.get(0);
        Instant now = Instant.now();
        store.accept(file, now);
        noteInArchive(file, now);
        log.info("Accepted held file {} ({}) from {} for unit {}", file.fileName(), file.sha256(), file.sender(),
                file.unitCode());
        out.println("Đã chấp nhận tệp «" + file.fileName() + "» gửi từ «" + file.sender() + "» cho "
                + unit(file.unitCode(), registry) + ". Lần tổng hợp sau sẽ đọc lại tệp và dùng làm phiên bản mới "
                + "nhất của đơn vị.");
        return 0;
    }

    /** The archive keeps the acceptance too: a {@code rebuild} accepts the file again at the same point. */
    private void noteInArchive(HeldFile file, Instant at) {
        JobInstance last = repository.getLastJobInstance("consolidate");
        try {
            new ArchiveReceipts(props.archive()).appendAcceptance(file.sha256(), new ArchiveReceipts.Acceptance(
                    last == null ? file.runId() : last.getInstanceId(), file.sentAt(), at));
        } catch (IOException e) {
            log.warn("Could not note the acceptance of {} in the archive: {}", file.fileName(), e.toString());
        }
    }

    /** By the start of its SHA-256 (at least {@value #MIN_PREFIX} digits) or by its name, ignoring case. */
    static boolean matches(HeldFile h, String wanted) {
        String w = wanted.strip().toLowerCase(Locale.ROOT);
        if (w.length() >= MIN_PREFIX && w.matches("[0-9a-f]+") && h.sha256().toLowerCase(Locale.ROOT).startsWith(w)) {
            return true;
        }
        return fold(h.fileName()).equals(fold(wanted));
    }

    /** The files held, one a line, as the run summary and {@code status} show them too. */
    static void list(List<HeldFile> held, UnitRegistry registry, PrintStream out) {
        out.println("Tệp đang giữ lại vì người gửi không phải địa chỉ của đơn vị: " + held.size()
                + " (kiểm tra với đơn vị rồi chấp nhận bằng lệnh «accept <mã tệp>»)");
        for (HeldFile h : held) {
            out.printf("  ⏸ «%s» gửi từ «%s» ngày %s, là bảng của %s, nhận ở lần %d — mã tệp %s%n", h.fileName(),
                    h.sender(), RunSummaryPrinter.TIME.format(h.sentAt().atZone(ZoneId.systemDefault())),
                    unit(h.unitCode(), registry), h.runId(),
                    h.sha256().substring(0, Math.min(SenderCheck.HASH_PREFIX, h.sha256().length())));
        }
    }

    private static String unit(String code, UnitRegistry registry) {
        Unit u = registry.find(code);
        return u == null ? "đơn vị " + code : u.name() + " (" + code + ")";
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
