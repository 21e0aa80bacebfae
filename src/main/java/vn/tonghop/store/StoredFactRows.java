package vn.tonghop.store;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Measure;
import vn.tonghop.value.Comparator;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.ValueFlag;
import vn.tonghop.value.ValueKind;

/** A stored submission's facts read back as the reading made them. */
final class StoredFactRows {

    private StoredFactRows() {
    }

    /** The facts of a submission in the order they were read (table order). */
    static List<Fact> of(JdbcTemplate jdbc, long submissionId) {
        return jdbc.query("""
                SELECT unit_code, indicator_code, row_name, measure, raw, kind, value_text, num_value, comparator,
                       rank_total, truth, flags, cell
                FROM fact WHERE submission_id = ? ORDER BY id""", (rs, i) -> {
            ValueKind kind = ValueKind.valueOf(rs.getString(6));
            BigDecimal number = rs.getBigDecimal(8);
            String cmp = rs.getString(9);
            Integer total = (Integer) rs.getObject(10, Integer.class);
            Boolean truth = (Boolean) rs.getObject(11, Boolean.class);
            Set<ValueFlag> flags = rs.getString(12).isBlank() ? Set.of()
                    : Arrays.stream(rs.getString(12).split(" ")).map(ValueFlag::valueOf).collect(Collectors.toSet());
            String word = switch (kind) {
                case YES_NO, MET, NOT_ASSESSED, MARK, LEVEL, MONEY -> rs.getString(7);
                default -> null;
            };
            ParsedValue v = new ParsedValue(rs.getString(5), kind, number,
                    cmp == null ? null : Comparator.fromSymbol(cmp), total, truth, word, flags);
            return new Fact(rs.getString(1), rs.getString(2), rs.getString(3), Measure.fromCode(rs.getString(4)), v,
                    rs.getString(13));
        }, submissionId);
    }
}
