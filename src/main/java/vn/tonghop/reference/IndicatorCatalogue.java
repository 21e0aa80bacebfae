package vn.tonghop.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Section;

/**
 * The official indicator catalogue (danh mục chỉ tiêu). File columns: {@code code, section, group,
 * name, aliases} (other names clerks use, separated by {@code ;}), {@code unit, kind, good_direction,
 * aggregate, headline}.
 */
public final class IndicatorCatalogue {

    private final Map<String, Indicator> byCode;

    public IndicatorCatalogue(List<Indicator> indicators) {
        Map<String, Indicator> map = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            if (map.putIfAbsent(i.code(), i) != null) {
                throw new IllegalArgumentException("catalogue lists indicator code twice: " + i.code());
            }
        }
        this.byCode = Collections.unmodifiableMap(map);
    }

    public static IndicatorCatalogue load(Path csv) {
        List<Indicator> list = new ArrayList<>();
        for (Map<String, String> r : ReferenceCsv.read(csv)) {
            String code = r.getOrDefault("code", "").strip();
            if (code.isEmpty()) {
                continue;
            }
            List<String> aliases = Arrays.stream(r.getOrDefault("aliases", "").split(";"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            list.add(new Indicator(code, Section.fromCode(r.get("section")), r.getOrDefault("group", ""),
                    r.get("name"), aliases, r.getOrDefault("unit", ""),
                    Indicator.IndicatorKind.valueOf(upper(r.get("kind"))),
                    Indicator.GoodDirection.valueOf(upper(r.get("good_direction"))),
                    Indicator.Aggregation.valueOf(upper(r.get("aggregate"))),
                    Boolean.parseBoolean(r.getOrDefault("headline", "false"))));
        }
        return new IndicatorCatalogue(list);
    }

    public Indicator find(String code) {
        return byCode.get(code);
    }

    public List<Indicator> indicators() {
        return List.copyOf(byCode.values());
    }

    private static String upper(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }
}
