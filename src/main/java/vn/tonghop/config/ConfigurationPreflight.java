package vn.tonghop.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

import vn.tonghop.kind.DocumentKinds;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.implementation.ImplementationReportKind;
import vn.tonghop.kind.plan.PlanKind;
import vn.tonghop.kind.selfassessment.SelfAssessmentKind;
import vn.tonghop.reference.criteria.CriteriaReference;
import vn.tonghop.kind.selfassessment.SelfAssessmentReference;
import vn.tonghop.kind.phasing.QuotaBook;
import vn.tonghop.reference.ReferenceProblems;
import vn.tonghop.reference.UnitRegistry;

/**
 * The start-up check of the office's configuration, once Spring has read the job file and before the
 * application context exists (so before the database is opened, the lock taken or the inbox looked
 * at): every {@code tonghop.*} key known and its value usable, the required settings present, and the
 * reference files (registry, catalogue, quotas) read by the very loaders the run uses, with the office's
 * root unit in the registry. All problems are reported together ({@link ConfigurationProblems}, exit
 * code 2).
 *
 * <p>Every command gets the whole check, {@code status} included: every command's context loads the
 * reference files (status names the units from the registry), so a broken file would stop it anyway,
 * later and in English; and the office learns of the mistake the first time it looks, not at night.
 *
 * <p>Registered in {@code META-INF/spring.factories}. A start-up step that needs a sound configuration
 * (such as taking the office's lock) runs after {@link #ORDER}.
 */
