package vn.tonghop.reference;

import vn.tonghop.kind.phasing.IndicatorCatalogue;
import vn.tonghop.kind.phasing.QuotaBook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.domain.Unit;

/**
 * The reference files' checks, shared by the loaders and the start-up check: the loaders refuse a
 * broken file with exactly the lines the start-up check prints, and tree walks end on a cycle.
 */
class ReferenceFilesTest {

    static final Path JOB = Path.of("jobs/so-dong-thap");

    @TempDir
    Path dir;

    @Test
    void theSampleOfficesFilesHaveNoProblem() {
        ReferenceProblems problems = new ReferenceProblems();
        UnitRegistry registry = UnitRegistry.parse(JOB.resolve("registry.csv"), problems);
        IndicatorCatalogue catalogue = IndicatorCatalogue.parse(JOB.resolve("catalogue.csv"), problems);
        QuotaBook.parse(JOB.resolve("quotas.csv"), catalogue, registry, problems);
        assertThat(problems.lines()).isEmpty();
        assertThat(registry.units()).hasSize(18);
        assertThat(catalogue.indicators()).isNotEmpty();
    }

    @Test
    void theLoaderRefusesWithTheLinesTheCheckPrints() throws IOException {
        Path csv = write("registry.csv", """
                code,name,level,parent_code,email
                SO,Sở,tinh,,
                P1,Phòng 1,huyen,SO,
                P1,Phòng 1 bis,huyen,SO,
                T1,,truong,P9,
                """);
        ReferenceProblems problems = new ReferenceProblems();
        UnitRegistry.parse(csv, problems);
        assertThat(problems.lines()).containsExactly(
                csv + ", dòng 4: mã đơn vị «P1» đã có ở dòng 3. Mỗi mã chỉ ghi một lần: sửa mã hoặc xóa một trong hai dòng.",
                csv + ", dòng 5: đơn vị «T1» chưa có tên (cột name). Ghi tên đơn vị.",
                csv + ", dòng 5: đơn vị cấp trên «P9» (cột parent_code) của «T1» không có trong danh mục. Sửa mã đơn vị "
                        + "cấp trên, hoặc thêm đơn vị «P9».");
        assertThatThrownBy(() -> UnitRegistry.load(csv)).isInstanceOf(ReferenceDataException.class)
                .satisfies(e -> assertThat(((ReferenceDataException) e).problems()).isEqualTo(problems.lines()));
    }

    @Test
    void everyCycleIsFoundOnceWhateverLeadsIntoIt() {
        List<Unit> units = List.of(unit("SO", null), unit("A", "B"), unit("B", "C"), unit("C", "A"),
                unit("T", "A"), unit("SELF", "SELF"), unit("P", "SO"));
        assertThat(UnitRegistry.cycles(units)).containsExactly(List.of("A", "B", "C"), List.of("SELF"));
    }

    @Test
    void treeWalksEndOnACycleInARegistryBuiltInCode() {
        UnitRegistry registry = new UnitRegistry(List.of(unit("SO", null), unit("A", "B"), unit("B", "A"),
                unit("T", "A")));
        Unit t = registry.find("T");
        assertThat(registry.ancestors(t)).extracting(Unit::code).containsExactly("A", "B");
        assertThat(registry.depth(t)).isEqualTo(2);
        assertThat(registry.isUnder(t, registry.find("SO"))).isFalse();
        assertThat(registry.isUnder(t, registry.find("B"))).isTrue();
    }

    @Test
    void catalogueAndQuotaMistakesAreLinesToo() throws IOException {
        Path catalogue = write("catalogue.csv", """
                code,section,group,name,aliases,unit,kind,good_direction,aggregate,headline
                X.1,tinh,Nhóm,Chỉ tiêu một,,%,percent,higher,mean,có
                X.2,,Nhóm,Chỉ tiêu hai,,%,,higher,mean,false
                """);
        ReferenceProblems problems = new ReferenceProblems();
        IndicatorCatalogue parsed = IndicatorCatalogue.parse(catalogue, problems);
        assertThat(problems.lines()).containsExactly(
                catalogue + ", dòng 2: cột headline: «có» không hiểu được. Ghi true (chỉ tiêu có biểu đồ) hoặc false.",
                catalogue + ", dòng 3: cột section: chưa ghi phần của chỉ tiêu. Dùng một trong: trung_uong, tinh, huyen.",
                catalogue + ", dòng 3: cột kind: chưa ghi loại chỉ tiêu. Dùng một trong: percent, count, rank, yes_no, "
                        + "met, number, level.");
        Path quotas = write("quotas.csv", "indicator_code;set_by;quota\nX.1;SO;99,0\n");
        ReferenceProblems quotaProblems = new ReferenceProblems();
        QuotaBook.parse(quotas, parsed, null, quotaProblems);
        assertThat(quotaProblems.lines()).singleElement().asString()
                .startsWith(quotas + ", dòng 1: các cột được ngăn cách bằng dấu chấm phẩy (;)");
    }

    @Test
    void theOfficialSttIsReadAndAMalformedOneIsALine() throws IOException {
        Path catalogue = write("catalogue.csv", """
                code,section,group,name,kind,good_direction,aggregate,stt
                X.7.c,tinh,Nhóm,Chỉ tiêu một,percent,higher,mean,7.c
                X.2,tinh,Nhóm hai,Chỉ tiêu hai,percent,higher,mean,2
                X.9,tinh,,Chỉ tiêu ba,percent,higher,mean,
                X.4,tinh,,Chỉ tiêu bốn,percent,higher,mean,4 a
                """);
        ReferenceProblems problems = new ReferenceProblems();
        IndicatorCatalogue parsed = IndicatorCatalogue.parse(catalogue, problems);
        assertThat(problems.lines()).containsExactly(catalogue + ", dòng 5: cột stt: «4 a» không phải số thứ tự của "
                + "danh mục. Ghi như trong văn bản: số của nhóm, dấu chấm, chữ của dòng (1.a, 7.c, 1.đ); chỉ số của nhóm "
                + "khi dòng không có chữ (2); để trống khi dòng không có số thứ tự.");
        assertThat(parsed.indicators()).extracting(vn.tonghop.domain.Indicator::stt)
                .containsExactly("7.c", "2", null, null);
    }

    @Test
    void columnNamesAreReadAsExcelUsersWriteThem() throws IOException {
        Path csv = write("registry.csv", "\uFEFFCode,Name,Level,Parent code,E-mail\nSO,Sở,tinh,,\n\n,,,,\n");
        ReferenceProblems problems = new ReferenceProblems();
        UnitRegistry registry = UnitRegistry.parse(csv, problems);
        assertThat(problems.lines()).containsExactly(
                csv + ", dòng 1: cột «e_mail» không phải tên cột tonghop biết; có phải «email»? Đổi tên cột thành «email».");
        assertThat(registry.units()).extracting(Unit::code).containsExactly("SO");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static Unit unit(String code, String parent) {
        return new Unit(code, "Đơn vị " + code, "", parent, null, null);
    }
}
