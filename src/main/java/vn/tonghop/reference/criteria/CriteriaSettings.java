package vn.tonghop.reference.criteria;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the office keeps its criteria catalogues ({@code tonghop.self-assessment} in its job.yml; the
 * self-assessment kind came first, the improvement plan and the implementation report read the same
 * folder):
 *
 * <pre>
 * tonghop:
 *   self-assessment:
 *     folder: jobs/so-dong-thap/tu-danh-gia   # catalogues, level rule, units' catalogues
 * </pre>
 *
 * @param folder the folder of {@link CriteriaReference} (and of the self-assessment's level rule); null:
 *               documents are read by criterion code only and no catalogue is checked (each document says so)
 */
@ConfigurationProperties("tonghop.self-assessment")
public record CriteriaSettings(Path folder) {
}
