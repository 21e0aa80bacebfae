package vn.tonghop.delivery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.tonghop.domain.Unit;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.store.RunChanges;
import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;

/**
 * Writes the run's e-mails in Vietnamese, plain text, short enough to read on one screen: long lists
 * are cut and point to the attachment that has them all. Text that came from a submission goes through
 * {@link PlainText} first.
 */
@Component
public class MailComposer {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    static final int MAX_MISSING_LISTED = 30;
    static final int MAX_FINDINGS_LISTED = 20;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String PREFIX = "[tonghop] ";
    private static final String AUTOMATIC = "(Thư gửi tự động từ tonghop; xin đừng trả lời thư này.)";

    private final UnitRegistry registry;
    private final String officeMailbox;
    private final LocalDate resubmitBy;

    /** Without a registry, mailbox or deadline: the school's mail says neither where nor by when. */
    public MailComposer() {
        this(null, "", "", null);
    }

    /**
     * @param registry    where a school's parent and its address are found
     * @param imapHost    the office's mailbox server ({@code tonghop.imap.host}); blank: no mailbox read
     * @param imapAddress the mailbox tonghop reads ({@code tonghop.imap.username}), used as the address to
     *                    send to when it is one and the mailbox is read
     * @param resubmitBy  the deadline for corrected files ({@code tonghop.mail.resubmit-by}), or null
     */
    public MailComposer(UnitRegistry registry, String imapHost, String imapAddress, LocalDate resubmitBy) {
        this.registry = registry;
        this.officeMailbox = imapHost == null || imapHost.isBlank() || imapAddress == null
                || !imapAddress.contains("@") ? "" : imapAddress.strip();
        this.resubmitBy = resubmitBy;
    }

    @Autowired
    MailComposer(ObjectProvider<UnitRegistry> registry, MailSettings settings,
                 @Value("${tonghop.imap.host:}") String imapHost, @Value("${tonghop.imap.username:}") String imapAddress) {
        this(registry.getIfAvailable(), imapHost, imapAddress, settings.resubmitBy());
    }

    /** The office's mail: counts, who sent nothing, and which attachment is what. */
    public ComposedMail office(RunDigest d) {
        String office = PlainText.line(d.officeName(), 200);
        String subject = PREFIX + "Kết quả tổng hợp – " + office + " – " + d.runAt().format(DATE);

        StringBuilder b = new StringBuilder();
        b.append("Kết quả tổng hợp các bảng, báo cáo các đơn vị gửi về ").append(office)
                .append(", lượt chạy số ").append(d.runId()).append(" lúc ").append(d.runAt().format(TIME))
                .append(" ngày ").append(d.runAt().format(DATE)).append(".\n\n");
        b.append("- Đơn vị đã báo cáo: ").append(d.unitsReported()).append('/').append(d.unitsExpected()).append('\n');
        b.append("- Lỗi: ").append(d.errors()).append("; cảnh báo: ").append(d.warnings()).append('\n');
        b.append("- Tệp mới nhận trong lượt này: ").append(d.newFiles()).append("\n\n");
        if (d.attention() != null) {
            b.append("Lưu ý: ").append(d.attention()).append("\n\n");
        }
        if (d.changes() != null) {
            b.append(changes(d.changes(), d.missing().size())).append("\n\n");
        }

        if (!d.timeliness().isEmpty()) {
            d.timeliness().forEach(line -> b.append(PlainText.line(line, 2000)).append('\n'));
            b.append('\n');
        }

        if (d.missing().isEmpty()) {
            b.append("Mọi đơn vị đều đã nộp.\n\n");
        } else {
            b.append("Đơn vị chưa nộp (").append(d.missing().size()).append("):\n");
            int n = 0;
            for (Unit u : d.missing()) {
                if (++n > MAX_MISSING_LISTED) {
                    b.append("… và ").append(d.missing().size() - MAX_MISSING_LISTED)
                            .append(" đơn vị khác (xem trang «Chưa nộp» trong summary.xlsx).\n");
                    break;
                }
                b.append(n).append(". ").append(PlainText.line(u.code(), 100)).append(" – ")
                        .append(PlainText.line(u.name(), 200)).append('\n');
            }
            b.append('\n');
        }

        if (!d.held().isEmpty()) {
            b.append("Tệp đang giữ lại vì người gửi không phải địa chỉ của đơn vị (").append(d.held().size())
                    .append("); kiểm tra với đơn vị rồi chấp nhận bằng lệnh «accept <mã tệp>»:\n");
            int n = 0;
            for (String line : d.held()) {
                if (++n > MAX_MISSING_LISTED) {
                    b.append("… và ").append(d.held().size() - MAX_MISSING_LISTED).append(" tệp khác.\n");
                    break;
                }
                b.append(n).append(". ").append(PlainText.line(line, 600)).append('\n');
            }
            b.append('\n');
        }

        List<Path> attachments = new ArrayList<>();
        List<String> described = new ArrayList<>();
        if (exists(d.summary())) {
            attachments.add(d.summary());
            described.add("- " + name(d.summary()) + ": bảng tổng hợp theo từng cấp, đơn vị × chỉ tiêu, "
                    + "danh sách chưa nộp và biểu đồ.");
        }
        if (exists(d.discrepancies())) {
            attachments.add(d.discrepancies());
            described.add("- " + name(d.discrepancies()) + ": mọi lỗi và cảnh báo, xếp theo đơn vị, tệp và ô, "
                    + "để báo lại cho từng trường.");
        }
        if (described.isEmpty()) {
            b.append("Lượt này không có tệp đính kèm.\n\n");
        } else {
            b.append("Tệp đính kèm:\n").append(String.join("\n", described)).append("\n\n");
        }
        b.append(AUTOMATIC).append('\n');
        return new ComposedMail(subject, b.toString(), attachments);
    }

