package vn.tonghop.kind.implementation.consolidation;

import vn.tonghop.kind.implementation.Progress;

/**
 * One plan row a school reports as not done (under way or late, not started, or unclear), with the
 * reason it gives ({@link Progress#reasons}) and where: the unit, the school year, the criterion's code
 * (null when the row names none) and label, the file, the sheet and the cell ({@code F11}).
 */
public record OpenWork(String unitCode, String period, String criterion, String label, Progress progress,
                       String reason, String fileName, String sheet, String cell) {
}
