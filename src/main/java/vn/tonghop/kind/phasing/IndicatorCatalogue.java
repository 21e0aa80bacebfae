package vn.tonghop.kind.phasing;

import vn.tonghop.reference.ReferenceCsv;
import vn.tonghop.reference.ReferenceProblems;
import vn.tonghop.reference.UnitRegistry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Section;

/**
 * The official indicator catalogue (danh mục chỉ tiêu). File columns: {@code code, section, group,
 * name, aliases} (other names clerks use, separated by {@code ;}), {@code unit, kind, good_direction,
 * aggregate, headline}, and optionally {@code measured_at} (whose figure the row holds: {@code truong},
 * the default, {@code huyen} or {@code xa} for a district's or commune's figure schools copy, {@code tinh})
 * and {@code weight} (the registry's count a rate is over: {@code pupils}, {@code teachers},
 * {@code children}, {@code schools}) and {@code stt} (the row's number in the official list, which the
 * tables tonghop writes keep: {@code 1.a}, {@code 7.c}, {@code 2} for a group's one row without letter;
 * blank for a row without number; the column absent or empty, tonghop numbers the rows itself).
 */
public final class IndicatorCatalogue {

    private final Map<String, Indicator> byCode;

    public IndicatorCatalogue(List<Indicator> indicators) {
        Map<String, Indicator> map = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            if (map.putIfAbsent(i.code(), i) != null) {
                throw new IllegalArgumentException("Danh mục chỉ tiêu ghi mã «" + i.code() + "» hai lần.");
            }
        }
        this.byCode = Collections.unmodifiableMap(map);
    }

    /** An official STT: a group's number (or letter, or roman number), then a row's letter or number. */
    private static final java.util.regex.Pattern STT = java.util.regex.Pattern.compile(
            "[\\p{L}\\d]{1,6}(\\.[\\p{L}\\d]{1,6})?");

    static final ReferenceCsv.Layout LAYOUT = new ReferenceCsv.Layout("danh mục chỉ tiêu", "tonghop.catalogue",
            List.of("code", "section", "name", "kind", "good_direction", "aggregate"),
            List.of("group", "aliases", "unit", "headline", "measured_at", "weight", "stt"));

    /** Reads the catalogue; a file with any problem (see {@link #parse}) is refused with all of them. */
    public static IndicatorCatalogue load(Path csv) {
        ReferenceProblems problems = new ReferenceProblems();
        IndicatorCatalogue catalogue = parse(csv, problems);
        problems.throwIfAny();
        return catalogue;
    }

    /**
     * Reads what can be read and reports every problem: columns, a row without code or name, a code
     * listed twice, a section, kind, direction or aggregate tonghop does not know, a headline that is
     * not {@code true}/{@code false}. Null when the file cannot be read at all.
     */
    public static IndicatorCatalogue parse(Path csv, ReferenceProblems problems) {
        List<ReferenceCsv.Row> rows = ReferenceCsv.read(csv, LAYOUT, problems);
        if (rows == null) {
            return null;
        }
        Map<String, Integer> lineOf = new HashMap<>();
        List<Indicator> list = new ArrayList<>();
        for (ReferenceCsv.Row r : rows) {
            String code = r.get("code");
            if (code.isEmpty()) {
                problems.add(csv, r.line(), "thiếu mã chỉ tiêu (cột code). Ghi mã cho dòng này hoặc xóa dòng.");
                continue;
            }
            Integer first = lineOf.putIfAbsent(code, r.line());
            if (first != null) {
                problems.add(csv, r.line(), "mã chỉ tiêu «" + code + "» đã có ở dòng " + first + ". Mỗi mã chỉ ghi một "
                        + "lần: sửa mã hoặc xóa một trong hai dòng.");
                continue;
            }
            if (r.get("name").isEmpty()) {
                problems.add(csv, r.line(), "chỉ tiêu «" + code + "» chưa có tên (cột name). Ghi tên như trong bảng.");
            }
            Section section = section(csv, r, problems);
            var kind = word(csv, r, "kind", "loại chỉ tiêu", Indicator.IndicatorKind.class, problems);
            var direction = word(csv, r, "good_direction", "chiều tốt", Indicator.GoodDirection.class, problems);
            var aggregate = word(csv, r, "aggregate", "cách tổng hợp", Indicator.Aggregation.class, problems);
            String headline = r.get("headline").toLowerCase(Locale.ROOT);
            if (!headline.isEmpty() && !headline.equals("true") && !headline.equals("false")) {
                problems.add(csv, r.line(), "cột headline: «" + r.get("headline") + "» không hiểu được. Ghi true (chỉ "
                        + "tiêu có biểu đồ) hoặc false.");
            }
            Indicator.MeasuredAt measuredAt = Indicator.MeasuredAt.fromCode(r.get("measured_at"));
            if (measuredAt == null) {
                problems.add(csv, r.line(), "cột measured_at: «" + r.get("measured_at") + "» không phải cấp tonghop "
                        + "biết. Dùng truong (số liệu của từng trường, mặc định), huyen hoặc xa (số liệu của huyện, xã "
                        + "mà các trường ghi lại), tinh.");
            }
            String weight = r.get("weight").toLowerCase(Locale.ROOT);
            if (!weight.isEmpty() && !UnitRegistry.WEIGHTS.containsKey(weight)) {
                problems.add(csv, r.line(), "cột weight: «" + r.get("weight") + "» không phải cột số lượng của danh "
                        + "mục đơn vị. Dùng một trong: " + String.join(", ", UnitRegistry.WEIGHTS.keySet())
                        + ", hoặc để trống.");
                weight = "";
            }
            String stt = r.get("stt");
            if (!stt.isEmpty() && !STT.matcher(stt).matches()) {
                problems.add(csv, r.line(), "cột stt: «" + stt + "» không phải số thứ tự của danh mục. Ghi như trong "
                        + "văn bản: số của nhóm, dấu chấm, chữ của dòng (1.a, 7.c, 1.đ); chỉ số của nhóm khi dòng không "
                        + "có chữ (2); để trống khi dòng không có số thứ tự.");
                stt = "";
            }
            if (section == null || kind == null || direction == null || aggregate == null || measuredAt == null) {
                continue;
            }
            List<String> aliases = Arrays.stream(r.get("aliases").split(";"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            list.add(new Indicator(code, section, r.get("group"), r.get("name"), aliases, r.get("unit"), kind,
                    direction, aggregate, headline.equals("true"), measuredAt, weight, stt));
        }
        if (rows.isEmpty()) {
            problems.add(csv, "danh mục chỉ tiêu chưa có chỉ tiêu nào. Mỗi dòng sau dòng tiêu đề là một chỉ tiêu.");
        }
        return new IndicatorCatalogue(list);
    }

    private static Section section(Path csv, ReferenceCsv.Row r, ReferenceProblems problems) {
        try {
            return Section.fromCode(r.get("section"));
        } catch (IllegalArgumentException e) {
            problems.add(csv, r.line(), "cột section: " + (r.get("section").isEmpty() ? "chưa ghi phần của chỉ tiêu"
                    : "«" + r.get("section") + "» không phải phần tonghop biết") + ". Dùng "
                    + "một trong: " + Arrays.stream(Section.values()).map(Section::code)
                            .collect(Collectors.joining(", ")) + ".");
            return null;
        }
    }

    private static <E extends Enum<E>> E word(Path csv, ReferenceCsv.Row r, String column, String what,
                                              Class<E> type, ReferenceProblems problems) {
        String value = r.get(column);
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        problems.add(csv, r.line(), "cột " + column + ": " + (value.isEmpty() ? "chưa ghi " + what
                : "«" + value + "» không phải " + what + " tonghop biết") + ". Dùng một trong: "
                + Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")) + ".");
        return null;
    }

    public Indicator find(String code) {
        return byCode.get(code);
    }

    public List<Indicator> indicators() {
        return List.copyOf(byCode.values());
    }

}
