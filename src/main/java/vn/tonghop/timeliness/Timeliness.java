package vn.tonghop.timeliness;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.tonghop.domain.Unit;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.store.TimelinessStore.Receipt;
import vn.tonghop.timeliness.TimelinessSettings.Round;

/**
 * Completeness and timeliness of a collection round, as DHIS2 reports them for a data set: for each
 * reporting unit under the office and each kind the round collects ({@link CollectedKinds#of}: those it
 * names, else the office's first kind), its first readable document of the kind for the round sent on time,
 * late (by how many days) or not at all; a unit has sent the round once it sent every kind the round
 * collects (on time when all were by the deadline, else late by the most days; while one is missing it
 * has not, and the kinds it still owes are said); for each node, how many of its units are which.
 *
 * <p>A document answers the round of the year it is dated, as its kind stored it (the phasing table: the
 * year of its current value, "Hiện trạng 9/2023" the 2023 round; a plan: the first year of its school
 * year; an implementation report: the last year of the school year it reports on); one that names no
 * year (a self-assessment, a table without a date) answers the first round collecting its kind whose
 * deadline it was sent before (else the last such round). A document of a kind the round does not collect
 * answers nothing. The time is when the file was sent: the message's date for a mailed file, the file's
 * time in the inbox folder. A file that could not be read is no receipt: the unit has sent nothing usable.
 *
 * <p>The round shown is the current one: the latest whose collection has opened (the first round is
 * open from the start, each later one once the previous deadline passed). Before its deadline, a unit
 * that has not sent every kind is {@link Status#NOT_DUE}, after it {@link Status#MISSING}.
 */
public final class Timeliness {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** How many units a line of the office's e-mail names before it says how many more there are. */
    static final int NAMED_IN_MAIL = 30;

    /** How a unit stands in a round. */
    public enum Status {
        ON_TIME("Đúng hạn"), LATE("Trễ hạn"), MISSING("Chưa nộp (đã quá hạn)"), NOT_DUE("Chưa nộp (chưa đến hạn)");

        private final String vietnamese;

        Status(String vietnamese) {
            this.vietnamese = vietnamese;
        }

        public String vietnamese() {
            return vietnamese;
        }
    }

    /**
     * One reporting unit and one kind a round collects.
     *
     * @param kind     the kind's title
     * @param sent     the day its document was sent (office time zone), null when none
     * @param daysLate days after the deadline it was sent (0 when on time or none)
     * @param file     the file's name, null when none
     */
    public record KindLine(Unit unit, Round round, String kind, Status status, LocalDate sent, long daysLate,
                           String file) {
    }

    /**
     * One reporting unit in a round, the kinds the round collects together.
     *
     * @param sent     the day its last document of the round was sent once it sent every kind, else null
     * @param daysLate the most days after the deadline one of its documents was sent (0 when on time or none)
     * @param file     the files' names ("; " between), null when none
     * @param owed     the titles of the kinds it has not sent for the round, in the office's order
     */
    public record UnitLine(Unit unit, Round round, Status status, LocalDate sent, long daysLate, String file,
                           List<String> owed) {

        public UnitLine {
            owed = List.copyOf(owed);
        }
    }

    /** One node of the tree in the current round: its reporting units by status. */
    public record NodeLine(Unit node, int depth, int expected, int onTime, int late, int missing, int notDue) {

        public int received() {
            return onTime + late;
        }
    }

    private final List<Round> rounds;
    private final Round current;
    private final Round lastPassed;
    private final CollectedKinds kinds;
    private final List<KindLine> kindLines;
    private final List<UnitLine> lines;
    private final List<NodeLine> nodes;

    private Timeliness(List<Round> rounds, Round current, Round lastPassed, CollectedKinds kinds,
                       List<KindLine> kindLines, List<UnitLine> lines, List<NodeLine> nodes) {
        this.rounds = rounds;
        this.current = current;
        this.lastPassed = lastPassed;
        this.kinds = kinds;
        this.kindLines = kindLines;
        this.lines = lines;
        this.nodes = nodes;
    }

    /** Nothing to say: the office set no rounds. */
    public static Timeliness off() {
        return new Timeliness(List.of(), null, null, null, List.of(), List.of(), List.of());
    }

