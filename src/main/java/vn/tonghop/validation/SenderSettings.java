package vn.tonghop.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may send a unit's file by e-mail ({@code tonghop.senders} in the office's job.yml). A mailed file
 * is its unit's own when it comes from the unit's address in the registry ({@code email}, several
 * separated by {@code ;}) or from an address allowed here:
 *
 * <pre>
 * tonghop:
 *   senders:
 *     unverified: accept            # accept (default): use the file, with a warning; hold: keep it out
 *                                   # of the consolidation until an officer runs "accept FILE"
 *     allowed: [pgd.songtra@example.vn]          # may send for any unit (a district forwarding)
 *     allowed-for:
 *       "87715001": [hieutruong.phuloc@gmail.com] # may send for this unit only
 * </pre>
 *
 * Addresses are compared without case, address only ({@code Tên <a@b.vn>} is {@code a@b.vn}).
 * Files from the inbox folder have no sender and are not checked.
 *
 * @param unverified what becomes of a mailed file from an address not known for its unit
 * @param allowed    addresses that may send the file of any unit
 * @param allowedFor addresses that may send one unit's file, by unit code
 */
@ConfigurationProperties("tonghop.senders")
public record SenderSettings(@DefaultValue("accept") Unverified unverified, List<String> allowed,
                             Map<String, List<String>> allowedFor) {

    /** What becomes of a file from an unknown sender. */
    public enum Unverified {
        /** Read and used, with a SENDER_NOT_REGISTERED warning its unit is told about too. */
        ACCEPT,
        /** Kept out (outcome HELD), its unit not mailed, until an officer accepts it. */
        HOLD
    }

    public SenderSettings {
        unverified = unverified == null ? Unverified.ACCEPT : unverified;
        allowed = addresses(allowed);
        Map<String, List<String>> byUnit = new LinkedHashMap<>();
        if (allowedFor != null) {
            allowedFor.forEach((code, list) -> {
                if (code != null) {
                    byUnit.put(code.strip().toUpperCase(Locale.ROOT), addresses(list));
                }
            });
        }
        allowedFor = Map.copyOf(byUnit);
    }

    public static SenderSettings defaults() {
        return new SenderSettings(Unverified.ACCEPT, List.of(), Map.of());
    }

    public boolean hold() {
        return unverified == Unverified.HOLD;
    }

    /** Addresses this office allows for the unit beyond its registry address. */
    List<String> allowedFor(String unitCode) {
        List<String> out = new ArrayList<>(allowed);
        if (unitCode != null) {
            out.addAll(allowedFor.getOrDefault(unitCode.strip().toUpperCase(Locale.ROOT), List.of()));
        }
        return out;
    }

    /**
     * The address alone, in lower case: {@code "Tên" <A@B.vn>} and {@code mailto:a@b.vn} are {@code a@b.vn};
     * null for nothing.
     */
    public static String address(String s) {
        if (s == null) {
            return null;
        }
        String a = s.strip();
        int open = a.lastIndexOf('<');
        int close = a.lastIndexOf('>');
        if (open >= 0 && close > open) {
            a = a.substring(open + 1, close).strip();
        }
        if (a.regionMatches(true, 0, "mailto:", 0, 7)) {
            a = a.substring(7).strip();
        }
        return a.isEmpty() ? null : a.toLowerCase(Locale.ROOT);
    }

    /** Each address of a registry cell or list ({@code ;} or {@code ,} between them), normalized. */
    static List<String> addresses(List<String> list) {
        List<String> out = new ArrayList<>();
        if (list != null) {
            for (String cell : list) {
                out.addAll(split(cell));
            }
        }
        return List.copyOf(out);
    }

    static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        if (cell != null) {
            for (String part : cell.split("[;,]")) {
                String a = address(part);
                if (a != null) {
                    out.add(a);
                }
            }
        }
        return out;
    }
}
