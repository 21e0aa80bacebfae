package vn.tonghop.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file a run writes (CSVs, workbooks, feedback copies, consolidated tables) and every template
 * gets the same permissions, the office's {@code tonghop.output-permissions}; folders the same with
 * {@code x}; and no temporary file is left beside them.
 */
class OutputPermissionsTest {

    @TempDir
    Path tmp;

    @Test
    void everyOutputOfARunHasTheDefaultPermissions() throws IOException {
        Office office = new Office(tmp);
        deliverSome(office);

        assertThat(office.run()).isZero();

        Path folder = office.lastRunFolder();
        assertThat(permissionsUnder(folder)).containsKeys("facts.csv", "facts.xlsx", "files.csv", "discrepancies.csv",
                "discrepancies.xlsx", "summary.xlsx").containsKey("bang-tong-hop/")
                .containsKey("gop-y/").allSatisfy((name, perms) ->
                        assertThat(perms).as(name).isEqualTo(name.endsWith("/") ? "rwxr-xr-x" : "rw-r--r--"));
        assertThat(permissionsUnder(folder).keySet()).anyMatch(n -> n.startsWith("gop-y/") && !n.endsWith("/"))
                .anyMatch(n -> n.startsWith("bang-tong-hop/") && !n.endsWith("/"));
    }

    @Test
    void everyOutputAndTemplateFollowsTheSetting() throws IOException {
        Office office = new Office(tmp);
        deliverSome(office);
        Path templates = tmp.resolve("mau");

        assertThat(office.run("--tonghop.output-permissions=rw-r-----")).isZero();
        assertThat(office.run("template", "PGD-TH", "--tonghop.output-permissions=rw-r-----",
                "--tonghop.template.output-dir=" + templates)).isZero();

        Map<String, String> outputs = permissionsUnder(office.output);
        assertThat(outputs.keySet()).anyMatch(n -> n.endsWith("/gop-y/")).anyMatch(n -> n.endsWith("summary.xlsx"))
                .anyMatch(n -> n.endsWith("facts.csv"));
        assertThat(outputs).allSatisfy((name, perms) ->
                assertThat(perms).as(name).isEqualTo(name.endsWith("/") ? "rwxr-x---" : "rw-r-----"));
        Map<String, String> made = permissionsUnder(templates);
        assertThat(made).hasSizeGreaterThan(1).allSatisfy((name, perms) ->
                assertThat(perms).as(name).isEqualTo("rw-r-----"));
    }

    private static void deliverSome(Office office) throws IOException {
        for (String sample : List.of("TH_PhuLoc_phan_ky_chi_tieu.xlsx", "TH_TanPhuA_phan_ky_chi_tieu.xlsx",
                "TH_MyXuan_phan_ky_chi_tieu.xlsx", "TH_HoaAn_phan_ky_chi_tieu.xlsx")) {
            office.deliver(sample);
        }
    }

    /** Every file and folder under {@code root} (folders with a trailing slash) and its permissions. */
    private static Map<String, String> permissionsUnder(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(p -> !p.equals(root)).toList()) {
                String name = root.relativize(p).toString().replace('\\', '/') + (Files.isDirectory(p) ? "/" : "");
                out.put(name, PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
            }
        }
        return out;
    }
}
