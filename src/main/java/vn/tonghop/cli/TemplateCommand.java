package vn.tonghop.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.tonghop.config.TonghopProperties;
import vn.tonghop.delivery.DeliveryOutcome;
import vn.tonghop.domain.Unit;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.QuotaBook;
import vn.tonghop.kind.phasing.template.GeneratedTemplate;
import vn.tonghop.kind.phasing.template.TemplateGenerator;
import vn.tonghop.kind.phasing.template.TemplateMailer;
import vn.tonghop.kind.phasing.template.TemplateSettings;
import vn.tonghop.reference.UnitRegistry;

/**
 * {@code template [mã đơn vị]}: writes the templates for a node and every unit under it (default: the
 * office's root unit) into {@code tonghop.template.output-dir}, and says in Vietnamese what it wrote.
 */
@Component
public class TemplateCommand implements Command {

    private final TonghopProperties office;
    private final TemplateSettings settings;
    private final TemplateGenerator generator;
    private final UnitRegistry registry;
    private final PrintStream out;

    private TemplateMailer mailer;
    private boolean sendByMail;

    @Autowired
    public TemplateCommand(TonghopProperties office, TemplateSettings settings, UnitRegistry registry,
                           IndicatorCatalogue catalogue, QuotaBook quotas, OutputFiles files) {
        this(office, settings, registry, new TemplateGenerator(registry, catalogue, quotas, settings, files),
                System.out);
    }

    TemplateCommand(TonghopProperties office, TemplateSettings settings, UnitRegistry registry,
                    TemplateGenerator generator, PrintStream out) {
        this.office = office;
        this.settings = settings;
        this.registry = registry;
        this.generator = generator;
        this.out = out;
    }

    /** With {@code tonghop.template.send-by-mail: true}, each unit is also sent its template. */
    @Autowired
    void mailing(TemplateMailer mailer, @Value("${tonghop.template.send-by-mail:false}") boolean sendByMail) {
        this.mailer = mailer;
        this.sendByMail = sendByMail;
    }

    @Override
    public String name() {
        return "template";
    }


    @Override
    public int run(List<String> args) throws Exception {
        String code = args.isEmpty() ? office.rootUnit() : args.get(0).strip();
        Unit node = registry.find(code);
        if (node == null) {
            out.println("Không có đơn vị mã «" + code + "» trong danh mục đơn vị (" + office.registry() + ").");
            return 2;
        }
        String problem = settings.problem();
        if (problem != null) {
            out.println(problem);
            return 2;
        }
        Path dir = outputDir();
        List<GeneratedTemplate> made = generate(node.code());
        long own = made.stream().filter(t -> !registry.childrenOf(t.unit().code()).isEmpty()).count();
        out.println("Đã tạo " + made.size() + " mẫu bảng phân kỳ (giai đoạn " + settings.firstYear() + "–"
                + settings.lastYear() + ", hiện trạng " + settings.currentLabel() + ", phiên bản " + settings.version()
                + ") cho " + node.name() + " và các đơn vị trực thuộc: " + (made.size() - own) + " mẫu cho trường, "
                + own + " mẫu bảng tổng hợp, trong thư mục " + dir.toAbsolutePath().normalize() + ":");
        for (GeneratedTemplate t : made) {
            out.println("  " + t.unit().code() + "  " + t.unit().name() + "  →  " + t.file().getFileName());
        }
        if (sendByMail && mailer != null) {
            DeliveryOutcome sent = mailer.send(made);
            out.println("Gửi thư: " + sent.sent() + " thư đã gửi, " + sent.failed() + " gửi không được, "
                    + sent.skipped() + " không gửi (đã gửi trước đó, thư điện tử chưa cấu hình hoặc đơn vị không có "
                    + "địa chỉ).");
            return sent.failed() == 0 ? 0 : 1;
        }
        return 0;
    }

    /**
     * Writes the templates of the node and the units under it into the output folder; returns what
     * was written, for sending each unit its file.
     */
    public List<GeneratedTemplate> generate(String nodeCode) throws IOException {
        return generator.generate(nodeCode, outputDir());
    }

    /** The configured folder, else {@code templates} beside the run outputs ({@code target/<office>/templates}). */
    Path outputDir() {
        if (settings.outputDir() != null) {
            return settings.outputDir();
        }
        Path runs = office.outputDir() == null ? Path.of("target", "output") : office.outputDir();
        return runs.toAbsolutePath().getParent().resolve("templates");
    }
}
