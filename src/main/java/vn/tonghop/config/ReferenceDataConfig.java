package vn.tonghop.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.tonghop.reading.SubmissionReader;
import vn.tonghop.reference.IndicatorCatalogue;
import vn.tonghop.reference.UnitRegistry;

/** Loads the office's reference files once per run. */
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
    SubmissionReader submissionReader(UnitRegistry registry, IndicatorCatalogue catalogue, TonghopProperties props) {
        return new SubmissionReader(registry, catalogue, props.maxFileBytes());
    }
}