    /** One paragraph with the counts of the «Thay đổi» sheet. */
    static String changes(RunChanges c, int missing) {
        if (c.firstRun()) {
            return "Thay đổi so với lượt trước: đây là lượt chạy đầu tiên, chưa có gì để so sánh.";
        }
        return "Thay đổi so với lượt trước: " + c.newUnits() + " tệp của đơn vị nộp lần đầu, " + c.resubmitted()
                + " tệp nộp lại; " + c.fixed().size() + " lỗi, cảnh báo đã được sửa, " + c.added().size()
                + " lỗi, cảnh báo mới phát hiện; " + missing + " đơn vị vẫn chưa nộp (chi tiết ở trang «Thay đổi» "
                + "trong summary.xlsx).";
    }

    /**
     * A school's mail about one file: what to fix, a confirmation, or why the file could not be read
     * (then without attachment: there is nothing marked up to show).
     */
    public ComposedMail school(SchoolFeedback f, String officeName) {
        String school = PlainText.line(f.unit().name(), 200);
        String file = "“" + PlainText.line(f.fileName(), 120) + "”";
        String version = f.version() > 0 ? " (lần nộp thứ " + f.version() + ")" : "";
        String office = PlainText.line(officeName, 200);
        String who = office.isEmpty() ? "Đơn vị tổng hợp" : office;

        StringBuilder b = new StringBuilder();
        b.append("Kính gửi ").append(school).append(",\n\n");
        String subject;
        List<Path> attachments = List.of();
        if (f.notReadReason() != null && !f.notReadReason().isBlank()) {
            subject = "Không đọc được tệp " + file + version;
            b.append(who).append(" đã nhận tệp ").append(file).append(version)
                    .append(" của trường nhưng không đọc được:\n")
                    .append(PlainText.line(f.notReadReason(), 1000)).append("\n\n")
                    // the kind of a file that could not be read is unknown: "the file", not the phasing table
                    .append("Xin khắc phục theo hướng dẫn trên rồi gửi lại tệp dưới dạng tệp Excel (.xlsx hoặc .xls), "
                            + "không đặt mật khẩu, có tên trường trong tiêu đề bảng")
                    .append(whereAndWhen(f.unit())).append(".\n\n");
        } else if (f.findings().isEmpty()) {
            subject = "Đã nhận tệp " + file + version;
            b.append(who).append(" đã nhận và đọc tệp ").append(file).append(version)
                    .append(" của trường. Tệp không có mục nào cần sửa. Xin cảm ơn.\n\n");
            attachments = attachable(f.workbook());
        } else {
            subject = "Cần sửa tệp " + file + version;
            appendFindings(b, f, who, file + version);
            attachments = attachable(f.workbook());
            if (!attachments.isEmpty()) {
                b.append("Xin xem tệp đính kèm: các ô cần sửa được tô màu và có ghi chú.\n");
            }
            b.append("Sau khi sửa, xin gửi lại tệp đã sửa").append(whereAndWhen(f.unit())).append(".\n\n");
        }
        b.append("Trân trọng,\n").append(who).append('\n').append(AUTOMATIC).append('\n');
        return new ComposedMail(PREFIX + subject, b.toString(), attachments);
    }

