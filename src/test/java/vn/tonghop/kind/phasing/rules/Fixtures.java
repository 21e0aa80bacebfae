package vn.tonghop.kind.phasing.rules;

import vn.tonghop.validation.SubmissionValidator;

import vn.tonghop.kind.phasing.PhasingKind;

import vn.tonghop.validation.RuleContext;
import vn.tonghop.validation.ValidationSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.tonghop.domain.Fact;
import vn.tonghop.domain.Indicator;
import vn.tonghop.domain.Indicator.Aggregation;
import vn.tonghop.domain.Indicator.GoodDirection;
import vn.tonghop.domain.Indicator.IndicatorKind;
import vn.tonghop.domain.Measure;
import vn.tonghop.domain.Section;
import vn.tonghop.domain.Unit;
import vn.tonghop.reading.FileOutcome;
import vn.tonghop.reading.ReadingNote;
import vn.tonghop.reading.Submission;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.QuotaBook;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.value.ParsedValue;
import vn.tonghop.value.UnitHint;
import vn.tonghop.value.ValueParser;

/**
 * Tiny submissions for the rule tests. Cells are placed as in the seed's table: current D, "TW, Tỉnh"
 * E, Huyện F, Trường G, phasing 2022–2025 H–K, on sheet "Phụ lục II"; values typed as text and read by
 * the product's parser with the indicator's unit.
 */
public final class Fixtures {

    public static final String SHEET = "Phụ lục II";

    /** PCT: % higher; DROP: % lower; RANK: rank lower; YN: yes/no higher; CNT: count; NUM: plain number. */
    public static final IndicatorCatalogue CATALOGUE = new IndicatorCatalogue(List.of(
            indicator("PCT", Section.CENTRAL, "Tỷ lệ hoàn thành cấp học", "%", IndicatorKind.PERCENT, GoodDirection.HIGHER),
            indicator("DROP", Section.PROVINCE, "Học sinh bỏ học", "%", IndicatorKind.PERCENT, GoodDirection.LOWER),
            indicator("RANK", Section.PROVINCE, "Xếp hạng Hội khỏe Phù Đổng", "Xếp hạng", IndicatorKind.RANK, GoodDirection.LOWER),
            indicator("YN", Section.CENTRAL, "Trường có dịch vụ hỗ trợ tâm lý", "", IndicatorKind.YES_NO, GoodDirection.HIGHER),
            indicator("CNT", Section.LOCAL, "Trường đạt chuẩn quốc gia mức độ 1", "ĐV", IndicatorKind.COUNT, GoodDirection.HIGHER),
            indicator("NUM", Section.PROVINCE, "Đổi mới về quản lý giáo dục", "", IndicatorKind.NUMBER, GoodDirection.HIGHER)));

    /** SO → PGD-A → T1, T2; SO → PGD-B → T3; SO → PGD-C (no schools). */
    public static final UnitRegistry REGISTRY = new UnitRegistry(List.of(
            new Unit("SO", "Sở Giáo dục và Đào tạo Thử", "tinh", null, null, null),
            new Unit("PGD-A", "Phòng Giáo dục và Đào tạo huyện A", "huyen", "SO", null, null),
            new Unit("PGD-B", "Phòng Giáo dục và Đào tạo huyện B", "huyen", "SO", null, null),
            new Unit("PGD-C", "Phòng Giáo dục và Đào tạo huyện C", "huyen", "SO", null, null),
            new Unit("T1", "Trường Tiểu học Một", "truong", "PGD-A", null, null),
            new Unit("T2", "Trường Tiểu học Hai", "truong", "PGD-A", null, null),
            new Unit("T3", "Trường Tiểu học Ba", "truong", "PGD-B", null, null)));

    private static final ValueParser PARSER = new ValueParser();

    private Fixtures() {
    }

    public static Indicator indicator(String code, Section section, String name, String unit, IndicatorKind kind,
                               GoodDirection direction) {
        return new Indicator(code, section, "", name, List.of(), unit, kind, direction, Aggregation.MEAN, false);
    }

    public static RuleContext context() {
        return context(ValidationSettings.defaults());
    }

    public static RuleContext context(ValidationSettings settings) {
        return new RuleContext(REGISTRY, settings);
    }

    /** Official quotas from {@code indicator,set_by,quota} lines. */
    public static QuotaBook quotas(Path dir, String... lines) {
        try {
            Path csv = dir.resolve("quotas.csv");
            Files.writeString(csv, "indicator_code,set_by,quota\n" + String.join("\n", lines) + "\n",
                    StandardCharsets.UTF_8);
            return QuotaBook.load(csv, CATALOGUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The validator of the phasing table on {@link #CATALOGUE}, with the shared rules. */
    public static SubmissionValidator validator(RuleContext context) {
        return new SubmissionValidator(context, List.of(new PhasingKind(CATALOGUE)));
    }

    public static Builder submission() {
        return new Builder("truong.xlsx", "T1");
    }

    public static Submission failed(String file, FileOutcome outcome, String reason) {
        return new Submission(file, "inbox/" + file, "sha", 10, outcome, reason, null, null, null, null, List.of(),
                List.of());
    }

    public static final class Builder {
        private final String file;
        private final String unit;
        private final List<Fact> facts = new ArrayList<>();
        private final List<ReadingNote> notes = new ArrayList<>();
        private Integer currentYear = 2023;

        public Builder(String file, String unit) {
            this.file = file;
            this.unit = unit;
        }

        public Builder currentYear(Integer year) {
            this.currentYear = year;
            return this;
        }

        /**
         * A row: {@code measure=typed} pairs such as {@code current=92, 70}, {@code target_unit=100},
         * {@code phase_2025=}. {@code code} null for an unmatched row.
         */
        public Builder row(int row, String code, String... cells) {
            Indicator ind = code == null ? null : CATALOGUE.find(code);
            String name = ind == null ? "Dòng lạ " + row : ind.name();
            UnitHint hint = UnitHint.fromUnitLabel(ind == null ? "" : ind.unit());
            for (String cell : cells) {
                int eq = cell.indexOf('=');
                Measure m = Measure.fromCode(cell.substring(0, eq));
                ParsedValue v = PARSER.parse(cell.substring(eq + 1), hint);
                facts.add(new Fact(unit, code, name, m, v, "'" + SHEET + "'!" + column(m) + row));
            }
            return this;
        }

        public Builder note(int row, ReadingNote.Code code, String message) {
            notes.add(new ReadingNote(SHEET, "B" + row, code, message));
            return this;
        }

        public Submission build() {
            return new Submission(file, "inbox/" + file, "sha", 1000, FileOutcome.READ, null, unit, SHEET,
                    "2022-2025", currentYear, facts, notes, null, PhasingKind.CODE);
        }

        private static String column(Measure m) {
            return switch (m.kind()) {
                case CURRENT -> "D";
                case TARGET_CENTRAL, TARGET_PROVINCE -> "E";
                case TARGET_DISTRICT -> "F";
                case TARGET_UNIT -> "G";
                case PHASE -> String.valueOf((char) ('H' + m.year() - 2022));
                default -> throw new IllegalArgumentException("not a phasing table's measure: " + m.code());
            };
        }
    }
}