    /**
     * @param root     the office's own unit: the units under it are expected
     * @param kinds    the kinds the office collects, and which of them each round collects
     * @param receipts every readable document of a unit, oldest sent first
     * @param today    the day of the run, in the office's time zone
     */
    public static Timeliness of(TimelinessSettings settings, UnitRegistry registry, String root, CollectedKinds kinds,
                                List<Receipt> receipts, LocalDate today, ZoneId zone) {
        Unit top = registry.find(root);
        if (!settings.on() || top == null) {
            return off();
        }
        List<Round> rounds = settings.rounds();
        Round current = rounds.get(0);
        Round lastPassed = null;
        for (int i = 0; i < rounds.size(); i++) {
            if (i > 0 && today.isAfter(rounds.get(i - 1).deadline())) {
                current = rounds.get(i);
            }
            if (today.isAfter(rounds.get(i).deadline())) {
                lastPassed = rounds.get(i);
            }
        }
        // each unit's first document of each kind per round: "unit kind" → year → receipt
        Map<String, Map<Integer, Receipt>> first = new LinkedHashMap<>();
        for (Receipt r : receipts) {
            Round round = roundOf(r, rounds.stream().filter(x -> kinds.of(x).contains(r.kind())).toList(), zone);
            if (round != null) {
                first.computeIfAbsent(r.unitCode() + " " + r.kind(), u -> new LinkedHashMap<>())
                        .putIfAbsent(round.year(), r);
            }
        }
        List<KindLine> kindLines = new ArrayList<>();
        List<UnitLine> lines = new ArrayList<>();
        List<Unit> order = new ArrayList<>();
        Map<String, Integer> depths = new LinkedHashMap<>();
        walk(registry, top, 0, order, depths, new HashSet<>());
        for (Round round : rounds) {
            if (rounds.indexOf(round) > rounds.indexOf(current)) {
                break; // not opened yet
            }
            for (Unit u : order) {
                if (!registry.childrenOf(u.code()).isEmpty() || u.code().equals(top.code())) {
                    continue;
                }
                List<KindLine> own = new ArrayList<>();
                for (String kind : kinds.of(round)) {
                    Receipt r = first.getOrDefault(u.code() + " " + kind, Map.of()).get(round.year());
                    own.add(line(u, round, kinds.title(kind), r, today, zone));
                }
                kindLines.addAll(own);
                lines.add(together(u, round, own, today));
            }
        }
        List<NodeLine> nodes = new ArrayList<>();
        for (Unit n : order) {
            if (registry.childrenOf(n.code()).isEmpty()) {
                continue;
            }
            int[] c = new int[4];
            for (UnitLine l : lines) {
                if (l.round() == current && registry.isUnder(l.unit(), n)) {
                    c[l.status().ordinal()]++;
                }
            }
            nodes.add(new NodeLine(n, depths.get(n.code()), c[0] + c[1] + c[2] + c[3], c[0], c[1], c[2], c[3]));
        }
        return new Timeliness(rounds, current, lastPassed, kinds, List.copyOf(kindLines), List.copyOf(lines),
                List.copyOf(nodes));
    }

    private static KindLine line(Unit u, Round round, String kind, Receipt r, LocalDate today, ZoneId zone) {
        if (r == null) {
            return new KindLine(u, round, kind, today.isAfter(round.deadline()) ? Status.MISSING : Status.NOT_DUE,
                    null, 0, null);
        }
        LocalDate sent = r.sentAt().atZone(zone).toLocalDate();
        long late = Math.max(0, ChronoUnit.DAYS.between(round.deadline(), sent));
        return new KindLine(u, round, kind, late > 0 ? Status.LATE : Status.ON_TIME, sent, late, r.fileName());
    }

    /** A unit's kinds together: sent once every kind is, as late as its latest; not sent while one is missing. */
    private static UnitLine together(Unit u, Round round, List<KindLine> own, LocalDate today) {
        List<String> owed = new ArrayList<>();
        List<String> files = new ArrayList<>();
        LocalDate sent = null;
        long late = 0;
        for (KindLine k : own) {
            if (k.sent() == null) {
                owed.add(k.kind());
                continue;
            }
            if (!files.contains(k.file())) {
                files.add(k.file());
            }
            sent = sent == null || k.sent().isAfter(sent) ? k.sent() : sent;
            late = Math.max(late, k.daysLate());
        }
        String file = files.isEmpty() ? null : String.join("; ", files);
        if (!owed.isEmpty()) {
            return new UnitLine(u, round, today.isAfter(round.deadline()) ? Status.MISSING : Status.NOT_DUE, null, 0,
                    file, owed);
        }
        return new UnitLine(u, round, late > 0 ? Status.LATE : Status.ON_TIME, sent, late, file, owed);
    }

    /**
     * The round a document answers among {@code rounds} (those collecting its kind): the round of the year
     * it is dated, else the first whose deadline it was sent before (else the last); null when none.
     */
    static Round roundOf(Receipt r, List<Round> rounds, ZoneId zone) {
        if (rounds.isEmpty()) {
            return null;
        }
        if (r.year() != null) {
            return rounds.stream().filter(x -> x.year().equals(r.year())).findFirst().orElse(null);
        }
        LocalDate sent = r.sentAt().atZone(zone).toLocalDate();
        return rounds.stream().filter(x -> !sent.isAfter(x.deadline())).findFirst()
                .orElse(rounds.get(rounds.size() - 1));
    }

    private static void walk(UnitRegistry registry, Unit u, int depth, List<Unit> order, Map<String, Integer> depths,
                             Set<String> seen) {
        if (!seen.add(u.code())) {
            return;
        }
        order.add(u);
        depths.put(u.code(), depth);
        for (Unit child : registry.childrenOf(u.code())) {
            walk(registry, child, depth + 1, order, depths, seen);
        }
    }

