package vn.tonghop.reference;

import java.util.List;

/** A reference file that cannot be used as it is; the message is the office's list of what to fix. */
public final class ReferenceDataException extends IllegalArgumentException {

    private final transient List<String> problems;

    ReferenceDataException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /** One Vietnamese line per problem. */
    public List<String> problems() {
        return problems;
    }
}
