package vn.tonghop.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Predicate;

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
     * district figure differing from the others', a plan not followed…), after every file is read, given to
     * {@code each} as they are made (a national night makes hundreds of thousands; the run stores them in
     * batches). Only those on the units {@code wanted} takes (a unit's code), exactly as the whole computation
     * gives them: a run asks only for the parts of the tree whose documents changed and carries the others'
     * findings over. A kind may spare the work on the units left out.
     */
    default void acrossDocuments(Unit root, Predicate<String> wanted, ValidationSettings settings,
                                 Consumer<Finding> each) {
    }

    /**
     * What the kind's findings across documents and its sheets for one part of the tree (a child of the root)
     * depend on besides that part's own units' documents and the office's registry, catalogue, quotas and checks'
     * settings: the kind's own reference data and settings, the day when it picks a catalogue by it, and any
     * document outside the part that the part's figures are compared with. A run carries a part's findings and
     * its district copy over from an earlier run only when this text and the part's documents are unchanged.
     */
    default String dependsOn(Unit root) {
        return "";
    }

    /**
     * The kind's own settings and reference files its outputs are made of (not the documents), as text that
     * changes when they do: part of what says whether a run has anything new to write. Cheap: asked by a run
     * with nothing new.
     */
    default String settingsKey() {
        return "";
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
