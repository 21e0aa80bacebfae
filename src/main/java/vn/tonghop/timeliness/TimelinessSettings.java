package vn.tonghop.timeliness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The office's collection rounds and their deadlines ({@code tonghop.timeliness} in job.yml):
 * <pre>
 * tonghop:
 *   timeliness:
 *     rounds:
 *       - year: 2023            # the tables of "Hiện trạng 9/2023"
 *         deadline: 30/11/2023  # sent by the end of this day: on time
 *       - year: 2024
 *         deadline: 15/10/2024
 *         kinds: [phasing, plan]  # the kinds this round collects; none said: the first of tonghop.kinds
 *     remind: true              # one reminder by mail to a unit still owing a kind once the deadline passed
 * </pre>
 * Without rounds nothing is said about timeliness. The rounds are checked before anything runs: each
 * needs its year and its deadline, a year once, later years with later deadlines; the kinds a round names
 * must be kinds the office collects (checked by the wiring, which knows them).
 *
 * @param rounds the collection rounds, sorted by deadline
 * @param remind whether a unit still owing a kind of the latest round whose deadline passed gets one reminder
 */
@ConfigurationProperties("tonghop.timeliness")
public record TimelinessSettings(List<Round> rounds, @DefaultValue("true") boolean remind) {

    /**
     * One collection round: the documents dated {@code year} ("Hiện trạng 9/2023": 2023; each kind says how
     * its documents are dated) of each of {@code kinds} (codes of {@code tonghop.kinds}; empty: the office's
     * first kind), due by the end of {@code deadline} in the office's time zone.
     */
    public record Round(Integer year, @DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = "yyyy-MM-dd")
                        LocalDate deadline, List<String> kinds) {

        public Round {
            List<String> codes = new ArrayList<>();
            for (String k : kinds == null ? List.<String>of() : kinds) {
                if (k != null && !k.isBlank() && !codes.contains(k.strip())) {
                    codes.add(k.strip());
                }
            }
            kinds = List.copyOf(codes);
        }

        /** A round of the office's first kind (a factory, not a constructor: the binder needs one constructor). */
        public static Round of(Integer year, LocalDate deadline) {
            return new Round(year, deadline, List.of());
        }

        /** "năm 2023 (hạn nộp 30/11/2023)": how the round is named in outputs and mail. */
        public String label() {
            return "năm " + year + " (hạn nộp " + Timeliness.DATE.format(deadline) + ")";
        }
    }

    public TimelinessSettings {
        List<Round> sorted = new ArrayList<>();
        Set<Integer> years = new HashSet<>();
        for (Round r : rounds == null ? List.<Round>of() : rounds) {
            if (r == null || r.year() == null || r.deadline() == null) {
                throw new IllegalArgumentException("mỗi đợt nộp trong tonghop.timeliness.rounds cần year (năm của "
                        + "hiện trạng, ví dụ 2023 cho «Hiện trạng 9/2023») và deadline (hạn nộp, ví dụ 30/11/2023)");
            }
            if (r.year() < 1990 || r.year() > 2100) {
                throw new IllegalArgumentException("năm «" + r.year() + "» của một đợt nộp trong "
                        + "tonghop.timeliness.rounds không phải năm của hiện trạng (ví dụ 2023)");
            }
            if (!years.add(r.year())) {
                throw new IllegalArgumentException("năm " + r.year() + " có hai đợt nộp trong "
                        + "tonghop.timeliness.rounds; mỗi năm chỉ một hạn nộp");
            }
            sorted.add(r);
        }
        sorted.sort(Comparator.comparing(Round::deadline));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).year() < sorted.get(i - 1).year()) {
                throw new IllegalArgumentException("hạn nộp của năm " + sorted.get(i).year() + " ("
                        + Timeliness.DATE.format(sorted.get(i).deadline()) + ") không được sớm hơn hạn nộp của năm "
                        + sorted.get(i - 1).year() + " (" + Timeliness.DATE.format(sorted.get(i - 1).deadline())
                        + ") trong tonghop.timeliness.rounds");
            }
        }
        rounds = List.copyOf(sorted);
    }

    /** No rounds: nothing to say about timeliness. */
    public static TimelinessSettings none() {
        return new TimelinessSettings(List.of(), false);
    }

    public boolean on() {
        return !rounds.isEmpty();
    }

    /**
     * The years of the rounds whose deadline had passed on {@code today} ("2023,2024"): on the day a deadline
     * passes, the units that have not sent turn from not yet due to missing, with no new file.
     */
    public String passedOn(LocalDate today) {
        StringBuilder years = new StringBuilder();
        for (Round r : rounds) {
            if (today.isAfter(r.deadline())) {
                years.append(years.isEmpty() ? "" : ",").append(r.year());
            }
        }
        return years.toString();
    }
}
