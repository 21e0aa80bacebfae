package vn.tonghop.template;

import java.io.IOException;
import java.nio.file.Path;

import vn.tonghop.domain.Unit;

/**
 * What the {@code template} command asks of each document kind ({@code vn.tonghop.kind.DocumentKind}
 * extends it): the kind's template for one unit, pre-filled for that unit and read back by the kind's own
 * reader. The command walks the units, asks every kind the office collects, and the mailer sends each
 * unit what was made for it; neither names a kind. A kind without a template keeps the defaults.
 */
public interface KindTemplates {

    /** The kind's stable code ({@code phasing}). */
    String code();

    /** The kind's name for the office, in Vietnamese: the heading of its templates in the command's report. */
    String title();

    /**
     * Writes the kind's template for {@code unit} into {@code dir} (through a temporary file: never half a
     * workbook); null when the kind hands that unit none (a kind only schools send, for a district).
     */
    default GeneratedTemplate writeTemplate(Unit unit, Path dir) throws IOException {
        return null;
    }

    /** What stops the kind's templates being made (its settings incomplete), in Vietnamese; null when nothing. */
    default String templateProblem() {
        return null;
    }

    /**
     * What the kind's templates are made for, printed beside its title by the command
     * ({@code giai đoạn 2022–2025, hiện trạng 9/2023, phiên bản 2023.1}); "" when there is nothing to say.
     */
    default String templateEdition() {
        return "";
    }
}
