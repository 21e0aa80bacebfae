package vn.tonghop.cli;

/** A run that must not start, with the Vietnamese line that says why and the process's exit code. */
public class RunRefused extends Exception {

    private final int exitCode;

    public RunRefused(String line, int exitCode) {
        super(line);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