    /** Whether the office set rounds. */
    public boolean on() {
        return current != null;
    }

    /** The round shown: the latest that has opened; null when off. */
    public Round current() {
        return current;
    }

    /** The latest round whose deadline has passed (the one reminders are for); null when none. */
    public Round lastPassed() {
        return lastPassed;
    }

    /** Every reporting unit in every round opened so far, round by round, in the tree's order. */
    public List<UnitLine> lines() {
        return lines;
    }

    /** Every reporting unit and kind in every round opened so far, as {@link #lines()}, the kinds in order. */
    public List<KindLine> kindLines() {
        return kindLines;
    }

    /** Whether a round opened so far collects more than one kind (then each line names its kind). */
    public boolean severalKinds() {
        return on() && rounds.stream().takeWhile(r -> rounds.indexOf(r) <= rounds.indexOf(current))
                .anyMatch(r -> kinds.of(r).size() > 1);
    }

    /**
     * The titles of the kinds {@code round} collects, in the office's order ("Bảng phân kỳ thực hiện chỉ tiêu",
     * "Kế hoạch cải tiến chất lượng"); empty when off.
     */
    public List<String> titles(Round round) {
        return kinds == null ? List.of() : kinds.of(round).stream().map(kinds::title).toList();
    }

    /** The reporting units in the current round. */
    public List<UnitLine> currentLines() {
        return lines.stream().filter(l -> l.round() == current).toList();
    }

    /** Every node (a unit with units under it) in the tree's order, counted in the current round. */
    public List<NodeLine> nodes() {
        return nodes;
    }

    /** The line of one node, or null. */
    public NodeLine node(String code) {
        return nodes.stream().filter(n -> n.node().code().equals(code)).findFirst().orElse(null);
    }

    /**
     * The units still owing a kind when the last deadline passed, with what they owe ({@link UnitLine#owed}):
     * those to remind.
     */
    public List<UnitLine> overdue() {
        if (lastPassed == null) {
            return List.of();
        }
        return lines.stream().filter(l -> l.round() == lastPassed && l.status() == Status.MISSING).toList();
    }

    /** "30/11/2023". */
    public static String date(LocalDate d) {
        return DATE.format(d);
    }

    /**
     * The office e-mail's lines: the round (and, when it collects several kinds, which), then one line per
     * node ("Phòng GD&ĐT huyện Sông Trà: 9/10 đã nộp (8 đúng hạn, 1 trễ hạn), 1 chưa nộp (đã quá hạn)"),
     * then the late documents and, for a round of several kinds, the units that sent some but still owe
     * others once the deadline passed, with what they owe; empty when off.
     */
    public List<String> mailLines() {
        if (!on()) {
            return List.of();
        }
        List<String> titles = titles(current);
        boolean several = titles.size() > 1;
        List<String> out = new ArrayList<>();
        out.add("Nộp đúng hạn, đợt " + current.label() + (several ? ", đơn vị đã nộp là đơn vị đã nộp đủ "
                + String.join("; ", titles) : "") + ":");
        for (NodeLine n : nodes) {
            StringBuilder b = new StringBuilder("- ").append(n.node().name()).append(": ")
                    .append(n.received()).append('/').append(n.expected()).append(" đã nộp (").append(n.onTime())
                    .append(" đúng hạn, ").append(n.late()).append(" trễ hạn)");
            if (n.missing() > 0) {
                b.append(", ").append(n.missing()).append(" chưa nộp (đã quá hạn)");
            }
            if (n.notDue() > 0) {
                b.append(", ").append(n.notDue()).append(" chưa nộp (chưa đến hạn)");
            }
            out.add(b.toString());
        }
        List<String> late = kindLines.stream().filter(l -> l.round() == current && l.status() == Status.LATE)
                .map(l -> l.unit().name() + (several ? " – " + l.kind() : "") + " (" + l.daysLate() + " ngày, gửi "
                        + date(l.sent()) + ")").toList();
        if (!late.isEmpty()) {
            out.add("Trễ hạn: " + named(late) + ".");
        }
        if (several) {
            List<String> owing = currentLines().stream()
                    .filter(l -> l.status() == Status.MISSING && l.owed().size() < titles.size())
                    .map(l -> l.unit().name() + " (còn thiếu " + String.join("; ", l.owed()) + ")").toList();
            if (!owing.isEmpty()) {
                out.add("Đã nộp nhưng chưa đủ (đã quá hạn): " + named(owing) + ".");
            }
        }
        return out;
    }

    /** The first {@link #NAMED_IN_MAIL} names, then how many more (every one is on «Đúng hạn»). */
    private static String named(List<String> names) {
        if (names.size() <= NAMED_IN_MAIL) {
            return String.join("; ", names);
        }
        return String.join("; ", names.subList(0, NAMED_IN_MAIL)) + "; và " + (names.size() - NAMED_IN_MAIL)
                + " khác (xem trang «Đúng hạn» của summary.xlsx)";
    }
}
