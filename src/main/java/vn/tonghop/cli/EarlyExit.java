package vn.tonghop.cli;

import org.springframework.boot.SpringApplication;

/**
 * Ends a start before the application context exists, with an exit code, after the reason was printed
 * for the office. An {@link SpringApplication.AbandonedRunException}, so Spring Boot rethrows it without
 * logging a stack trace; {@code TonghopApplication.main} turns it into the process's exit code.
 */
public class EarlyExit extends SpringApplication.AbandonedRunException {

    private final int exitCode;

    public EarlyExit(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