    /**
     * The one reminder a unit gets when a collection round's deadline passed and it still owed documents:
     * which ({@code owed}, the titles of the kinds it has sent nothing readable of for the round, in the
     * office's order), the deadline, where to send them. {@code unusable}: why its last file could not be
     * used, when it sent one (null otherwise).
     */
    public ComposedMail reminder(Unit unit, String officeName, int year, LocalDate deadline, List<String> owed,
                                 String unusable) {
        String school = PlainText.line(unit.name(), 200);
        String office = PlainText.line(officeName, 200);
        String who = office.isEmpty() ? "Đơn vị tổng hợp" : office;
        String to = officeMailbox.isEmpty() ? parentAddress(unit) : officeMailbox;
        boolean one = owed.size() == 1;
        StringBuilder b = new StringBuilder();
        b.append("Kính gửi ").append(school).append(",\n\n");
        b.append("Đã hết hạn nộp ngày ").append(deadline.format(DATE)).append(" nhưng ").append(who);
        if (one) {
            b.append(" chưa nhận được ").append(lowerFirst(owed.get(0))).append(" (đợt năm ").append(year)
                    .append(") nào đọc được của đơn vị.\n");
        } else {
            b.append(" chưa nhận được tệp đọc được nào của đơn vị cho các tài liệu sau (đợt năm ").append(year)
                    .append("):\n");
            owed.forEach(t -> b.append("- ").append(t).append('\n'));
        }
        if (unusable != null && !unusable.isBlank()) {
            b.append("Tệp đơn vị đã gửi không dùng được: ").append(PlainText.line(unusable, 1000)).append('\n');
        }
        b.append("\nĐề nghị đơn vị gửi ").append(one ? "tài liệu này" : "các tài liệu này")
                .append(" (tệp Excel .xlsx hoặc .xls, không đặt mật khẩu, có tên trường trong tiêu đề)")
                .append(to.isEmpty() ? "" : " về địa chỉ " + to).append(" sớm nhất có thể. ")
                .append("Đây là thư nhắc duy nhất cho đợt này.\n\n");
        b.append("Trân trọng,\n").append(who).append('\n').append(AUTOMATIC).append('\n');
        return new ComposedMail(PREFIX + "Nhắc nộp " + (one ? lowerFirst(owed.get(0)) : owed.size() + " tài liệu")
                + " năm " + year + " – đã quá hạn " + deadline.format(DATE), b.toString(), List.of());
    }

    /** "Bảng phân kỳ…" → "bảng phân kỳ…": a kind's title inside a sentence. */
    private static String lowerFirst(String title) {
        return title == null || title.isEmpty() ? "" : title.substring(0, 1).toLowerCase(VIETNAMESE) + title.substring(1);
    }

    /**
     * Where the corrected file goes and by when, as the end of a sentence: the mailbox tonghop reads
     * when there is one (a file sent there is taken in by the next run), else the address of the school's
     * parent in the registry; the office's deadline when it set one. Empty when it knows neither.
     */
    String whereAndWhen(Unit school) {
        String to = officeMailbox.isEmpty() ? parentAddress(school) : officeMailbox;
        StringBuilder s = new StringBuilder();
        if (!to.isEmpty()) {
            s.append(" về địa chỉ ").append(to);
        }
        if (resubmitBy != null) {
            s.append(s.isEmpty() ? "" : ",").append(" chậm nhất ngày ").append(resubmitBy.format(DATE));
        }
        return s.toString();
    }

    private String parentAddress(Unit school) {
        Unit parent = registry == null || school.isRoot() ? null : registry.find(school.parentCode());
        if (parent == null || parent.email() == null) {
            return "";
        }
        return Arrays.stream(parent.email().split("[;,]")).map(a -> PlainText.line(a, 200))
                .filter(a -> a.contains("@")).collect(Collectors.joining(" hoặc "));
    }

    private static void appendFindings(StringBuilder b, SchoolFeedback f, String who, String fileAndVersion) {
        long errors = f.findings().stream().filter(x -> x.severity() == Severity.ERROR).count();
        long warnings = f.findings().stream().filter(x -> x.severity() == Severity.WARNING).count();
        b.append(who).append(" đã nhận và đọc tệp ").append(fileAndVersion).append(" của trường. Có ")
                .append(f.findings().size()).append(" mục cần xem lại (").append(errors).append(" lỗi, ")
                .append(warnings).append(" cảnh báo):\n\n");
        // Errors first; within a severity the findings keep their order (by sheet and cell).
        List<Finding> sorted = f.findings().stream().sorted(Comparator.comparing(Finding::severity)).toList();
        int n = 0;
        for (Finding x : sorted) {
            if (++n > MAX_FINDINGS_LISTED) {
                b.append("… và ").append(sorted.size() - MAX_FINDINGS_LISTED).append(" mục khác.\n");
                break;
            }
            String where = location(x);
            b.append(n).append(". [").append(x.severity().vietnamese()).append("] ")
                    .append(where.isEmpty() ? "" : where + " – ").append(PlainText.line(x.message(), 300))
                    .append('\n');
        }
        b.append('\n');
    }

    /** {@code 'Phụ lục II'!D11}, as Excel writes a reference; empty when the finding has no place. */
    static String location(Finding f) {
        String sheet = PlainText.line(f.sheet(), 100);
        String cell = PlainText.line(f.cell(), 50);
        if (sheet.isEmpty()) {
            return cell;
        }
        String quoted = sheet.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')
                ? sheet : "'" + sheet.replace("'", "''") + "'";
        return cell.isEmpty() ? quoted : quoted + "!" + cell;
    }

    private static List<Path> attachable(Path p) {
        return exists(p) ? List.of(p) : List.of();
    }

    private static boolean exists(Path p) {
        return p != null && Files.isRegularFile(p);
    }

    private static String name(Path p) {
        return PlainText.line(p.getFileName().toString(), 120);
    }
}
