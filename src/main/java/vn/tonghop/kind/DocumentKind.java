package vn.tonghop.kind;

import vn.tonghop.reading.KindReading;
import vn.tonghop.report.KindOutputs;
import vn.tonghop.template.KindTemplates;
import vn.tonghop.validation.KindRules;

/**
 * A kind of document the offices collect (the phasing table, the self-assessment summary…): everything
 * only it knows, behind the one interface the shared pipeline calls. The pipeline opens a workbook and
 * asks each kind the office collects for its documents in it ({@link #recognise}), checks each document
 * with the shared rules and its kind's ({@link #rules}, {@link #check}), stores each with its kind's code,
 * its unit and its own version history, and asks each kind for its outputs ({@link KindOutputs}: findings
 * across documents, who sent it, its sheets in the summary, its own files); the {@code template} command
 * asks it for its template per unit ({@link KindTemplates}); neither names a kind.
 * <p>
 * A kind is a Spring bean in a package of its own under {@code vn.tonghop.kind}, depending on the shared
 * packages and never on another kind; its class declares {@code public static final String CODE}, the
 * code {@link #code()} returns, so a job.yml naming an unknown kind is refused before anything runs.
 */
public interface DocumentKind extends KindReading, KindRules, KindOutputs, KindTemplates {

    /** Stable code, stored with each document and written in job.yml ({@code tonghop.kinds}): {@code phasing}. */
    @Override
    String code();

    /** The kind's name for the office, in Vietnamese ({@code Bảng phân kỳ thực hiện chỉ tiêu}). */
    @Override
    String title();
}
