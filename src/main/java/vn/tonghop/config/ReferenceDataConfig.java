package vn.tonghop.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.tonghop.export.RowNames;
import vn.tonghop.kind.DocumentKind;
import vn.tonghop.kind.DocumentKinds;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.kind.phasing.consolidation.ConsolidationEngine;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.QuotaBook;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.kind.phasing.template.TemplateGenerator;
import vn.tonghop.template.TemplateSettings;
import vn.tonghop.timeliness.CollectedKinds;
import vn.tonghop.validation.RuleContext;
import vn.tonghop.validation.SenderCheck;
import vn.tonghop.validation.SenderSettings;
import vn.tonghop.validation.SubmissionValidator;
import vn.tonghop.validation.ValidationSettings;

/** Loads the office's reference files once per run, and the components built on them. */
@Configuration(proxyBeanMethods = false)
public class ReferenceDataConfig {

    @Bean
    UnitRegistry unitRegistry(TonghopProperties props) {
        return UnitRegistry.load(props.registry());
    }

    @Bean
    IndicatorCatalogue indicatorCatalogue(TonghopProperties props) {
        return IndicatorCatalogue.load(props.catalogue());
    }

    @Bean
    QuotaBook quotaBook(TonghopProperties props, IndicatorCatalogue catalogue, UnitRegistry registry) {
        return QuotaBook.load(props.quotas(), catalogue, registry);
    }

    /** The document kinds the office collects ({@code tonghop.kinds}), among every kind the program has. */
    @Bean
    DocumentKinds documentKinds(List<DocumentKind> all, TonghopProperties props) {
        return new DocumentKinds(all, props.kinds());
    }

    /** The kinds the office collects with their titles, for the collection rounds (which collect which). */
    @Bean
    CollectedKinds collectedKinds(DocumentKinds kinds) {
        Map<String, String> titles = new LinkedHashMap<>();
        kinds.enabled().forEach(k -> titles.put(k.code(), k.title()));
        return new CollectedKinds(titles);
    }

    /** A row code's name in facts.csv and facts.xlsx, from the kind the fact belongs to. */
    @Bean
    RowNames rowNames(DocumentKinds kinds) {
        return (documentKind, unitCode, code) -> {
            DocumentKind kind = documentKind == null ? null : kinds.find(documentKind);
            return kind == null ? "" : kind.rowName(unitCode, code);
        };
    }

    @Bean
    SubmissionValidator submissionValidator(UnitRegistry registry, ValidationSettings settings,
                                            TemplateSettings templates, DocumentKinds kinds) {
        return new SubmissionValidator(new RuleContext(registry, settings, templates.version()), kinds.enabled());
    }

    @Bean
    SenderCheck senderCheck(UnitRegistry registry, SenderSettings senders, ValidationSettings validation) {
        return new SenderCheck(registry, senders, validation);
    }

    @Bean
    ConsolidationEngine consolidationEngine(UnitRegistry registry, IndicatorCatalogue catalogue, QuotaBook quotas) {
        return new ConsolidationEngine(registry, catalogue, quotas);
    }

    /** The phasing table's templates (the {@code template} command asks every kind through {@code KindTemplates}). */
    @Bean
    TemplateGenerator phasingTemplates(UnitRegistry registry, IndicatorCatalogue catalogue, QuotaBook quotas,
                                       TemplateSettings settings, OutputFiles files) {
        return new TemplateGenerator(registry, catalogue, quotas, settings, files);
    }

    /** How every output file is written, with the office's permissions. */
    @Bean
    OutputFiles outputFiles(TonghopProperties props) {
        return new OutputFiles(props.outputPermissions());
    }

    @Bean
    SubmissionReader submissionReader(UnitRegistry registry, DocumentKinds kinds, TonghopProperties props) {
        return new SubmissionReader(registry, kinds.enabled(), props.maxFileBytes());
    }
}
