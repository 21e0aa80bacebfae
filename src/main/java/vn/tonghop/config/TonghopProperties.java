package vn.tonghop.config;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.tonghop.output.OutputFiles;

/**
 * An office's job configuration ({@code jobs/<office>/job.yml}, prefix {@code tonghop}).
 *
 * @param officeName  the office running the job, as printed on its outputs
 * @param rootUnit    the registry code of the office's own unit: the root of its consolidation tree
 * @param inbox       folder where schools' workbooks arrive (sub-folders included); left as it is
 * @param archive     folder where every accepted file is kept, untouched, by content hash
 * @param outputDir   folder under which each run writes a dated folder
 * @param outputKeep  how many of those folders are kept, the newest; older ones are deleted after each completed
 *                    run; 0 (the default) keeps them all
 * @param dataDir     folder of the embedded H2 database
 * @param registry    units file (CSV)
 * @param catalogue   indicator catalogue (CSV)
 * @param quotas      official quotas (CSV)
 * @param maxFileMb   larger submissions are refused with a reason, not opened
 * @param chunkSize   files per transaction
 * @param threads     workbooks read at once; 0 means one per processor core
 * @param settleSeconds a file modified more recently than this is still being written (an upload in
 *                    progress) and waits for the next run
 * @param cron        when {@code schedule} runs the consolidation (Spring cron: second minute hour day month weekday)
 * @param zone        the time zone of {@code cron}
 * @param outputPermissions permissions of every output file, as {@code ls -l} shows them
 *                    ({@code rw-r--r--}); output folders get {@code x} wherever {@code r} is
 * @param kinds       the document kinds the office collects, by code ({@code [phasing]}); a workbook
 *                    holding none of them is {@code NO_TABLE}
 */
@ConfigurationProperties("tonghop")
public record TonghopProperties(String officeName, String rootUnit, Path inbox, Path archive, Path outputDir,
                                Path dataDir, Path registry, Path catalogue, Path quotas,
                                @DefaultValue("20") int maxFileMb, @DefaultValue("20") int chunkSize,
                                @DefaultValue("0") int threads, @DefaultValue("60") int settleSeconds,
                                @DefaultValue("0 0 2 * * *") String cron,
                                @DefaultValue("Asia/Ho_Chi_Minh") String zone,
                                @DefaultValue(OutputFiles.DEFAULT_PERMISSIONS) String outputPermissions,
                                @DefaultValue("phasing") List<String> kinds,
                                @DefaultValue("0") int outputKeep) {

    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    public long maxFileBytes() {
        return maxFileMb * 1024L * 1024L;
    }
}
