package vn.tonghop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.tonghop.config.TonghopProperties;
import vn.tonghop.domain.Unit;
import vn.tonghop.kind.DocumentKinds;
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.PhasingKind;
import vn.tonghop.kind.phasing.QuotaBook;
import vn.tonghop.kind.phasing.template.TemplateGenerator;
import vn.tonghop.template.TemplateSettings;
import vn.tonghop.reference.UnitRegistry;
import vn.tonghop.template.GeneratedTemplate;
import vn.tonghop.template.KindTemplates;

/**
 * The {@code template} command in the application, with the sample office's job.yml: its settings
 * bind, it is one of the commands, and it writes a node's templates and says so in Vietnamese.
 */
@SpringBootTest(properties = {"tonghop.cli.enabled=false", "spring.batch.job.enabled=false"})
class TemplateCommandTest {

    @TempDir
    static Path work;

    @DynamicPropertySource
    static void office(DynamicPropertyRegistry registry) {
        registry.add("tonghop.data-dir", () -> work.resolve("data").toAbsolutePath().toString());
        registry.add("tonghop.output-dir", () -> work.resolve("output").toString());
        registry.add("tonghop.template.output-dir", () -> work.resolve("templates").toString());
    }

    @Autowired
    List<Command> commands;
    @Autowired
    TemplateSettings settings;
    @Autowired
    TonghopProperties office;
    @Autowired
    UnitRegistry registry;
    @Autowired
    IndicatorCatalogue catalogue;
    @Autowired
    QuotaBook quotas;
    @Autowired
    DocumentKinds kinds;

    @Test
    void theSampleOfficesSettingsBind() {
        assertThat(settings.years()).containsExactly(2022, 2025 - 2, 2025 - 1, 2025);
        assertThat(settings.currentLabel()).isEqualTo("9/2023");
        assertThat(settings.version()).isEqualTo("2023.1");
        assertThat(settings.contact()).contains("so.gddt@example.vn");
        assertThat(settings.problem()).isNull();
        assertThat(commands).filteredOn(c -> c.name().equals("template")).singleElement()
                .satisfies(c -> assertThat(c.usage()).contains("template [mã đơn vị]"));
    }

    @Test
    void writesTheNodesTemplatesAndSaysWhatItWrote() throws Exception {
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        TemplateCommand command = command(said);

        assertThat(command.run(List.of("PGD-ST"))).isZero();

        String out = said.toString(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.list(work.resolve("templates"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .contains("87715001_Truong_Tieu_hoc_Phu_Loc_bang_phan_ky_2022-2025.xlsx",
                            "PGD-ST_Phong_Giao_duc_va_Dao_tao_huyen_Song_Tra_bang_phan_ky_2022-2025.xlsx");
        }
        assertThat(out.lines().filter(l -> l.contains("→") && l.contains("_bang_phan_ky_"))).hasSize(14);
        assertThat(out).contains("và các đơn vị trực thuộc, trong thư mục",
                "Bảng phân kỳ thực hiện chỉ tiêu (giai đoạn 2022–2025, hiện trạng 9/2023, phiên bản 2023.1): "
                        + "13 mẫu cho trường, 1 mẫu bảng tổng hợp:",
                "87715001  Trường Tiểu học Phú Lộc  →  87715001_",
                "Tổng hợp kết quả tự đánh giá (bộ tiêu chí theo cấp học của từng trường, phiên bản 2023.1): 13 mẫu cho trường:",
                "87715011  Trường THCS Phú Mỹ  →  87715011_Truong_THCS_Phu_My_tu_danh_gia.xlsx");
    }

    @Test
    void withoutANodeTheWholeOffice() throws Exception {
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        assertThat(command(said).generate(office.rootUnit()))
                .filteredOn(t -> t.kind().equals(PhasingKind.CODE)).hasSize(registry.units().size());
    }

    /** A kind the command has never heard of hands out its templates through the hook alone. */
    @Test
    void anyKindHandsOutItsTemplatesThroughTheHook() throws Exception {
        KindTemplates schoolsOnly = new KindTemplates() {
            @Override
            public String code() {
                return "tiny";
            }

            @Override
            public String title() {
                return "Bảng thử";
            }

            @Override
            public GeneratedTemplate writeTemplate(Unit unit, Path dir) throws IOException {
                if (!registry.childrenOf(unit.code()).isEmpty()) {
                    return null;
                }
                Path file = Files.writeString(Files.createDirectories(dir).resolve(unit.code() + "_thu.txt"), unit.name());
                return new GeneratedTemplate(unit, code(), file, "Mẫu bảng thử", "");
            }
        };
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        TemplateCommand command = new TemplateCommand(office, settings, registry, List.of(schoolsOnly),
                new PrintStream(said, true, StandardCharsets.UTF_8));

        assertThat(command.run(List.of("PGD-ST"))).isZero();

        assertThat(said.toString(StandardCharsets.UTF_8)).contains("Đã tạo 13 mẫu cho", "Bảng thử: 13 mẫu cho trường:")
                .doesNotContain("mẫu bảng tổng hợp");
        assertThat(work.resolve("templates/87715001_thu.txt")).hasContent("Trường Tiểu học Phú Lộc");
    }

    @Test
    void aKindsIncompleteSettingsStopTheCommandInOneLine() throws Exception {
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        TemplateSettings noPeriod = new TemplateSettings(null, null, "9/2023", null, null, work.resolve("none"));
        PhasingKind phasing = new PhasingKind(catalogue, quotas, null,
                new TemplateGenerator(registry, catalogue, quotas, noPeriod));
        TemplateCommand command = new TemplateCommand(office, noPeriod, registry, List.of(phasing),
                new PrintStream(said, true, StandardCharsets.UTF_8));

        assertThat(command.run(List.of())).isEqualTo(2);

        assertThat(said.toString(StandardCharsets.UTF_8).strip()).startsWith("Chưa khai báo giai đoạn của mẫu")
                .doesNotContain("\n");
        assertThat(work.resolve("none")).doesNotExist();
    }

    @Test
    void anUnknownUnitIsRefused() throws Exception {
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        assertThat(command(said).run(List.of("KHONG-CO"))).isEqualTo(2);
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("Không có đơn vị mã «KHONG-CO»");
    }

    private TemplateCommand command(ByteArrayOutputStream said) {
        return new TemplateCommand(office, settings, registry, kinds.enabled(),
                new PrintStream(said, true, StandardCharsets.UTF_8));
    }
}
