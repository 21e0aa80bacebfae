package vn.tonghop.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An office's job configuration ({@code jobs/<office>/job.yml}, prefix {@code tonghop}).
 *
 * @param officeName  the office running the job, as printed on its outputs
 * @param inbox       folder where schools' workbooks arrive (sub-folders included)
 * @param outputDir   folder under which each run writes a dated folder
 * @param dataDir     folder of the embedded H2 database
 * @param registry    units file (CSV)
 * @param catalogue   indicator catalogue (CSV)
 * @param quotas      official quotas (CSV)
 * @param maxFileMb   larger submissions are refused with a reason, not opened
 * @param chunkSize   files per transaction
 */
@ConfigurationProperties("tonghop")
public record TonghopProperties(String officeName, Path inbox, Path outputDir, Path dataDir, Path registry,
                                Path catalogue, Path quotas, @DefaultValue("20") int maxFileMb,
                                @DefaultValue("20") int chunkSize) {

    public long maxFileBytes() {
        return maxFileMb * 1024L * 1024L;
    }
}
