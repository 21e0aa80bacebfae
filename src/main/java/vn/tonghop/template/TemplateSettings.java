package vn.tonghop.template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The templates an office hands out ({@code tonghop.template} in its job.yml):
 *
 * <pre>
 * tonghop:
 *   template:
 *     first-year: 2022          # the planning period's phasing years
 *     last-year: 2025
 *     current-label: "9/2023"   # the date of the current value, as the header prints it
 *     version: "2023.1"         # raise it when templates are handed out again
 *     contact: "…"              # whom clerks ask, printed on the instructions sheet
 *     output-dir: target/so-dong-thap/templates
 * </pre>
 *
 * @param firstYear    first phasing year
 * @param lastYear     last phasing year, also the year of the end-of-period targets
 * @param currentLabel when the current value is measured ("Hiện trạng 9/2023")
 * @param version      the templates' version; a returned file made from another version is flagged
 *                     (TEMPLATE_OUTDATED)
 * @param contact      contact line for the instructions sheet
 * @param outputDir    where the templates are written; default: {@code templates} beside the run
 *                     outputs folder
 */
@ConfigurationProperties("tonghop.template")
public record TemplateSettings(Integer firstYear, Integer lastYear, String currentLabel, String version,
                               String contact, Path outputDir) {

    /** Years further apart than this are a typing mistake, not a planning period. */
    static final int MAX_YEARS = 15;

    public TemplateSettings {
        version = version == null || version.isBlank() ? "1" : version.strip();
        currentLabel = currentLabel == null ? "" : currentLabel.strip();
        contact = contact == null ? "" : contact.strip();
    }

    /** The phasing years, first to last. */
    public List<Integer> years() {
        List<Integer> out = new ArrayList<>();
        for (int y = firstYear; y <= lastYear; y++) {
            out.add(y);
        }
        return out;
    }

    /** {@code 2022-2025}, as the reader reports a table's period. */
    public String period() {
        return firstYear + "-" + lastYear;
    }

    /** What is missing or wrong, in Vietnamese for the office; null when templates can be made. */
    public String problem() {
        if (firstYear == null || lastYear == null) {
            return "Chưa khai báo giai đoạn của mẫu: cần tonghop.template.first-year và tonghop.template.last-year "
                    + "trong job.yml (ví dụ 2022 và 2025).";
        }
        if (lastYear < firstYear || lastYear - firstYear >= MAX_YEARS || firstYear < 1900 || lastYear > 2199) {
            return "Giai đoạn của mẫu không hợp lệ: " + firstYear + "–" + lastYear + ". Đề nghị kiểm tra "
                    + "tonghop.template.first-year và last-year trong job.yml.";
        }
        if (currentLabel.isEmpty() || !currentLabel.matches(".*\\b(19|20|21)\\d{2}\\b.*")) {
            return "Chưa khai báo thời điểm của hiện trạng (tonghop.template.current-label, ví dụ \"9/2023\"): "
                    + "tiêu đề cột «Hiện trạng …» cần có năm.";
        }
        return null;
    }
}
