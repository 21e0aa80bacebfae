package vn.tonghop.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.tonghop.config.TonghopProperties;
import vn.tonghop.delivery.DeliveryOutcome;
import vn.tonghop.domain.Unit;
import vn.tonghop.kind.DocumentKinds;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.template.GeneratedTemplate;
import vn.tonghop.template.KindTemplates;
import vn.tonghop.template.TemplateMailer;
import vn.tonghop.template.TemplateSettings;

/**
 * {@code template [mã đơn vị]}: writes, for a node and every unit under it (default: the office's root
 * unit), the template of every kind the office collects that hands that unit one, into
 * {@code tonghop.template.output-dir}, and says in Vietnamese what it wrote, kind by kind.
 */
@Component
public class TemplateCommand implements Command {

    private final TonghopProperties office;
    private final TemplateSettings settings;
    private final UnitRegistry registry;
    private final List<? extends KindTemplates> kinds;
    private final PrintStream out;

    private TemplateMailer mailer;
    private boolean sendByMail;

    @Autowired
    public TemplateCommand(TonghopProperties office, TemplateSettings settings, UnitRegistry registry,
                           DocumentKinds kinds) {
        this(office, settings, registry, kinds.enabled(), System.out);
    }

    TemplateCommand(TonghopProperties office, TemplateSettings settings, UnitRegistry registry,
                    List<? extends KindTemplates> kinds, PrintStream out) {
        this.office = office;
        this.settings = settings;
        this.registry = registry;
        this.kinds = List.copyOf(kinds);
        this.out = out;
    }

    /** With {@code tonghop.template.send-by-mail: true}, each unit is also sent its templates. */
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
        List<String> problems = kinds.stream().map(KindTemplates::templateProblem).filter(Objects::nonNull).toList();
        if (!problems.isEmpty()) {
            problems.forEach(out::println);
            return 2;
        }
        Path dir = outputDir();
        List<GeneratedTemplate> made = generate(node.code());
        out.println("Đã tạo " + made.size() + " mẫu cho " + node.name() + " và các đơn vị trực thuộc, trong thư mục "
                + dir.toAbsolutePath().normalize() + ":");
        for (KindTemplates kind : kinds) {
            List<GeneratedTemplate> ofKind = made.stream().filter(t -> t.kind().equals(kind.code())).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            long own = ofKind.stream().filter(t -> !registry.childrenOf(t.unit().code()).isEmpty()).count();
            String edition = kind.templateEdition().isBlank() ? "" : " (" + kind.templateEdition() + ")";
            out.println(kind.title() + edition + ": " + (ofKind.size() - own) + " mẫu cho trường"
                    + (own == 0 ? "" : ", " + own + " mẫu bảng tổng hợp") + ":");
            for (GeneratedTemplate t : ofKind) {
                out.println("  " + t.unit().code() + "  " + t.unit().name() + "  →  " + t.file().getFileName());
            }
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
     * Writes the templates of the node and the units under it into the output folder, unit by unit and,
     * for each unit, kind by kind in the office's order; returns what was written, for sending each unit
     * its files.
     */
    public List<GeneratedTemplate> generate(String nodeCode) throws IOException {
        Unit node = registry.find(nodeCode);
        if (node == null) {
            throw new IllegalArgumentException("Không có đơn vị mã «" + nodeCode + "» trong danh mục đơn vị.");
        }
        Path dir = outputDir();
        List<GeneratedTemplate> made = new ArrayList<>();
        for (Unit unit : subtree(node)) {
            for (KindTemplates kind : kinds) {
                GeneratedTemplate t = kind.writeTemplate(unit, dir);
                if (t != null) {
                    made.add(t);
                }
            }
        }
        return made;
    }

    /** The configured folder, else {@code templates} beside the run outputs ({@code target/<office>/templates}). */
    Path outputDir() {
        if (settings.outputDir() != null) {
            return settings.outputDir();
        }
        Path runs = office.outputDir() == null ? Path.of("target", "output") : office.outputDir();
        return runs.toAbsolutePath().getParent().resolve("templates");
    }

    /** The node, then every unit under it, depth first in registry order (a cycle in the registry is cut). */
    private List<Unit> subtree(Unit node) {
        List<Unit> out = new ArrayList<>();
        collect(node, out, new HashSet<>());
        return out;
    }

    private void collect(Unit unit, List<Unit> out, Set<String> seen) {
        if (seen.add(unit.code())) {
            out.add(unit);
            registry.childrenOf(unit.code()).forEach(child -> collect(child, out, seen));
        }
    }
}
