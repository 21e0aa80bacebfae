package vn.tonghop.reading;

import java.util.List;

import vn.tonghop.kind.phasing.PhasingKind;

import java.nio.file.Path;

import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.reference.UnitRegistry;

/** The sample district's reference data (jobs/so-dong-thap), for reading tests. */
final class SampleOffice {

    static final Path JOB = Path.of("jobs/so-dong-thap");

    private SampleOffice() {
    }

    static UnitRegistry registry() {
        return UnitRegistry.load(JOB.resolve("registry.csv"));
    }

    static IndicatorCatalogue catalogue() {
        return IndicatorCatalogue.load(JOB.resolve("catalogue.csv"));
    }

    static SubmissionReader reader() {
        return new SubmissionReader(registry(), List.of(new PhasingKind(catalogue())), 20L * 1024 * 1024);
    }
}
