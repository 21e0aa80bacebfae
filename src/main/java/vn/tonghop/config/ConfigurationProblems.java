package vn.tonghop.config;

import java.util.List;

import org.springframework.boot.ExitCodeGenerator;

/**
 * The office's configuration cannot be used: thrown by the start-up checks before the database or the
 * inbox is touched. Its lines (one Vietnamese line per problem: which file, which line or key, what
 * to do) are printed by {@link ConfigurationProblemsReporter} instead of a stack trace, and the
 * process ends with {@link #EXIT_CODE}.
 */
public final class ConfigurationProblems extends RuntimeException implements ExitCodeGenerator {

    /** The exit code of a configuration mistake (1 is a failed run, 3 a run already going). */
    public static final int EXIT_CODE = 2;

    private final transient List<String> problems;

    public ConfigurationProblems(List<String> problems) {
        super(String.join(System.lineSeparator(), problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    @Override
    public int getExitCode() {
        return EXIT_CODE;
    }
}
