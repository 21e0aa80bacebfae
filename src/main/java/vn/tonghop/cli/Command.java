package vn.tonghop.cli;

import java.util.List;

/**
 * One thing the office can ask of tonghop from the command line ({@code run}, {@code schedule},
 * {@code status}, {@code template}). The first plain argument names the command; the rest are its
 * arguments. Spring properties ({@code --tonghop.job-file=…}) are not among them.
 */
public interface Command {

    /** The word typed on the command line. */
    String name();

    /** Its line in the usage text, in Vietnamese ({@link Help#COMMANDS}, which prints without starting anything). */
    default String usage() {
        return Help.COMMANDS.get(name());
    }

    /** Runs the command; the return value is the process exit code. */
    int run(List<String> args) throws Exception;
}
