package vn.tonghop.validation;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import vn.tonghop.domain.Unit;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.Submission;
import vn.tonghop.reference.UnitRegistry;

/**
 * SENDER_NOT_REGISTERED (WARNING): a file that came by e-mail, read as a unit's table, from an address
 * that is neither the unit's in the registry nor one the office allows for it ({@link SenderSettings}).
 * Anyone can title a workbook as a school; the address it came from is the only sign of who sent it.
 * With {@code unverified: accept} the file is used and the finding goes to the office and to the
 * unit (which learns that someone sent a file in its name); with {@code hold} the file is held
 * (outcome HELD, not used, its unit not mailed) until an officer accepts it. Files without a sender
 * (the inbox folder) and files an officer accepted are not checked.
 */
public final class SenderCheck {

    public static final String SENDER_NOT_REGISTERED = "SENDER_NOT_REGISTERED";
    /** How many hexadecimal digits of a file's SHA-256 name it for the {@code accept} command. */
    public static final int HASH_PREFIX = 12;

    /** The submission as it is to be stored (held or not) and the finding on it, if any. */
    public record Verdict(Submission submission, List<Finding> findings) {
    }

    private final UnitRegistry registry;
    private final SenderSettings senders;
    private final ValidationSettings validation;

    public SenderCheck(UnitRegistry registry, SenderSettings senders, ValidationSettings validation) {
        this.registry = registry;
        this.senders = senders == null ? SenderSettings.defaults() : senders;
        this.validation = validation == null ? ValidationSettings.defaults() : validation;
    }

    /**
     * Checks who sent a read file.
     *
     * @param sender   the sender's address, null for a file that did not come by e-mail
     * @param accepted whether an officer accepted this file (asked only for a file from an unknown sender)
     */
    public Verdict check(Submission s, String sender, BooleanSupplier accepted) {
        String from = SenderSettings.address(sender);
        if (from == null || s.outcome() != FileOutcome.READ || s.unitCode() == null) {
            return new Verdict(s, List.of());
        }
        if (known(s.unitCode(), from) || accepted.getAsBoolean()) {
            return new Verdict(s, List.of());
        }
        Unit unit = registry.find(s.unitCode());
        List<String> registered = unit == null ? List.of() : SenderSettings.split(unit.email());
        String unitName = unit == null ? "đơn vị " + s.unitCode() : unit.name() + " (" + unit.code() + ")";
        String expected = registered.isEmpty()
                ? "danh mục đơn vị chưa ghi địa chỉ thư của " + unitName
                : "địa chỉ thư của " + unitName + " trong danh mục đơn vị là "
                        + registered.stream().map(a -> "«" + a + "»").collect(Collectors.joining(" hoặc "));
        String said = "Tệp «" + s.fileName() + "» được gửi từ địa chỉ «" + from + "», trong khi " + expected + ". ";
        Severity severity = validation.severityOf(SENDER_NOT_REGISTERED, Severity.WARNING);
        List<Finding> found = new ArrayList<>(1);
        if (senders.hold()) {
            String why = said + "Tệp được giữ lại: chưa dùng để tổng hợp và chưa gửi góp ý cho đơn vị. Cán bộ "
                    + "kiểm tra với đơn vị rồi chấp nhận tệp bằng lệnh «accept " + prefix(s) + "»; lần tổng hợp "
                    + "sau sẽ dùng tệp làm phiên bản mới nhất của đơn vị.";
            found.add(new Finding(s.fileName(), s.unitCode(), "", "", SENDER_NOT_REGISTERED, severity, why, from));
            return new Verdict(s.held(why), found);
        }
        found.add(new Finding(s.fileName(), s.unitCode(), "", "", SENDER_NOT_REGISTERED, severity, said
                + "Tệp vẫn được dùng để tổng hợp. Nếu đơn vị không gửi tệp này, đề nghị báo ngay cho đơn vị tổng "
                + "hợp; nếu đơn vị gửi từ địa chỉ khác, đề nghị báo để cập nhật danh mục đơn vị.", from));
        return new Verdict(s, found);
    }

    /** Whether {@code sender} may send the file of {@code unitCode}: its registry address or one allowed. */
    public boolean known(String unitCode, String sender) {
        String from = SenderSettings.address(sender);
        if (from == null || unitCode == null) {
            return false;
        }
        Unit unit = registry.find(unitCode);
        return (unit != null && SenderSettings.split(unit.email()).contains(from))
                || senders.allowedFor(unitCode).contains(from);
    }

    private static String prefix(Submission s) {
        return s.sha256() == null ? s.fileName() : s.sha256().substring(0, Math.min(HASH_PREFIX, s.sha256().length()));
    }
}
