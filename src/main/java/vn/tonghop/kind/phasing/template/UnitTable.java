package vn.tonghop.kind.phasing.template;

import java.util.Locale;
import java.util.Set;

import vn.tonghop.domain.Indicator;

import vn.tonghop.domain.Unit;
import vn.tonghop.text.VietnameseText;

/**
 * Whose table a template is, and who set the quotas it shows. A school's table ({@code ownTable}
 * false) shows in "Huyện" what its parent set and in "TW, Tỉnh" what the level above the parent set.
 * A unit with units under it fills its own consolidated table, the shape {@code PhasingTableWriter}
 * writes: "Huyện" is what the unit itself set for its units, "TW, Tỉnh" what its parent set.
 *
 * @param districtSetter who set the "Huyện" column's quotas (null: none)
 * @param aboveSetter    who set the "TW, Tỉnh" column's quotas (null: none)
 * @param sendTo         where the filled table goes: the parent (null for the root)
 * @param schoolLevels   how many levels above its reporting units the unit is, for each of them (a district
 *                       over its schools: 1); empty for a school
 */
record UnitTable(Unit unit, boolean ownTable, Unit districtSetter, Unit aboveSetter, Unit sendTo,
                 Set<Integer> schoolLevels) {

    UnitTable {
        schoolLevels = Set.copyOf(schoolLevels);
    }

    UnitTable(Unit unit, boolean ownTable, Unit districtSetter, Unit aboveSetter, Unit sendTo) {
        this(unit, ownTable, districtSetter, aboveSetter, sendTo, Set.of());
    }

    /**
     * Whether the indicator's figure is the unit's own: measured as many levels above the schools as the unit
     * is (the district's recognition in the district's table), not a share of units below it.
     */
    boolean ownsFigure(Indicator indicator) {
        int up = indicator.measuredAt().levelsUp();
        return ownTable && up > 0 && schoolLevels.contains(up);
    }

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String[] OFFICE_PREFIXES = {"phong giao duc va dao tao ", "so giao duc va dao tao ",
        "phong gd&dt ", "so gd&dt ", "phong gddt ", "so gddt "};
    private static final String[] LOCAL_WORDS = {"huyen ", "xa ", "phuong ", "thi xa ", "thi tran ", "quan ",
        "thanh pho "};

    /**
     * The place section III belongs to, upper case as in the seed ("HUYỆN SÔNG TRÀ" from "Phòng Giáo
     * dục và Đào tạo huyện Sông Trà"); "ĐỊA PHƯƠNG" when the setter's name names no district or commune.
     */
    String localPlace() {
        if (districtSetter == null) {
            return "ĐỊA PHƯƠNG";
        }
        String name = VietnameseText.clean(districtSetter.name());
        String folded = VietnameseText.fold(name);
        for (String p : OFFICE_PREFIXES) {
            // fold keeps one character per character of the clean name, so positions carry over
            if (folded.startsWith(p) && folded.length() == name.length()) {
                name = name.substring(p.length());
                folded = folded.substring(p.length());
                break;
            }
        }
        for (String w : LOCAL_WORDS) {
            if (folded.startsWith(w)) {
                return name.toUpperCase(VI);
            }
        }
        return "ĐỊA PHƯƠNG";
    }
}
