package vn.tonghop.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Unit;
import vn.tonghop.output.OutputFiles;
import vn.tonghop.validation.ValidationSettings;

/**
 * What the run's outputs ask of each document kind ({@code vn.tonghop.kind.DocumentKind} extends it),
 * after every file is read and stored: its findings across documents, who sent it, its sheets in
 * {@code summary.xlsx} and its own files. The shared outputs write the rest (facts, discrepancies,
 * feedback, «Thông tin», «Theo huyện», «Chưa nộp», «Thay đổi») for every kind alike. A kind reads its
 * current documents back from the store; nothing here holds a run's tables.
 */
public interface KindOutputs {

    /** The kind's stable code ({@code phasing}). */
    String code();

    /** The kind's name for the office, in Vietnamese: the heading of its lines on «Thông tin». */
    String title();

    /**
     * Findings across the units' current documents of the kind under {@code root} (a school's copy of a
     * district figure differing from the others', a plan not followed…), after every file is read.
     */
    default List<Finding> acrossDocuments(Unit root, ValidationSettings settings) {
        return List.of();
    }

    /**
     * Who sent the kind under the scope's root; null when every reporting unit sends its own and no
     * document stands for others: then the current documents of the kind say it ({@link Coverage#of}).
     */
    default Coverage coverage(OutputScope scope) {
        return null;
    }

    /**
     * Adds the kind's sheets to the summary, with a line each in the guide, and its lines on «Thông tin»
     * and under «Cách đọc»; nothing when no unit under the root sent the kind.
     */
    default void summarySheets(SummaryBook book, OutputScope scope) {
    }

    /** Writes the kind's own files into the run's folder ({@code bang-tong-hop/…}); only for the whole office. */
    default void files(OutputScope scope, Path folder, OutputFiles files) throws IOException {
    }

    /**
     * The Vietnamese name of one of the kind's row codes ({@code TW.1.a}, {@code 1.1}) for a unit (whose
     * catalogue may depend on its school level), as {@code facts.csv} names it; "" when unknown.
     */
    default String rowName(String unitCode, String code) {
        return "";
    }
}
