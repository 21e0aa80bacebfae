package vn.tonghop.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.support.EnvironmentPostProcessorApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.io.FileSystemResource;
import org.yaml.snakeyaml.constructor.DuplicateKeyException;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * First start-up check: the office's job file (named by {@code --tonghop.job-file}) exists and is
 * UTF-8 YAML that Spring can load. It runs just before Spring Boot reads the configuration files,
 * because Spring would otherwise fail on a broken file with a long English stack trace, and would
 * silently skip a missing one. Registered in {@code META-INF/spring.factories}, so every start of the
 * application gets it.
 */
public final class JobFilePreflight implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    /** The property naming the office's job file. */
    public static final String KEY = "tonghop.job-file";

    /** The sample office's job file, used when none is named (as in {@code application.yml}). */
    public static final String DEFAULT = "jobs/so-dong-thap/job.yml";

    /** Just before {@code ConfigDataEnvironmentPostProcessor} loads the job file. */
    public static final int ORDER = EnvironmentPostProcessorApplicationListener.DEFAULT_ORDER - 1;

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String named = event.getEnvironment().getProperty(KEY);
        List<String> problems = check(Path.of(named == null || named.isBlank() ? DEFAULT : named.strip()),
                named != null && !named.isBlank());
        if (!problems.isEmpty()) {
            throw new ConfigurationProblems(problems);
        }
    }

    /** What is wrong with the job file; empty when Spring can load it. */
    static List<String> check(Path file, boolean named) {
        List<String> problems = new ArrayList<>();
        if (!Files.exists(file)) {
            problems.add(named
                    ? "Không tìm thấy tệp cấu hình " + file + " (tìm ở " + file.toAbsolutePath().normalize() + "). Sửa "
                            + "--tonghop.job-file cho đúng đường dẫn tới job.yml của đơn vị, ví dụ "
                            + "--tonghop.job-file=jobs/so-dong-thap/job.yml."
                    : "Không tìm thấy tệp cấu hình " + file + " (tệp mặc định khi không có --tonghop.job-file; tìm ở "
                            + file.toAbsolutePath().normalize() + "). Chạy lệnh từ thư mục chứa jobs/, hoặc chỉ rõ "
                            + "--tonghop.job-file=jobs/<đơn vị>/job.yml.");
            return problems;
        }
        if (!Files.isRegularFile(file)) {
            problems.add(file + ": đây là một thư mục, không phải tệp cấu hình. Chỉ --tonghop.job-file tới tệp job.yml "
                    + "trong thư mục đó.");
            return problems;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(file + ": không mở được tệp cấu hình (" + e.getMessage() + "). Kiểm tra quyền đọc tệp.");
            return problems;
        }
        int badLine = firstLineNotUtf8(bytes);
        if (badLine > 0) {
            problems.add(file + ", dòng " + badLine + ": tệp cấu hình không được lưu bằng mã UTF-8, nên chữ có dấu sẽ "
                    + "đọc sai. Mở tệp bằng trình soạn thảo văn bản và lưu lại với mã UTF-8.");
            return problems;
        }
        try {
            new YamlPropertySourceLoader().load(file.toString(), new FileSystemResource(file));
        } catch (MarkedYAMLException e) {
            problems.add(yamlProblem(file, e));
        } catch (IOException | RuntimeException e) {
            problems.add(file + ": không đọc được tệp cấu hình (" + e.getMessage() + "). Kiểm tra cú pháp YAML.");
        }
        return problems;
    }

    private static String yamlProblem(Path file, MarkedYAMLException e) {
        var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String where = file + (mark == null ? "" : ", dòng " + (mark.getLine() + 1) + ", cột " + (mark.getColumn() + 1));
        String problem = e.getProblem() == null ? "" : e.getProblem();
        if (e instanceof DuplicateKeyException) {
            return where + ": khóa «" + problem.replaceFirst("^found duplicate key ", "") + "» có hai lần trong cùng "
                    + "một nhóm. Giữ một dòng và xóa dòng kia.";
        }
        if (problem.contains("\\t") || problem.contains("\t")) {
            return where + ": có ký tự Tab; YAML chỉ thụt lề bằng dấu cách. Thay Tab bằng dấu cách.";
        }
        return where + ": sai cú pháp YAML. Kiểm tra thụt lề (chỉ dùng dấu cách; các khóa cùng nhóm phải thẳng cột), "
                + "dấu hai chấm và một dấu cách sau mỗi khóa, và ngoặc kép mở và đóng đủ.";
    }

    /** The 1-based line of the first byte that is not UTF-8, or 0 when all are. */
    private static int firstLineNotUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
        if (!result.isError()) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return line;
    }
}
