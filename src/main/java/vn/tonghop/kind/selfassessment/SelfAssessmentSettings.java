package vn.tonghop.kind.selfassessment;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The office's self-assessment settings ({@code tonghop.self-assessment} in its job.yml):
 *
 * <pre>
 * tonghop:
 *   self-assessment:
 *     folder: jobs/so-dong-thap/tu-danh-gia   # catalogues, level rule, units' catalogues
 * </pre>
 *
 * @param folder the folder of {@link SelfAssessmentReference}; null: grids are read by criterion code
 *               only and no catalogue is checked (each document says so)
 */
@ConfigurationProperties("tonghop.self-assessment")
public record SelfAssessmentSettings(Path folder) {
}
