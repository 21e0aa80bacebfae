package vn.tonghop.delivery;

import java.nio.file.Path;
import java.util.List;

import vn.tonghop.domain.Unit;
import vn.tonghop.domain.Finding;

/**
 * What one school is told about the file it sent in this run.
 *
 * @param unit           the school (its e-mail from the registry)
 * @param fileName       the file's name as sent
 * @param version        which version of the school's submission this file is (1, 2, …)
 * @param findings       findings on the file, empty when there is nothing to fix
 * @param workbook       the feedback workbook (a marked-up copy of the file), or null when the file
 *                       could not be read
 * @param notReadReason  why the file could not be read (Vietnamese), or null when it was read
 */
public record SchoolFeedback(Unit unit, String fileName, int version, List<Finding> findings, Path workbook,
                             String notReadReason) {

    public SchoolFeedback {
        findings = List.copyOf(findings);
    }
}
