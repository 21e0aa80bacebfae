package vn.tonghop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
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
import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.QuotaBook;
import vn.tonghop.kind.phasing.template.TemplateGenerator;
import vn.tonghop.kind.phasing.template.TemplateSettings;
import vn.tonghop.reference.UnitRegistry;

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
        assertThat(out.lines().filter(l -> l.contains("→"))).hasSize(13);
        assertThat(out).contains("Đã tạo 13 mẫu bảng phân kỳ (giai đoạn 2022–2025, hiện trạng 9/2023, phiên bản 2023.1)",
                "12 mẫu cho trường, 1 mẫu bảng tổng hợp", "87715001  Trường Tiểu học Phú Lộc  →  87715001_");
    }

    @Test
    void withoutANodeTheWholeOffice() throws Exception {
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        assertThat(command(said).generate(office.rootUnit())).hasSize(registry.units().size());
    }

    @Test
    void anUnknownUnitIsRefused() throws Exception {
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        assertThat(command(said).run(List.of("KHONG-CO"))).isEqualTo(2);
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("Không có đơn vị mã «KHONG-CO»");
    }

    private TemplateCommand command(ByteArrayOutputStream said) {
        return new TemplateCommand(office, settings, registry,
                new TemplateGenerator(registry, catalogue, quotas, settings),
                new PrintStream(said, true, StandardCharsets.UTF_8));
    }
}
