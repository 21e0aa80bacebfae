package vn.tonghop.domain;

/**
 * One discrepancy: where (file, unit, sheet, cell), which rule (a stable code such as
 * {@code PHASE_END_NE_TARGET}), how serious, a Vietnamese message naming the values and what to do,
 * and the raw value as typed. Fields that do not apply (a missing submission has no file) are empty
 * strings, never null.
 */
public record Finding(String file, String unitCode, String sheet, String cell, String rule, Severity severity,
                      String message, String raw) {

    public Finding {
        file = nz(file);
        unitCode = nz(unitCode);
        sheet = nz(sheet);
        cell = nz(cell);
        raw = nz(raw);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
