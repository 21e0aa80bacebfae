package vn.tonghop.config;

import java.io.PrintStream;

import org.springframework.boot.SpringBootExceptionReporter;

/**
 * Prints the configuration problems for the office, in place of Spring Boot's "Application run
 * failed" and its stack trace (registered in {@code META-INF/spring.factories}).
 */
public final class ConfigurationProblemsReporter implements SpringBootExceptionReporter {

    @Override
    public boolean reportException(Throwable failure) {
        if (!(failure instanceof ConfigurationProblems problems)) {
            return false;
        }
        print(problems, System.err);
        return true;
    }

    static void print(ConfigurationProblems problems, PrintStream out) {
        out.println("Cấu hình chưa đúng (" + problems.problems().size() + " chỗ cần sửa); tonghop chưa chạy gì, "
                + "chưa mở cơ sở dữ liệu và chưa nhận tệp nào:");
        problems.problems().forEach(p -> out.println("  ✗ " + p));
        out.flush();
    }
}
