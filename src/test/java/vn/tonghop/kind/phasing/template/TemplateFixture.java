package vn.tonghop.kind.phasing.template;

import vn.tonghop.template.TemplateSettings;
import java.util.List;

import vn.tonghop.kind.phasing.PhasingKind;

import java.nio.file.Path;

import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.QuotaBook;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.validation.RuleContext;
import vn.tonghop.validation.SubmissionValidator;
import vn.tonghop.validation.ValidationSettings;

/** The sample office (jobs/so-dong-thap) with the period of the seed: 2022–2025, current value 9/2023. */
final class TemplateFixture {

    static final Path JOB = Path.of("jobs/so-dong-thap");
    static final String VERSION = "2023.1";

    final UnitRegistry registry = UnitRegistry.load(JOB.resolve("registry.csv"));
    final IndicatorCatalogue catalogue = IndicatorCatalogue.load(JOB.resolve("catalogue.csv"));
    final QuotaBook quotas = QuotaBook.load(JOB.resolve("quotas.csv"), catalogue);
    final SubmissionReader reader = new SubmissionReader(registry, List.of(new PhasingKind(catalogue)), 20L << 20);

    static TemplateSettings settings(String version) {
        return new TemplateSettings(2022, 2025, "9/2023", version,
                "Bộ phận Kế hoạch – Tài chính, Sở Giáo dục và Đào tạo Đồng Tháp (so.gddt@example.vn)", null);
    }

    TemplateGenerator generator() {
        return generator(VERSION);
    }

    TemplateGenerator generator(String version) {
        return new TemplateGenerator(registry, catalogue, quotas, settings(version));
    }

    /** The validator as a run of the office uses it, knowing the current template version. */
    SubmissionValidator validator() {
        return new SubmissionValidator(new RuleContext(registry, ValidationSettings.defaults(), VERSION),
                List.of(new PhasingKind(catalogue, quotas)));
    }
}
