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
 * reporting unit under the office, its first readable file for the round sent on time, late (by how many
 * days) or not at all; for each node, how many of its units are which. A file answers the round of the
 * year its table's current value is dated ("Hiện trạng 9/2023": the 2023 round); a table that names no
 * year answers the first round whose deadline it was sent before (else the last). The time is when the
 * file was sent: the message's date for a mailed file, the file's time in the inbox folder. A file that
 * could not be read is no receipt: the unit has sent nothing usable.
 *
 * <p>The round shown is the current one: the latest whose collection has opened (the first round is
 * open from the start, each later one once the previous deadline passed). Before its deadline, a unit
 * that sent nothing is {@link Status#NOT_DUE}, after it {@link Status#MISSING}.
 */
public final class Timeliness {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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
     * One reporting unit in a round.
     *
     * @param sent     the day its file was sent (office time zone), null when none
     * @param daysLate days after the deadline it was sent (0 when on time or none)
     * @param file     the file's name, null when none
     */
    public record UnitLine(Unit unit, Round round, Status status, LocalDate sent, long daysLate, String file) {
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
    private final List<UnitLine> lines;
    private final List<NodeLine> nodes;

    private Timeliness(List<Round> rounds, Round current, Round lastPassed, List<UnitLine> lines,
                       List<NodeLine> nodes) {
        this.rounds = rounds;
        this.current = current;
        this.lastPassed = lastPassed;
        this.lines = lines;
        this.nodes = nodes;
    }

    /** Nothing to say: the office set no rounds. */
    public static Timeliness off() {
        return new Timeliness(List.of(), null, null, List.of(), List.of());
    }

    /**
     * @param root     the office's own unit: the units under it are expected
     * @param receipts every readable file of a unit, oldest sent first
     * @param today    the day of the run, in the office's time zone
     */
    public static Timeliness of(TimelinessSettings settings, UnitRegistry registry, String root,
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
        // each unit's first file per round
        Map<String, Map<Integer, Receipt>> first = new LinkedHashMap<>();
        for (Receipt r : receipts) {
            Round round = roundOf(r, rounds, zone);
            if (round != null) {
                first.computeIfAbsent(r.unitCode(), u -> new LinkedHashMap<>()).putIfAbsent(round.year(), r);
            }
        }
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
                Receipt r = first.getOrDefault(u.code(), Map.of()).get(round.year());
                lines.add(line(u, round, r, today, zone));
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
        return new Timeliness(rounds, current, lastPassed, List.copyOf(lines), List.copyOf(nodes));
    }

    private static UnitLine line(Unit u, Round round, Receipt r, LocalDate today, ZoneId zone) {
        if (r == null) {
            return new UnitLine(u, round, today.isAfter(round.deadline()) ? Status.MISSING : Status.NOT_DUE, null, 0,
                    null);
        }
        LocalDate sent = r.sentAt().atZone(zone).toLocalDate();
        long late = Math.max(0, ChronoUnit.DAYS.between(round.deadline(), sent));
        return new UnitLine(u, round, late > 0 ? Status.LATE : Status.ON_TIME, sent, late, r.fileName());
    }

    /** The round a file answers: its table's year, else when it was sent; null for a year no round has. */
    static Round roundOf(Receipt r, List<Round> rounds, ZoneId zone) {
        if (r.tableYear() != null) {
            return rounds.stream().filter(x -> x.year().equals(r.tableYear())).findFirst().orElse(null);
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

    /** The units with nothing readable when the last deadline passed: those to remind. */
    public List<Unit> overdue() {
        if (lastPassed == null) {
            return List.of();
        }
        return lines.stream().filter(l -> l.round() == lastPassed && l.status() == Status.MISSING)
                .map(UnitLine::unit).toList();
    }

    /** "30/11/2023". */
    public static String date(LocalDate d) {
        return DATE.format(d);
    }

    /**
     * The office e-mail's lines: the round, then one line per node ("Phòng GD&ĐT huyện Sông Trà: 9/10 đã
     * nộp (8 đúng hạn, 1 trễ hạn), 1 chưa nộp (đã quá hạn)"); empty when off.
     */
    public List<String> mailLines() {
        if (!on()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add("Nộp đúng hạn, đợt " + current.label() + ":");
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
        List<UnitLine> late = currentLines().stream().filter(l -> l.status() == Status.LATE).toList();
        if (!late.isEmpty()) {
            out.add("Trễ hạn: " + String.join("; ", late.stream().map(l -> l.unit().name() + " (" + l.daysLate()
                    + " ngày, gửi " + date(l.sent()) + ")").toList()) + ".");
        }
        return out;
    }
}
