package vn.tonghop.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with an office's reference files, one Vietnamese line per problem naming the file,
 * the line and what to do. Collected rather than thrown so that the office sees every mistake at once.
 */
public final class ReferenceProblems {

    private final List<String> lines = new ArrayList<>();

    /** A problem on one line of the file (1 is the header row). */
    public void add(Path file, int line, String text) {
        lines.add(file + ", dòng " + line + ": " + text);
    }

    /** A problem that spans several lines of the file (a cycle of parents). */
    public void add(Path file, java.util.Collection<Integer> lines, String text) {
        this.lines.add(file + ", dòng " + lines.stream().distinct().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", ")) + ": " + text);
    }

    /** A problem with the whole file. */
    public void add(Path file, String text) {
        lines.add(file + ": " + text);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** Stops a loader that found problems: the data would be wrong, not merely incomplete. */
    public void throwIfAny() {
        if (!lines.isEmpty()) {
            throw new ReferenceDataException(lines);
        }
    }
}