public final class ConfigurationPreflight implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    /** Right after Spring Boot has loaded the configuration files, before logging is set up. */
    public static final int ORDER = JobFilePreflight.ORDER + 2;

    /** The settings without which nothing can run, with what each is and an example. */
    private static final Map<String, String> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put("office-name", "tên cơ quan in trên kết quả, ví dụ office-name: \"Sở Giáo dục và Đào tạo Đồng Tháp\"");
        REQUIRED.put("root-unit", "mã của chính cơ quan trong danh mục đơn vị, ví dụ root-unit: SGD-DT");
        REQUIRED.put("inbox", "thư mục nhận tệp của các trường, ví dụ inbox: /srv/tonghop/hop-thu");
        REQUIRED.put("archive", "thư mục lưu trữ mọi tệp đã nhận, ví dụ archive: /srv/tonghop/luu-tru");
        REQUIRED.put("output-dir", "thư mục ghi kết quả, ví dụ output-dir: /srv/tonghop/ket-qua");
        REQUIRED.put("data-dir", "thư mục cơ sở dữ liệu và khóa chạy, ví dụ data-dir: /srv/tonghop/du-lieu");
        REQUIRED.put("registry", "danh mục đơn vị, ví dụ registry: jobs/so-dong-thap/registry.csv");
        REQUIRED.put("catalogue", "danh mục chỉ tiêu, ví dụ catalogue: jobs/so-dong-thap/catalogue.csv");
        REQUIRED.put("quotas", "chỉ tiêu giao, ví dụ quotas: jobs/so-dong-thap/quotas.csv");
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        List<String> problems = check(event.getEnvironment());
        if (!problems.isEmpty()) {
            throw new ConfigurationProblems(problems);
        }
    }

    /** Every problem of the configuration the environment holds; empty when the office can run. */
    public static List<String> check(ConfigurableEnvironment environment) {
        List<String> problems = new ArrayList<>();
        SettingsCheck settings = new SettingsCheck(environment, problems);
        TonghopProperties props = settings.check();
        if (props == null) {
            return problems;
        }
        String jobFile = environment.getProperty(JobFilePreflight.KEY, JobFilePreflight.DEFAULT);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("office-name", blankToNull(props.officeName()));
        values.put("root-unit", blankToNull(props.rootUnit()));
        values.put("inbox", props.inbox());
        values.put("archive", props.archive());
        values.put("output-dir", props.outputDir());
        values.put("data-dir", props.dataDir());
        values.put("registry", props.registry());
        values.put("catalogue", props.catalogue());
        values.put("quotas", props.quotas());
        values.forEach((key, value) -> {
            if (value == null) {
                problems.add(jobFile + ": thiếu khóa tonghop." + key + " (" + REQUIRED.get(key) + "). Thêm vào "
                        + "job.yml, trong nhóm tonghop:.");
            }
        });
        try {
            new OutputFiles(props.outputPermissions());
        } catch (IllegalArgumentException e) {
            problems.add(settings.where(ConfigurationPropertyName.of("tonghop.output-permissions")) + ": "
                    + e.getMessage());
        }
        if (props.outputKeep() < 0) {
            problems.add(settings.where(ConfigurationPropertyName.of("tonghop.output-keep")) + ": Số thư mục kết quả giữ "
                    + "lại tonghop.output-keep «" + props.outputKeep() + "» không hợp lệ: phải là 0 (giữ tất cả) hoặc "
                    + "một số dương, ví dụ 60.");
        }
        String kinds = DocumentKinds.problem(props.kinds());
        if (kinds != null) {
            problems.add(settings.where(ConfigurationPropertyName.of("tonghop.kinds")) + ": " + kinds);
        }
        problems.addAll(roundKinds(props, settings, environment));
        problems.addAll(reference(props, settings, environment));
        return problems;
    }

    /** The reference files, read by the loaders the run uses, and the root unit among the units. */
    private static List<String> reference(TonghopProperties props, SettingsCheck settings,
                                          ConfigurableEnvironment environment) {
        ReferenceProblems problems = new ReferenceProblems();
        UnitRegistry registry = props.registry() == null ? null : UnitRegistry.parse(props.registry(), problems);
        IndicatorCatalogue catalogue = props.catalogue() == null ? null
                : IndicatorCatalogue.parse(props.catalogue(), problems);
        if (props.quotas() != null) {
            QuotaBook.parse(props.quotas(), catalogue, registry, problems);
        }
        // the criteria catalogues (and the self-assessment's level rule), when a kind that names criteria is on
        String folder = environment.getProperty("tonghop.self-assessment.folder");
        if (props.kinds() != null && props.kinds().contains(SelfAssessmentKind.CODE) && folder != null
                && !folder.isBlank()) {
            SelfAssessmentReference.parse(java.nio.file.Path.of(folder.strip()), registry, problems);
        } else if (props.kinds() != null && (props.kinds().contains(ImplementationReportKind.CODE)
                || props.kinds().contains(PlanKind.CODE)) && folder != null && !folder.isBlank()) {
            // the implementation report and the improvement plan read the same catalogues (a row named by its title)
            CriteriaReference.parse(java.nio.file.Path.of(folder.strip()), registry, problems);
        }
        List<String> lines = new ArrayList<>();
        String root = blankToNull(props.rootUnit());
        if (registry != null && root != null && registry.find(root) == null) {
            lines.add(settings.where(ConfigurationPropertyName.of("tonghop.root-unit")) + ": mã đơn vị gốc «" + root
                    + "» (tonghop.root-unit) không có trong danh mục đơn vị " + props.registry() + ". Sửa root-unit "
                    + "thành mã của chính cơ quan tổng hợp (cột code).");
        }
        lines.addAll(problems.lines());
        return lines;
    }

    /**
     * The kinds each collection round names ({@code tonghop.timeliness.rounds[i].kinds}): kinds the program
     * has, and kinds the office collects ({@code tonghop.kinds}); one line per round and mistake. A round
     * naming none is right: it collects the office's first kind.
     */
    private static List<String> roundKinds(TonghopProperties props, SettingsCheck settings,
                                           ConfigurableEnvironment environment) {
        List<String> lines = new ArrayList<>();
        Binder binder = Binder.get(environment);
        Set<String> known = DocumentKinds.knownCodes();
        List<String> office = (props.kinds() == null || props.kinds().isEmpty() ? DocumentKinds.DEFAULT : props.kinds())
                .stream().map(k -> k == null ? "" : k.strip()).toList();
        for (int i = 0; i < 1000; i++) {
            String round = "tonghop.timeliness.rounds[" + i + "]";
            List<String> kinds;
            Integer year;
            try {
                if (!binder.bind(round, Bindable.mapOf(String.class, Object.class)).isBound()) {
                    break;
                }
                kinds = binder.bind(round + ".kinds", Bindable.listOf(String.class)).orElse(List.of());
                year = binder.bind(round + ".year", Integer.class).orElse(null);
            } catch (RuntimeException e) {
                continue; // a value that does not convert: the settings check has said so
            }
            String which = "đợt nộp " + (year == null ? "thứ " + (i + 1) : "năm " + year);
            ConfigurationPropertyName name = ConfigurationPropertyName.of(round + ".kinds");
            String where = settings.where(binder.bind(round + ".kinds[0]", String.class).isBound()
                    ? ConfigurationPropertyName.of(round + ".kinds[0]") : name);
            List<String> unknown = kinds.stream().map(String::strip).filter(k -> !known.contains(k)).toList();
            if (!unknown.isEmpty()) {
                lines.add(where + ": loại tài liệu «" + String.join("», «", unknown) + "» (" + name + ") của " + which
                        + " không có trong chương trình; các loại có: " + String.join(", ", known) + ". Sửa kinds của "
                        + "đợt nộp này trong tonghop.timeliness.rounds.");
            }
            List<String> notCollected = kinds.stream().map(String::strip)
                    .filter(k -> known.contains(k) && !office.contains(k)).toList();
            if (!notCollected.isEmpty()) {
                lines.add(where + ": " + which + " thu «" + String.join("», «", notCollected) + "» (" + name + ") nhưng "
                        + "cơ quan không thu loại tài liệu này (tonghop.kinds: " + String.join(", ", office) + "). Thêm "
                        + "vào tonghop.kinds hoặc bỏ khỏi kinds của đợt nộp.");
            }
        }
        return lines;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
